package io.anke.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exact file a baseline writes, and which finding a malformed entry is reported at. */
class BaselineExactJsonTest {
  static final String FP1 = "0123456789abcdef0123456789abcdef";
  static final String FP2 = "fedcba9876543210fedcba9876543210";

  @Test
  void everyRecordedFieldIsWrittenInAFixedLayout() {
    Baseline b =
        Baseline.parse(
            "b.json",
            """
            {"schemaVersion": 1, "findings": [
              {"fingerprint": "%s", "ruleId": "HW-2", "subject": "s2", "location": "l2"},
              {"fingerprint": "%s", "ruleId": "BOM-1", "subject": "s1", "location": "l1"}
            ]}"""
                .formatted(FP2, FP1));
    assertThat(new String(b.toJson(), StandardCharsets.UTF_8))
        .isEqualTo(
            """
            {
              "schemaVersion" : 1,
              "tool" : "anke",
              "findings" : [
                {
                  "fingerprint" : "%s",
                  "ruleId" : "BOM-1",
                  "subject" : "s1",
                  "location" : "l1"
                },
                {
                  "fingerprint" : "%s",
                  "ruleId" : "HW-2",
                  "subject" : "s2",
                  "location" : "l2"
                }
              ]
            }
            """
                .formatted(FP1, FP2));
  }

  @Test
  void theEmptyBaselineWritesNoFindings() {
    Baseline empty = Baseline.empty();
    assertThat(empty.size()).isZero();
    assertThat(new String(empty.toJson(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\n  \"schemaVersion\" : 1,\n  \"tool\" : \"anke\",\n  \"findings\" : [ ]\n}\n");
  }

  @Test
  void aBadFingerprintIsReportedAtItsIndex() {
    String json =
        """
        {"schemaVersion": 1, "findings": [
          {"fingerprint": "%s"}, {"fingerprint": "%s"}, {"fingerprint": "NOT-HEX"}
        ]}"""
            .formatted(FP1, FP2);
    assertThatThrownBy(() -> Baseline.parse("b.json", json))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("findings[2]: \"fingerprint\" must be 32 lower-case hex characters");
  }
}
