package io.anke.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the code of the walkthroughs in {@code docs/} true: every Java block follows a marker
 * {@code <!-- from: PATH -->} naming a source file of the repository, and its lines appear in that
 * file in the same order (compared without leading blanks). The files are compiled and their tests
 * run by the build, so the walkthrough shows code that compiles and runs.
 */
class DocCodeBlocksTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- from: (\\S+) -->\\n```(java|yaml)\\n(.*?)```", Pattern.DOTALL);

  /** Lines that stand for code left out. */
  private static final java.util.Set<String> ELISIONS =
      java.util.Set.of("...", "// ...", "// …", "# …", "…");

  @ParameterizedTest
  @ValueSource(strings = {"data-access.md", "audit.md"})
  void everyCodeBlockIsTakenFromARealSourceFile(String name) throws Exception {
    String doc = Files.readString(Path.of("../docs").resolve(name));
    Matcher m = BLOCK.matcher(doc);
    int blocks = 0;
    List<String> problems = new ArrayList<>();
    while (m.find()) {
      blocks++;
      Path source = Path.of("..").resolve(m.group(1));
      if (!Files.isRegularFile(source)) {
        problems.add(m.group(1) + ": no such file");
        continue;
      }
      List<String> lines = Files.readAllLines(source).stream().map(String::strip).toList();
      int at = 0;
      for (String wanted : m.group(3).lines().map(String::strip).toList()) {
        if (wanted.isEmpty() || ELISIONS.contains(wanted)) {
          continue;
        }
        int found = -1;
        for (int i = at; i < lines.size(); i++) {
          if (lines.get(i).equals(wanted)) {
            found = i;
            break;
          }
        }
        if (found < 0) {
          problems.add(m.group(1) + ": not found (in order): " + wanted);
          break;
        }
        at = found + 1;
      }
    }
    // every fenced java or yaml block must carry a marker
    long fenced = Pattern.compile("```(java|yaml)\\n").matcher(doc).results().count();
    assertThat(blocks).as("blocks with a from: marker").isEqualTo(fenced).isGreaterThan(2);
    assertThat(problems).isEmpty();
  }
}
