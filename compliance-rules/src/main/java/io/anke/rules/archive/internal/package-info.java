/** Stream helpers of the archive walker; not API. */
package io.anke.rules.archive.internal;
