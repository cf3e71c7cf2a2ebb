package io.anke.crypto.sm4.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Anke's block function as Bouncy Castle's modes see it. */
class Sm4BlockCipherTest {

  private static Sm4State state() {
    byte[] key = new byte[16];
    Arrays.fill(key, (byte) 0x2b);
    return new Sm4State(new KeyMaterial(CryptoMessage.VERBATIM.text("test key"), key));
  }

  @Test
  void isSm4WithSixteenByteBlocks() {
    Sm4BlockCipher cipher = new Sm4BlockCipher(state());
    assertThat(cipher.getAlgorithmName()).isEqualTo("SM4");
    assertThat(cipher.getBlockSize()).isEqualTo(16);
  }

  @Test
  void aBlockComputedAfterTheKeyWasWipedIsZeroedBeforeTheRefusal() {
    Sm4State state = state();
    Sm4BlockCipher cipher = new Sm4BlockCipher(state);
    cipher.init(true, Sm4BlockCipher.precomputed());
    state.wipe();
    byte[] out = new byte[32];
    Arrays.fill(out, (byte) 0x55);
    assertThatThrownBy(() -> cipher.processBlock(new byte[16], 0, out, 8))
        .isInstanceOf(KeyDestroyedException.class);
    // The block written under zeroed round keys is gone; the bytes around it are untouched.
    assertThat(Arrays.copyOfRange(out, 8, 24)).containsOnly(0);
    assertThat(Arrays.copyOfRange(out, 0, 8)).containsOnly(0x55);
    assertThat(Arrays.copyOfRange(out, 24, 32)).containsOnly(0x55);
  }
}
