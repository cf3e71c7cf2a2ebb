package io.anke.crypto.envelope;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.envelope.internal.Gmt0010;
import io.anke.crypto.envelope.internal.Sm2KeyTransRecipient;
import io.anke.crypto.envelope.internal.Sm2KeyWrapper;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2DecryptingKeyHandle;
import io.anke.crypto.provider.internal.Jca;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.KeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * CMS EnvelopedData (RFC 5652, GM/T 0010-2012 数字信封) with SM2 key transport and SM4-CBC content
 * encryption, for exchanging encrypted data with other PKI software.
 *
 * <ul>
 *   <li>keyEncryptionAlgorithm sm2encrypt (1.2.156.10197.1.301.3); the encrypted key is the GM/T
 *       0009 DER {@code SM2Cipher};
 *   <li>contentEncryptionAlgorithm SM4-CBC (1.2.156.10197.1.104.2) with a random IV, PKCS#7
 *       padding;
 *   <li>recipients identified by issuer and serial number of their certificates.
 * </ul>
 *
 * OpenSSL 3 ({@code openssl cms -decrypt -recip CERT -inkey KEY}) decrypts what {@link #encrypt}
 * writes; OpenSSL 3.0 cannot itself write SM2 EnvelopedData ({@code cms -encrypt} with an SM2
 * certificate fails with "illegal zero content"). {@link #decrypt} also reads Bouncy Castle's own
 * SM2 EnvelopedData (raw C1C3C2 key). SM4-CBC is not authenticated: where the data must also be
 * authentic, sign it ({@link CmsSignature}) before enveloping, or use {@link EnvelopeEncrypter}.
 */
public final class CmsEnvelope {
  private CmsEnvelope() {}

  /** Envelopes {@code content} for every certificate in {@code recipients}, PKCS#7 labels. */
  public static byte[] encrypt(byte[] content, List<X509Certificate> recipients) {
    return encrypt(content, recipients, CmsContentTypes.PKCS7);
  }

  /**
   * Envelopes {@code content} for every certificate in {@code recipients} (each must hold an SM2
   * key) and returns the DER ContentInfo.
   */
  public static byte[] encrypt(
      byte[] content, List<X509Certificate> recipients, CmsContentTypes labels) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException(CryptoMessage.CMS_NO_RECIPIENT.english());
    }
    try {
      CMSEnvelopedDataGenerator gen = new CMSEnvelopedDataGenerator();
      for (X509Certificate cert : recipients) {
        Sm2KeyWrapper wrapper = new Sm2KeyWrapper(Sm2Certificates.publicKey(cert));
        IssuerAndSerialNumber id =
            new IssuerAndSerialNumber(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()),
                cert.getSerialNumber());
        gen.addRecipientInfoGenerator(new KeyTransRecipientInfoGenerator(id, wrapper) {});
      }
      OutputEncryptor sm4 =
          new JceCMSContentEncryptorBuilder(CMSAlgorithm.SM4_CBC).setProvider(Jca.BC).build();
      ContentInfo info = gen.generate(new CMSProcessableByteArray(content), sm4).toASN1Structure();
      if (labels == CmsContentTypes.GMT_0010) {
        info = Gmt0010.relabelEnveloped(info, true);
      }
      return info.getEncoded("DER");
    } catch (CMSException | IOException e) {
      throw new IllegalStateException(
          CryptoMessage.CMS_ENVELOPE_ENCODING_FAILED.english(CryptoMessage.causeText(e)), e);
    }
  }

  /**
   * Opens an EnvelopedData (DER or PEM, PKCS#7 or GM/T 0010 labels) addressed to {@code recipient},
   * whose private key is {@code key}.
   *
   * @throws CryptoFormatException if the input is not a well-formed CMS EnvelopedData
   * @throws DecryptionFailedException if it has no recipient entry for the certificate, or the key
   *     or content does not decrypt
   * @throws io.anke.crypto.KeyDestroyedException if {@code key} holds a destroyed key
   */
  public static byte[] decrypt(byte[] cms, X509Certificate recipient, Sm2DecryptingKeyHandle key)
      throws DecryptionFailedException {
    ContentInfo info = CmsSignature.contentInfo(cms, CryptoMessage.LABEL_CMS_ENVELOPED_DATA.text());
    if (!CMSObjectIdentifiers.envelopedData.equals(Gmt0010.toPkcs7(info.getContentType()))) {
      throw new CryptoFormatException(
          CryptoMessage.CMS_NOT_ENVELOPED_DATA.text(info.getContentType().getId()));
    }
    X500Name issuer = X500Name.getInstance(recipient.getIssuerX500Principal().getEncoded());
    BigInteger serial = recipient.getSerialNumber();
    RecipientInformation match;
    try {
      // Bouncy Castle decodes recipient infos lazily: keep its unchecked exceptions inside.
      CMSEnvelopedData env = new CMSEnvelopedData(Gmt0010.relabelEnveloped(info, false));
      Collection<RecipientInformation> matches =
          env.getRecipientInfos().getRecipients(new KeyTransRecipientId(issuer, serial));
      match = matches.isEmpty() ? null : matches.iterator().next();
    } catch (CMSException | RuntimeException e) {
      throw new CryptoFormatException(CryptoMessage.CMS_ENVELOPE_MALFORMED.text(), e);
    }
    if (match == null) {
      throw new DecryptionFailedException(
          CryptoMessage.CMS_NO_RECIPIENT_ENTRY.text(
              recipient.getIssuerX500Principal().getName(), serial.toString(16)));
    }
    Sm2KeyTransRecipient unwrapper = new Sm2KeyTransRecipient(key);
    try {
      return match.getContent(unwrapper);
    } catch (CMSException | RuntimeException e) {
      // One message whatever failed (key unwrap, padding, a malformed encrypted content): the
      // cause is chained, not shown.
      if (e instanceof io.anke.crypto.KeyDestroyedException destroyed) {
        throw destroyed;
      }
      DecryptionFailedException failed =
          new DecryptionFailedException(CryptoMessage.WHAT_CMS_ENVELOPED_DATA.text());
      failed.initCause(e);
      throw failed;
    } finally {
      unwrapper.wipe();
    }
  }
}
