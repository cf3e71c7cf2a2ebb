package io.anke.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundled rule is named by at least one test: a rule that no test triggers (or proves silent)
 * can report nothing, or everything, without anyone noticing. The ids come from the rule registry,
 * the tests are the test sources of every module of the build.
 */
class RuleCoverageTest {
  private static Path buildRoot() {
    Path module = Path.of("").toAbsolutePath();
    Path root = module.getParent();
    assertThat(root.resolve("pom.xml")).as("the parent build of %s", module).exists();
    return root;
  }

  private static String testSources(Path root) throws IOException {
    StringBuilder all = new StringBuilder();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.toList()) {
        for (String tree : List.of("src/test/java", "src/it")) {
          Path dir = module.resolve(tree);
          if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
              // Java tests, and the verify scripts of the Maven plugin's integration builds.
              walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".groovy"))
                  .filter(p -> !p.getFileName().toString().equals("RuleCoverageTest.java"))
                  .forEach(files::add);
            }
          }
        }
      }
    }
    files.forEach(
        f -> {
          try {
            all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return all.toString();
  }

  @Test
  void everyBundledRuleIdIsNamedByATest() throws IOException {
    List<String> ids = RuleRegistry.discover().knownIds();
    assertThat(ids).as("bundled rules").hasSizeGreaterThan(40);
    String tests = testSources(buildRoot());
    List<String> untested = new ArrayList<>();
    for (String id : ids) {
      // The whole id, not a prefix of a longer one (CRYPTO-WEAK-HASH in CRYPTO-WEAK-HASH-X).
      Pattern named = Pattern.compile("(?<![A-Z0-9-])" + Pattern.quote(id) + "(?![A-Z0-9-])");
      if (!named.matcher(tests).find()) {
        untested.add(id);
      }
    }
    assertThat(untested).as("rule ids that no test names").isEmpty();
  }
}
