package io.anke.crypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.KeyEncryptionKeys;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.OpenSsl;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.testing.Canaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyProvidersTest {
  static final char[] PASSWORD = "changeit-密码".toCharArray();
  static final byte[] MSG = "message".getBytes(StandardCharsets.UTF_8);

  static X509Certificate selfSigned(Sm2PrivateKey key, String cn) {
    return CertificateBuilder.selfSigned("CN=" + cn, Sm2KeyHandle.of(key)).build();
  }

  static void assertSignsAndDecrypts(Sm2KeyHandle handle) throws Exception {
    byte[] sig = handle.sign(MSG);
    assertThat(new Sm2Verifier(handle.publicKey()).verify(MSG, sig)).isTrue();
    byte[] ct = new Sm2Encrypter(handle.publicKey()).encrypt(MSG);
    assertThat(handle.decrypt(ct)).isEqualTo(MSG);
  }

  @Test
  void pkcs12RoundTripsThroughBouncyCastle() throws Exception {
    Sm2PrivateKey a = Sm2KeyPair.generate().privateKey();
    Sm2PrivateKey b = Sm2KeyPair.generate().privateKey();
    X509Certificate ca = selfSigned(b, "CA");
    X509Certificate leafA =
        CertificateBuilder.issuedBy(ca, Sm2KeyHandle.of(b), "CN=a", a.publicKey()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Pkcs12KeyProvider.writer()
        .add("signing", a, List.of(leafA, ca))
        .add("ca", b, List.of(ca))
        .write(out, PASSWORD);
    Pkcs12KeyProvider p = Pkcs12KeyProvider.load(out.toByteArray(), PASSWORD, "test.p12");
    assertThat(p.aliases()).containsExactly("ca", "signing");
    assertThat(p.kindOf("signing")).isEqualTo(KeyKind.SM2_KEY_PAIR);
    assertThat(p.sm2Key("signing").publicKey()).isEqualTo(a.publicKey());
    assertThat(p.certificateChain("signing")).containsExactly(leafA, ca);
    assertSignsAndDecrypts(p.sm2Key("signing"));
    // A key pair from a file or keystore serves both purposes, so both lookups give it.
    assertThat(p.sm2SigningKey("signing")).isSameAs(p.sm2Key("signing"));
    assertThat(p.sm2DecryptingKey("signing")).isSameAs(p.sm2Key("signing"));
    // The same bytes through the plain JCA KeyStore API with a Bouncy Castle provider instance.
    KeyStore ks =
        KeyStore.getInstance("PKCS12", new org.bouncycastle.jce.provider.BouncyCastleProvider());
    ks.load(new ByteArrayInputStream(out.toByteArray()), PASSWORD);
    assertThat(Sm2PrivateKey.fromDer(ks.getKey("signing", PASSWORD).getEncoded())).isEqualTo(a);
    assertThat(ks.getCertificateChain("signing")).hasSize(2);
  }

  @Test
  void pkcs12IsReadByOpenSslAndTheOtherWayRound(@TempDir Path dir) throws Exception {
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    X509Certificate cert = selfSigned(key, "p12");
    try (OutputStream out = Files.newOutputStream(dir.resolve("ours.p12"))) {
      Pkcs12KeyProvider.writer().add("k", key, List.of(cert)).write(out, "pw".toCharArray());
    }
    OpenSsl.Result info =
        OpenSsl.run(dir, "pkcs12", "-in", "ours.p12", "-passin", "pass:pw", "-nodes", "-info");
    assertThat(info.exit()).as(info.stderr()).isZero();
    assertThat(info.stderr()).contains("PBES2, PBKDF2, AES-256-CBC").contains("MAC: sha256");
    String text = info.out();
    String keyPem =
        text.substring(
            text.indexOf("-----BEGIN PRIVATE KEY-----"),
            text.indexOf("-----END PRIVATE KEY-----") + 25);
    assertThat(Sm2PrivateKey.fromPem(keyPem)).isEqualTo(key);
    assertThat(Sm2Certificates.parse(info.out().getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(cert);

    Files.writeString(dir.resolve("key.pem"), key.exportPkcs8Pem(InsecureSecretAccess.get()));
    Files.writeString(dir.resolve("cert.pem"), Sm2Certificates.toPem(cert));
    OpenSsl.run(
            dir,
            "pkcs12",
            "-export",
            "-inkey",
            "key.pem",
            "-in",
            "cert.pem",
            "-name",
            "from-openssl",
            "-passout",
            "pass:pw",
            "-out",
            "theirs.p12")
        .assertOk();
    Pkcs12KeyProvider theirs =
        Pkcs12KeyProvider.open(dir.resolve("theirs.p12"), "pw".toCharArray());
    assertThat(theirs.aliases()).containsExactly("from-openssl");
    assertThat(theirs.sm2Key("from-openssl").publicKey()).isEqualTo(key.publicKey());
  }

  @Test
  void theJdkOwnPkcs12KeyStoreCannotParseSm2Certificates() throws Exception {
    // Documents a JDK limitation (see Pkcs12KeyProvider): SunEC does not know sm2p256v1.
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // An ASCII password: the JDK's PBES2 refuses others ("Password is not ASCII").
    char[] ascii = "changeit".toCharArray();
    Pkcs12KeyProvider.writer().add("k", key, List.of(selfSigned(key, "jdk"))).write(out, ascii);
    KeyStore jdk = KeyStore.getInstance("PKCS12");
    assertThat(jdk.getProvider().getName()).isEqualTo("SUN");
    assertThatThrownBy(() -> jdk.load(new ByteArrayInputStream(out.toByteArray()), ascii))
        .rootCause()
        .hasMessageContaining("Unknown named curve: 1.2.156.10197.1.301");
  }

  @Test
  void pkcs12ErrorsNameTheFileAndTheProblem(@TempDir Path dir) throws Exception {
    Sm2PrivateKey key = Canaries.sm2Key();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Pkcs12KeyProvider.writer().add("k", key, List.of(selfSigned(key, "x"))).write(out, PASSWORD);
    byte[] good = out.toByteArray();
    char[] wrong = Canaries.KEYSTORE_PASSWORD.toCharArray();
    assertThatThrownBy(() -> Pkcs12KeyProvider.load(good, wrong, "keys.p12"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageContaining("keys.p12: wrong password")
        .hasMessageNotContaining(Canaries.KEYSTORE_PASSWORD)
        .hasMessageNotContaining(Canaries.SM2_D_HEX);
    byte[] tampered = good.clone();
    tampered[tampered.length / 2] ^= 1;
    assertThatThrownBy(() -> Pkcs12KeyProvider.load(tampered, PASSWORD, "keys.p12"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageStartingWith("keys.p12: ");
    assertThatThrownBy(
            () ->
                Pkcs12KeyProvider.load(
                    "not a keystore".getBytes(StandardCharsets.US_ASCII), PASSWORD, "junk.p12"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageStartingWith("junk.p12: ");
    assertThatThrownBy(() -> Pkcs12KeyProvider.open(dir.resolve("missing.p12"), PASSWORD))
        .hasMessageContaining("missing.p12: no such file");
    Pkcs12KeyProvider p = Pkcs12KeyProvider.load(good, PASSWORD, "keys.p12");
    assertThatThrownBy(() -> p.sm2Key("nope"))
        .hasMessage("keys.p12: no key named 'nope' (it holds: k)");
    assertThatThrownBy(() -> p.aead("k"))
        .hasMessageContaining("is an SM2 key pair, not a symmetric key");
    X509Certificate other = selfSigned(Sm2KeyPair.generate().privateKey(), "other");
    assertThatThrownBy(() -> Pkcs12KeyProvider.writer().add("k", key, List.of(other)))
        .hasMessageContaining("for another key");
  }

  @Test
  void fileProviderReadsOpenSslKeysAndSm4KeyFiles(@TempDir Path dir) throws Exception {
    OpenSsl.run(dir, "genpkey", "-algorithm", "SM2", "-out", "signing.pem").assertOk();
    OpenSsl.run(
            dir,
            "req",
            "-x509",
            "-key",
            "signing.pem",
            "-sm3",
            "-subj",
            "/CN=file",
            "-sigopt",
            "distid:1234567812345678",
            "-days",
            "2",
            "-out",
            "signing.crt")
        .assertOk();
    Files.writeString(dir.resolve("kek.hex"), "00112233 44556677 8899aabb ccddeeff\n");
    Files.write(dir.resolve("kek.bin"), Hex.decode("00112233445566778899aabbccddeeff"));
    FileKeyProvider p =
        FileKeyProvider.builder()
            .sm2("signing", dir.resolve("signing.pem"), dir.resolve("signing.crt"))
            .sm4("kek", dir.resolve("kek.hex"))
            .sm4("kek-raw", dir.resolve("kek.bin"))
            .build();
    assertThat(p.aliases()).containsExactly("signing", "kek", "kek-raw");
    assertSignsAndDecrypts(p.sm2Key("signing"));
    assertThat(p.certificateChain("signing")).hasSize(1);
    Aead hex = p.aead("kek");
    assertThat(p.aead("kek-raw").decrypt(hex.encrypt(MSG, null), null)).isEqualTo(MSG);
    assertThat(FileKeyProvider.sm2(dir.resolve("signing.pem")).aliases())
        .containsExactly("signing");
    // OpenSSL verifies what the file key signs (split signing through the handle).
    Files.write(dir.resolve("msg"), MSG);
    Files.write(dir.resolve("sig"), p.sm2Key("signing").sign(MSG));
    OpenSsl.run(dir, "pkey", "-in", "signing.pem", "-pubout", "-out", "pub.pem").assertOk();
    OpenSsl.Result v =
        OpenSsl.run(
            dir,
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "pub.pem",
            "-rawin",
            "-digest",
            "sm3",
            "-pkeyopt",
            "distid:1234567812345678",
            "-in",
            "msg",
            "-sigfile",
            "sig");
    assertThat(v.out()).as(v.stderr()).contains("Signature Verified Successfully");
  }

  @Test
  void fileProviderErrorsNameTheFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("short.hex"), "0011");
    Files.writeString(dir.resolve("junk.hex"), "zz");
    Files.writeString(
        dir.resolve("junk.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    Files.writeString(dir.resolve("key.pem"), key.exportPkcs8Pem(InsecureSecretAccess.get()));
    Files.writeString(
        dir.resolve("other.crt"),
        Sm2Certificates.toPem(selfSigned(Sm2KeyPair.generate().privateKey(), "o")));
    assertThatThrownBy(() -> FileKeyProvider.builder().sm4("k", dir.resolve("short.hex")).build())
        .isInstanceOf(KeyProviderException.class)
        .hasMessageContaining("short.hex: expected 32 hex digits (16 bytes), found 2 bytes");
    assertThatThrownBy(() -> FileKeyProvider.builder().sm4("k", dir.resolve("junk.hex")).build())
        .hasMessageContaining("junk.hex: expected 32 hex digits or 16 raw bytes");
    assertThatThrownBy(
            () -> FileKeyProvider.builder().sm2("k", dir.resolve("junk.pem"), null).build())
        .hasMessageContaining("SM2 key file " + dir.resolve("junk.pem"));
    assertThatThrownBy(
            () -> FileKeyProvider.builder().sm2("k", dir.resolve("nope.pem"), null).build())
        .hasMessageContaining("nope.pem: no such file");
    assertThatThrownBy(
            () ->
                FileKeyProvider.builder()
                    .sm2("k", dir.resolve("key.pem"), dir.resolve("other.crt"))
                    .build())
        .hasMessageContaining("other.crt: the first certificate is for another key");
    assertThatThrownBy(
            () ->
                FileKeyProvider.builder()
                    .sm2("k", dir.resolve("key.pem"), dir.resolve("junk.hex"))
                    .build())
        .hasMessageContaining("certificate file " + dir.resolve("junk.hex"));
  }

  @Test
  void inMemoryProviderKeepsKindsApart() throws Exception {
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    InMemoryKeyProvider p =
        InMemoryKeyProvider.builder().sm2("sig", key).sm4("kek", Sm4Key.generate()).build();
    assertThat(p.aliases()).containsExactly("sig", "kek");
    assertThat(p.kindOf("kek")).isEqualTo(KeyKind.SECRET_KEY);
    assertThatThrownBy(() -> p.sm2Key("kek"))
        .hasMessageContaining("'kek' is a symmetric key, not an SM2 key pair");
    assertThatThrownBy(() -> InMemoryKeyProvider.builder().sm2("a", key).sm2("a", key))
        .hasMessageContaining("duplicate alias 'a'");
    assertSignsAndDecrypts(p.sm2Key("sig"));
    assertThat(p.sm2Key("sig").toString())
        .doesNotContain(key.exportHex(InsecureSecretAccess.get()));
  }

  @Test
  void sdfKeysSignAndDecryptInsideTheDevice() throws Exception {
    SoftSdfDevice device = new SoftSdfDevice("1234".toCharArray(), 1, 2);
    SdfKeyProvider p =
        SdfKeyProvider.builder(device, "SDF card").key(1, "1234".toCharArray()).build();
    assertThat(p.aliases()).containsExactly("sign-1", "enc-1");
    Sm2SigningKeyHandle sign = p.sm2SigningKey("sign-1");
    Sm2DecryptingKeyHandle enc = p.sm2DecryptingKey("enc-1");
    assertThat(sign.publicKey()).isNotEqualTo(enc.publicKey());
    // Split signing: Z and e on the host, e signed by the device; any ID works.
    byte[] sig =
        sign.sign(
            MSG,
            "ALICE123@YAHOO.COM".getBytes(StandardCharsets.US_ASCII),
            io.anke.crypto.sm2.Sm2SignatureEncoding.RAW);
    assertThat(
            new Sm2Verifier(sign.publicKey())
                .withId("ALICE123@YAHOO.COM")
                .withEncoding(io.anke.crypto.sm2.Sm2SignatureEncoding.RAW)
                .verify(MSG, sig))
        .isTrue();
    assertThat(device.signCalls.get()).isEqualTo(1);
    byte[] ct = new Sm2Encrypter(enc.publicKey(), Sm2CiphertextFormat.C1C3C2).encrypt(MSG);
    assertThat(enc.decrypt(ct)).isEqualTo(MSG);
    ct[ct.length - 1] ^= 1;
    assertThatThrownBy(() -> enc.decrypt(ct)).isInstanceOf(DecryptionFailedException.class);
    // Each device key offers only its own purpose: the handles have no other operation, and the
    // wrong purpose is refused when the key is asked for, not when it is used.
    assertThat(sign).isNotInstanceOf(Sm2DecryptingKeyHandle.class);
    assertThat(enc).isNotInstanceOf(Sm2SigningKeyHandle.class);
    assertThatThrownBy(() -> p.sm2SigningKey("enc-1"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessage("SDF card: key 'enc-1' is an encryption key and cannot sign");
    assertThatThrownBy(() -> p.sm2DecryptingKey("sign-1"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessage("SDF card: key 'sign-1' is a signing key and cannot decrypt");
    assertThatThrownBy(() -> p.sm2Key("sign-1"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessage("SDF card: key 'sign-1' only signs; ask for it as a signing key");
    assertThatThrownBy(() -> p.sm2Key("enc-1"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessage("SDF card: key 'enc-1' only decrypts; ask for it as a decrypting key");
    assertThatThrownBy(() -> KeyEncryptionKeys.fromProvider(p, "sign-1"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageContaining("cannot decrypt");
    // A certificate whose CA key lives in the device.
    X509Certificate cert = CertificateBuilder.selfSigned("CN=device CA", sign).ca(0).build();
    assertThat(Sm2Certificates.isSignedBy(cert, sign.publicKey(), Sm2.defaultId())).isTrue();
  }

  @Test
  void sdfErrorsCarryTheStandardCodeName() throws Exception {
    SoftSdfDevice device = new SoftSdfDevice("1234".toCharArray(), 1);
    SdfKeyProvider wrongPw =
        SdfKeyProvider.builder(device, "SDF card").key(1, "0000".toCharArray()).build();
    assertThatThrownBy(() -> wrongPw.sm2SigningKey("sign-1").sign(MSG))
        .isInstanceOf(KeyOperationException.class)
        .hasMessageContaining("SDF card key sign-1")
        .hasMessageContaining("0x01000007 SDR_PARDENY (no private key access right)");
    assertThatThrownBy(() -> SdfKeyProvider.builder(device, "SDF card").key(9, null).build())
        .isInstanceOf(KeyProviderException.class)
        .hasMessageContaining("SDR_KEYNOTEXIST");
    assertThat(SdfException.describe(0x0A000001)).contains("vendor-specific");
  }

  @Test
  void pkcs11ConfigurationErrorsAreClear(@TempDir Path dir) throws Exception {
    assertThatThrownBy(
            () -> Pkcs11KeyProvider.open(dir.resolve("libnothing.so"), 0, "1234".toCharArray()))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageContaining("libnothing.so: no such file");
    Path notALibrary = Files.writeString(dir.resolve("libfake.so"), "not an ELF file");
    assertThatThrownBy(() -> Pkcs11KeyProvider.open(notALibrary, 0, "1234".toCharArray()))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageStartingWith("PKCS#11 token libfake.so slot index 0: cannot initialise PKCS#11");
    assertThatThrownBy(() -> Pkcs11KeyProvider.open(notALibrary, -1, "1234".toCharArray()))
        .hasMessageContaining("slot list index must be 0 or more");
  }
}
