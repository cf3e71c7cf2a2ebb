package io.anke.samples.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The department portal. anke-spring-boot-starter runs the start-up guard before this application's
 * context exists ({@code anke.guard.*} in {@code application.properties}) and adds the Actuator
 * health indicator {@code anke}; {@link PortalConfiguration} wires the data-access guard and the
 * audit trail; {@link ResidentController} serves the records.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
