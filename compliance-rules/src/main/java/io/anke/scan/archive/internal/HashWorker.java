package io.anke.scan.archive.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * One walk's helper thread that hashes the archives nested in it, so that the walking thread only
 * copies their bytes while it inflates them. Bytes are handed over in blocks of 64 KiB, at most 16
 * blocks waiting; every digest is updated with the same bytes in the same order as a {@link
 * java.security.DigestInputStream} on the walking thread would update it.
 */
public final class HashWorker implements AutoCloseable {
  private static final int BLOCK_BYTES = 64 * 1024;
  private static final int BLOCKS_IN_FLIGHT = 16;

  private final Semaphore inFlight = new Semaphore(BLOCKS_IN_FLIGHT);
  private ExecutorService thread;

  /** A worker whose thread starts with the first digest. */
  public HashWorker() {}

  /** Reads {@code in} and hands what is read to a new digest computed with {@code digest}. */
  public Hashing hash(InputStream in, MessageDigest digest) {
    if (thread == null) {
      thread =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "anke-digest");
                t.setDaemon(true);
                return t;
              });
    }
    return new Hashing(in, digest);
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  /**
   * The stream read (reads and single bytes are hashed, skipped bytes are not, as with {@code
   * DigestInputStream}) and the digest of what was read.
   */
  public final class Hashing extends FilterInputStream {
    private final MessageDigest digest;
    private byte[] block = new byte[BLOCK_BYTES];
    private int filled;

    private Hashing(InputStream in, MessageDigest digest) {
      super(in);
      this.digest = digest;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        if (filled == block.length) {
          handOver();
        }
        block[filled++] = (byte) b;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      for (int done = 0; done < n; ) {
        if (filled == block.length) {
          handOver();
        }
        int take = Math.min(n - done, block.length - filled);
        System.arraycopy(b, off + done, block, filled, take);
        filled += take;
        done += take;
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void handOver() throws IOException {
      if (filled == 0) {
        return;
      }
      byte[] full = block;
      int length = filled;
      block = new byte[BLOCK_BYTES];
      filled = 0;
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException();
      }
      thread.execute(
          () -> {
            try {
              digest.update(full, 0, length);
            } finally {
              inFlight.release();
            }
          });
    }

    /** Waits for the lowercase hex digest of every byte read. */
    public String finish() throws IOException {
      handOver();
      Future<String> result = thread.submit(() -> HexFormat.of().formatHex(digest.digest()));
      try {
        return result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
