package io.anke.crypto.sm4.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Sm4Engine;
import io.anke.crypto.sm4.internal.Sm4Streams;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * On Anke's engine the streaming modes share the key's round keys: a key destroyed while a stream
 * runs stops it with {@link KeyDestroyedException}, and nothing computed after the wipe (under
 * zeroed round keys) is written.
 */
class KeyDestroyedMidStreamTest {
  private static final byte[] IV = new byte[16];

  /** One full chunk, then destroys the key and delivers another. */
  private static InputStream destroyingAfterFirstChunk(Sm4Key key) {
    return new InputStream() {
      private int reads;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (reads == 1) {
          key.destroy();
        }
        if (reads++ >= 2) {
          return -1;
        }
        int n = Math.min(len, Sm4Streams.CHUNK);
        java.util.Arrays.fill(b, off, off + n, (byte) 0x5a);
        return n;
      }
    };
  }

  @Test
  void counterModeStreamStopsWhenTheKeyIsDestroyed() {
    assumeTrue(Sm4Engine.configured() == Sm4Engine.ANKE);
    Sm4Key key = Sm4Key.generate();
    Sm4Ctr ctr = Sm4Ctr.withKey(key);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> ctr.decrypt(IV, destroyingAfterFirstChunk(key), out))
        .isInstanceOf(KeyDestroyedException.class);
    assertThat(out.size()).isEqualTo(Sm4Streams.CHUNK);
  }

  @Test
  void cbcStreamStopsWhenTheKeyIsDestroyed() {
    assumeTrue(Sm4Engine.configured() == Sm4Engine.ANKE);
    Sm4Key key = Sm4Key.generate();
    Sm4Cbc cbc = Sm4Cbc.withKey(key, Padding.PKCS7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> cbc.encrypt(IV, destroyingAfterFirstChunk(key), out))
        .isInstanceOf(KeyDestroyedException.class);
    assertThat(out.size()).isLessThanOrEqualTo(Sm4Streams.CHUNK);
  }
}
