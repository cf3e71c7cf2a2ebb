/**
 * Core's shared toolbox, not API: the owner of core's error messages ({@link
 * io.anke.core.internal.CoreMessage}) and its bundles, reading configuration files ({@code
 * ConfigFiles}), glob matching over rule ids and paths ({@code Glob}) and JSON writing ({@code
 * Json}), used by waivers, profiles, baselines and reports alike. Other modules must not use it;
 * its ids and wording may change in any release.
 */
package io.anke.core.internal;
