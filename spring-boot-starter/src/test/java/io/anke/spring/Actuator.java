package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Requests to the running test application's Actuator over HTTP. */
final class Actuator {
  private Actuator() {}

  /**
   * {@code components.anke} of {@code GET /actuator/health}, after checking the HTTP status (200
   * when every component is up, 503 when one is down).
   */
  static JsonNode ankeHealth(TestRestTemplate http, HttpStatus expected) {
    ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(expected);
    return Json.parse(response.getBody()).path("components").path("anke");
  }
}
