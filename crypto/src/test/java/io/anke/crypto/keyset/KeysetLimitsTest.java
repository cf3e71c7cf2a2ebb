package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The keyset limits at their boundaries: {@value KeysetHandle#MAX_KEYS} keys, and files of at most
 * {@value KeysetHandle#MAX_FILE_BYTES} bytes. A keyset can never grow past what its file reads
 * back.
 */
class KeysetLimitsTest {

  /** A stream of {@code size} zero bytes that is never held in memory. */
  private static InputStream zeros(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }

  @Test
  void aFileOfExactlyTheLimitIsParsedAndOneByteMoreIsRefusedUnparsed() throws Exception {
    assertThat(KeysetHandle.MAX_FILE_BYTES).isEqualTo(1 << 20);
    assertThat(KeysetCodec.readLimited(zeros(KeysetHandle.MAX_FILE_BYTES)))
        .hasSize(KeysetHandle.MAX_FILE_BYTES);
    // At the limit the bytes reach the parser, which finds no keyset in them.
    assertThatThrownBy(() -> KeysetHandle.readPublic(zeros(KeysetHandle.MAX_FILE_BYTES)))
        .isInstanceOf(CryptoFormatException.class)
        .message()
        .doesNotContain("larger than 1 MiB");
    assertThatThrownBy(
            () -> KeysetHandle.read(zeros(KeysetHandle.MAX_FILE_BYTES + 1), KeysetFileTest.KEK))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageEndingWith(": larger than 1 MiB, not a keyset");
    assertThatThrownBy(() -> KeysetHandle.readPublic(zeros(KeysetHandle.MAX_FILE_BYTES + 1)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageEndingWith(": larger than 1 MiB, not a keyset");
  }

  /** A cleartext keyset body of {@code count} SM4 keys with IDs 1 to count, key 1 primary. */
  private static byte[] bodyWith(int count) throws Exception {
    byte[] one = KeysetKeyTest.oneKeyBody();
    int header = 7;
    int perKey = one.length - header;
    ByteBuffer b = ByteBuffer.allocate(header + count * perKey);
    b.put(one, 0, header).putInt(1, 1).putShort(5, (short) count);
    for (int id = 1; id <= count; id++) {
      int at = b.position();
      b.put(one, header, perKey);
      b.putInt(at, id);
    }
    return b.array();
  }

  /** A keyset of exactly the most keys: SM4 keys with IDs 1 to 4096, key 1 primary. */
  static KeysetHandle full() throws Exception {
    return KeysetFileTest.readClear(bodyWith(KeysetHandle.MAX_KEYS));
  }

  @Test
  void aKeysetOfExactlyTheMostKeysReadsBackAndRefusesAnotherKey() throws Exception {
    assertThat(KeysetHandle.MAX_KEYS).isEqualTo(4096);
    KeysetHandle full = full();
    assertThat(full.keys()).hasSize(KeysetHandle.MAX_KEYS);

    // Written and read back whole: the most keys fit in the largest file.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    full.write(out, KeysetFileTest.KEK);
    assertThat(out.size()).isLessThan(KeysetHandle.MAX_FILE_BYTES);
    assertThat(KeysetFileTest.read(out.toByteArray()).keys()).isEqualTo(full.keys());

    for (Runnable add :
        new Runnable[] {
          full::addKey,
          full::rotate,
          () -> full.addKey(OutputPrefix.RAW),
          () -> full.addKey(Sm4Key.generate(), OutputPrefix.KEY_ID)
        }) {
      assertThatThrownBy(add::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "a keyset holds at most 4096 keys, the most its file format can read back; delete"
                  + " a key before adding one");
    }
    // One key fewer leaves room for one more.
    KeysetHandle room = full.delete(2);
    assertThat(room.addKey().keys()).hasSize(KeysetHandle.MAX_KEYS);

    assertThatThrownBy(() -> KeysetFileTest.readClear(bodyWith(KeysetHandle.MAX_KEYS + 1)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("cleartext keyset: key count 4097 outside 1..4096");
  }
}
