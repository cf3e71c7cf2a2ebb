/**
 * Helpers of the engine that are not API: glob matching over ids and line-aware YAML nodes for
 * configuration files.
 */
package io.anke.core.rule.internal;
