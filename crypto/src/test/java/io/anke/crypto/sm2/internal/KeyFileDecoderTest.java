package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one key-file decoder: every format it reads goes through it, each input is parsed as DER
 * once, and the wrong kind of file is named, in English and in Chinese.
 */
class KeyFileDecoderTest {
  private static final InsecureSecretAccess ACCESS = InsecureSecretAccess.get();

  static Sm2PrivateKey key;
  static BigInteger d;
  static ECPoint q;
  static byte[] certificateDer;
  static byte[] requestDer;
  static String requestPem;

  @BeforeAll
  static void keys() throws Exception {
    key = Sm2KeyPair.generate().privateKey();
    d = new BigInteger(1, key.exportRaw(ACCESS));
    q = Sm2Domain.SM2P256V1.getCurve().decodePoint(key.publicKey().toUncompressed()).normalize();
    Sm2KeyHandle handle = Sm2KeyHandle.of(key);
    certificateDer = CertificateBuilder.selfSigned("CN=decoder test", handle).build().getEncoded();
    CertificateRequest request = CertificateRequest.create("CN=decoder test", handle, "a.example");
    requestDer = request.encoded();
    requestPem = request.toPem();
  }

  private static byte[] ascii(String pem) {
    return pem.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] encryptedPkcs8() throws Exception {
    return new EncryptedPrivateKeyInfo(
            new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2), new byte[48])
        .getEncoded(ASN1Encoding.DER);
  }

  /** Reads {@code input} as a private key with a fresh decoder, and checks it parsed once. */
  private static KeyFileDecoder.PrivateKeyData readPrivate(byte[] input) {
    KeyFileDecoder decoder = new KeyFileDecoder();
    KeyFileDecoder.PrivateKeyData data = decoder.readPrivateKey(input);
    assertThat(decoder.derParses()).as("DER parses").isEqualTo(1);
    return data;
  }

  private static KeyFileDecoder.PublicKeyData readPublic(byte[] input) {
    KeyFileDecoder decoder = new KeyFileDecoder();
    KeyFileDecoder.PublicKeyData data = decoder.readPublicKey(input);
    assertThat(decoder.derParses()).as("DER parses").isEqualTo(1);
    return data;
  }

  @Test
  void readsEveryPrivateKeyFormatOnTheOnePath() {
    byte[] pkcs8 = key.exportPkcs8Der(ACCESS);
    byte[] sec1 = key.exportSec1Der(ACCESS);
    Object[][] cases = {
      {pkcs8, "PKCS#8 private key"},
      {ascii(key.exportPkcs8Pem(ACCESS)), "PKCS#8 private key"},
      {sec1, "SEC1 EC private key"},
      {ascii(key.exportSec1Pem(ACCESS)), "SEC1 EC private key"},
      {ascii(Pem.encode("SM2 PRIVATE KEY", sec1)), "SEC1 EC private key"},
      // a certificate before the key: only the key block is parsed
      {
        ascii(Pem.encode("CERTIFICATE", certificateDer) + key.exportPkcs8Pem(ACCESS)),
        "PKCS#8 private key"
      },
    };
    for (Object[] c : cases) {
      KeyFileDecoder.PrivateKeyData data = readPrivate((byte[]) c[0]);
      assertThat(data.d()).isEqualTo(d);
      assertThat(data.embeddedPublicPoint()).isEqualTo(q);
      assertThat(data.format().messageIn(Locale.ENGLISH)).isEqualTo(c[1]);
    }
    // The public API goes the same way.
    assertThat(Sm2PrivateKey.fromPemOrDer(sec1)).isEqualTo(key);
    assertThat(Sm2PrivateKey.fromPem(key.exportPkcs8Pem(ACCESS))).isEqualTo(key);
    assertThat(Sm2PrivateKey.fromDer(pkcs8)).isEqualTo(key);
  }

  @Test
  void readsEveryPublicKeyFormatOnTheOnePath() {
    byte[] spki = key.publicKey().toSpkiDer();
    Object[][] cases = {
      {spki, "SubjectPublicKeyInfo"},
      {ascii(key.publicKey().toSpkiPem()), "SubjectPublicKeyInfo"},
      {certificateDer, "certificate subject public key"},
      {ascii(Pem.encode("CERTIFICATE", certificateDer)), "certificate subject public key"},
    };
    for (Object[] c : cases) {
      KeyFileDecoder.PublicKeyData data = readPublic((byte[]) c[0]);
      assertThat(data.point()).isEqualTo(q);
      assertThat(data.format().messageIn(Locale.ENGLISH)).isEqualTo(c[1]);
    }
  }

  @Test
  void encryptedPkcs8IsRecognisedAndRefused() throws Exception {
    byte[] der = encryptedPkcs8();
    KeyFileDecoder decoder = new KeyFileDecoder();
    assertThatThrownBy(() -> decoder.readPrivateKey(der))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(
            "private key: this is an encrypted PKCS#8 key (EncryptedPrivateKeyInfo); decrypt it"
                + " first, e.g. openssl pkey -in KEY -out plain.pem");
    assertThat(decoder.derParses()).isEqualTo(1);
    assertThatThrownBy(
            () -> KeyFileDecoder.privateKey(ascii(Pem.encode("ENCRYPTED PRIVATE KEY", der))))
        .hasMessageStartingWith("private key PEM: the key is encrypted (ENCRYPTED PRIVATE KEY)");
    assertThatThrownBy(() -> KeyFileDecoder.publicKey(der))
        .hasMessage(
            "public key: this is an encrypted private key (EncryptedPrivateKeyInfo), not a public"
                + " key");
  }

  @Test
  void wrongKindForAPrivateKeyIsNamed() {
    Object[][] cases = {
      {key.publicKey().toSpkiDer(), "private key: this is a public key (SubjectPublicKeyInfo)"},
      {ascii(key.publicKey().toSpkiPem()), "private key PEM: found PUBLIC KEY, which holds no"},
      {certificateDer, "private key: this looks like a certificate, which holds no private key"},
      {ascii(Pem.encode("CERTIFICATE", certificateDer)), "private key PEM: found CERTIFICATE,"},
      {requestDer, "private key: this is a certificate request (PKCS#10)"},
      {ascii(requestPem), "private key PEM: found CERTIFICATE REQUEST, which holds no private"},
    };
    for (Object[] c : cases) {
      assertThatThrownBy(() -> KeyFileDecoder.privateKey((byte[]) c[0]))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageStartingWith((String) c[1]);
    }
  }

  @Test
  void wrongKindForAPublicKeyIsNamed() {
    Object[][] cases = {
      {key.exportPkcs8Der(ACCESS), "public key: this is a private key"},
      {key.exportSec1Der(ACCESS), "public key: this is a private key"},
      {ascii(key.exportPkcs8Pem(ACCESS)), "public key PEM: found a private key (PRIVATE KEY)"},
      {requestDer, "public key: this is a certificate request (PKCS#10)"},
      {ascii(requestPem), "public key PEM: found CERTIFICATE REQUEST, a certificate request"},
    };
    for (Object[] c : cases) {
      assertThatThrownBy(() -> KeyFileDecoder.publicKey((byte[]) c[0]))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageStartingWith((String) c[1]);
    }
  }

  @Test
  void structureTellsCertificateFromRequest() throws Exception {
    Function<byte[], KeyFileDecoder.Structure> of =
        der -> KeyFileDecoder.Structure.of(ASN1Sequence.getInstance(der));
    assertThat(of.apply(certificateDer)).isEqualTo(KeyFileDecoder.Structure.CERTIFICATE);
    assertThat(of.apply(requestDer)).isEqualTo(KeyFileDecoder.Structure.CERTIFICATE_REQUEST);
    assertThat(of.apply(key.exportPkcs8Der(ACCESS))).isEqualTo(KeyFileDecoder.Structure.PKCS8);
    assertThat(of.apply(key.exportSec1Der(ACCESS))).isEqualTo(KeyFileDecoder.Structure.SEC1);
    assertThat(of.apply(key.publicKey().toSpkiDer())).isEqualTo(KeyFileDecoder.Structure.SPKI);
    assertThat(of.apply(encryptedPkcs8())).isEqualTo(KeyFileDecoder.Structure.ENCRYPTED_PKCS8);
  }

  @Test
  void labelsInChineseMessagesAreChinese() {
    // A SEC1 key under the PKCS#8 label: the message names the PKCS#8 key in either language.
    byte[] mislabelled = ascii(Pem.encode("PRIVATE KEY", key.exportSec1Der(ACCESS)));
    CryptoFormatException e =
        (CryptoFormatException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> KeyFileDecoder.privateKey(mislabelled));
    assertThat(e.getMessage()).startsWith("PKCS#8 private key: ");
    String zh = e.messageIn(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).startsWith("PKCS#8 私钥：").doesNotContain("private key");

    // A point that is not on the curve inside a SubjectPublicKeyInfo.
    byte[] spki = key.publicKey().toSpkiDer();
    spki[spki.length - 1] ^= 1;
    CryptoFormatException p =
        (CryptoFormatException)
            org.assertj.core.api.Assertions.catchThrowable(() -> KeyFileDecoder.publicKey(spki));
    assertThat(p.getMessage()).startsWith("SubjectPublicKeyInfo: ");
    assertThat(p.messageIn(Locale.SIMPLIFIED_CHINESE))
        .startsWith("SubjectPublicKeyInfo 公钥：")
        .doesNotContain("public key");
  }
}
