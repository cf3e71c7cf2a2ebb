package io.anke.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the prose of README.md and docs/ true to the layout: every package or class named in
 * backticks ({@code io.anke.scan.bom.BomReaders}, {@code io.anke.rules.packs}) and every repository
 * path ({@code crypto/src/main/java/…/KeyType.java}) must exist, so that a package moved or a class
 * renamed cannot leave the documentation pointing at nothing. Not looked up: a path followed by
 * "(new)" (a file a "where new code goes" example would create), build output under {@code
 * target/}, and a logger's name.
 */
class DocNamesTest {
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

  /** {@code io.anke.a.b}, optionally {@code .Type}, {@code .Type.Nested}, {@code #member}. */
  private static final Pattern JAVA_NAME =
      Pattern.compile("io\\.anke(?:\\.[a-z][a-z0-9]*)+(?:\\.[A-Z]\\w*)*(?:#\\w+(?:\\(\\))?)?");

  private static final List<String> MODULES =
      List.of(
          "crypto",
          "core",
          "compliance-rules",
          "cli",
          "maven-plugin",
          "spring-boot-starter",
          "samples",
          "benchmarks",
          "bom",
          "docs");

  private final DocBlocks docs = DocBlocks.ofRepository();

  @Test
  void namedPackagesClassesAndPathsExist() throws IOException {
    List<Path> javaRoots = javaRoots();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs.documents()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      String name = docs.root().relativize(doc).toString();
      Matcher m = CODE_SPAN.matcher(text);
      while (m.find()) {
        String span = m.group(1).strip();
        boolean isNew = text.startsWith(" (new)", m.end());
        boolean isLogger = text.substring(Math.max(0, m.start() - 8), m.start()).contains("logger");
        if (JAVA_NAME.matcher(span).matches() && !isLogger) {
          checked++;
          if (!javaNameExists(span, javaRoots)) {
            problems.add(name + ":" + line(text, m.start()) + ": no package or class " + span);
          }
        } else if (isRepositoryPath(span) && !isNew) {
          checked++;
          if (!Files.exists(docs.root().resolve(span))) {
            problems.add(name + ":" + line(text, m.start()) + ": no file " + span);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void theCheckCatchesAMovedClassAndAMissingPath() {
    List<Path> javaRoots = javaRoots();
    assertThat(javaNameExists("io.anke.scan.bom.BomReaders", javaRoots)).isTrue();
    assertThat(javaNameExists("io.anke.rules.packs", javaRoots)).isTrue();
    assertThat(javaNameExists("io.anke.crypto.keyset.KeysetKey#generate", javaRoots)).isTrue();
    assertThat(javaNameExists("io.anke.rules.software.SoftwareRules", javaRoots)).isFalse();
    assertThat(javaNameExists("io.anke.rules.bom.NoSuchRule", javaRoots)).isFalse();
    assertThat(isRepositoryPath("crypto/src/main/java/io/anke/crypto/Aead.java")).isTrue();
    assertThat(isRepositoryPath("org/example/App.java")).isFalse();
    assertThat(isRepositoryPath("benchmarks/target/side-by-side/")).isFalse();
  }

  private static boolean isRepositoryPath(String span) {
    if (span.contains(" ")
        || span.contains("*")
        || span.contains("…")
        || span.contains("<")
        || span.contains("/target/")) {
      return false;
    }
    int slash = span.indexOf('/');
    return slash > 0 && MODULES.contains(span.substring(0, slash));
  }

  private List<Path> javaRoots() {
    List<Path> roots = new ArrayList<>();
    try (Stream<Path> modules = Files.list(docs.root())) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        for (String kind : List.of("src/main/java", "src/test/java")) {
          if (Files.isDirectory(module.resolve(kind))) {
            roots.add(module.resolve(kind));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return roots;
  }

  /** A package directory, or the file of the outermost type named. */
  private static boolean javaNameExists(String name, List<Path> roots) {
    String noMember = name.replaceFirst("#.*", "");
    List<String> packageParts = new ArrayList<>();
    String type = null;
    for (String part : noMember.split("\\.")) {
      if (Character.isUpperCase(part.charAt(0))) {
        type = part;
        break;
      }
      packageParts.add(part);
    }
    String dir = String.join("/", packageParts);
    for (Path root : roots) {
      Path candidate = type == null ? root.resolve(dir) : root.resolve(dir).resolve(type + ".java");
      if (Files.exists(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
