package io.anke.crypto.sm4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.interop.NonceReuseException;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.testing.Canaries;
import io.anke.testing.ConcurrentRuns;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One {@link Sm4Gcm} and one {@link Sm4GcmWithNonce} shared by sixteen threads. Each is made over a
 * fresh key object, so that the threads also race to build the key's GHASH tables on first use. The
 * single-threaded answers come from separate instances over another key object with the same bytes.
 */
class Sm4ConcurrencyTest {
  static final int THREADS = 16;
  static final int MESSAGES = 48;

  /** Messages of every length class: empty, partial block, whole blocks, several blocks. */
  static List<byte[]> messages() {
    Random random = new Random(20261203);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      byte[] m = new byte[(i * 37) % 300];
      random.nextBytes(m);
      out.add(m);
    }
    return out;
  }

  static byte[] aad(int i) {
    return ByteBuffer.allocate(4).putInt(i).array();
  }

  static byte[] nonce(int thread, int i) {
    return ByteBuffer.allocate(Sm4GcmWithNonce.NONCE_LENGTH).putInt(thread).putInt(i).array();
  }

  @Test
  void aSharedRandomNonceAeadAgreesWithOneThread() throws Exception {
    List<byte[]> messages = messages();
    Sm4Gcm reference = Sm4Gcm.withKey(Canaries.sm4Key());
    List<byte[]> sealed = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      sealed.add(reference.encrypt(messages.get(i), aad(i)));
    }
    Sm4Gcm shared = Sm4Gcm.withKey(Canaries.sm4Key());

    List<List<byte[]>> made =
        ConcurrentRuns.run(
            THREADS,
            t -> {
              List<byte[]> mine = new ArrayList<>();
              for (int n = 0; n < MESSAGES; n++) {
                int i = (n + t * 3) % MESSAGES;
                assertThat(shared.decrypt(sealed.get(i), aad(i))).isEqualTo(messages.get(i));
                byte[] tampered = sealed.get(i).clone();
                tampered[tampered.length - 1] ^= 1;
                assertThatThrownBy(() -> shared.decrypt(tampered, aad(i)))
                    .isInstanceOf(DecryptionFailedException.class);
                mine.add(shared.encrypt(messages.get(i), aad(i)));
              }
              return mine;
            });

    for (int t = 0; t < THREADS; t++) {
      for (int n = 0; n < MESSAGES; n++) {
        int i = (n + t * 3) % MESSAGES;
        byte[] ct = made.get(t).get(n);
        assertThat(ct).hasSize(messages.get(i).length + Sm4Gcm.OVERHEAD);
        assertThat(reference.decrypt(ct, aad(i)))
            .as("thread %d message %d", t, i)
            .isEqualTo(messages.get(i));
      }
    }
  }

  @Test
  void aSharedCallerNonceAeadGivesTheSingleThreadedBytes() throws Exception {
    List<byte[]> messages = messages();
    Sm4GcmWithNonce reference = Sm4GcmWithNonce.withKey(Canaries.sm4Key());
    List<List<byte[]>> expected = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<byte[]> row = new ArrayList<>();
      for (int i = 0; i < MESSAGES; i++) {
        row.add(reference.encrypt(nonce(t, i), messages.get(i), aad(i)));
      }
      expected.add(row);
    }
    Sm4GcmWithNonce shared = Sm4GcmWithNonce.withKey(Canaries.sm4Key());

    ConcurrentRuns.run(
        THREADS,
        t -> {
          for (int n = 0; n < MESSAGES; n++) {
            int i = (n + t * 5) % MESSAGES;
            byte[] ct = shared.encrypt(nonce(t, i), messages.get(i), aad(i));
            assertThat(ct).as("thread %d message %d", t, i).isEqualTo(expected.get(t).get(i));
            // Another thread's ciphertext, under that thread's nonce.
            int other = (t + 1) % THREADS;
            assertThat(shared.decrypt(nonce(other, i), expected.get(other).get(i), aad(i)))
                .isEqualTo(messages.get(i));
          }
          return null;
        });
  }

  /**
   * The nonce-reuse check records each nonce under the key's lock: of sixteen threads racing to
   * encrypt under one nonce, exactly one gets a ciphertext, and it is the single-threaded one.
   */
  @Test
  void ofThreadsRacingWithOneNonceExactlyOneEncrypts() throws Exception {
    byte[] message = messages().get(7);
    byte[] expected =
        Sm4GcmWithNonce.withKey(Canaries.sm4Key()).encrypt(nonce(99, 99), message, aad(7));
    Sm4GcmWithNonce shared = Sm4GcmWithNonce.withKey(Canaries.sm4Key());
    List<byte[]> outcomes =
        ConcurrentRuns.run(
            THREADS,
            t -> {
              try {
                return shared.encrypt(nonce(99, 99), message, aad(7));
              } catch (NonceReuseException refused) {
                return null;
              }
            });
    assertThat(outcomes.stream().filter(o -> o != null).toList())
        .singleElement()
        .isEqualTo(expected);
  }
}
