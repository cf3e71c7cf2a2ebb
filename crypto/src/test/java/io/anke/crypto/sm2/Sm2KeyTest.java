package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.internal.Pem;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

class Sm2KeyTest {
  static final BigInteger N = CustomNamedCurves.getByName("sm2p256v1").getN();

  @Test
  void privateKeyRoundTripsThroughEveryEncoding() {
    Sm2KeyPair pair = Sm2KeyPair.generate(TestRandoms.seeded(1));
    Sm2PrivateKey k = pair.privateKey();
    assertThat(Sm2PrivateKey.fromPem(k.exportPkcs8Pem(InsecureSecretAccess.get()))).isEqualTo(k);
    assertThat(Sm2PrivateKey.fromDer(k.exportPkcs8Der(InsecureSecretAccess.get()))).isEqualTo(k);
    assertThat(Sm2PrivateKey.fromPem(k.exportSec1Pem(InsecureSecretAccess.get()))).isEqualTo(k);
    assertThat(Sm2PrivateKey.fromDer(k.exportSec1Der(InsecureSecretAccess.get()))).isEqualTo(k);
    assertThat(Sm2PrivateKey.fromRaw(k.exportRaw(InsecureSecretAccess.get()))).isEqualTo(k);
    assertThat(Sm2PrivateKey.fromHex(k.exportHex(InsecureSecretAccess.get()))).isEqualTo(k);
    assertThat(
            Sm2PrivateKey.fromPemOrDer(
                k.exportPkcs8Pem(InsecureSecretAccess.get()).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(k);
    assertThat(Sm2PrivateKey.fromPemOrDer(k.exportSec1Der(InsecureSecretAccess.get())))
        .isEqualTo(k);
    assertThat(k.exportPkcs8Pem(InsecureSecretAccess.get()))
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(k.exportRaw(InsecureSecretAccess.get())).hasSize(32);
    assertThat(k.exportHex(InsecureSecretAccess.get())).hasSize(64);
    assertThat(new Sm2KeyPair(k)).isEqualTo(pair);
  }

  @Test
  void publicKeyRoundTripsThroughEveryEncoding() {
    Sm2PublicKey p = Sm2KeyPair.generate(TestRandoms.seeded(2)).publicKey();
    assertThat(Sm2PublicKey.fromPem(p.toSpkiPem())).isEqualTo(p);
    assertThat(Sm2PublicKey.fromDer(p.toSpkiDer())).isEqualTo(p);
    assertThat(Sm2PublicKey.fromPemOrDer(p.toSpkiDer())).isEqualTo(p);
    assertThat(Sm2PublicKey.fromRaw(p.toUncompressed())).isEqualTo(p);
    assertThat(Sm2PublicKey.fromRaw(p.toRawXy())).isEqualTo(p);
    assertThat(Sm2PublicKey.fromRaw(p.toCompressed())).isEqualTo(p);
    assertThat(Sm2PublicKey.fromHex(p.toHex())).isEqualTo(p);
    assertThat(p.toUncompressed()).hasSize(65).startsWith(4);
    assertThat(p.toRawXy()).hasSize(64);
    assertThat(p.toCompressed()).hasSize(33);
    assertThat(p.toSpkiDer()).hasSize(91);
  }

  @Test
  void leadingZeroCoordinatesAndScalarsKeepTheirWidth() {
    // Deterministic search for keys whose d, x or y starts with a zero byte: the classic 1-in-256
    // failure of encoders that drop leading zeros.
    boolean dZero = false;
    boolean xZero = false;
    boolean yZero = false;
    for (long seed = 0; seed < 5000 && !(dZero && xZero && yZero); seed++) {
      Sm2KeyPair pair = Sm2KeyPair.generate(TestRandoms.seeded(seed));
      byte[] d = pair.privateKey().exportRaw(InsecureSecretAccess.get());
      byte[] q = pair.publicKey().toUncompressed();
      boolean hit = d[0] == 0 || q[1] == 0 || q[33] == 0;
      if (!hit) {
        continue;
      }
      dZero |= d[0] == 0;
      xZero |= q[1] == 0;
      yZero |= q[33] == 0;
      assertThat(d).hasSize(32);
      assertThat(q).hasSize(65);
      assertThat(pair.publicKey().toRawXy()).hasSize(64);
      assertThat(pair.publicKey().toHex()).hasSize(130);
      assertThat(
              Sm2PrivateKey.fromDer(pair.privateKey().exportPkcs8Der(InsecureSecretAccess.get())))
          .isEqualTo(pair.privateKey());
      assertThat(Sm2PrivateKey.fromRaw(d)).isEqualTo(pair.privateKey());
      assertThat(Sm2PublicKey.fromRaw(pair.publicKey().toRawXy())).isEqualTo(pair.publicKey());
      assertThat(Sm2PublicKey.fromRaw(pair.publicKey().toCompressed())).isEqualTo(pair.publicKey());
      assertThat(Sm2PublicKey.fromDer(pair.publicKey().toSpkiDer())).isEqualTo(pair.publicKey());
    }
    assertThat(dZero && xZero && yZero).as("found leading-zero d, x and y").isTrue();
  }

  @Test
  void privateScalarRangeIsOneToNMinusTwo() {
    assertThat(Sm2PrivateKey.fromRaw(raw(BigInteger.ONE)).exportRaw(InsecureSecretAccess.get()))
        .isEqualTo(raw(BigInteger.ONE));
    Sm2PrivateKey max = Sm2PrivateKey.fromRaw(raw(N.subtract(BigInteger.TWO)));
    assertThat(max.publicKey()).isNotNull();
    assertThatThrownBy(() -> Sm2PrivateKey.fromRaw(new byte[32]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("d is 0");
    for (BigInteger bad : new BigInteger[] {N.subtract(BigInteger.ONE), N, N.add(BigInteger.ONE)}) {
      assertThatThrownBy(() -> Sm2PrivateKey.fromRaw(raw(bad)))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageContaining("n-1")
          .hasMessageNotContainingAny(Hex.encode(raw(bad)), bad.toString(16));
    }
  }

  @Test
  void rawPrivateKeyOfWrongLengthSaysWhatItProbablyIs() {
    assertThatThrownBy(() -> Sm2PrivateKey.fromRaw(new byte[31]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("expected 32-byte private key d, got 31 bytes")
        .hasMessageContaining("leading zero");
    byte[] signed = new byte[33];
    signed[1] = (byte) 0x80;
    assertThatThrownBy(() -> Sm2PrivateKey.fromRaw(signed))
        .hasMessageContaining("got 33 bytes")
        .hasMessageContaining("BigInteger.toByteArray");
    assertThatThrownBy(() -> Sm2PrivateKey.fromRaw(new byte[65]))
        .hasMessageContaining("public key");
    assertThatThrownBy(() -> Sm2PrivateKey.fromHex("zz"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("hex");
  }

  @Test
  void rawPublicKeyErrorsNameTheLikelyMistake() {
    Sm2PublicKey p = Sm2KeyPair.generate(TestRandoms.seeded(3)).publicKey();
    byte[] u = p.toUncompressed();
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(Arrays.copyOf(u, 63)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("expected 65-byte uncompressed point (04‖x‖y)")
        .hasMessageContaining("got 63 bytes")
        .hasMessageContaining("leading zero");
    byte[] extra = new byte[66];
    System.arraycopy(u, 0, extra, 1, 65);
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(extra))
        .hasMessageContaining("got 66 bytes")
        .hasMessageContaining("extra leading 00");
    byte[] badPrefix = u.clone();
    badPrefix[0] = 5;
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(badPrefix))
        .hasMessageContaining("must start with 04")
        .hasMessageContaining("0x05");
    byte[] offCurve = u.clone();
    offCurve[64] ^= 1;
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(offCurve))
        .hasMessageContaining("not on the SM2 curve");
    byte[] infinity = new byte[65];
    infinity[0] = 4;
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(infinity)).hasMessageContaining("infinity");
    byte[] bigX = u.clone();
    Arrays.fill(bigX, 1, 33, (byte) 0xff);
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(bigX))
        .hasMessageContaining("not less than the field prime");
    byte[] misaligned = Arrays.copyOf(u, 64); // 04‖x‖y missing its last byte
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(misaligned)).hasMessageContaining("lost a byte");
    byte[] noRoot = p.toCompressed();
    boolean found = false;
    for (int i = 0; i < 256 && !found; i++) {
      noRoot[32] = (byte) i;
      try {
        Sm2PublicKey.fromRaw(noRoot);
      } catch (CryptoFormatException e) {
        assertThat(e).hasMessageContaining("compressed point does not decode");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void pkcs8FormsOfOtherToolsAreRead() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate(TestRandoms.seeded(4));
    BigInteger d = new BigInteger(1, pair.privateKey().exportRaw(InsecureSecretAccess.get()));
    DERBitString pub = new DERBitString(pair.publicKey().toUncompressed());

    // Bouncy Castle's JCA writes explicit curve parameters.
    X9ECParameters x9 = CustomNamedCurves.getByName("sm2p256v1");
    byte[] explicit =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, x9),
                new ECPrivateKey(256, d, pub, x9))
            .getEncoded(ASN1Encoding.DER);
    assertThat(Sm2PrivateKey.fromDer(explicit)).isEqualTo(pair.privateKey());

    // Some tools put the curve OID where id-ecPublicKey belongs, and omit the public key.
    byte[] curveAsAlgorithm =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(GMObjectIdentifiers.sm2p256v1),
                new ECPrivateKey(256, d, null, null))
            .getEncoded(ASN1Encoding.DER);
    assertThat(Sm2PrivateKey.fromDer(curveAsAlgorithm)).isEqualTo(pair.privateKey());
  }

  @Test
  void keysOfOtherAlgorithmsAndCurvesAreRejectedByName() throws Exception {
    BigInteger d = BigInteger.valueOf(12345);
    byte[] p256 =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(
                    X9ObjectIdentifiers.id_ecPublicKey, X9ObjectIdentifiers.prime256v1),
                new ECPrivateKey(256, d, null, null))
            .getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(p256))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("PKCS#8")
        .hasMessageContaining("prime256v1")
        .hasMessageContaining("not SM2");
    byte[] rsa =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption),
                new ECPrivateKey(256, d, null, null))
            .getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(rsa)).hasMessageContaining("RSA");

    // SEC1 names its curve itself: another curve is refused there too, not only in PKCS#8.
    byte[] sec1P256 =
        new ECPrivateKey(256, d, null, X9ObjectIdentifiers.prime256v1).getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(sec1P256))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("SEC1")
        .hasMessageContaining("prime256v1")
        .hasMessageContaining("not SM2");

    // A public key is checked by algorithm and curve just the same: an SM2 point under another
    // algorithm or curve name is not an SM2 key.
    byte[] point = Sm2KeyPair.generate(TestRandoms.seeded(12)).publicKey().toUncompressed();
    byte[] rsaSpki =
        new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                point)
            .getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PublicKey.fromDer(rsaSpki))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("RSA")
        .hasMessageContaining("is not SM2");
    byte[] p256Spki =
        new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(
                    X9ObjectIdentifiers.id_ecPublicKey, X9ObjectIdentifiers.prime256v1),
                point)
            .getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PublicKey.fromDer(p256Spki))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("prime256v1");
    byte[] curveAsAlgorithmWithOtherParameters =
        new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(
                    GMObjectIdentifiers.sm2p256v1, X9ObjectIdentifiers.prime256v1),
                point)
            .getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PublicKey.fromDer(curveAsAlgorithmWithOtherParameters))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("unexpected parameters");
    byte[] curveAsAlgorithm =
        new SubjectPublicKeyInfo(new AlgorithmIdentifier(GMObjectIdentifiers.sm2p256v1), point)
            .getEncoded(ASN1Encoding.DER);
    assertThat(Sm2PublicKey.fromDer(curveAsAlgorithm).toUncompressed()).isEqualTo(point);
  }

  @Test
  void embeddedPublicKeyMustBelongToThePrivateKey() throws Exception {
    Sm2KeyPair a = Sm2KeyPair.generate(TestRandoms.seeded(5));
    Sm2KeyPair b = Sm2KeyPair.generate(TestRandoms.seeded(6));
    byte[] mixed =
        new PrivateKeyInfo(
                new AlgorithmIdentifier(
                    X9ObjectIdentifiers.id_ecPublicKey, GMObjectIdentifiers.sm2p256v1),
                new ECPrivateKey(
                    256,
                    new BigInteger(1, a.privateKey().exportRaw(InsecureSecretAccess.get())),
                    new DERBitString(b.publicKey().toUncompressed()),
                    null))
            .getEncoded(ASN1Encoding.DER);
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(mixed))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("does not belong");
  }

  @Test
  void wrongKindOfPemOrDerIsExplained() {
    Sm2KeyPair pair = Sm2KeyPair.generate(TestRandoms.seeded(7));
    String pubPem = pair.publicKey().toSpkiPem();
    String privPem = pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get());
    assertThatThrownBy(() -> Sm2PrivateKey.fromPem(pubPem))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("PUBLIC KEY");
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(pair.publicKey().toSpkiDer()))
        .hasMessageContaining("public key");
    assertThatThrownBy(() -> Sm2PublicKey.fromPem(privPem)).hasMessageContaining("private key");
    assertThatThrownBy(
            () ->
                Sm2PublicKey.fromDer(pair.privateKey().exportPkcs8Der(InsecureSecretAccess.get())))
        .hasMessageContaining("private key");
    assertThatThrownBy(
            () -> Sm2PrivateKey.fromPem(Pem.encode("ENCRYPTED PRIVATE KEY", new byte[8])))
        .hasMessageContaining("encrypted");
    String legacy =
        "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n"
            + "AAAA\n-----END EC PRIVATE KEY-----\n";
    assertThatThrownBy(() -> Sm2PrivateKey.fromPem(legacy)).hasMessageContaining("encrypted");
    assertThatThrownBy(() -> Sm2PrivateKey.fromPem("no pem here"))
        .hasMessageContaining("no PEM block");
    String truncated = privPem.substring(0, privPem.length() - 30);
    assertThatThrownBy(() -> Sm2PrivateKey.fromPem(truncated)).hasMessageContaining("no END");
    String badBase64 = privPem.replaceFirst("\n.", "\n*");
    assertThatThrownBy(() -> Sm2PrivateKey.fromPem(badBase64))
        .hasMessageContaining("is not a Base64 character");
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(new byte[] {0x30, 0x05, 0x02}))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("not valid DER");
    byte[] trailing =
        Arrays.copyOf(pair.privateKey().exportPkcs8Der(InsecureSecretAccess.get()), 151);
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(trailing))
        .isInstanceOf(CryptoFormatException.class);
  }

  @Test
  void pemWithParameterBlockAndCrLfIsRead() {
    Sm2PrivateKey k = Sm2KeyPair.generate(TestRandoms.seeded(8)).privateKey();
    String text =
        "-----BEGIN EC PARAMETERS-----\nBggqgRzPVQGCLQ==\n-----END EC PARAMETERS-----\n"
            + k.exportSec1Pem(InsecureSecretAccess.get());
    assertThat(Sm2PrivateKey.fromPem(text.replace("\n", "\r\n"))).isEqualTo(k);
    assertThat(
            Sm2PrivateKey.fromPem(
                k.exportSec1Pem(InsecureSecretAccess.get()).replace("EC PRIVATE", "SM2 PRIVATE")))
        .isEqualTo(k);
    // A bundle with the public key (or a certificate) before the private key.
    String bundle = k.publicKey().toSpkiPem() + k.exportPkcs8Pem(InsecureSecretAccess.get());
    assertThat(Sm2PrivateKey.fromPem(bundle)).isEqualTo(k);
    assertThat(
            Sm2PublicKey.fromPem(
                k.exportPkcs8Pem(InsecureSecretAccess.get()) + k.publicKey().toSpkiPem()))
        .isEqualTo(k.publicKey());
  }

  @Test
  void nothingSecretInToStringOrErrors() {
    Sm2PrivateKey k = Sm2KeyPair.generate(TestRandoms.seeded(9)).privateKey();
    String d = k.exportHex(InsecureSecretAccess.get());
    assertThat(k.toString()).doesNotContain(d).contains(k.publicKey().toHex());
    assertThat(new Sm2KeyPair(k).toString()).doesNotContain(d);
    assertThat(new Sm2Signer(k).toString()).doesNotContain(d);
    assertThat(new Sm2Decrypter(k).toString()).doesNotContain(d);
    byte[] der = k.exportPkcs8Der(InsecureSecretAccess.get());
    der[der.length - 70] ^= 0x55; // inside the embedded public key
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(der))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageNotContaining(d);
  }

  static byte[] raw(BigInteger v) {
    byte[] out = new byte[32];
    byte[] b = v.toByteArray();
    int n = Math.min(32, b.length);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return out;
  }
}
