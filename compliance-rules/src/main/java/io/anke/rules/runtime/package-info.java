/**
 * The {@code RUNTIME-} rules over the running application as the start-up guard sees it (its class
 * path is read by {@code io.anke.scan.classpath}). The rules judge the live process's security
 * settings ({@link io.anke.core.runtime.RuntimeSecurityFacts}: TLS protocols, the
 * disabled-algorithm properties, the default SecureRandom, the Bouncy Castle copy in use, the
 * power-on self-test) and the delivered programs' integrity ({@link
 * io.anke.core.manifest.ProgramIntegrity}). They judge only when the start-up guard has attached
 * those facts, so a scan of files never reports on the JVM that scans. Registered through {@link
 * io.anke.rules.runtime.RuntimeRules} and {@link io.anke.rules.runtime.ProgramIntegrityRules}.
 */
package io.anke.rules.runtime;
