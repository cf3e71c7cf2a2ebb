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
 * Keeps the excerpts of {@code docs/startup-guard.md} true: each line of a block marked {@code <!--
 * guard-excerpt: NAME -->} must appear, in order, as a whole line of the real output of the child
 * JVM that {@link GuardedRuns} starts for NAME ({@code […]} stands for any text).
 */
class StartupGuardDocTest {
  static final String ELIDED = "[…]";
  private static final Pattern EXCERPT =
      Pattern.compile("<!-- guard-excerpt: (\\w+) -->\\n```text\\n(.*?)```", Pattern.DOTALL);

  static Map<String, List<String>> excerpts() throws Exception {
    String doc = Files.readString(Path.of("../docs/startup-guard.md"));
    Map<String, List<String>> out = new LinkedHashMap<>();
    Matcher m = EXCERPT.matcher(doc);
    while (m.find()) {
      out.put(m.group(1), m.group(2).lines().toList());
    }
    return out;
  }

  /** The lines of a run, standard error first (the guard's log), then standard output. */
  static List<String> lines(GuardedJvm.Run run) {
    List<String> all = new ArrayList<>(run.stderr().lines().toList());
    all.addAll(run.stdout().lines().toList());
    return all;
  }

  static Pattern pattern(String excerptLine) {
    StringBuilder p = new StringBuilder();
    String[] parts = excerptLine.split(Pattern.quote(ELIDED), -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        p.append(".*");
      }
      p.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(p.toString());
  }

  @Test
  void everyExcerptIsRealOutput() throws Exception {
    Map<String, GuardedJvm.Run> runs =
        Map.of(
            "started", GuardedRuns.started(),
            "refused", GuardedRuns.refused(),
            "warned", GuardedRuns.warned(),
            "off", GuardedRuns.off(),
            "classified", GuardedRuns.classified());
    Map<String, List<String>> excerpts = excerpts();
    assertThat(excerpts).containsOnlyKeys(runs.keySet());
    for (var e : excerpts.entrySet()) {
      List<String> actual = lines(runs.get(e.getKey()));
      int at = 0;
      for (String line : e.getValue()) {
        Pattern p = pattern(line);
        int found = -1;
        for (int i = at; i < actual.size(); i++) {
          if (p.matcher(actual.get(i)).matches()) {
            found = i;
            break;
          }
        }
        assertThat(found)
            .as(
                "docs/startup-guard.md excerpt '%s': line not found (in order) in the real output:%n"
                    + "%s%n--- real output ---%n%s",
                e.getKey(), line, String.join("\n", actual))
            .isGreaterThanOrEqualTo(0);
        at = found + 1;
      }
    }
  }
}
