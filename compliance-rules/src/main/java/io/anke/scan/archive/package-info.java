/**
 * Streaming, bounded walks over jar, war, ear and zip archives and class directories, nested
 * archives included: {@link io.anke.scan.archive.ArchiveWalker} calls an {@link
 * io.anke.scan.archive.ArchiveVisitor} with each {@link io.anke.scan.archive.ArchiveEntry}.
 */
package io.anke.scan.archive;
