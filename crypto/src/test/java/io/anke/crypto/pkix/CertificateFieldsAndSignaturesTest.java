package io.anke.crypto.pkix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.pkix.internal.Sm2ContentVerifierProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

/**
 * What {@link CertificateBuilder} and {@link CertificateRequest} put into a certificate or request
 * (serial number limits, the signer's distinguishing ID, DNS names) and when their signatures are
 * answered true: only for SM3withSM2 by the right key under the right ID, never for a signature
 * with another algorithm or a BIT STRING with unused bits. Everything is built inside its test.
 */
class CertificateFieldsAndSignaturesTest {
  private static final Sm2KeyHandle KEY = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());

  @Test
  void theSerialNumberIsPositiveAndAtMost159Bits() {
    CertificateBuilder b = CertificateBuilder.selfSigned("CN=serial", KEY);
    assertThatThrownBy(() -> b.serialNumber(BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serial number must be positive and fit 20 bytes");
    assertThatThrownBy(() -> b.serialNumber(BigInteger.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
    // 20 DER bytes hold 159 bits: the top bit of a positive INTEGER's first byte is its sign.
    BigInteger largest = BigInteger.ONE.shiftLeft(159).subtract(BigInteger.ONE);
    assertThatThrownBy(() -> b.serialNumber(largest.add(BigInteger.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(b.serialNumber(largest).build().getSerialNumber()).isEqualTo(largest);
    assertThat(b.serialNumber(BigInteger.ONE).build().getSerialNumber()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void dnsNamesBecomeTheSubjectAltNameAndNoNamesMeanNoExtension() throws Exception {
    X509Certificate named =
        CertificateBuilder.selfSigned("CN=named", KEY).dnsNames("a.example", "b.example").build();
    assertThat(named.getSubjectAlternativeNames())
        .containsExactly(List.of(2, "a.example"), List.of(2, "b.example"));
    X509Certificate unnamed = CertificateBuilder.selfSigned("CN=unnamed", KEY).build();
    assertThat(unnamed.getSubjectAlternativeNames()).isNull();
    assertThat(unnamed.getExtensionValue(Extension.subjectAlternativeName.getId())).isNull();
  }

  @Test
  void aCertificateSignedUnderAnotherIdVerifiesOnlyUnderThatId() throws Exception {
    byte[] id = new byte[Sm2.MAX_ID_BYTES];
    Arrays.fill(id, (byte) 'i');
    X509Certificate cert = CertificateBuilder.selfSigned("CN=own id", KEY).signerId(id).build();
    assertThat(Sm2Certificates.isSignedBy(cert, KEY.publicKey(), id)).isTrue();
    assertThat(Sm2Certificates.isSignedBy(cert, KEY.publicKey())).isFalse();
    assertThatThrownBy(
            () ->
                CertificateBuilder.selfSigned("CN=x", KEY).signerId(new byte[Sm2.MAX_ID_BYTES + 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ID longer than 8191 bytes");
  }

  @Test
  void aCertificateListIsWrittenAsConsecutiveBlocks() {
    X509Certificate a = CertificateBuilder.selfSigned("CN=a", KEY).build();
    X509Certificate b = CertificateBuilder.selfSigned("CN=b", KEY).build();
    String pem = Sm2Certificates.toPem(List.of(a, b));
    assertThat(pem).isEqualTo(Sm2Certificates.toPem(a) + Sm2Certificates.toPem(b));
    assertThat(Sm2Certificates.parseAll(pem.getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(a, b);
  }

  @Test
  void aCertificateWhoseOuterAlgorithmIsNotSm3WithSm2IsNotSignedByAnyone() {
    X509Certificate cert = CertificateBuilder.selfSigned("CN=relabelled", KEY).build();
    ASN1Sequence c = ASN1Sequence.getInstance(Sm2Certificates.encoded(cert));
    byte[] relabelled =
        der(c.getObjectAt(0), ecdsaWithSha256(), c.getObjectAt(2)); // tbs keeps SM3withSM2
    X509Certificate parsed = Sm2Certificates.parse(relabelled);
    assertThat(Sm2Certificates.isSignedBy(parsed, KEY.publicKey())).isFalse();
  }

  @Test
  void requestedDnsNamesAreReadBackAndNoNamesMeanNoAttribute() throws Exception {
    CertificateRequest named = CertificateRequest.create("CN=req", KEY, "a.example", "b.example");
    assertThat(CertificateRequest.parse(named.encoded()).dnsNames())
        .containsExactly("a.example", "b.example");
    CertificateRequest unnamed = CertificateRequest.create("CN=req", KEY);
    assertThat(unnamed).hasToString("CertificateRequest[CN=req]");
    assertThat(new PKCS10CertificationRequest(unnamed.encoded()).getAttributes()).isEmpty();
    assertThat(CertificateRequest.parse(unnamed.encoded()).dnsNames()).isEmpty();
  }

  @Test
  void onlyDnsNamesOfTheSubjectAltNameAreRead() throws Exception {
    ExtensionsGenerator san = new ExtensionsGenerator();
    san.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.iPAddress, "192.0.2.1"),
              new GeneralName(GeneralName.dNSName, "only.example"),
              new GeneralName(GeneralName.rfc822Name, "a@b.example")
            }));
    assertThat(CertificateRequest.parse(unsignedRequest(san)).dnsNames())
        .containsExactly("only.example");
    ExtensionsGenerator noSan = new ExtensionsGenerator();
    noSan.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    assertThat(CertificateRequest.parse(unsignedRequest(noSan)).dnsNames()).isEmpty();
  }

  @Test
  void theVerifierProviderAnswersForItsAlgorithmAndCertificate() throws Exception {
    AlgorithmIdentifier sm2 = new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
    Sm2ContentVerifierProvider bare =
        new Sm2ContentVerifierProvider(KEY.publicKey(), Sm2.defaultId(), null);
    assertThat(bare.get(sm2).getAlgorithmIdentifier()).isEqualTo(sm2);
    assertThat(bare.hasAssociatedCertificate()).isFalse();
    X509CertificateHolder holder =
        new X509CertificateHolder(
            Sm2Certificates.encoded(CertificateBuilder.selfSigned("CN=holder", KEY).build()));
    Sm2ContentVerifierProvider withCert =
        new Sm2ContentVerifierProvider(KEY.publicKey(), Sm2.defaultId(), holder);
    assertThat(withCert.hasAssociatedCertificate()).isTrue();
    assertThat(withCert.getAssociatedCertificate()).isSameAs(holder);
  }

  @Test
  void aRequestSignedUnderAnotherIdVerifiesOnlyUnderThatId() {
    byte[] id = "requester@example".getBytes(StandardCharsets.US_ASCII);
    CertificateRequest csr = CertificateRequest.create("CN=req", KEY, id);
    assertThat(csr.verify(id)).isTrue();
    assertThat(csr.verify()).isFalse();
    assertThat(CertificateRequest.create("CN=req", KEY).verify()).isTrue();
  }

  @Test
  void aRequestWithAnotherAlgorithmOrUnusedSignatureBitsDoesNotVerify() {
    ASN1Sequence csr = ASN1Sequence.getInstance(CertificateRequest.create("CN=req", KEY).encoded());
    byte[] relabelled = der(csr.getObjectAt(0), ecdsaWithSha256(), csr.getObjectAt(2));
    assertThat(CertificateRequest.parse(relabelled).verify()).isFalse();
    byte[] signature = DERBitString.getInstance(csr.getObjectAt(2)).getOctets();
    signature[signature.length - 1] &= (byte) 0xFE; // the one unused bit must be zero in DER
    byte[] unusedBits = der(csr.getObjectAt(0), csr.getObjectAt(1), new DERBitString(signature, 1));
    assertThat(CertificateRequest.parse(unusedBits).verify()).isFalse();
  }

  private static AlgorithmIdentifier ecdsaWithSha256() {
    return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
  }

  private static byte[] der(ASN1Encodable... elements) {
    try {
      return new DERSequence(elements).getEncoded();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A request for {@link #KEY} with these extensions and an all-zero signature. */
  private static byte[] unsignedRequest(ExtensionsGenerator extensions) throws Exception {
    PKCS10CertificationRequestBuilder b =
        new PKCS10CertificationRequestBuilder(
            CertificateBuilder.name("CN=req"),
            SubjectPublicKeyInfo.getInstance(KEY.publicKey().toSpkiDer()));
    b.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
    ContentSigner zeros =
        new ContentSigner() {
          private final ByteArrayOutputStream sink = new ByteArrayOutputStream();

          @Override
          public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
          }

          @Override
          public OutputStream getOutputStream() {
            return sink;
          }

          @Override
          public byte[] getSignature() {
            return new byte[64];
          }
        };
    return b.build(zeros).getEncoded();
  }
}
