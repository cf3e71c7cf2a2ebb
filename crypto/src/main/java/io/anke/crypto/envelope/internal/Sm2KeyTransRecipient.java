package io.anke.crypto.envelope.internal;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.provider.Sm2DecryptingKeyHandle;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Ciphertexts;
import java.io.InputStream;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyTransRecipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.InputDecryptor;

/**
 * Unwraps an SM2-transported content key through an {@link Sm2DecryptingKeyHandle} (so the private
 * key may stay in a device) and decrypts SM4-CBC content with Bouncy Castle's lightweight API.
 * Accepts the GM/T 0009 DER wrapped key and, for Bouncy Castle's own output, raw C1C3C2.
 */
public final class Sm2KeyTransRecipient implements KeyTransRecipient {
  private final Sm2DecryptingKeyHandle key;
  private KeyParameter unwrappedKey;

  public Sm2KeyTransRecipient(Sm2DecryptingKeyHandle key) {
    this.key = key;
  }

  /** Overwrites the unwrapped content key; call when the content has been read. */
  public void wipe() {
    if (unwrappedKey != null) {
      KeyMaterial.wipe(unwrappedKey.getKey());
    }
  }

  @Override
  public RecipientOperator getRecipientOperator(
      AlgorithmIdentifier keyEncryptionAlgorithm,
      AlgorithmIdentifier contentEncryptionAlgorithm,
      byte[] encryptedContentKey)
      throws CMSException {
    String kea = keyEncryptionAlgorithm.getAlgorithm().getId();
    // GM/T 0010 uses sm2encrypt itself; OpenSSL and BC also write sm2encrypt_with_sm3.
    if (!kea.equals(GMObjectIdentifiers.sm2encrypt.getId())
        && !kea.equals(GMObjectIdentifiers.sm2encrypt_with_sm3.getId())) {
      throw new CMSException(CryptoMessage.CMS_KEY_TRANSPORT_NOT_SM2.english(kea));
    }
    if (!GMObjectIdentifiers.sms4_cbc.equals(contentEncryptionAlgorithm.getAlgorithm())) {
      throw new CMSException(
          CryptoMessage.CMS_CONTENT_NOT_SM4_CBC.english(
              contentEncryptionAlgorithm.getAlgorithm().getId()));
    }
    byte[] iv;
    try {
      iv = ASN1OctetString.getInstance(contentEncryptionAlgorithm.getParameters()).getOctets();
    } catch (RuntimeException e) {
      throw new CMSException(CryptoMessage.CMS_SM4_CBC_PARAMETERS.english());
    }
    if (iv.length != 16) {
      throw new CMSException(CryptoMessage.CMS_SM4_CBC_IV_LENGTH.english(iv.length));
    }
    byte[] contentKey;
    try {
      byte[] c1c3c2 =
          encryptedContentKey.length > 0 && encryptedContentKey[0] == 0x30
              ? Sm2Ciphertexts.convert(
                  encryptedContentKey, Sm2CiphertextFormat.ASN1, Sm2CiphertextFormat.C1C3C2)
              : encryptedContentKey;
      contentKey = key.decrypt(c1c3c2);
    } catch (DecryptionFailedException | IllegalArgumentException e) {
      throw new CMSException(CryptoMessage.CMS_CANNOT_UNWRAP.english(), e);
    }
    if (contentKey.length != 16) {
      throw new CMSException(CryptoMessage.CMS_CONTENT_KEY_LENGTH.english(contentKey.length));
    }
    KeyParameter keyParameter = new KeyParameter(contentKey);
    Arrays.fill(contentKey, (byte) 0);
    this.unwrappedKey = keyParameter;
    return new RecipientOperator(
        new InputDecryptor() {
          @Override
          public AlgorithmIdentifier getAlgorithmIdentifier() {
            return contentEncryptionAlgorithm;
          }

          @Override
          public InputStream getInputStream(InputStream in) {
            BufferedBlockCipher cipher =
                new PaddedBufferedBlockCipher(
                    CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
            cipher.init(false, new ParametersWithIV(keyParameter, iv));
            return new CipherInputStream(in, cipher);
          }
        });
  }
}
