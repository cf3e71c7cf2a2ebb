package io.anke.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What an envelope is bound to beyond its key: every byte of the associated data (not only its
 * length), and its version byte, which an error names exactly. Also that the public parts name the
 * recipient's public key, never more.
 */
class EnvelopeBindingTest {
  private static final byte[] PLAINTEXT = "secret".getBytes(StandardCharsets.UTF_8);

  @Test
  void associatedDataOfTheSameLengthButOtherBytesDoesNotOpen() throws Exception {
    byte[] aad = "record 42".getBytes(StandardCharsets.UTF_8);
    byte[] other = "record 43".getBytes(StandardCharsets.UTF_8);
    byte[] env = new EnvelopeEncrypter(EnvelopeTest.KEY.publicKey()).encrypt(PLAINTEXT, aad);
    EnvelopeDecrypter decrypter = new EnvelopeDecrypter(EnvelopeTest.KEY);
    assertThat(decrypter.decrypt(env, aad)).isEqualTo(PLAINTEXT);
    assertThatThrownBy(() -> decrypter.decrypt(env, other))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> decrypter.decrypt(env, new byte[aad.length]))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void anUnknownVersionIsNamedByItsValue() {
    byte[] env = new EnvelopeEncrypter(EnvelopeTest.KEY.publicKey()).encrypt(PLAINTEXT, null);
    for (int version : new int[] {0, 2, 0x80, 0xff}) {
      env[0] = (byte) version;
      assertThatThrownBy(() -> new EnvelopeDecrypter(EnvelopeTest.KEY).decrypt(env, null))
          .isInstanceOf(DecryptionFailedException.class)
          .hasMessage("decryption failed: unknown envelope version " + version + ", expected 1");
    }
  }

  @Test
  void theEncrypterDecrypterAndAeadNameTheRecipientsPublicKey() {
    String publicKey = EnvelopeTest.KEY.publicKey().toString();
    EnvelopeEncrypter encrypter = new EnvelopeEncrypter(EnvelopeTest.KEY.publicKey());
    assertThat(encrypter.recipient()).isEqualTo(EnvelopeTest.KEY.publicKey());
    assertThat(encrypter).hasToString("EnvelopeEncrypter[to " + publicKey + "]");
    assertThat(new EnvelopeDecrypter(EnvelopeTest.KEY))
        .hasToString("EnvelopeDecrypter[" + publicKey + "]");
    assertThat(EnvelopeAead.of(EnvelopeTest.KEY)).hasToString("EnvelopeAead[" + publicKey + "]");
  }
}
