package io.anke.crypto.sm3;

import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The SM3 hash function (GB/T 32905-2016), 256-bit output.
 *
 * <p>The static methods are thread-safe: each call uses its own digest state. For data that arrives
 * in pieces, {@link #newHasher()} gives a streaming {@link Hasher}.
 *
 * <pre>{@code
 * byte[] d = Sm3.digest("abc".getBytes(StandardCharsets.UTF_8));
 * byte[] f = Sm3.digest(Files.newInputStream(path));
 * byte[] s = Sm3.newHasher().update(header).update(body).digest();
 * }</pre>
 */
public final class Sm3 {
  /** Length of an SM3 digest in bytes. */
  public static final int DIGEST_LENGTH = 32;

  /** Read buffer for streams: large enough to amortise the call overhead, small enough to share. */
  static final int STREAM_BUFFER = 64 * 1024;

  private Sm3() {}

  /** The SM3 digest of {@code data}. */
  public static byte[] digest(byte[] data) {
    Objects.requireNonNull(data, "data");
    SelfTestGate.requireNotFailed();
    Sm3Engine engine = new Sm3Engine();
    engine.update(data, 0, data.length);
    byte[] out = new byte[DIGEST_LENGTH];
    engine.doFinal(out, 0);
    return out;
  }

  /**
   * The SM3 digest of everything {@code in} delivers until its end, read in constant memory. The
   * stream is not closed.
   *
   * @throws IOException if reading fails
   */
  public static byte[] digest(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Hasher hasher = newHasher();
    byte[] buffer = new byte[STREAM_BUFFER];
    for (int n; (n = in.read(buffer)) != -1; ) {
      hasher.update(buffer, 0, n);
    }
    return hasher.digest();
  }

  /** A new streaming hasher, independent of every other. */
  public static Hasher newHasher() {
    SelfTestGate.requireNotFailed();
    return new Hasher();
  }

  /**
   * Streaming SM3: feed data with {@code update}, then take the digest. Not thread-safe: one hasher
   * belongs to one caller at a time (make one per thread or per message).
   */
  public static final class Hasher {
    private final Sm3Engine digest = new Sm3Engine();

    private Hasher() {}

    /** Adds all of {@code data}. */
    public Hasher update(byte[] data) {
      return update(data, 0, data.length);
    }

    /** Adds {@code length} bytes of {@code data} starting at {@code offset}. */
    public Hasher update(byte[] data, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, data.length);
      digest.update(data, offset, length);
      return this;
    }

    /** Adds one byte. */
    public Hasher update(byte b) {
      digest.update(b);
      return this;
    }

    /**
     * Finishes: returns the digest of everything added since creation or the last {@code digest()},
     * and resets the hasher so that it can start a new message.
     */
    public byte[] digest() {
      byte[] out = new byte[DIGEST_LENGTH];
      digest.doFinal(out, 0);
      return out;
    }
  }
}
