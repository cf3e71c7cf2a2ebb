package io.anke.scan.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

/**
 * The SHA-256 of a file, taken on a thread of its own while the caller walks the same file: the
 * walk of a large archive then does not also spend its time hashing every byte of it. Reading the
 * file a second time costs little beside hashing it (the walk has just brought it into the page
 * cache, or is about to).
 */
public final class FileDigest {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final FutureTask<String> task;
  private final Thread thread;
  private volatile boolean cancelled;

  private FileDigest(Path file, MessageDigest digest) {
    Callable<String> hash = () -> hash(file, digest, () -> cancelled);
    this.task = new FutureTask<>(hash);
    this.thread = new Thread(task, "anke-digest");
    thread.setDaemon(true);
  }

  /** The lowercase hex digest of {@code file} with {@code digest}, taken on the calling thread. */
  public static String of(Path file, MessageDigest digest) throws IOException {
    return hash(file, digest, () -> false);
  }

  private static String hash(Path file, MessageDigest digest, BooleanSupplier cancelled)
      throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (cancelled.getAsBoolean()) {
          throw new InterruptedIOException();
        }
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Starts hashing {@code file} with {@code digest} (a fresh SHA-256 instance).
   *
   * @return the running digest; {@link #get()} or {@link #cancel()} must follow
   */
  public static FileDigest start(Path file, MessageDigest digest) {
    FileDigest d = new FileDigest(file, digest);
    d.thread.start();
    return d;
  }

  /**
   * Waits for the lowercase hex digest.
   *
   * @throws IOException when the file could not be read to its end
   */
  public String get() throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new InterruptedIOException();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops hashing (when the walk failed and the digest is not needed). */
  public void cancel() {
    cancelled = true;
  }
}
