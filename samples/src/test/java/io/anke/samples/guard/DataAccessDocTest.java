package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the start-up guard's refusal that {@code docs/data-access.md} shows true: the block after
 * {@code <!-- guard-excerpt: classified -->} is a run of consecutive lines of the real output of
 * the child JVM that {@link GuardedRuns#classified()} starts (a class directory with the
 * undeclared-encryption {@code gov.example.Resident}, mode {@code enforce}). The build output the
 * same page shows is held to its invoker build by that build's {@code verify.groovy}
 * (maven-plugin/src/it/crypto-md5-l3).
 */
class DataAccessDocTest {
  private static final Pattern EXCERPT =
      Pattern.compile("<!-- guard-excerpt: (\\w+) -->\\n```text\\n(.*?)```", Pattern.DOTALL);

  static Map<String, List<String>> guardExcerpts() throws Exception {
    String doc = Files.readString(Path.of("../docs/data-access.md"));
    Map<String, List<String>> out = new LinkedHashMap<>();
    Matcher m = EXCERPT.matcher(doc);
    while (m.find()) {
      assertThat(out.put(m.group(1), m.group(2).lines().toList()))
          .as("two blocks named %s", m.group(1))
          .isNull();
    }
    return out;
  }

  /** Where {@code shown} starts as consecutive lines of {@code actual}, or -1. */
  static int indexOfRun(List<String> shown, List<String> actual) {
    for (int start = 0; start + shown.size() <= actual.size(); start++) {
      if (actual.subList(start, start + shown.size()).equals(shown)) {
        return start;
      }
    }
    return -1;
  }

  @Test
  void theRefusalShownIsWhatTheGuardPrints() throws Exception {
    Map<String, List<String>> excerpts = guardExcerpts();
    assertThat(excerpts).containsOnlyKeys("classified");
    GuardedJvm.Run run = GuardedRuns.classified();
    assertThat(run.exitCode()).isNotZero();
    // the guard's log and the exception are on standard error
    List<String> actual = new ArrayList<>(run.stderr().lines().toList());
    actual.addAll(run.stdout().lines().toList());
    List<String> shown = excerpts.get("classified");
    assertThat(shown).isNotEmpty();
    assertThat(indexOfRun(shown, actual))
        .as(
            "docs/data-access.md excerpt 'classified' is not a run of lines of the real output:%n"
                + "%s%n--- real output ---%n%s",
            String.join("\n", shown), String.join("\n", actual))
        .isGreaterThanOrEqualTo(0);
  }

  @Test
  void aLineChangedOrLeftOutIsNoRun() {
    List<String> actual = List.of("a", "b", "c");
    assertThat(indexOfRun(List.of("b", "c"), actual)).isEqualTo(1);
    assertThat(indexOfRun(List.of("a", "c"), actual)).isEqualTo(-1);
    assertThat(indexOfRun(List.of("b", "d"), actual)).isEqualTo(-1);
  }
}
