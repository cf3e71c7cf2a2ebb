package io.anke.samples.guard;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

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
    return runMain(dir, classpath, GuardedApplication.class.getName(), List.of(), options);
  }

  /** Runs {@code java [options] -cp classpath mainClass args} in {@code dir}. */
  static Run runMain(
      Path dir, List<Path> classpath, String mainClass, List<String> args, String... options)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(options));
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    cmd.add(mainClass);
    cmd.addAll(args);
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

  /**
   * Writes the files under {@code root} into a new jar (or war) {@code jar}; with {@code
   * directories}, directory entries too, as war tools write them (Tomcat serving a war looks for
   * {@code WEB-INF/classes/}).
   */
  static void jar(Path root, Path jar, boolean directories) throws IOException {
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os)) {
      addTree(out, root, directories);
    }
  }

  /** Adds the files (and directories) under {@code root} to {@code out}, in a stable order. */
  static void addTree(JarOutputStream out, Path root, boolean directories) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(f -> !f.equals(root)).sorted().toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        boolean directory = Files.isDirectory(f);
        if (directory && !directories) {
          continue;
        }
        out.putNextEntry(new ZipEntry(directory ? name + "/" : name));
        if (!directory) {
          Files.copy(f, out);
        }
        out.closeEntry();
      }
    }
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
