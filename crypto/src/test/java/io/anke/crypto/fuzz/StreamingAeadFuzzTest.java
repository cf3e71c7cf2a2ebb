package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.AAD;
import static io.anke.crypto.fuzz.Fixtures.CONTENT;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.streaming.Sm4GcmStreamingAead;
import io.anke.crypto.streaming.StreamAuthenticationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Segmented SM4-GCM streams ({@code Sm4GcmStreamingAead}): the header and every segment of a
 * decrypting stream fail only with {@link StreamAuthenticationException}, whether read at once or
 * in pieces of any size, and every changed byte is refused; {@code create} refuses a bad key with
 * {@link CryptoFormatException} and a bad segment size with {@link IllegalArgumentException}.
 */
class StreamingAeadFuzzTest {
  private static final Class<?> SAE = StreamAuthenticationException.class;
  private static final byte[] VALID = Fixtures.hostile("sm4-gcm-streaming.bin");
  private static final Sm4GcmStreamingAead STREAMING =
      Sm4GcmStreamingAead.create(Fixtures.sm4Key().toBytes(InsecureSecretAccess.get()), 64);

  @FuzzTest
  void decryptingStream(byte[] input) {
    byte[] whole = decryptAtOnce(input);
    byte[] pieces = decryptInPieces(input, 1 + (input.length % 97));
    check(Arrays.equals(whole, pieces), "reading at once and in pieces gives the same answer");
  }

  @FuzzTest
  void decryptingStreamRefusesEveryChange(FuzzedDataProvider data) {
    int piece = data.consumeInt(1, 200);
    byte[] changed = Mutator.mutate(VALID, data);
    byte[] whole = decryptAtOnce(changed);
    byte[] pieces = decryptInPieces(changed, piece);
    check(Arrays.equals(whole, pieces), "reading at once and in pieces gives the same answer");
    check(
        (whole != null) == Arrays.equals(changed, VALID),
        "a stream decrypts exactly when unchanged");
    check(whole == null || Arrays.equals(whole, CONTENT), "and decrypts to the content");
  }

  /** Key bytes for {@code Sm4Key.fromBytes} and {@code create}, with a segment size. */
  @FuzzTest
  void keysAndSegmentSize(FuzzedDataProvider data) {
    int segmentSize = data.consumeInt();
    byte[] key = data.consumeRemainingAsBytes();
    Sm4Key sm4 =
        acceptedOrRefused(
            "Sm4Key.fromBytes", () -> Sm4Key.fromBytes(key), CryptoFormatException.class);
    if (sm4 != null) {
      check(
          Arrays.equals(sm4.toBytes(InsecureSecretAccess.get()), key),
          "an SM4 key is written back unchanged");
    }
    acceptedOrRefused(
        "Sm4GcmStreamingAead.create(byte[])",
        () -> Sm4GcmStreamingAead.create(key),
        CryptoFormatException.class);
    acceptedOrRefused(
        "Sm4GcmStreamingAead.create(byte[], int)",
        () -> Sm4GcmStreamingAead.create(key, segmentSize),
        CryptoFormatException.class,
        IllegalArgumentException.class);
  }

  /** The plaintext, or null when the stream was refused. */
  private static byte[] decryptAtOnce(byte[] ciphertext) {
    return acceptedOrRefused(
        "Sm4GcmStreamingAead.decrypt",
        () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          STREAMING.decrypt(new ByteArrayInputStream(ciphertext), out, AAD);
          return out.toByteArray();
        },
        SAE);
  }

  /** The same through {@code newDecryptingStream}, read {@code piece} bytes at a time. */
  private static byte[] decryptInPieces(byte[] ciphertext, int piece) {
    return acceptedOrRefused(
        "Sm4GcmStreamingAead decrypting stream",
        () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (InputStream in =
              STREAMING.newDecryptingStream(new ByteArrayInputStream(ciphertext), AAD)) {
            byte[] buf = new byte[piece];
            for (int n; (n = in.read(buf, 0, piece)) != -1; ) {
              out.write(buf, 0, n);
            }
          }
          return out.toByteArray();
        },
        SAE);
  }
}
