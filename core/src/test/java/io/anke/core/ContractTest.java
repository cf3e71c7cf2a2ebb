package io.anke.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContractTest {

  @Test
  void exitCodesAreTheContractNumbers() {
    assertThat(Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code))
        .containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void severityIdsAndOrder() {
    assertThat(Arrays.stream(Severity.values()).map(Severity::id))
        .containsExactly("critical", "high", "medium", "low", "info");
    assertThat(Severity.CRITICAL.isAtLeast(Severity.HIGH)).isTrue();
    assertThat(Severity.HIGH.isAtLeast(Severity.HIGH)).isTrue();
    assertThat(Severity.MEDIUM.isAtLeast(Severity.HIGH)).isFalse();
  }

  @Test
  void severityParsingIsStrictButCaseInsensitive() {
    assertThat(Severity.parse(" High ")).isEqualTo(Severity.HIGH);
    assertThatThrownBy(() -> Severity.parse("severe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'severe'")
        .hasMessageContaining("critical, high, medium, low, info");
  }

  @Test
  void errorsNameFileAndLineLikeACompiler() {
    assertThat(new InputException("hw.csv", 12, "quantity 'x' is not a number").getMessage())
        .isEqualTo("hw.csv:12: quantity 'x' is not a number");
    assertThat(new ConfigurationException("waivers.yaml", 0, "not YAML").getMessage())
        .isEqualTo("waivers.yaml: not YAML");
    assertThat(new ConfigurationException(null, 0, "unknown profile 'x'").getMessage())
        .isEqualTo("unknown profile 'x'");
  }
}
