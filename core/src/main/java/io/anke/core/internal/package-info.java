/**
 * Not API: the owner of core's error messages ({@link io.anke.core.internal.CoreMessage}) and its
 * bundles. Other modules must not use it; its ids and wording may change in any release.
 */
package io.anke.core.internal;
