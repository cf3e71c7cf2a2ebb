/**
 * Core's shared toolbox, not API: reading configuration files ({@code ConfigFiles}), glob matching
 * over rule ids and paths ({@code Glob}) and JSON writing ({@code Json}), used by waivers,
 * profiles, baselines and reports alike. Other modules must not use it.
 */
package io.anke.core.internal;
