package io.anke.samples.guard;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link GuardedApplication} in a child JVM, as an operator would with {@code java}. */
final class GuardedJvm {
  /** What the child JVM did. */
  record Run(int exitCode, String stdout, String stderr) {}

  private GuardedJvm() {}

  /** The guarded application's run-time class path (written by the build), with a logger. */
  static List<Path> applicationClasspath() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("target/classes").toAbsolutePath());
    String built = Files.readString(Path.of("target/guarded-application.classpath")).strip();
    for (String e : built.split(File.pathSeparator)) {
      // the command-line tool's silent logger would swallow the guard's log lines
      if (!e.isBlank() && !e.contains("slf4j-nop")) {
        out.add(Path.of(e));
      }
    }
    out.add(testJar("slf4j-simple"));
    return out;
  }

  /** A jar of the test class path (resolved by Maven), found by its artifact id. */
  static Path testJar(String artifactId) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName().toString().startsWith(artifactId + "-"))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(artifactId + " is not on the test class path"));
  }

  /** Runs {@code java [options] -cp classpath GuardedApplication} in {@code dir}. */
  static Run run(Path dir, List<Path> classpath, String... options)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(options));
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    cmd.add(GuardedApplication.class.getName());
    return start(dir, cmd);
  }

  /** Runs {@code java [options] -jar jar} in {@code dir}. */
  static Run runJar(Path dir, Path jar, String... options)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(options));
    cmd.add("-jar");
    cmd.add(jar.toString());
    return start(dir, cmd);
  }

  private static Run start(Path dir, List<String> cmd) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("ANKE_GUARD_"));
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the guarded application did not end: " + cmd);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
