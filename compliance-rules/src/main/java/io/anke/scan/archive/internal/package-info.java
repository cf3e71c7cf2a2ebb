/** Stream helpers of the archive walker; not API. */
package io.anke.scan.archive.internal;
