package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The edges of what the keyset format accepts: header lengths, creation times, key IDs as text. */
class KeysetCodecBoundariesTest {

  /**
   * An encrypted-keyset body: the "ANKS" magic, version 1, the metadata length, then {@code rest}.
   */
  static byte[] encryptedBody(int metadataLength, int rest) {
    return ByteBuffer.allocate(9 + rest)
        .put("ANKS".getBytes(StandardCharsets.US_ASCII))
        .put((byte) 1)
        .putInt(metadataLength)
        .array();
  }

  @Test
  void aHeaderOfExactlyItsFixedFieldsOrWhoseMetadataFillsTheFileReachesTheKek() {
    // Nothing after the header, or metadata up to the last byte: the header is well-formed, and
    // it is the (empty) ciphertext that fails to authenticate.
    for (byte[] body : new byte[][] {encryptedBody(0, 0), encryptedBody(3, 3)}) {
      assertThatThrownBy(() -> KeysetKeyTest.readEncrypted(body))
          .isInstanceOf(DecryptionFailedException.class)
          .hasMessage(
              "decryption failed: encrypted keyset: wrong key-encryption key or associated data, or"
                  + " the file was modified");
    }
    assertThatThrownBy(() -> KeysetKeyTest.readEncrypted(encryptedBody(4, 3)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("encrypted keyset: metadata length 4 exceeds the file");
  }

  @Test
  void creationTimesReadUpToTheFirstAndLastSecondAnInstantHolds() throws Exception {
    for (long edge : new long[] {Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()}) {
      byte[] body = KeysetKeyTest.oneKeyBody();
      ByteBuffer.wrap(body).putLong(14, edge);
      KeyInfo key = KeysetFileTest.readClear(body).keys().get(0);
      assertThat(key.created().getEpochSecond()).isEqualTo(edge);

      long beyond = edge < 0 ? edge - 1 : edge + 1;
      ByteBuffer.wrap(body).putLong(14, beyond);
      assertThatThrownBy(() -> KeysetFileTest.readClear(body))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageEndingWith(
              ": creation time " + beyond + " (seconds since 1970) is outside the range of dates");
    }
  }

  @Test
  void keyIdsParseFromOneToEightHexDigitsWithOrWithoutTheirPrefix() {
    assertThat(KeyInfo.parseId("0x1a2b3c4d")).isEqualTo(0x1a2b3c4d);
    assertThat(KeyInfo.parseId("0X1A2B3C4D")).isEqualTo(0x1a2b3c4d);
    assertThat(KeyInfo.parseId("1a2b3c4d")).isEqualTo(0x1a2b3c4d);
    assertThat(KeyInfo.parseId(" ffffffff\n")).isEqualTo(-1);
    assertThat(KeyInfo.parseId("0x10")).isEqualTo(16);
    assertThat(KeyInfo.parseId("9")).isEqualTo(9);
    for (String bad : new String[] {"", "0x", "0X", "123456789", "0x0000000g", "x1", "-1", " "}) {
      assertThatThrownBy(() -> KeyInfo.parseId(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("key ID '" + bad + "' is not 1 to 8 hex digits (e.g. 0x1a2b3c4d)");
    }
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    KeyInfo info = ks.key(ks.primaryKeyId());
    assertThat(info.idHex()).isEqualTo(KeyInfo.formatId(ks.primaryKeyId())).hasSize(10);
    assertThat(KeyInfo.parseId(info.idHex())).isEqualTo(ks.primaryKeyId());
  }
}
