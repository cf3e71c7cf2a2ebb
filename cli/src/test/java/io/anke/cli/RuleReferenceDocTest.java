package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} current: the committed rule reference must equal what {@code anke
 * rules --format markdown} prints for the rules on the class path.
 */
class RuleReferenceDocTest {
  static final String FIX =
      "docs/rules.md is out of date; run ./anke rules --format markdown > docs/rules.md";

  /** The checkout's {@code docs/rules.md}, found from the module directory Surefire runs in. */
  static Path reference() {
    return doc("rules.md");
  }

  /** The checkout's {@code docs/<name>}, found from the module directory Surefire runs in. */
  static Path doc(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs/" + name);
      if (Files.isRegularFile(candidate) && Files.isRegularFile(dir.resolve("mvnw"))) {
        return candidate;
      }
    }
    throw new AssertionError(
        "docs/" + name + " not found above " + Path.of("").toAbsolutePath() + "; " + FIX);
  }

  @Test
  void docsRulesMdIsGeneratedFromTheRules() throws Exception {
    MainTest.Run run = MainTest.run("rules", "--format", "markdown");
    assertThat(run.exit()).isZero();
    String generated = run.out().replace("\r\n", "\n");
    String committed = Files.readString(reference(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!committed.equals(generated)) {
      throw new AssertionError(FIX + firstDifference(committed, generated));
    }
    assertThat(generated)
        .contains(
            "## BOM-FOREIGN-DB-DRIVER", "## HW-FOREIGN-SERVER", "## CONFIG-PLAINTEXT-PASSWORD");
  }

  /** " (first difference at line N: ...)" to make the failure actionable. */
  static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of output>";
      if (!x.equals(y)) {
        return " (first difference at line "
            + (i + 1)
            + ": committed \""
            + x
            + "\", generated \""
            + y
            + "\")";
      }
    }
    return "";
  }
}
