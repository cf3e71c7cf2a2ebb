package io.anke.crypto.pkix;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.pkix.internal.Sm2ContentSigner;
import io.anke.crypto.pkix.internal.Sm2ContentVerifierProvider;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A PKCS#10 certificate signing request for an SM2 key, signed with SM3withSM2 under a
 * distinguishing ID (default {@code 1234567812345678}; OpenSSL 3 checks it with {@code openssl req
 * -verify -vfyopt distid:1234567812345678}). Immutable.
 */
public final class CertificateRequest {
  private final PKCS10CertificationRequest request;
  // Decoded once, when the request is made or parsed, so that the accessors cannot fail later on
  // a malformed field (Bouncy Castle decodes attributes and names lazily).
  private final String subject;
  private final Sm2PublicKey publicKey;
  private final List<String> dnsNames;

  private CertificateRequest(PKCS10CertificationRequest request) {
    this.request = request;
    try {
      this.subject =
          new javax.security.auth.x500.X500Principal(request.getSubject().getEncoded()).getName();
      this.publicKey = decodePublicKey(request);
      this.dnsNames = List.copyOf(decodeDnsNames(request));
    } catch (IOException | RuntimeException e) {
      if (e instanceof CryptoFormatException c) {
        throw c;
      }
      throw new CryptoFormatException(CryptoMessage.CSR_MALFORMED.text(e), e);
    }
  }

  /**
   * Creates and signs a request.
   *
   * @param subject distinguished name in RFC 4514 form
   * @param key the key that the certificate will certify (it signs the request)
   * @param dnsNames DNS names to request in subjectAltName (may be empty)
   */
  public static CertificateRequest create(
      String subject, Sm2SigningKeyHandle key, String... dnsNames) {
    return create(subject, key, Sm2.defaultId(), dnsNames);
  }

  /**
   * Same as {@link #create(String, Sm2SigningKeyHandle, String...)} with an explicit signing ID.
   */
  public static CertificateRequest create(
      String subject, Sm2SigningKeyHandle key, byte[] id, String... dnsNames) {
    PKCS10CertificationRequestBuilder b =
        new PKCS10CertificationRequestBuilder(
            CertificateBuilder.name(subject),
            SubjectPublicKeyInfo.getInstance(key.publicKey().toSpkiDer()));
    try {
      if (dnsNames.length > 0) {
        ExtensionsGenerator ext = new ExtensionsGenerator();
        GeneralName[] names = new GeneralName[dnsNames.length];
        for (int i = 0; i < names.length; i++) {
          names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
        }
        ext.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        b.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, ext.generate());
      }
    } catch (IOException e) {
      throw new IllegalStateException(CryptoMessage.CSR_CANNOT_ENCODE_SAN.english(), e);
    }
    return new CertificateRequest(b.build(new Sm2ContentSigner(key, id)));
  }

  /**
   * Parses a request, PEM ({@code CERTIFICATE REQUEST}, also the old {@code NEW CERTIFICATE
   * REQUEST}) or DER, and decodes its subject, key and requested DNS names. The signature is not
   * checked here: call {@link #verify()}.
   *
   * @throws CryptoFormatException if the input is not a well-formed PKCS#10 request for an SM2 key
   */
  public static CertificateRequest parse(byte[] pemOrDer) {
    byte[] der = pemOrDer;
    if (Pem.looksLikePem(pemOrDer)) {
      List<Pem.Block> all = Pem.decodeAll(pemOrDer, CryptoMessage.LABEL_CERTIFICATE_REQUEST.text());
      List<Pem.Block> requests = Pem.blocks(all, "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");
      if (requests.size() != 1) {
        throw new CryptoFormatException(
            CryptoMessage.CSR_PEM_BLOCK_COUNT.text(requests.size(), labels(all)));
      }
      der = requests.get(0).der();
    }
    PKCS10CertificationRequest req;
    try {
      req = new PKCS10CertificationRequest(der);
    } catch (IOException | RuntimeException e) {
      throw new CryptoFormatException(CryptoMessage.CSR_NOT_PKCS10.text(), e);
    }
    return new CertificateRequest(req);
  }

  /** True if the request is signed with SM3withSM2 by its own key under the default ID. */
  public boolean verify() {
    return verify(Sm2.defaultId());
  }

  /**
   * True if the request is signed with SM3withSM2 by its own key under {@code id}; false for any
   * other signature, including a malformed one (a signature BIT STRING with unused bits, for
   * instance).
   */
  public boolean verify(byte[] id) {
    try {
      if (request.toASN1Structure().getSignature().getPadBits() != 0) {
        return false; // not a whole number of bytes: no SM2 signature is
      }
      return request.isSignatureValid(new Sm2ContentVerifierProvider(publicKey, id, null));
    } catch (PKCSException | RuntimeException e) {
      return false;
    }
  }

  /** The requested subject in RFC 4514 form (most specific name first, e.g. CN=…,O=…,C=CN). */
  public String subject() {
    return subject;
  }

  /** The key to be certified. */
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  /** The DNS names requested in a subjectAltName extension, if any. */
  public List<String> dnsNames() {
    return dnsNames;
  }

  private static Sm2PublicKey decodePublicKey(PKCS10CertificationRequest request)
      throws IOException {
    try {
      return Sm2PublicKey.fromDer(request.getSubjectPublicKeyInfo().getEncoded());
    } catch (CryptoFormatException e) {
      throw new CryptoFormatException(
          CryptoMessage.CSR_NOT_SM2.text(CryptoMessage.causeText(e)), e);
    }
  }

  private static List<String> decodeDnsNames(PKCS10CertificationRequest request) {
    List<String> out = new ArrayList<>();
    for (Attribute a : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
      if (a.getAttrValues().size() != 1) {
        throw new CryptoFormatException(CryptoMessage.CSR_EXTENSION_REQUEST.text());
      }
      Extensions ext = Extensions.getInstance(a.getAttrValues().getObjectAt(0));
      GeneralNames names = GeneralNames.fromExtensions(ext, Extension.subjectAlternativeName);
      if (names != null) {
        for (GeneralName n : names.getNames()) {
          if (n.getTagNo() == GeneralName.dNSName) {
            out.add(n.getName().toString());
          }
        }
      }
    }
    return out;
  }

  private static String labels(List<Pem.Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Pem.Block b : blocks) {
      sb.append(sb.length() == 0 ? "" : ", ").append(b.label());
    }
    return sb.toString();
  }

  /** The DER encoding. */
  public byte[] encoded() {
    try {
      return request.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The PEM text ({@code -----BEGIN CERTIFICATE REQUEST-----}). */
  public String toPem() {
    return Sm2Certificates.pem("CERTIFICATE REQUEST", encoded());
  }

  @Override
  public String toString() {
    return "CertificateRequest[" + subject + "]";
  }
}
