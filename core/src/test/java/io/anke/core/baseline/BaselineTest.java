package io.anke.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.Severity;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Finding;
import io.anke.core.rule.RuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  static final RuleDescriptor R = TestRules.descriptor("BOM-X", Severity.HIGH, "bom");

  @Test
  void roundTripIsDeterministicAndMatchesByFingerprint(@TempDir Path dir) throws Exception {
    Finding a = TestRules.finding(R, "pkg:maven/g/a@1.0");
    Finding b = TestRules.finding(R, "pkg:maven/g/b@1.0");
    Path file = dir.resolve("sub/baseline.json");
    Baseline.of(List.of(b, a, a)).write(file);
    byte[] first = Files.readAllBytes(file);
    Baseline.of(List.of(a, b)).write(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);

    String json = new String(first, StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,").doesNotContain("\r");
    assertThat(json.indexOf(a.fingerprint()) < json.indexOf(b.fingerprint()))
        .isEqualTo(a.fingerprint().compareTo(b.fingerprint()) < 0);

    Baseline read = Baseline.read(file);
    assertThat(read.size()).isEqualTo(2);
    assertThat(read.contains(a)).isTrue();
    // A version bump of the same library is not a new finding.
    assertThat(read.contains(TestRules.finding(R, "pkg:maven/g/a@1.1"))).isTrue();
    assertThat(read.contains(TestRules.finding(R, "pkg:maven/g/c@1.0"))).isFalse();
    assertThat(read.toJson()).isEqualTo(first);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))));
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void malformedBaselinesAreConfigurationErrors() {
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\n  \"schemaVersion\": 1,\n  oops\n}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("b.json:3: not valid JSON");
    assertThatThrownBy(() -> Baseline.parse("b.json", "[]"))
        .hasMessage("b.json: a baseline must be a JSON object");
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\"schemaVersion\": 2, \"findings\": []}"))
        .hasMessage("b.json: unsupported baseline: expected \"schemaVersion\" : 1");
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\"schemaVersion\": 1}"))
        .hasMessage("b.json: a baseline needs a \"findings\" array");
    assertThatThrownBy(
            () ->
                Baseline.parse(
                    "b.json", "{\"schemaVersion\": 1, \"findings\": [{\"fingerprint\": \"xyz\"}]}"))
        .hasMessage("b.json: findings[0]: \"fingerprint\" must be 32 lower-case hex characters");
  }
}
