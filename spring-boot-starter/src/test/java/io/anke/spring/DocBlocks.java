package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output excerpts of {@code docs/startup-guard.md}, each a fenced block after a marker line
 * {@code <!-- excerpt: NAME -->}, compared with what the tests really produced, so that the
 * documentation cannot drift from the code.
 */
final class DocBlocks {
  static final Path DOC = Path.of("..", "docs", "startup-guard.md");

  /**
   * Counts that follow from the whole test class path (every library adds info findings); the doc
   * shows them as they were, the test only checks that they are numbers.
   */
  private static final Set<String> VARYING = Set.of("total", "info", "low");

  private DocBlocks() {}

  /** The text of the fenced block after {@code <!-- excerpt: name -->}. */
  static String block(String name) {
    String doc;
    try {
      doc = Files.readString(DOC, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String marker = "<!-- excerpt: " + name + " -->";
    int at = doc.indexOf(marker);
    assertThat(at).as(marker + " in " + DOC).isGreaterThanOrEqualTo(0);
    int open = doc.indexOf("```", at);
    int start = doc.indexOf('\n', open) + 1;
    int close = doc.indexOf("\n```", start);
    String block = doc.substring(start, close + 1);
    // an excerpt that shows next to nothing would pass any comparison
    assertThat(block.lines().filter(l -> !l.isBlank()).count())
        .as("lines of excerpt " + name)
        .isGreaterThan(3);
    return block;
  }

  /**
   * The doc's JSON block is an excerpt of {@code real}: each member it shows is there with the same
   * value (numbers named in {@link #VARYING} only need to be numbers), and each array element it
   * shows matches an element of the real array.
   */
  static void assertJsonExcerpt(String name, JsonNode real) {
    List<String> problems = differences(Json.parse(block(name)), real);
    assertThat(problems)
        .as("excerpt " + name + " of " + DOC + " vs\n" + Json.pretty(real))
        .isEmpty();
  }

  /** What {@code shown} claims that {@code real} does not hold; empty when it is an excerpt. */
  static List<String> differences(JsonNode shown, JsonNode real) {
    List<String> problems = new ArrayList<>();
    compare("$", null, shown, real, problems);
    return problems;
  }

  /** The doc's text block appears, line for line, in {@code real} (trailing blanks ignored). */
  static void assertTextExcerpt(String name, String real) {
    String shown = strip(block(name));
    assertThat(strip(real)).as("excerpt " + name + " of " + DOC).contains(shown);
  }

  private static String strip(String s) {
    return s.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip();
  }

  private static void compare(
      String path, String key, JsonNode shown, JsonNode real, List<String> problems) {
    if (real == null || real.isMissingNode()) {
      problems.add(path + ": not in the real output");
    } else if (shown.isObject()) {
      for (Map.Entry<String, JsonNode> e : shown.properties()) {
        compare(path + "." + e.getKey(), e.getKey(), e.getValue(), real.get(e.getKey()), problems);
      }
    } else if (shown.isArray()) {
      for (int i = 0; i < shown.size(); i++) {
        boolean found = false;
        for (JsonNode candidate : real) {
          List<String> sub = new ArrayList<>();
          compare(path + "[" + i + "]", null, shown.get(i), candidate, sub);
          found |= sub.isEmpty();
        }
        if (!found) {
          problems.add(path + "[" + i + "]: no such element in the real output");
        }
      }
    } else if (shown.isNumber() && VARYING.contains(key)) {
      if (!real.isNumber()) {
        problems.add(path + ": " + real + " is not a number");
      }
    } else if (!shown.equals(real)) {
      problems.add(path + ": the doc shows " + shown + ", the real output has " + real);
    }
  }
}
