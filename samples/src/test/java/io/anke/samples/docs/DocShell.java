package io.anke.samples.docs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A scratch directory in which the shell commands of the documents run as a reader would run them:
 * {@code anke} (and {@code ./anke}) start this checkout's command line, {@code openssl} is the
 * system's, and the small input files the examples name are there.
 */
final class DocShell {
  private final Path dir;

  /** What a command printed (standard output and error together) and its exit code. */
  record Result(String output, int exit) {}

  private DocShell(Path dir) {
    this.dir = dir;
  }

  /**
   * Prepares {@code dir}: the launcher, the example inputs, and {@code samples} of the checkout.
   */
  static DocShell in(Path dir, Path repository) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The command line ships SLF4J's no-op binding only; the samples' simple one would make every
    // command warn about two bindings.
    String classPath =
        Arrays.stream(
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator))
            .filter(entry -> !entry.contains("slf4j-simple"))
            .collect(Collectors.joining(File.pathSeparator));
    // English unless the example asks otherwise through ANKE_JAVA_OPTS, as the ./anke script does;
    // C1 only: each command is a short run, and the examples start dozens of them.
    String launcher =
        "#!/bin/sh\nexec '"
            + java
            + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Duser.language=en -Duser.country=US"
            + " $ANKE_JAVA_OPTS -cp '"
            + classPath
            + "' io.anke.cli.Main \"$@\"\n";
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (Path script : new Path[] {bin.resolve("anke"), dir.resolve("anke")}) {
      Files.writeString(script, launcher);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    SecureRandom random = new SecureRandom();
    byte[] data = new byte[1000];
    random.nextBytes(data);
    Files.write(dir.resolve("data.bin"), data);
    Files.writeString(dir.resolve("msg"), "message to sign\n");
    Files.writeString(dir.resolve("record.txt"), "card 6222 0000 1111\n");
    byte[] key = new byte[16];
    random.nextBytes(key);
    Files.writeString(dir.resolve("other.hex"), HexFormat.of().formatHex(key) + "\n");
    Files.createSymbolicLink(dir.resolve("samples"), repository.resolve("samples"));
    return new DocShell(dir);
  }

  Path dir() {
    return dir;
  }

  /** Runs {@code script} with bash in the directory, failing on the first failed command. */
  Result run(String script) throws IOException, InterruptedException {
    Path output = Files.createTempFile(dir.getParent(), "output", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + script)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().put("NO_COLOR", "1");
    pb.environment().remove("ANKE_LANG");
    Process p = pb.start();
    p.getOutputStream().close();
    boolean ended = p.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
    }
    String out = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    return ended ? new Result(out, p.exitValue()) : new Result(out + "\n(timed out)", -1);
  }
}
