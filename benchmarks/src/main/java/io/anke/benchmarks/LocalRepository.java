package io.anke.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real library jars for benchmarks, taken from the local Maven repository: the same repository
 * gives the same jars, in the same order.
 */
final class LocalRepository {
  private LocalRepository() {}

  /** {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
  static Path location() {
    return Path.of(
        System.getProperty(
            "maven.repo.local",
            Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
  }

  /**
   * Every library jar of {@code repository} sorted by path: no sources, javadoc or test jars and
   * none of Anke's own.
   */
  static List<Path> libraryJars(Path repository) throws IOException {
    try (Stream<Path> files = Files.walk(repository)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return !n.endsWith("-sources.jar")
                    && !n.endsWith("-javadoc.jar")
                    && !n.endsWith("-tests.jar")
                    && !n.startsWith("anke-");
              })
          .sorted()
          .toList();
    }
  }

  /** Whether the file starts with a zip local file header. */
  static boolean isZip(Path jar) {
    try (InputStream in = Files.newInputStream(jar)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
