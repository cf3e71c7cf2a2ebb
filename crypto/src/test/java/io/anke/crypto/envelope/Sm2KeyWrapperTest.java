package io.anke.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.envelope.internal.Sm2KeyWrapper;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OperatorException;
import org.bouncycastle.operator.jcajce.JceGenericKey;
import org.junit.jupiter.api.Test;

/**
 * The CMS key wrapper takes the content key in either form Bouncy Castle hands it over (raw bytes
 * or a JCA key with an encoding) and wraps it as DER SM2Cipher; anything else is refused.
 */
class Sm2KeyWrapperTest {
  private static final AlgorithmIdentifier SM4 =
      new AlgorithmIdentifier(GMObjectIdentifiers.sms4_cbc);
  private static final byte[] CONTENT_KEY = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  @Test
  void rawBytesAndAnEncodableKeyAreWrappedForTheRecipient() throws Exception {
    Sm2PrivateKey recipient = Sm2KeyPair.generate().privateKey();
    Sm2KeyWrapper wrapper = new Sm2KeyWrapper(recipient.publicKey());
    Sm2Decrypter unwrapper = new Sm2Decrypter(recipient, Sm2CiphertextFormat.ASN1);
    byte[] fromBytes = wrapper.generateWrappedKey(new GenericKey(SM4, CONTENT_KEY));
    byte[] fromKey =
        wrapper.generateWrappedKey(new JceGenericKey(SM4, new SecretKeySpec(CONTENT_KEY, "SM4")));
    assertThat(unwrapper.decrypt(fromBytes)).isEqualTo(CONTENT_KEY);
    assertThat(unwrapper.decrypt(fromKey)).isEqualTo(CONTENT_KEY);
  }

  @Test
  void aKeyWithoutEncodingOrAnotherObjectIsRefused() {
    Sm2KeyWrapper wrapper = new Sm2KeyWrapper(Sm2KeyPair.generate().privateKey().publicKey());
    SecretKeySpec unencodable =
        new SecretKeySpec(CONTENT_KEY, "SM4") {
          @Override
          public byte[] getEncoded() {
            return null;
          }
        };
    assertThatThrownBy(() -> wrapper.generateWrappedKey(new JceGenericKey(SM4, unencodable)))
        .isInstanceOf(OperatorException.class);
    assertThatThrownBy(
            () -> wrapper.generateWrappedKey(new GenericKey(SM4, (Object) "not a key") {}))
        .isInstanceOf(OperatorException.class);
  }
}
