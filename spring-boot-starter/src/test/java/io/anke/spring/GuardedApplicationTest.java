package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.spring.guard.GuardOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A compliant application (no foreign driver on this JVM's class path) starts with the guard in
 * {@code warn} mode, as its {@code application.properties} says, and Actuator shows the guard's
 * result over HTTP.
 */
@SpringBootTest(
    classes = GuardedApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuardedApplicationTest {
  @Autowired TestRestTemplate http;
  @Autowired GuardOutcome outcome;

  @Test
  void healthShowsAnkeUpWithTheResultOfThisStart() {
    ScanResult result = outcome.result().orElseThrow();
    assertThat(result.summary().passed()).isTrue();

    JsonNode anke = Actuator.ankeHealth(http, HttpStatus.OK);

    assertThat(anke.path("status").asText()).isEqualTo("UP");
    JsonNode details = anke.path("details");
    // the profile of application.properties, read before the context existed
    assertThat(details.path("profile").asText()).isEqualTo("team-gov-cloud");
    assertThat(details.path("failOn").asText()).isEqualTo("high");
    assertThat(details.path("total").asInt()).isEqualTo(result.summary().total());
    assertThat(details.path("counts").path("info").asInt())
        .isEqualTo(result.summary().count(io.anke.core.Severity.INFO));
    assertThat(details.has("failing")).isFalse();
  }

  @Test
  void ankeEndpointServesTheJsonReportOfTheCoreWriter() throws Exception {
    ScanResult result = outcome.result().orElseThrow();

    ResponseEntity<String> response = http.getForEntity("/actuator/anke", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
        .isTrue();
    String expected =
        new String(
            ReportFormats.render(
                ReportFormats.builtIn().get("json"), result, ReportOptions.defaults()),
            StandardCharsets.UTF_8);
    assertThat(response.getBody()).isEqualTo(expected);
    // the same bytes as the report file the guard wrote at start-up (anke.guard.report)
    assertThat(response.getBody())
        .isEqualTo(Files.readString(Path.of("target/anke-guard-report.json")));
    JsonNode report = Json.parse(response.getBody());
    assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.path("profile").asText()).isEqualTo("team-gov-cloud");
    assertThat(report.path("findings").size()).isEqualTo(result.findings().size());
  }
}
