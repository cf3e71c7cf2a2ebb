package io.anke.crypto.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AES-GCM of PKCS#11 keys, run here over the JDK's own provider (SunJCE), which implements the
 * same JCA calls a token's provider does: the layout nonce ‖ ciphertext ‖ tag, and what decryption
 * refuses.
 */
class JcaAesGcmAeadTest {
  static final byte[] MSG = "token-held key".getBytes(StandardCharsets.US_ASCII);
  static final byte[] AAD = "row 7".getBytes(StandardCharsets.US_ASCII);
  static Provider sunJce;
  static SecretKey key;
  static JcaAesGcmAead aead;

  @BeforeAll
  static void key() throws Exception {
    sunJce = Security.getProvider("SunJCE");
    KeyGenerator g = KeyGenerator.getInstance("AES", sunJce);
    g.init(256);
    key = g.generateKey();
    aead = new JcaAesGcmAead(key, sunJce, "test key");
  }

  /** Plain JCA AES-GCM decryption of the layout, independent of the class under test. */
  static byte[] plainDecrypt(byte[] out, byte[] aad) throws Exception {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding", sunJce);
    c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Arrays.copyOf(out, 12)));
    if (aad != null) {
      c.updateAAD(aad);
    }
    return c.doFinal(out, 12, out.length - 12);
  }

  @Test
  void outputIsAFreshNonceThenStandardAesGcmWithTheAssociatedData() throws Exception {
    byte[] a = aead.encrypt(MSG, AAD);
    byte[] b = aead.encrypt(MSG, AAD);
    assertThat(a).hasSize(12 + MSG.length + 16);
    assertThat(Arrays.copyOf(a, 12)).isNotEqualTo(Arrays.copyOf(b, 12)).isNotEqualTo(new byte[12]);
    assertThat(plainDecrypt(a, AAD)).isEqualTo(MSG);
    assertThat(aead.decrypt(a, AAD)).isEqualTo(MSG);
    assertThat(aead.decrypt(b, AAD)).isEqualTo(MSG);

    // No associated data, given as null or as empty, is the same thing.
    byte[] none = aead.encrypt(MSG, null);
    assertThat(plainDecrypt(none, null)).isEqualTo(MSG);
    assertThat(aead.decrypt(none, new byte[0])).isEqualTo(MSG);
    assertThat(aead.decrypt(aead.encrypt(MSG, new byte[0]), null)).isEqualTo(MSG);
    // An empty message is exactly nonce and tag.
    byte[] empty = aead.encrypt(new byte[0], AAD);
    assertThat(empty).hasSize(28);
    assertThat(aead.decrypt(empty, AAD)).isEmpty();
  }

  @Test
  void wrongAssociatedDataChangedBytesAndShortInputAreRefused() throws Exception {
    byte[] ct = aead.encrypt(MSG, AAD);
    for (byte[] aad :
        new byte[][] {null, new byte[0], "row 8".getBytes(StandardCharsets.US_ASCII)}) {
      assertThatThrownBy(() -> aead.decrypt(ct, aad))
          .isInstanceOf(DecryptionFailedException.class)
          .hasMessage("decryption failed");
    }
    byte[] withAad = aead.encrypt(MSG, null);
    assertThatThrownBy(() -> aead.decrypt(withAad, AAD))
        .isInstanceOf(DecryptionFailedException.class);
    for (int i : new int[] {0, 11, 12, ct.length - 1}) {
      byte[] changed = ct.clone();
      changed[i] ^= 1;
      assertThatThrownBy(() -> aead.decrypt(changed, AAD))
          .isInstanceOf(DecryptionFailedException.class)
          .hasMessage("decryption failed");
    }
    // 28 bytes can be a valid empty message, so only the tag check refuses them; 27 cannot.
    assertThatThrownBy(() -> aead.decrypt(new byte[28], AAD))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage("decryption failed");
    assertThatThrownBy(() -> aead.decrypt(new byte[27], AAD))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage("decryption failed: ciphertext shorter than nonce and tag");
  }

  @Test
  void itIsNamedWithoutItsKey() {
    assertThat(aead.toString()).isEqualTo("AES-GCM[test key]");
  }
}
