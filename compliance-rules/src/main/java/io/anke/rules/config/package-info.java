/**
 * The {@code CONFIG-} rules over the application's configuration files (read by {@code
 * io.anke.scan.config}): plaintext and weak passwords, keys in configuration, database connections
 * and endpoints without TLS, legacy TLS protocols and cipher suites, session and cookie settings,
 * exposed management endpoints and short log retention. Registered through {@link
 * io.anke.rules.config.ConfigRules}.
 */
package io.anke.rules.config;
