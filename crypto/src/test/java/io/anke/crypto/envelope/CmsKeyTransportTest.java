package io.anke.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.envelope.internal.Sm2KeyTransRecipient;
import io.anke.crypto.envelope.internal.Sm2KeyWrapper;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OperatorException;
import org.bouncycastle.operator.jcajce.JceGenericKey;
import org.junit.jupiter.api.Test;

/**
 * SM2 key transport for CMS. The wrapper takes the content key in either form Bouncy Castle hands
 * it over (raw bytes or a JCA key with an encoding) and wraps it as DER SM2Cipher; anything else is
 * refused. The recipient unwraps it into an SM4-CBC decryptor for the content algorithm it was
 * given, and refuses an empty wrapped key as undecryptable.
 */
class CmsKeyTransportTest {
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

  @Test
  void theRecipientDecryptsWithTheUnwrappedKeyAndRefusesAnEmptyOne() throws Exception {
    Sm2PrivateKey recipient = Sm2KeyPair.generate().privateKey();
    byte[] wrapped =
        new Sm2KeyWrapper(recipient.publicKey())
            .generateWrappedKey(new GenericKey(SM4, CONTENT_KEY));
    AlgorithmIdentifier sm4Cbc =
        new AlgorithmIdentifier(GMObjectIdentifiers.sms4_cbc, new DEROctetString(new byte[16]));
    Sm2KeyTransRecipient unwrapper = new Sm2KeyTransRecipient(Sm2KeyHandle.of(recipient));
    byte[] plaintext = "content".getBytes(StandardCharsets.UTF_8);
    byte[] ciphertext =
        Sm4Cbc.withKey(Sm4Key.fromBytes(CONTENT_KEY)).encrypt(new byte[16], plaintext);
    RecipientOperator operator =
        unwrapper.getRecipientOperator(Sm2KeyWrapper.ALGORITHM, sm4Cbc, wrapped);
    try (InputStream in = operator.getInputStream(new ByteArrayInputStream(ciphertext))) {
      assertThat(in.readAllBytes()).isEqualTo(plaintext);
    }
    assertThatThrownBy(
            () -> unwrapper.getRecipientOperator(Sm2KeyWrapper.ALGORITHM, sm4Cbc, new byte[0]))
        .isInstanceOf(CMSException.class)
        .hasCauseInstanceOf(DecryptionFailedException.class);
  }
}
