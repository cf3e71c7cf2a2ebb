/**
 * The {@code HOST-} rules: the probed host (processor, operating system, server vendor, JDK and the
 * JDBC drivers on its class path) judged against the vendor catalog, plus JDK releases that no
 * longer receive updates. Registered through {@link io.anke.rules.host.HostRules}.
 */
package io.anke.rules.host;
