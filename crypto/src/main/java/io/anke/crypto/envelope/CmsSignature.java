package io.anke.crypto.envelope;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.envelope.internal.Gmt0010;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.pkix.internal.Sm2ContentSigner;
import io.anke.crypto.pkix.internal.Sm2ContentVerifierProvider;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.util.Store;

/**
 * CMS SignedData (RFC 5652, GM/T 0010-2012 签名数据) with SM3 digests and SM3withSM2 signatures under a
 * distinguishing ID (default {@code 1234567812345678}), attached or detached, with signed
 * attributes (content type, message digest, signing time).
 *
 * <p>Interoperability: OpenSSL 3.0 {@code cms -verify} verifies SM2 signer infos only with an empty
 * distinguishing ID (its CMS code sets no ID and has no option for one); GM/T 0010 and Bouncy
 * Castle use {@code 1234567812345678}. Sign with {@code id = new byte[0]} only when the receiving
 * side is OpenSSL 3.0.
 *
 * <p>{@link #verify} checks the signatures against the certificates inside the message; whether
 * those certificates are trusted is a separate question for {@link
 * io.anke.crypto.pkix.CertificateChainVerifier}.
 */
public final class CmsSignature {
  private static final int MAX_INPUT = 1 << 30;

  private CmsSignature() {}

  /**
   * The outcome of a successful verification.
   *
   * @param signer the first signer's certificate, or null when the message names the signer by key
   *     identifier only (see {@link #signWithKeyIdentifier})
   * @param certificates every certificate the message carries
   * @param content the signed content
   * @param signerKey the first signer's public key
   */
  public record Verified(
      X509Certificate signer,
      List<X509Certificate> certificates,
      byte[] content,
      Sm2PublicKey signerKey) {
    /** Defensive copies. */
    public Verified {
      certificates = List.copyOf(certificates);
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /** Attached signature with the default ID and PKCS#7 labels. */
  public static byte[] sign(byte[] content, Sm2SigningKeyHandle key, List<X509Certificate> chain) {
    return sign(content, key, chain, false, Sm2.defaultId(), CmsContentTypes.PKCS7);
  }

  /**
   * Signs {@code content}.
   *
   * @param key the signer's key (may be in a device)
   * @param chain the signer's certificate first, then any others to include
   * @param detached if true the content is not embedded (the verifier must supply it)
   * @param id the SM2 distinguishing ID of the signer
   * @param labels PKCS#7 or GM/T 0010 content-type identifiers
   * @return the DER ContentInfo
   */
  public static byte[] sign(
      byte[] content,
      Sm2SigningKeyHandle key,
      List<X509Certificate> chain,
      boolean detached,
      byte[] id,
      CmsContentTypes labels) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(CryptoMessage.CMS_SIGNER_CERT_REQUIRED.english());
    }
    if (!Sm2Certificates.publicKey(chain.get(0)).equals(key.publicKey())) {
      throw new IllegalArgumentException(
          CryptoMessage.CMS_FIRST_CERT_NOT_SIGNERS.english(
              Sm2Certificates.subjectOf(chain.get(0))));
    }
    return generate(content, key, chain, detached, id, labels);
  }

  /**
   * Signs {@code content} with a key that has no certificate: the signer info names the signer by
   * its key identifier ({@link Sm2Certificates#keyIdentifier}, RFC 5652 {@code
   * subjectKeyIdentifier}) and the message carries no certificate. No certificate is invented for
   * the key; the verifier must already hold the public key and pass it to {@link #verify(byte[],
   * byte[], byte[], Collection)}.
   *
   * @param key the signer's key (may be in a device)
   * @param detached if true the content is not embedded
   * @param id the SM2 distinguishing ID of the signer
   * @param labels PKCS#7 or GM/T 0010 content-type identifiers
   * @return the DER ContentInfo
   */
  public static byte[] signWithKeyIdentifier(
      byte[] content,
      Sm2SigningKeyHandle key,
      boolean detached,
      byte[] id,
      CmsContentTypes labels) {
    return generate(content, key, List.of(), detached, id, labels);
  }

  /** Signs; the signer is named by the first certificate of {@code chain}, else by key id. */
  private static byte[] generate(
      byte[] content,
      Sm2SigningKeyHandle key,
      List<X509Certificate> chain,
      boolean detached,
      byte[] id,
      CmsContentTypes labels) {
    try {
      CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
      SignerInfoGeneratorBuilder builder =
          new SignerInfoGeneratorBuilder(new BcDigestCalculatorProvider());
      gen.addSignerInfoGenerator(
          chain.isEmpty()
              ? builder.build(
                  new Sm2ContentSigner(key, id), Sm2Certificates.keyIdentifier(key.publicKey()))
              : builder.build(
                  new Sm2ContentSigner(key, id), new JcaX509CertificateHolder(chain.get(0))));
      for (X509Certificate c : chain) {
        gen.addCertificate(new JcaX509CertificateHolder(c));
      }
      ASN1ObjectIdentifier type =
          labels == CmsContentTypes.GMT_0010
              ? Gmt0010.toGm(CMSObjectIdentifiers.data)
              : CMSObjectIdentifiers.data;
      ContentInfo info =
          gen.generate(new CMSProcessableByteArray(type, content), !detached).toASN1Structure();
      if (labels == CmsContentTypes.GMT_0010) {
        info = new ContentInfo(Gmt0010.toGm(info.getContentType()), info.getContent());
      }
      return info.getEncoded("DER");
    } catch (CMSException | IOException | CertificateException | OperatorCreationException e) {
      throw new IllegalStateException(
          CryptoMessage.CMS_ENCODING_FAILED.english(CryptoMessage.causeText(e)), e);
    }
  }

  /** {@link #verify(byte[], byte[], byte[])} with the default ID. */
  public static Verified verify(byte[] cms, byte[] detachedContent) throws SignatureException {
    return verify(cms, detachedContent, Sm2.defaultId());
  }

  /**
   * Verifies every signer of a SignedData (DER or PEM, PKCS#7 or GM/T 0010 labels).
   *
   * <p>Only the two documented exceptions leave this method, whatever the input: Bouncy Castle
   * parses CMS lazily, so signer infos, certificates and signed attributes are first decoded while
   * they are verified, and a malformed one there is reported as {@link CryptoFormatException} too.
   *
   * @param detachedContent the content for a detached signature, or null if it is embedded
   * @param id the distinguishing ID the signers used
   * @throws SignatureException naming the signer if a signature, the message digest or the signer's
   *     certificate does not check out, or if there is no signer or no content
   * @throws CryptoFormatException if the input is not a well-formed CMS SignedData
   */
  public static Verified verify(byte[] cms, byte[] detachedContent, byte[] id)
      throws SignatureException {
    return verifyAgainst(cms, detachedContent, id, null);
  }

  /**
   * Verifies every signer of a SignedData and requires each to be one of the {@code trusted} keys:
   * a signer whose certificate is in the message must have a trusted public key (the certificate
   * itself is not otherwise judged), and a signer named by key identifier only ({@link
   * #signWithKeyIdentifier}) is verified with the trusted key of that identifier.
   *
   * @param detachedContent the content for a detached signature, or null if it is embedded
   * @param id the distinguishing ID the signers used
   * @param trusted the public keys whose signatures are accepted (not empty)
   * @throws SignatureException naming the signer if a signature does not verify or a signer is not
   *     a trusted key
   * @throws CryptoFormatException if the input is not a well-formed CMS SignedData
   */
  public static Verified verify(
      byte[] cms, byte[] detachedContent, byte[] id, Collection<Sm2PublicKey> trusted)
      throws SignatureException {
    if (trusted.isEmpty()) {
      throw new IllegalArgumentException(CryptoMessage.CMS_NO_TRUSTED_KEY.english());
    }
    return verifyAgainst(cms, detachedContent, id, List.copyOf(trusted));
  }

  private static Verified verifyAgainst(
      byte[] cms, byte[] detachedContent, byte[] id, List<Sm2PublicKey> trusted)
      throws SignatureException {
    ContentInfo info = contentInfo(cms, CryptoMessage.LABEL_CMS_SIGNED_DATA.text());
    if (!CMSObjectIdentifiers.signedData.equals(Gmt0010.toPkcs7(info.getContentType()))) {
      throw new CryptoFormatException(
          CryptoMessage.CMS_NOT_SIGNED_DATA.text(info.getContentType().getId()));
    }
    try {
      return verifySigners(info, detachedContent, id, trusted);
    } catch (CryptoFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CryptoFormatException(CryptoMessage.CMS_MALFORMED_BECAUSE.text(e), e);
    }
  }

  private static Verified verifySigners(
      ContentInfo info, byte[] detachedContent, byte[] id, List<Sm2PublicKey> trusted)
      throws SignatureException {
    CMSSignedData signed;
    try {
      ContentInfo relabelled = new ContentInfo(CMSObjectIdentifiers.signedData, info.getContent());
      signed =
          detachedContent == null
              ? new CMSSignedData(relabelled)
              : new CMSSignedData(new CMSProcessableByteArray(detachedContent), relabelled);
    } catch (CMSException e) {
      throw new CryptoFormatException(CryptoMessage.CMS_MALFORMED.text(), e);
    }
    byte[] content;
    if (detachedContent != null) {
      content = detachedContent;
    } else if (signed.getSignedContent() != null
        && signed.getSignedContent().getContent() instanceof byte[] embedded) {
      content = embedded;
    } else {
      throw new SignatureException(CryptoMessage.CMS_DETACHED_NO_CONTENT.english());
    }
    Store<X509CertificateHolder> store = signed.getCertificates();
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.isEmpty()) {
      throw new SignatureException(CryptoMessage.CMS_NO_SIGNER.english());
    }
    List<X509Certificate> certs = new ArrayList<>();
    for (X509CertificateHolder h : store.getMatches(null)) {
      certs.add(toCertificate(h));
    }
    X509Certificate first = null;
    Sm2PublicKey firstKey = null;
    int n = 0;
    for (SignerInformation si : signers) {
      n++;
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> match = store.getMatches(si.getSID());
      X509CertificateHolder holder = null;
      X509Certificate cert = null;
      Sm2PublicKey key;
      String who;
      if (!match.isEmpty()) {
        holder = match.iterator().next();
        cert = toCertificate(holder);
        key = Sm2Certificates.publicKey(cert);
        who = CryptoMessage.CMS_SIGNER_NAMED.english(n, Sm2Certificates.subjectOf(cert));
        if (trusted != null && !trusted.contains(key)) {
          throw new SignatureException(CryptoMessage.CMS_SIGNER_KEY_NOT_TRUSTED.english(who));
        }
      } else if (trusted == null) {
        throw new SignatureException(CryptoMessage.CMS_SIGNER_CERT_MISSING.english(n));
      } else {
        byte[] keyId = si.getSID().getSubjectKeyIdentifier();
        if (keyId == null) {
          throw new SignatureException(CryptoMessage.CMS_SIGNER_CERT_AND_KEY_ID_MISSING.english(n));
        }
        who = CryptoMessage.CMS_SIGNER_BY_KEY_ID.english(n, Hex.encode(keyId));
        key = trustedKeyOf(trusted, keyId);
        if (key == null) {
          throw new SignatureException(CryptoMessage.CMS_SIGNER_NOT_TRUSTED.english(who));
        }
      }
      SignerInformationVerifier verifier =
          new SignerInformationVerifier(
              new DefaultCMSSignatureAlgorithmNameGenerator(),
              new DefaultSignatureAlgorithmIdentifierFinder(),
              new Sm2ContentVerifierProvider(key, id, holder),
              new BcDigestCalculatorProvider());
      boolean ok;
      try {
        ok = si.verify(verifier);
      } catch (CMSException e) {
        throw new SignatureException(
            CryptoMessage.CMS_SIGNER_FAILED.english(who, CryptoMessage.causeText(e)), e);
      }
      if (!ok) {
        throw new SignatureException(CryptoMessage.CMS_SIGNATURE_INVALID.english(who));
      }
      if (firstKey == null) {
        first = cert;
        firstKey = key;
      }
    }
    return new Verified(first, certs, content, firstKey);
  }

  private static Sm2PublicKey trustedKeyOf(List<Sm2PublicKey> trusted, byte[] keyId) {
    for (Sm2PublicKey k : trusted) {
      if (Arrays.equals(Sm2Certificates.keyIdentifier(k), keyId)) {
        return k;
      }
    }
    return null;
  }

  static X509Certificate toCertificate(X509CertificateHolder h) {
    try {
      return (X509Certificate)
          Jca.certificateFactory().generateCertificate(new ByteArrayInputStream(h.getEncoded()));
    } catch (CertificateException | IOException e) {
      throw new CryptoFormatException(CryptoMessage.CMS_MALFORMED_CERT.text(), e);
    }
  }

  /** PEM labels a CMS message may carry (OpenSSL writes CMS and PKCS7). */
  private static final String[] PEM_LABELS = {"CMS", "PKCS7", "PKCS #7 SIGNED DATA"};

  /** Parses a DER or PEM ({@code CMS}, {@code PKCS7}) ContentInfo. */
  static ContentInfo contentInfo(byte[] data, Bilingual what) {
    if (data.length > MAX_INPUT) {
      throw new CryptoFormatException(CryptoMessage.CMS_TOO_LARGE.text(what));
    }
    byte[] der = data;
    if (Pem.looksLikePem(data)) {
      List<Pem.Block> all = Pem.decodeAll(data, what);
      List<Pem.Block> cms = Pem.blocks(all, PEM_LABELS);
      if (cms.size() != 1) {
        throw new CryptoFormatException(CryptoMessage.CMS_PEM_BLOCK_COUNT.text(what, cms.size()));
      }
      der = cms.get(0).der();
    }
    try (ASN1InputStream in = new ASN1InputStream(der, true)) {
      ASN1Primitive p = in.readObject();
      if (p == null || in.readObject() != null) {
        throw new CryptoFormatException(CryptoMessage.CMS_NOT_ONE_DER.text(what));
      }
      return ContentInfo.getInstance(p);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CryptoFormatException c) {
        throw c;
      }
      throw new CryptoFormatException(CryptoMessage.CMS_NOT_CONTENT_INFO.text(what), e);
    }
  }
}
