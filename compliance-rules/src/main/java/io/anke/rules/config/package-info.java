/**
 * The application's configuration files as scan facts ({@link io.anke.rules.config.ConfigFile},
 * read by {@link io.anke.rules.config.ConfigFileCollector}) and the {@code CONFIG-} rules over
 * them: plaintext and weak passwords, keys in configuration, database connections and endpoints
 * without TLS, legacy TLS protocols and cipher suites, session and cookie settings, exposed
 * management endpoints and short log retention. Registered through {@link
 * io.anke.rules.config.ConfigRules}.
 */
package io.anke.rules.config;
