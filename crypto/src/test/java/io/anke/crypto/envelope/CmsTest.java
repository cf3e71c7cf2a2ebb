package io.anke.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.OpenSsl;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmsTest {
  static Sm2PrivateKey alicePrivate;
  static Sm2KeyHandle alice;
  static X509Certificate aliceCert;
  static Sm2KeyHandle bob;
  static X509Certificate bobCert;
  static final byte[] CONTENT = "合同正文 contract text\n".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void keys() {
    alicePrivate = Sm2KeyPair.generate().privateKey();
    alice = Sm2KeyHandle.of(alicePrivate);
    aliceCert = CertificateBuilder.selfSigned("CN=Alice,O=Anke", alice).build();
    bob = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    bobCert = CertificateBuilder.selfSigned("CN=Bob,O=Anke", bob).build();
  }

  static void writePem(Path dir, Sm2PrivateKey key, X509Certificate cert) throws Exception {
    Files.writeString(dir.resolve("key.pem"), key.exportPkcs8Pem(InsecureSecretAccess.get()));
    Files.writeString(dir.resolve("cert.pem"), Sm2Certificates.toPem(cert));
  }

  @Test
  void envelopedDataDecryptsInOpenSsl(@TempDir Path dir) throws Exception {
    byte[] cms = CmsEnvelope.encrypt(CONTENT, List.of(bobCert, aliceCert));
    Files.write(dir.resolve("env.der"), cms);
    writePem(dir, alicePrivate, aliceCert);
    OpenSsl.Result r =
        OpenSsl.run(
            dir,
            "cms",
            "-decrypt",
            "-binary",
            "-inform",
            "DER",
            "-in",
            "env.der",
            "-recip",
            "cert.pem",
            "-inkey",
            "key.pem");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stdout()).isEqualTo(CONTENT);
    String printed =
        OpenSsl.run(dir, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "env.der")
            .assertOk()
            .out();
    assertThat(printed)
        .contains("pkcs7-envelopedData")
        .contains("sm4-cbc")
        .contains("1.2.156.10197.1.301.3");
    // And here, for both recipients.
    assertThat(CmsEnvelope.decrypt(cms, aliceCert, alice)).isEqualTo(CONTENT);
    assertThat(CmsEnvelope.decrypt(cms, bobCert, bob)).isEqualTo(CONTENT);
  }

  @Test
  void gmt0010LabelsRoundTrip() throws Exception {
    byte[] cms = CmsEnvelope.encrypt(CONTENT, List.of(aliceCert), CmsContentTypes.GMT_0010);
    ContentInfo info = ContentInfo.getInstance(cms);
    assertThat(info.getContentType()).isEqualTo(GMObjectIdentifiers.sm2_pkcs7_envelopedData);
    assertThat(CmsEnvelope.decrypt(cms, aliceCert, alice)).isEqualTo(CONTENT);

    byte[] sig =
        CmsSignature.sign(
            CONTENT,
            alice,
            List.of(aliceCert),
            false,
            io.anke.crypto.sm2.Sm2.defaultId(),
            CmsContentTypes.GMT_0010);
    assertThat(ContentInfo.getInstance(sig).getContentType())
        .isEqualTo(new ASN1ObjectIdentifier("1.2.156.10197.6.1.4.2.2"));
    assertThat(CmsSignature.verify(sig, null).content()).isEqualTo(CONTENT);
  }

  @Test
  void bouncyCastleEnvelopedDataWithRawKeyIsReadToo() throws Exception {
    // BC's own SM2 key transport writes raw C1C3C2 (which OpenSSL rejects); accept it anyway.
    CMSEnvelopedDataGenerator gen = new CMSEnvelopedDataGenerator();
    gen.addRecipientInfoGenerator(
        new JceKeyTransRecipientInfoGenerator(
                aliceCert, new AlgorithmIdentifier(GMObjectIdentifiers.sm2encrypt_with_sm3))
            .setProvider(Jca.BC));
    byte[] cms =
        gen.generate(
                new CMSProcessableByteArray(CONTENT),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.SM4_CBC).setProvider(Jca.BC).build())
            .getEncoded();
    assertThat(CmsEnvelope.decrypt(cms, aliceCert, alice)).isEqualTo(CONTENT);
  }

  @Test
  void envelopedDataErrorsAreClear() throws Exception {
    byte[] cms = CmsEnvelope.encrypt(CONTENT, List.of(aliceCert));
    assertThatThrownBy(() -> CmsEnvelope.decrypt(cms, bobCert, bob))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("no recipient entry for certificate issuer 'CN=Bob,O=Anke'");
    X509Certificate fakeAlice =
        CertificateBuilder.selfSigned("CN=Alice,O=Anke", bob)
            .serialNumber(aliceCert.getSerialNumber())
            .build();
    assertThatThrownBy(() -> CmsEnvelope.decrypt(cms, fakeAlice, bob))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(
            () -> CmsEnvelope.decrypt("junk".getBytes(StandardCharsets.US_ASCII), aliceCert, alice))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("CMS EnvelopedData: not a DER ContentInfo");
    byte[] signed = CmsSignature.sign(CONTENT, alice, List.of(aliceCert));
    assertThatThrownBy(() -> CmsEnvelope.decrypt(signed, aliceCert, alice))
        .hasMessageContaining("content type is 1.2.840.113549.1.7.2, not envelopedData");
  }

  @Test
  void signedDataVerifiesHereAndRejectsChanges() throws Exception {
    byte[] cms = CmsSignature.sign(CONTENT, alice, List.of(aliceCert));
    CmsSignature.Verified v = CmsSignature.verify(cms, null);
    assertThat(v.content()).isEqualTo(CONTENT);
    assertThat(v.signer()).isEqualTo(aliceCert);
    assertThatThrownBy(
            () -> CmsSignature.verify(cms, null, "other".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("signer 1 'CN=Alice,O=Anke': signature does not verify");
    int at = indexOf(cms, CONTENT);
    byte[] tampered = cms.clone();
    tampered[at] ^= 1;
    assertThatThrownBy(() -> CmsSignature.verify(tampered, null))
        .isInstanceOf(SignatureException.class);
    // Detached.
    byte[] detached =
        CmsSignature.sign(
            CONTENT,
            alice,
            List.of(aliceCert),
            true,
            io.anke.crypto.sm2.Sm2.defaultId(),
            CmsContentTypes.PKCS7);
    assertThat(indexOf(detached, CONTENT)).isNegative();
    assertThat(CmsSignature.verify(detached, CONTENT).content()).isEqualTo(CONTENT);
    assertThatThrownBy(() -> CmsSignature.verify(detached, null))
        .hasMessageContaining("detached signature");
    assertThatThrownBy(
            () -> CmsSignature.verify(detached, "other".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SignatureException.class);
    assertThatThrownBy(() -> CmsSignature.sign(CONTENT, alice, List.of(bobCert)))
        .hasMessageContaining("is not the signing key's");
  }

  @Test
  void bouncyCastleJcaSignaturesVerifyHere() throws Exception {
    // An independent SM3withSM2 signer (BC's JCA, default ID 1234567812345678).
    PrivateKey jca =
        KeyFactory.getInstance("EC", Jca.BC)
            .generatePrivate(
                new PKCS8EncodedKeySpec(alicePrivate.exportPkcs8Der(InsecureSecretAccess.get())));
    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
    gen.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(Jca.BC).build())
            .build(
                new JcaContentSignerBuilder("SM3withSM2").setProvider(Jca.BC).build(jca),
                aliceCert));
    gen.addCertificate(new JcaX509CertificateHolder(aliceCert));
    byte[] cms = gen.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded();
    assertThat(CmsSignature.verify(cms, null).content()).isEqualTo(CONTENT);
  }

  @Test
  void openSslVerifiesSignedDataMadeWithTheEmptyId(@TempDir Path dir) throws Exception {
    // OpenSSL 3.0's cms code verifies SM2 with an empty distinguishing ID only.
    byte[] cms =
        CmsSignature.sign(
            CONTENT, alice, List.of(aliceCert), false, new byte[0], CmsContentTypes.PKCS7);
    Files.write(dir.resolve("signed.der"), cms);
    OpenSsl.Result r =
        OpenSsl.run(
            dir, "cms", "-verify", "-noverify", "-binary", "-inform", "DER", "-in", "signed.der");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stdout()).isEqualTo(CONTENT);
    assertThat(CmsSignature.verify(cms, null, new byte[0]).content()).isEqualTo(CONTENT);
    String printed =
        OpenSsl.run(dir, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "signed.der")
            .assertOk()
            .out();
    assertThat(printed).contains("sm3").contains("SM2-with-SM3");
  }

  @Test
  void aSignerWithoutCertificateIsNamedByKeyIdAndVerifiedOnlyWithTheTrustedKey() throws Exception {
    byte[] cms =
        CmsSignature.signWithKeyIdentifier(
            CONTENT, alice, true, new byte[0], CmsContentTypes.PKCS7);
    // Without a trusted key there is nothing to verify with: no certificate was invented.
    assertThatThrownBy(() -> CmsSignature.verify(cms, CONTENT, new byte[0]))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("certificate is not included");
    CmsSignature.Verified v =
        CmsSignature.verify(cms, CONTENT, new byte[0], List.of(bob.publicKey(), alice.publicKey()));
    assertThat(v.signer()).isNull();
    assertThat(v.certificates()).isEmpty();
    assertThat(v.signerKey()).isEqualTo(alice.publicKey());
    assertThatThrownBy(
            () -> CmsSignature.verify(cms, CONTENT, new byte[0], List.of(bob.publicKey())))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("key identifier")
        .hasMessageContaining("is not the trusted key");
    byte[] changed = CONTENT.clone();
    changed[0] ^= 1;
    assertThatThrownBy(
            () -> CmsSignature.verify(cms, changed, new byte[0], List.of(alice.publicKey())))
        .isInstanceOf(SignatureException.class);
  }

  @Test
  void aSignerWithACertificateMustHoldATrustedKey() throws Exception {
    byte[] cms =
        CmsSignature.sign(
            CONTENT, alice, List.of(aliceCert), true, new byte[0], CmsContentTypes.PKCS7);
    assertThat(CmsSignature.verify(cms, CONTENT, new byte[0], List.of(alice.publicKey())).signer())
        .isEqualTo(aliceCert);
    // A self-made certificate in the message proves nothing: its key must be the trusted one.
    assertThatThrownBy(
            () -> CmsSignature.verify(cms, CONTENT, new byte[0], List.of(bob.publicKey())))
        .isInstanceOf(SignatureException.class)
        .hasMessageContaining("CN=Alice")
        .hasMessageContaining("not the trusted key");
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
