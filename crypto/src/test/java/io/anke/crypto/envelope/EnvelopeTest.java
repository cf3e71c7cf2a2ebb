package io.anke.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
  static final Sm2KeyHandle KEY = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
  static final byte[] AAD = "record 42".getBytes(StandardCharsets.UTF_8);

  @Property(tries = 50)
  void roundTripsAnyPlaintext(@ForAll @Size(max = 2000) byte[] plaintext) throws Exception {
    byte[] env = new EnvelopeEncrypter(KEY.publicKey()).encrypt(plaintext, AAD);
    assertThat(env).hasSize(plaintext.length + EnvelopeEncrypter.OVERHEAD);
    assertThat(env[0]).isEqualTo((byte) 1);
    assertThat(new EnvelopeDecrypter(KEY).decrypt(env, AAD)).isEqualTo(plaintext);
  }

  @Property(tries = 100)
  void anyModificationIsDetected(
      @ForAll @Size(max = 300) byte[] plaintext,
      @ForAll @IntRange(min = 0, max = 100_000) int pos,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] env = new EnvelopeEncrypter(KEY.publicKey()).encrypt(plaintext, AAD);
    env[pos % env.length] ^= (byte) (1 << bit);
    assertThatThrownBy(() -> new EnvelopeDecrypter(KEY).decrypt(env, AAD))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void wrongKeyAssociatedDataOrTruncationFail() throws Exception {
    byte[] env =
        new EnvelopeEncrypter(KEY.publicKey())
            .encrypt("secret".getBytes(StandardCharsets.UTF_8), AAD);
    Sm2KeyHandle other = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    assertThatThrownBy(() -> new EnvelopeDecrypter(other).decrypt(env, AAD))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> new EnvelopeDecrypter(KEY).decrypt(env, null))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(
            () -> new EnvelopeDecrypter(KEY).decrypt(java.util.Arrays.copyOf(env, 100), AAD))
        .hasMessageContaining("shorter than the 142-byte minimum");
    byte[] v2 = env.clone();
    v2[0] = 2;
    assertThatThrownBy(() -> new EnvelopeDecrypter(KEY).decrypt(v2, AAD))
        .hasMessageContaining("unknown envelope version 2");
  }

  @Test
  void envelopeAeadServesAsAnAead() throws Exception {
    Aead aead = EnvelopeAead.of(KEY);
    byte[] ct = aead.encrypt(new byte[0], null);
    assertThat(aead.decrypt(ct, new byte[0])).isEmpty();
    assertThat(aead.encrypt(AAD, AAD)).isNotEqualTo(aead.encrypt(AAD, AAD));
  }
}
