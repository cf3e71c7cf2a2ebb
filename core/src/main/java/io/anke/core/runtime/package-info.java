/**
 * Facts about the live JVM's security settings ({@link io.anke.core.runtime.RuntimeSecurityFacts}):
 * read by the start-up guard, attached to the scan context, judged by the {@code RUNTIME-} rules.
 */
package io.anke.core.runtime;
