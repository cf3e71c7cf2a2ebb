/**
 * Not API: the owner of the bundled rules' error messages ({@link
 * io.anke.rules.internal.RulesMessage}) and its bundles. Other modules must not use it; its ids and
 * wording may change in any release.
 */
package io.anke.rules.internal;
