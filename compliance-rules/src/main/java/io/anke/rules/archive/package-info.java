/**
 * Streaming, bounded walks over jar, war, ear and zip archives and class directories, nested
 * archives included: {@link io.anke.rules.archive.ArchiveWalker} calls an {@link
 * io.anke.rules.archive.ArchiveVisitor} with each {@link io.anke.rules.archive.ArchiveEntry}.
 */
package io.anke.rules.archive;
