/** Parsing details of profile files; not API. */
package io.anke.core.profile.internal;
