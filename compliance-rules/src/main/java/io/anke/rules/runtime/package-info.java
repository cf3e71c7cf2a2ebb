/**
 * The running application as the start-up guard sees it: {@link io.anke.rules.runtime.JvmClasspath}
 * reads the live class path as bills of materials for {@link io.anke.core.guard.StartupGuard}.
 */
package io.anke.rules.runtime;
