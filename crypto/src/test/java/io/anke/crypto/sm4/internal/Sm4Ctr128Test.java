package io.anke.crypto.sm4.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import org.junit.jupiter.api.Test;

/** The counter-mode state between pieces of input. */
class Sm4Ctr128Test {

  @Test
  void wipeLeavesNoBufferedKeystream() {
    Sm4State key = new Sm4State(new KeyMaterial(CryptoMessage.VERBATIM.text("k"), new byte[16]));
    Sm4Ctr128 ctr = new Sm4Ctr128(key, new byte[16]);
    byte[] out = new byte[5];
    ctr.process(new byte[5], 0, 5, out, 0); // 11 keystream bytes of the block stay buffered
    assertThat(out).isNotEqualTo(new byte[5]);
    ctr.wipe();
    byte[] in = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    byte[] rest = new byte[11];
    ctr.process(in, 0, in.length, rest, 0);
    assertThat(rest).as("nothing of the old keystream is left to apply").isEqualTo(in);
  }
}
