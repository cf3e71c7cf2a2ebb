package io.anke.spring.actuate;

import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.spring.guard.GuardOutcome;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code anke} ({@code /actuator/anke}): the start-up guard's result as the
 * JSON report, written by the same writer as {@code anke scan --format json}. No content (HTTP 404)
 * when the guard produced no result.
 */
@Endpoint(id = "anke")
public class AnkeEndpoint {
  private final GuardOutcome outcome;

  /**
   * @param outcome this application's guard outcome, or null when the guard did not run for it
   */
  public AnkeEndpoint(GuardOutcome outcome) {
    this.outcome = outcome;
  }

  /** The JSON report, or null (404) when there is no result. */
  @ReadOperation(produces = "application/json")
  public String report() {
    if (outcome == null) {
      return null;
    }
    return outcome
        .result()
        .map(
            r ->
                new String(
                    ReportFormats.render(
                        ReportFormats.builtIn().get("json"), r, ReportOptions.defaults()),
                    StandardCharsets.UTF_8))
        .orElse(null);
  }
}
