package io.anke.crypto.sm2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the OpenSSL 3 command line for interoperability tests. */
final class OpenSsl {
  private static final Boolean AVAILABLE = probe();

  private OpenSsl() {}

  /** The exit code and combined output of one run. */
  record Result(int exit, String output) {}

  static boolean available() {
    return AVAILABLE;
  }

  private static boolean probe() {
    try {
      Result r = run(Path.of(System.getProperty("java.io.tmpdir")), "version");
      return r.exit() == 0 && r.output().startsWith("OpenSSL 3");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Runs {@code openssl args...} in {@code dir}. */
  static Result run(Path dir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("openssl did not finish: " + cmd);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new Result(p.exitValue(), out);
  }

  /** Runs and fails the test with OpenSSL's output unless it exits 0. */
  static String ok(Path dir, String... args) throws IOException {
    Result r = run(dir, args);
    if (r.exit() != 0) {
      throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + r.output());
    }
    return r.output();
  }
}
