/**
 * Not API: the owner of the readers' and scanners' error messages ({@link
 * io.anke.scan.internal.ScanMessage}) and its bundles, used by every package of {@code
 * io.anke.scan}. Code outside {@code io.anke.scan} (the rules too) must not use it; its ids and
 * wording may change in any release.
 */
package io.anke.scan.internal;
