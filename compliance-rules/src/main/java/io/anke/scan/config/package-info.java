/**
 * Reading the application's configuration files: {@link io.anke.scan.config.ConfigFileCollector}
 * finds {@code .properties}, YAML and XML configuration in class directories and archives (telling
 * message bundles apart, {@link io.anke.scan.config.MessageBundles}) and reads each into keys,
 * values and lines ({@link io.anke.scan.config.ConfigFile}, {@link
 * io.anke.scan.config.ConfigEntry}); {@link io.anke.scan.config.ConfigValues} says how a value
 * reads (literal secret, placeholder, natural text). The {@code CONFIG-} rules that judge them are
 * in {@code io.anke.rules.config}.
 */
package io.anke.scan.config;
