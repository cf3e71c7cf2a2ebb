package io.anke.crypto.pkix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the OpenSSL 3 command line for interoperability tests (it is installed on every machine of
 * the project). Test helper for the key-management packages.
 */
public final class OpenSsl {
  private OpenSsl() {}

  /** The outcome of one run. */
  public record Result(int exit, byte[] stdout, String stderr) {
    /** Standard output as UTF-8 text. */
    public String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Fails the test with OpenSSL's own message unless the exit code is 0. */
    public Result assertOk() {
      assertThat(exit).as("openssl failed: %s", stderr).isZero();
      return this;
    }
  }

  /** Runs {@code openssl ARGS} in {@code dir} with {@code stdin} as input. */
  public static Result run(Path dir, byte[] stdin, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (var in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("openssl did not finish in 60 s: " + cmd);
      }
      return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs {@code openssl ARGS} in {@code dir} without input. */
  public static Result run(Path dir, String... args) {
    return run(dir, null, args);
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
