package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.anke.core.guard.StartupGuardException;
import io.anke.core.rule.Finding;
import io.anke.spring.guard.GuardOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The same application with a foreign JDBC driver (Oracle's ojdbc11) on the JVM's class path: only
 * the tests tagged {@code foreign-driver} run with it (the surefire execution of that name). In
 * {@code warn} mode the application starts and the {@code anke} health indicator is DOWN with the
 * finding; in {@code enforce} mode it does not start, and the failure names the finding.
 */
@SpringBootTest(
    classes = GuardedApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@Tag("foreign-driver")
class ForeignDriverApplicationTest {
  static final String DRIVER = "ojdbc11";

  @Autowired TestRestTemplate http;
  @Autowired GuardOutcome outcome;

  /** The findings of this start that fail the threshold and name the driver. */
  private List<Finding> driverFindings() {
    var result = outcome.result().orElseThrow();
    List<Finding> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.counts()
          && result.summary().failOn().failsOn(f.severity())
          && f.subject().id().contains(DRIVER)) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void healthIsDownWithTheDriverFinding() {
    assertThat(driverFindings()).isNotEmpty();

    JsonNode anke = Actuator.ankeHealth(http, HttpStatus.SERVICE_UNAVAILABLE);

    assertThat(anke.path("status").asText()).isEqualTo("DOWN");
    JsonNode details = anke.path("details");
    assertThat(details.path("profile").asText()).isEqualTo("team-gov-cloud");
    List<String> shown = new ArrayList<>();
    for (JsonNode f : details.path("failing")) {
      shown.add(f.path("rule").asText() + " " + f.path("subject").asText());
      assertThat(f.path("message").path("zh").asText()).isNotBlank();
      assertThat(f.path("message").path("en").asText()).isNotBlank();
    }
    for (Finding f : driverFindings()) {
      assertThat(shown).contains(f.ruleId() + " " + f.subject().id());
    }
    DocBlocks.assertJsonExcerpt("health-down", anke);
  }

  @Test
  void endpointReportsTheDriverFinding() {
    ResponseEntity<String> response = http.getForEntity("/actuator/anke", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = Json.parse(response.getBody());
    assertThat(report.path("summary").path("passed").asBoolean(true)).isFalse();
    List<String> subjects = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      subjects.add(f.path("subject").path("id").asText());
    }
    assertThat(subjects).anyMatch(s -> s.contains(DRIVER));
    DocBlocks.assertJsonExcerpt("endpoint-report", report);
  }

  @Test
  void enforceModeStopsTheStartBeforeAnyBeanAndNamesTheFinding(CapturedOutput output) {
    int beansBefore = GuardedApplication.FirstBean.CREATED.get();

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(GuardedApplication.class)
                    .run("--anke.guard.mode=enforce", "--server.port=0"))
        .isInstanceOf(StartupGuardException.class)
        .satisfies(
            e -> {
              StartupGuardException refusal = (StartupGuardException) e;
              assertThat(refusal.result()).isPresent();
              assertThat(refusal.getMessage()).contains(DRIVER);
            });

    assertThat(GuardedApplication.FirstBean.CREATED.get()).isEqualTo(beansBefore);
    String out = output.getOut();
    assertThat(out).contains("APPLICATION FAILED TO START", DRIVER);
    DocBlocks.assertTextExcerpt("failure-analysis", out);
  }
}
