/**
 * The {@code RUNTIME-} rules: the live process's security settings ({@link
 * io.anke.core.runtime.RuntimeSecurityFacts}: TLS protocols, the disabled-algorithm properties, the
 * default SecureRandom, the Bouncy Castle copy in use, the power-on self-test). They judge only
 * when the start-up guard has attached those facts, so a scan of files never reports on the JVM
 * that scans. Registered through {@link io.anke.rules.runtime.RuntimeRules}.
 */
package io.anke.rules.runtime;
