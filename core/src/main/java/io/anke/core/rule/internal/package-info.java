/** Helpers of the engine that are not API: glob matching over ids. */
package io.anke.core.rule.internal;
