/**
 * The running application as the start-up guard sees it, and the {@code RUNTIME-} rules that judge
 * it. {@link io.anke.rules.runtime.JvmClasspath} reads the live class path as bills of materials
 * for {@link io.anke.core.guard.StartupGuard}. The rules judge the live process's security settings
 * ({@link io.anke.core.runtime.RuntimeSecurityFacts}: TLS protocols, the disabled-algorithm
 * properties, the default SecureRandom, the Bouncy Castle copy in use, the power-on self-test) and
 * the delivered programs' integrity ({@link io.anke.core.manifest.ProgramIntegrity}). They judge
 * only when the start-up guard has attached those facts, so a scan of files never reports on the
 * JVM that scans. Registered through {@link io.anke.rules.runtime.RuntimeRules} and {@link
 * io.anke.rules.runtime.ProgramIntegrityRules}.
 */
package io.anke.rules.runtime;
