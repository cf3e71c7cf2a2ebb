package io.anke.samples.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.anke.samples.secrets.LeakScanner.Leak;
import io.anke.testing.Canaries;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No canary key or password (see {@link Canaries}) appears in anything the test suite wrote: the
 * output and results Surefire and Failsafe kept for every test class of every module (standard
 * output and error, so every log line and every CLI run, and the failure messages), the reports the
 * tests left ({@code anke-report.*}, {@code target/leak-check}), and the build logs of the Maven
 * plugin's integration builds.
 *
 * <p>This module is built after the library modules and the entry points, and this class runs after
 * the other classes of this module (see {@code junit-platform.properties}); the modules built after
 * it are scanned as their last build left them. In a narrow build that did not test those modules
 * there is nothing to scan, and the test is skipped by an assumption, never passed.
 */
@Order(Integer.MAX_VALUE)
class CanaryLeakTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Directories below {@code target} that hold what the build compiled or copied, not output. */
  private static final Set<String> NOT_OUTPUT =
      Set.of(
          "classes",
          "test-classes",
          "generated-sources",
          "generated-test-sources",
          "maven-status",
          "maven-archiver",
          "src");

  /** The reactor's modules with tests, in the order the root pom lists them. */
  static List<String> testedModules() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      if (Files.isDirectory(ROOT.resolve(m.group(1)).resolve("src/test"))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** True for a file below a module's {@code target} that holds output of its tests or builds. */
  static boolean isOutput(Path relativeToTarget) {
    String path = relativeToTarget.toString().replace('\\', '/');
    String name = relativeToTarget.getFileName().toString();
    return path.startsWith("surefire-reports/")
        || path.startsWith("failsafe-reports/")
        || path.startsWith("leak-check/")
        || name.startsWith("anke-report.")
        || name.endsWith(".log");
  }

  static List<Path> outputsOf(Path target) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(target)) {
      return files;
    }
    Files.walkFileTree(
        target,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return NOT_OUTPUT.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isOutput(target.relativize(file))) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  @Test
  void noCanaryInAnythingTheTestSuiteWrote() throws IOException {
    List<String> modules = testedModules();
    List<String> before = modules.subList(0, modules.indexOf("samples"));
    List<String> untested =
        before.stream()
            .filter(m -> !Files.isDirectory(ROOT.resolve(m).resolve("target/surefire-reports")))
            .toList();
    assumeTrue(
        untested.isEmpty(),
        "nothing to scan: no test results of "
            + untested
            + " (a build of some modules only); the leak scan needs the whole test suite's output");

    List<Path> files = new ArrayList<>();
    for (String m : modules) {
      files.addAll(outputsOf(ROOT.resolve(m).resolve("target")));
    }
    // Not an empty look: every module before this one left its test output.
    for (String m : before) {
      assertThat(files)
          .as("test output of %s", m)
          .anyMatch(f -> f.startsWith(ROOT.resolve(m).resolve("target/surefire-reports")));
    }

    List<Leak> leaks = new LeakScanner(Canaries.all()).scan(files);
    assertThat(leaks)
        .as(
            "%d canary leak(s) in what the tests wrote (%d files scanned). A test or the code it"
                + " ran printed a secret: find the line, fix the code that wrote it (or the test,"
                + " if the test printed its own key):%n  %s",
            leaks.size(),
            files.size(),
            leaks.stream()
                .map(l -> l.toString().replace(ROOT + "/", ""))
                .collect(Collectors.joining("\n  ")))
        .isEmpty();
  }
}
