package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.TestRandoms;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * The rarer shapes of key files: PKCS#8 versions and its optional outer public key, SEC1 versions,
 * other algorithms named in the message, structures that are no key at all, and PEM files without a
 * key block.
 */
class KeyFileDecoderEdgesTest {
  static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(51));
  static final Sm2KeyPair OTHER = Sm2KeyPair.generate(TestRandoms.seeded(52));
  static final BigInteger D =
      new BigInteger(1, PAIR.privateKey().exportRaw(InsecureSecretAccess.get()));
  static final AlgorithmIdentifier EC_SM2 =
      new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, GMObjectIdentifiers.sm2p256v1);

  static ECPrivateKey sec1(Sm2PublicKey embedded) {
    return new ECPrivateKey(
        256,
        D,
        embedded == null ? null : new DERBitString(embedded.toUncompressed()),
        GMObjectIdentifiers.sm2p256v1);
  }

  static byte[] der(ASN1Encodable... elements) throws Exception {
    return new DERSequence(elements).getEncoded(ASN1Encoding.DER);
  }

  static byte[] pkcs8WithOuterPublicKey(Sm2PublicKey inner, Sm2PublicKey outer) throws Exception {
    return new PrivateKeyInfo(EC_SM2, sec1(inner), null, outer.toUncompressed())
        .getEncoded(ASN1Encoding.DER);
  }

  static void privateFails(byte[] der, String message) {
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(der))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(message);
  }

  @Test
  void pkcs8VersionsZeroAndOneAreReadAndTwoIsNot() throws Exception {
    // Bouncy Castle's PrivateKeyInfo already refuses versions above 1.
    byte[] inner = sec1(null).getEncoded(ASN1Encoding.DER);
    for (int version : new int[] {0, 1}) {
      assertThat(
              Sm2PrivateKey.fromDer(
                  der(new ASN1Integer(version), EC_SM2, new DEROctetString(inner))))
          .as("version %d", version)
          .isEqualTo(PAIR.privateKey());
    }
    privateFails(
        der(new ASN1Integer(2), EC_SM2, new DEROctetString(inner)),
        "PKCS#8 private key: not a PrivateKeyInfo structure");
  }

  @Test
  void theOuterPublicKeyOfPkcs8V2IsCheckedAgainstTheKey() throws Exception {
    // OneAsymmetricKey (RFC 5958) may repeat the public key outside the ECPrivateKey.
    assertThat(Sm2PrivateKey.fromDer(pkcs8WithOuterPublicKey(null, PAIR.publicKey())))
        .isEqualTo(PAIR.privateKey());
    assertThat(Sm2PrivateKey.fromDer(pkcs8WithOuterPublicKey(PAIR.publicKey(), PAIR.publicKey())))
        .isEqualTo(PAIR.privateKey());
    privateFails(
        pkcs8WithOuterPublicKey(PAIR.publicKey(), OTHER.publicKey()),
        "PKCS#8 private key: the two embedded public keys differ");
    privateFails(
        pkcs8WithOuterPublicKey(null, OTHER.publicKey()),
        "PKCS#8 private key: the public key stored with the private key does not belong to it");
  }

  @Test
  void sec1VersionMustBeOne() throws Exception {
    ECPrivateKey ok = sec1(PAIR.publicKey());
    ASN1Encodable[] fields = DERSequence.getInstance(ok.toASN1Primitive()).toArray();
    fields[0] = new ASN1Integer(2);
    privateFails(der(fields), "SEC1 EC private key: ECPrivateKey version must be 1");
  }

  @Test
  void otherKeyAlgorithmsAreNamed() throws Exception {
    String[][] cases = {
      {"1.2.840.113549.1.1.1", "RSA (1.2.840.113549.1.1.1)"},
      {"1.3.101.112", "Ed25519 (1.3.101.112)"},
      {"1.3.101.110", "X25519 (1.3.101.110)"},
      {"1.2.840.10040.4.1", "DSA (1.2.840.10040.4.1)"},
      {"1.2.3.4", "1.2.3.4"},
    };
    for (String[] c : cases) {
      byte[] spki =
          new SubjectPublicKeyInfo(
                  new AlgorithmIdentifier(new ASN1ObjectIdentifier(c[0])),
                  PAIR.publicKey().toUncompressed())
              .getEncoded(ASN1Encoding.DER);
      assertThatThrownBy(() -> Sm2PublicKey.fromDer(spki))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessage(
              "SubjectPublicKeyInfo: key algorithm " + c[1] + " is not SM2 (EC on sm2p256v1)");
    }
  }

  @Test
  void structuresThatHoldNoKeyAreToldApart() throws Exception {
    // Three fields after a SEQUENCE, but not a certificate's: still "signed", not "unknown".
    privateFails(
        der(new DERSequence(), new DERSequence(), new ASN1Integer(1)),
        "private key: this looks like a certificate, which holds no private key");
    privateFails(
        der(new ASN1Integer(1)),
        "private key: DER structure is neither PKCS#8 PrivateKeyInfo nor SEC1 ECPrivateKey");
    privateFails(
        der(new DERTaggedObject(0, new ASN1Integer(1))),
        "private key: DER structure is neither PKCS#8 PrivateKeyInfo nor SEC1 ECPrivateKey");
  }

  @Test
  void pemWithoutAKeyBlockListsTheLabelsFound() {
    String pem =
        "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n"
            + "-----BEGIN BAR BAZ-----\nAAAA\n-----END BAR BAZ-----\n";
    assertThatThrownBy(() -> Sm2PrivateKey.fromPem(pem))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("private key PEM: no PRIVATE KEY or EC PRIVATE KEY block (found FOO, BAR BAZ)");
    assertThatThrownBy(() -> Sm2PublicKey.fromPem(pem))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("public key PEM: no PUBLIC KEY or CERTIFICATE block (found FOO, BAR BAZ)");
  }
}
