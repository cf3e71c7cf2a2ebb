package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.guard.StartupGuardException;
import io.anke.spring.actuate.AnkeHealthIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** How {@code anke.guard.*} values reach the guard, and what a bad one does. */
@ExtendWith(OutputCaptureExtension.class)
class GuardSettingsTest {

  private static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE);
  }

  @Test
  void aMalformedValueStopsTheStartNamingFileAndLine(CapturedOutput output) {
    int beansBefore = GuardedApplication.FirstBean.CREATED.get();

    assertThatThrownBy(
            () -> app().run("--spring.config.location=classpath:broken/fail-on.properties"))
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("broken/fail-on.properties:3: anke.guard.fail-on=")
        .hasMessageContaining("anke.guard.fail-on='severe'")
        .hasMessageContaining("expected one of critical, high, medium, low, info, never");

    assertThat(GuardedApplication.FirstBean.CREATED.get()).isEqualTo(beansBefore);
    assertThat(output.getOut())
        .contains("APPLICATION FAILED TO START", "anke.guard.fail-on='severe'", "anke.guard.*");
  }

  @Test
  void aMalformedModeFromTheCommandLineNamesItsSource() {
    assertThatThrownBy(() -> app().run("--anke.guard.mode=loud"))
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("anke.guard.mode='loud'")
        .hasMessageContaining("expected one of enforce, warn, off")
        .hasMessageContaining("commandLineArgs");
  }

  @Test
  void modeOffChecksNothingAndHealthSaysUnknown(CapturedOutput output) {
    try (ConfigurableApplicationContext context = app().run("--anke.guard.mode=off")) {
      AnkeHealthIndicator health = context.getBean(AnkeHealthIndicator.class);
      assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(health.health().getDetails()).containsKey("reason");
    }
    assertThat(output.getOut()).contains("off").doesNotContain("BOM-");
  }
}
