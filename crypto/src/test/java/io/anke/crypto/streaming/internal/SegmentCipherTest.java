package io.anke.crypto.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm2.TestRandoms;
import org.junit.jupiter.api.Test;

/**
 * The per-stream cipher holds a key derived from the master key (the stream key): it must not
 * outlive the master key, and once wiped it must refuse to work rather than run under a zero key.
 */
class SegmentCipherTest {
  static final byte[] SEGMENT = new byte[64];

  static SegmentCipher cipher(KeyMaterial master) {
    byte[] header = SegmentCipher.newHeader(64, TestRandoms.seeded(7));
    return new SegmentCipher(master, header, null);
  }

  static KeyMaterial master() {
    return new KeyMaterial(CryptoMessage.VERBATIM.text("SM4 streaming AEAD"), new byte[16]);
  }

  @Test
  void aWipedCipherRefusesInsteadOfEncryptingUnderAZeroKey() {
    SegmentCipher c = cipher(master());
    c.wipe();
    c.wipe(); // idempotent
    assertThat(c.isWiped()).isTrue();
    byte[] out = new byte[SEGMENT.length + SegmentCipher.TAG_LENGTH];
    assertThatThrownBy(() -> c.encrypt(0, true, SEGMENT, SEGMENT.length, out))
        .isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> c.decrypt(0, true, out, out.length, new byte[out.length]))
        .isInstanceOf(KeyDestroyedException.class);
  }

  @Test
  void aDestroyedMasterKeyWipesTheStreamKeyAtTheNextSegment() {
    KeyMaterial master = master();
    SegmentCipher c = cipher(master);
    assertThat(c.isWiped()).isFalse();
    byte[] out = new byte[SEGMENT.length + SegmentCipher.TAG_LENGTH];
    assertThat(c.encrypt(0, false, SEGMENT, SEGMENT.length, out)).isEqualTo(out.length);
    master.destroy();
    assertThatThrownBy(() -> c.encrypt(1, true, SEGMENT, SEGMENT.length, out))
        .isInstanceOf(KeyDestroyedException.class);
    assertThat(c.isWiped()).as("stream key wiped as the stream fails, not only on close").isTrue();
  }

  @Test
  void everyByteOfTheSegmentIndexIsInTheNonce() {
    // Indexes that differ only in their top byte must still get different nonces.
    SegmentCipher c = cipher(master());
    int sealed = SEGMENT.length + SegmentCipher.TAG_LENGTH;
    byte[] first = new byte[sealed];
    byte[] far = new byte[sealed];
    c.encrypt(0, false, SEGMENT, SEGMENT.length, first);
    c.encrypt(1L << 24, false, SEGMENT, SEGMENT.length, far);
    assertThat(far).isNotEqualTo(first);
    byte[] plain = new byte[sealed];
    assertThat(c.decrypt(1L << 24, false, far, sealed, plain)).isEqualTo(SEGMENT.length);
    assertThat(c.decrypt(0, false, far, sealed, plain)).isEqualTo(-1);
  }
}
