package io.anke.crypto.envelope.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.security.Key;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.AsymmetricKeyWrapper;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OperatorException;

/**
 * SM2 key transport for CMS: the content-encryption key is SM2-encrypted and written as the GM/T
 * 0009 DER {@code SM2Cipher} (what GM/T 0010 specifies and OpenSSL 3 decrypts). Bouncy Castle's own
 * {@code JceKeyTransRecipientInfoGenerator} writes raw C1C3C2 instead, which OpenSSL rejects.
 */
public final class Sm2KeyWrapper extends AsymmetricKeyWrapper {
  /** keyEncryptionAlgorithm: sm2encrypt (1.2.156.10197.1.301.3), as GM/T 0010 uses. */
  public static final AlgorithmIdentifier ALGORITHM =
      new AlgorithmIdentifier(GMObjectIdentifiers.sm2encrypt);

  private final Sm2Encrypter encrypter;

  public Sm2KeyWrapper(Sm2PublicKey recipient) {
    super(ALGORITHM);
    this.encrypter = new Sm2Encrypter(recipient, Sm2CiphertextFormat.ASN1);
  }

  @Override
  public byte[] generateWrappedKey(GenericKey key) throws OperatorException {
    Object rep = key.getRepresentation();
    byte[] bytes;
    if (rep instanceof byte[] b) {
      bytes = b;
    } else if (rep instanceof Key k && k.getEncoded() != null) {
      bytes = k.getEncoded();
    } else {
      throw new OperatorException(CryptoMessage.CMS_CANNOT_WRAP.english(rep.getClass().getName()));
    }
    return encrypter.encrypt(bytes);
  }
}
