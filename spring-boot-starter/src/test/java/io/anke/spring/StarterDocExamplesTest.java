package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.ScanResult;
import io.anke.core.guard.StartupGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The settings block of docs/startup-guard.md ("Spring Boot"), as an application's only
 * configuration file ({@code src/test/resources/docs/application.properties}): every value reaches
 * the guard.
 */
@ExtendWith(OutputCaptureExtension.class)
class StarterDocExamplesTest {

  @Test
  void theDocsApplicationPropertiesReachTheGuard(CapturedOutput output) {
    int beansBefore = GuardedApplication.FirstBean.CREATED.get();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(GuardedApplication.class)
            .web(WebApplicationType.NONE)
            .run("--spring.config.location=classpath:docs/application.properties")) {
      // warn: the application starts whatever the guard found.
      assertThat(context.isActive()).isTrue();
      assertThat(GuardedApplication.FirstBean.CREATED.get()).isEqualTo(beansBefore + 1);
      ScanResult result = StartupGuard.lastResult().orElseThrow();
      assertThat(result.profile().id()).isEqualTo("gov-cloud-baseline");
    }
    // The waiver file is read from the working directory; this module has none there, so in warn
    // mode the guard names it in one ERROR line and goes on without waivers.
    assertThat(output.getOut()).contains("config/anke-waivers.yaml");
  }
}
