package io.anke.spring.actuate;

import io.anke.spring.guard.AnkeGuardAutoConfiguration;
import io.anke.spring.guard.GuardOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code anke} health indicator and endpoint, when Spring Boot Actuator is on the class path.
 * Each can be switched off the Actuator way ({@code management.health.anke.enabled=false}, {@code
 * management.endpoint.anke.access=none}).
 */
@AutoConfiguration(after = AnkeGuardAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class AnkeGuardActuatorAutoConfiguration {

  /** The health indicator; its bean name makes the contributor name {@code anke}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("anke")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "ankeHealthIndicator")
    AnkeHealthIndicator ankeHealthIndicator(ObjectProvider<GuardOutcome> outcome) {
      return new AnkeHealthIndicator(outcome.getIfAvailable());
    }
  }

  /** The endpoint {@code /actuator/anke}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Endpoint.class)
  @ConditionalOnAvailableEndpoint(AnkeEndpoint.class)
  static class Report {
    @Bean
    @ConditionalOnMissingBean
    AnkeEndpoint ankeEndpoint(ObjectProvider<GuardOutcome> outcome) {
      return new AnkeEndpoint(outcome.getIfAvailable());
    }
  }
}
