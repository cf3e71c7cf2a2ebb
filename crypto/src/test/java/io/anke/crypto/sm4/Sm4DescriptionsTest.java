package io.anke.crypto.sm4;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.sm4.internal.Sm4Aeads;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4CcmWithNonce;
import io.anke.crypto.sm4.interop.Sm4Ctr;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import org.junit.jupiter.api.Test;

/**
 * What the SM4 primitives say about themselves in logs and messages: the mode and its fixed
 * parameters, never anything of the key.
 */
class Sm4DescriptionsTest {

  @Test
  void eachPrimitiveNamesItsModeAndParameters() {
    Sm4Key key = Sm4Key.generate();
    assertThat(Sm4Gcm.withKey(key)).hasToString("Sm4Gcm[nonce 12 bytes, tag 16 bytes]");
    assertThat(Sm4Ccm.withKey(key)).hasToString("Sm4Ccm[nonce 12 bytes, tag 16 bytes]");
    assertThat(Sm4GcmWithNonce.withKey(key)).hasToString("Sm4GcmWithNonce[tag 16 bytes]");
    assertThat(Sm4CcmWithNonce.withKey(key))
        .hasToString("Sm4CcmWithNonce[nonce 12 bytes, tag 16 bytes]");
    assertThat(Sm4Ctr.withKey(key)).hasToString("Sm4Ctr[]");
    assertThat(Sm4Cbc.withKey(key)).hasToString("Sm4Cbc[PKCS7]");
    assertThat(Sm4Cbc.withKey(key, Padding.NONE)).hasToString("Sm4Cbc[NONE]");
    assertThat(Sm4Ecb.withKey(key, Padding.PKCS7)).hasToString("Sm4Ecb[PKCS7]");
  }

  @Test
  void theAeadModesHaveTheirDisplayNames() {
    assertThat(Sm4Aeads.Mode.GCM.label()).isEqualTo("SM4-GCM");
    assertThat(Sm4Aeads.Mode.CCM.label()).isEqualTo("SM4-CCM");
  }
}
