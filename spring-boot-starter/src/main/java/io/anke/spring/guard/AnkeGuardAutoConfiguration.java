package io.anke.spring.guard;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Makes {@link AnkeGuardProperties} a bean. The guard itself does not run here: it has already run
 * when auto-configuration starts, from {@code GuardApplicationListener} (registered in {@code
 * META-INF/spring.factories}), as soon as the properties could be read.
 */
@AutoConfiguration
@EnableConfigurationProperties(AnkeGuardProperties.class)
public class AnkeGuardAutoConfiguration {}
