package io.anke.crypto.docs;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.field.IndexNormalizer;
import io.anke.crypto.keyset.KeyEncryptionKeys;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.KeysetMac;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.CertificateChainVerifier;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.InMemoryKeyProvider;
import io.anke.crypto.provider.KeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.selftest.SelfTest;
import io.anke.crypto.selftest.SelfTestResult;
import io.anke.crypto.sm2.*;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java blocks of docs/crypto.md, each in the method named after its section, run as written and
 * checked against what the text around the block says. The doc's blocks are held to these lines
 * ({@code <!-- from: ... -->} markers): change a line here and the doc with it.
 */
class CryptoDocExamplesTest {

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  // ---------------------------------------------------------------- SM3 and SM4: Quick start

  @Test
  void sm3OneShotFromAStreamOrPieceByPiece(@TempDir Path dir) throws Exception {
    byte[] header = bytes("header ");
    byte[] body = bytes("and body");
    Path path = Files.write(dir.resolve("data.bin"), bytes("header and body"));

    byte[] d1 = Sm3.digest("abc".getBytes(StandardCharsets.UTF_8));
    String hex = Hex.encode(d1); // 66c7f0f4...8f4ba8e0, lowercase
    assertThat(hex).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    try (InputStream in = Files.newInputStream(path)) {
      byte[] d2 = Sm3.digest(in); // constant memory, any size
      assertThat(d2).isEqualTo(Sm3.digest(bytes("header and body")));
    }
    byte[] d3 = Sm3.newHasher().update(header).update(body).digest();
    assertThat(d3).isEqualTo(Sm3.digest(bytes("header and body")));
  }

  @Test
  void hmacSm3() {
    // RFC 4231 case 1 and 2 inputs; the tags are what OpenSSL 3 computes:
    // openssl mac -digest SM3 -macopt hexkey:0b0b… HMAC (and -macopt key:Jefe)
    byte[] secret = new byte[20];
    Arrays.fill(secret, (byte) 0x0b);
    byte[] message = bytes("Hi There");
    byte[] receivedTag =
        Hex.decode("51b00d1fb49832bfb01c3ce27848e59f871d9ba938dc563b338ca964755cce70");
    byte[] shortKey = bytes("Jefe");
    byte[] part1 = bytes("Hi ");
    byte[] part2 = bytes("There");

    HmacSm3 mac = HmacSm3.withKey(secret); // copies the key; throws if < 16 bytes
    byte[] tag = mac.mac(message); // 32 bytes
    boolean ok = mac.verify(message, receivedTag); // never use Arrays.equals for tags
    HmacSm3 partner = HmacSm3.withInteropKey(shortKey); // any non-empty key, to check others' tags
    byte[] t2 = mac.newSession().update(part1).update(part2).mac();

    assertThat(tag).hasSize(32).isEqualTo(receivedTag);
    assertThat(ok).isTrue();
    assertThat(mac.verify(bytes("Hi there"), receivedTag)).isFalse();
    assertThat(t2).isEqualTo(tag);
    assertThat(
            partner.verify(
                bytes("what do ya want for nothing?"),
                Hex.decode("2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882")))
        .isTrue();
    assertThatThrownBy(() -> HmacSm3.withKey(shortKey))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("at least 16 bytes, got 4");
    Arrays.fill(secret, (byte) 0);
    assertThat(mac.mac(message)).isEqualTo(tag); // withKey copied the key
  }

  @Test
  void sm4GcmTheDefaultWayToEncrypt() throws Exception {
    byte[] plaintext = bytes("card 6222 0000 1111");
    byte[] recordId = bytes("orders/42");

    Sm4Key key = Sm4Key.generate(); // or Sm4Key.fromBytes(16 bytes from your KMS)
    Aead aead = Sm4Gcm.withKey(key); // share it: immutable, thread-safe
    byte[] ct = aead.encrypt(plaintext, recordId); // nonce(12) || ciphertext || tag(16)
    assertThat(ct).hasSize(12 + plaintext.length + 16);
    try {
      byte[] pt = aead.decrypt(ct, recordId); // same associated data, or it fails
      assertThat(pt).isEqualTo(plaintext);
    } catch (DecryptionFailedException e) {
      // wrong key, wrong associated data, or tampered/truncated: one message, no oracle
      fail("decrypting what was just encrypted failed", e);
    }

    // Every failure is the same exception with the same message.
    byte[] tampered = ct.clone();
    tampered[20] ^= 1;
    List<Runnable> failures =
        List.of(
            () -> decrypt(Sm4Gcm.withKey(Sm4Key.generate()), ct, recordId),
            () -> decrypt(aead, ct, bytes("orders/43")),
            () -> decrypt(aead, tampered, recordId),
            () -> decrypt(aead, Arrays.copyOf(ct, ct.length - 1), recordId));
    String message = null;
    for (Runnable r : failures) {
      DecryptionFailedException e = catchDecryptionFailure(r);
      message = message == null ? e.getMessage() : message;
      assertThat(e.getMessage()).isEqualTo(message);
    }
  }

  private static void decrypt(Aead aead, byte[] ct, byte[] ad) {
    try {
      aead.decrypt(ct, ad);
    } catch (DecryptionFailedException e) {
      throw new WrappedFailure(e);
    }
  }

  private static DecryptionFailedException catchDecryptionFailure(Runnable r) {
    try {
      r.run();
    } catch (WrappedFailure w) {
      return (DecryptionFailedException) w.getCause();
    }
    throw new AssertionError("decryption did not fail");
  }

  private static final class WrappedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrappedFailure(DecryptionFailedException cause) {
      super(cause);
    }
  }

  // ---------------------------------------------------------------- Migrating from Hutool SmUtil

  /** A stored row of a table that Hutool's {@code SmUtil.sm4(key).encryptHex(text)} filled. */
  private static final class LegacyRow {
    final long id;
    String cipherHex;
    byte[] ciphertext;

    LegacyRow(long id, String cipherHex) {
      this.id = id;
      this.cipherHex = cipherHex;
    }

    String getCipherHex() {
      return cipherHex;
    }

    void setCiphertext(byte[] ciphertext) {
      this.ciphertext = ciphertext;
      this.cipherHex = null;
    }

    byte[] idBytes() {
      return ByteBuffer.allocate(8).putLong(id).array();
    }
  }

  @Test
  void migrateStoredEcbDataToSm4Gcm() throws Exception {
    // Hutool's habit: the key is the bytes of a 16-character string. The row was written by
    // ECB with PKCS#7 (Hutool's default; here: openssl enc -sm4-ecb -K 3132…3536).
    byte[] oldKey = "1234567890123456".getBytes(US_ASCII);
    byte[] newKey =
        Sm4Key.generate()
            .toBytes(InsecureSecretAccess.get()); // in production from a KMS, not from a string
    LegacyRow row =
        new LegacyRow(42, "02f34dc5d48268446a71139c8251e6e0c03ae6a70dfa33252b6c364e06a8ce33");

    Sm4Ecb legacy = Sm4Ecb.withKey(Sm4Key.fromBytes(oldKey), Padding.PKCS7);
    Aead current = Sm4Gcm.withKey(Sm4Key.fromBytes(newKey)); // a new key, not the ECB one
    // Unauthenticated: DecryptionFailedException only if the padding is bad (corrupt, wrong key)
    byte[] pt = legacy.decrypt(Hex.decode(row.getCipherHex()));
    row.setCiphertext(current.encrypt(pt, row.idBytes())); // bind the ciphertext to its row

    assertThat(new String(pt, UTF_8)).isEqualTo("card 6222 0000 1111");
    assertThat(current.decrypt(row.ciphertext, row.idBytes())).isEqualTo(pt);
    assertThatThrownBy(() -> current.decrypt(row.ciphertext, new LegacyRow(43, "").idBytes()))
        .isInstanceOf(DecryptionFailedException.class);
    byte[] corrupt = Hex.decode("02f34dc5d48268446a71139c8251e6e0c03ae6a70dfa33252b6c364e06a8ce34");
    assertThatThrownBy(() -> legacy.decrypt(corrupt)).isInstanceOf(DecryptionFailedException.class);
  }

  // ---------------------------------------------------------------- SM2: Quick start

  @Test
  void sm2QuickStart() throws Exception {
    byte[] message = bytes("message to sign");
    byte[] secret = Sm4Key.generate().toBytes(InsecureSecretAccess.get());

    Sm2KeyPair pair = Sm2KeyPair.generate();
    // Secret material leaves only with the InsecureSecretAccess token (grep finds every exit).
    String keyPem = pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()); // = genpkey
    String pubPem = pair.publicKey().toSpkiPem(); // same as openssl pkey -pubout

    // Signatures: SM3withSM2, default ID 1234567812345678 (GM/T 0009), DER output.
    Sm2Signer signer = new Sm2Signer(Sm2PrivateKey.fromPem(keyPem));
    byte[] sig = signer.sign(message);
    boolean ok = new Sm2Verifier(Sm2PublicKey.fromPem(pubPem)).verify(message, sig);

    // Another ID or the 64-byte r‖s encoding: with... returns a modified copy.
    Sm2Signer forBank = signer.withId("ALICE123@YAHOO.COM").withEncoding(Sm2SignatureEncoding.RAW);

    // Encryption: C1C3C2 by default; ASN1 for OpenSSL, GmSSL and Kona.
    byte[] c = new Sm2Encrypter(pair.publicKey()).encrypt(secret);
    byte[] m = new Sm2Decrypter(pair.privateKey()).decrypt(c); // DecryptionFailedException
    byte[] forOpenSsl =
        new Sm2Encrypter(pair.publicKey(), Sm2CiphertextFormat.ASN1).encrypt(secret);
    byte[] asRaw =
        Sm2Ciphertexts.convert(forOpenSsl, Sm2CiphertextFormat.ASN1, Sm2CiphertextFormat.C1C3C2);

    assertThat(keyPem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(pubPem).startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(sig[0]).isEqualTo((byte) 0x30); // DER SEQUENCE
    assertThat(sig.length).isBetween(8, 72);
    assertThat(ok).isTrue();
    assertThat(signer.id()).isEqualTo(bytes(Sm2.DEFAULT_ID));
    byte[] raw = forBank.sign(message);
    assertThat(raw).hasSize(64);
    assertThat(
            new Sm2Verifier(pair.publicKey())
                .withId("ALICE123@YAHOO.COM")
                .withEncoding(Sm2SignatureEncoding.RAW)
                .verify(message, raw))
        .isTrue();
    assertThat(new Sm2Verifier(pair.publicKey()).verify(message, Sm2Signatures.rawToDer(raw)))
        .isFalse(); // another ID
    assertThat(signer.encoding()).isEqualTo(Sm2SignatureEncoding.DER); // the copy left it alone
    assertThat(c).hasSize(1 + 64 + 32 + secret.length);
    assertThat(c[0]).isEqualTo((byte) 0x04);
    assertThat(m).isEqualTo(secret);
    assertThat(forOpenSsl[0]).isEqualTo((byte) 0x30);
    assertThat(new Sm2Decrypter(pair.privateKey()).decrypt(asRaw)).isEqualTo(secret);
    c[c.length - 1] ^= 1;
    assertThatThrownBy(() -> new Sm2Decrypter(pair.privateKey()).decrypt(c))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void sm2KeyExchangeWithConfirmation() {
    Sm2PrivateKey aliceKey = Sm2KeyPair.generate().privateKey();
    Sm2PrivateKey bobKey = Sm2KeyPair.generate().privateKey();
    Sm2PublicKey alicePub = aliceKey.publicKey();
    Sm2PublicKey bobPub = bobKey.publicKey();

    Sm2KeyExchange a = Sm2KeyExchange.initiator(aliceKey, "alice@example.cn");
    Sm2KeyExchange b = Sm2KeyExchange.responder(bobKey, "bob@example.cn");
    // A -> B: R_A
    Sm2KeyExchangeResult atB = b.agree(16, alicePub, "alice@example.cn", a.ephemeralPublicKey());
    // B -> A: R_B and S_B
    Sm2KeyExchangeResult atA = a.agree(16, bobPub, "bob@example.cn", b.ephemeralPublicKey());
    if (!atA.verifyPeerConfirmation(atB.confirmation())) {
      throw new IllegalStateException("S_B does not match: abort the exchange");
    }
    // A -> B: S_A
    if (!atB.verifyPeerConfirmation(atA.confirmation())) {
      throw new IllegalStateException("S_A does not match: abort the exchange");
    }
    byte[] k = atA.key(); // equal to atB.key()

    assertThat(k).hasSize(16).isEqualTo(atB.key());
    // agree destroyed the ephemeral keys; the static keys are untouched.
    assertThat(a.isDestroyed()).isTrue();
    assertThat(b.isDestroyed()).isTrue();
    assertThat(aliceKey.isDestroyed()).isFalse();
    // S_B and S_A differ (hash tags 0x02 and 0x03): a side does not accept its own value.
    assertThat(atA.verifyPeerConfirmation(atA.confirmation())).isFalse();
    assertThat(atB.verifyPeerConfirmation(atB.confirmation())).isFalse();
    // The wrong peer ID gives another key and a confirmation that fails.
    Sm2KeyExchange a2 = Sm2KeyExchange.initiator(aliceKey, "alice@example.cn");
    Sm2KeyExchange b2 = Sm2KeyExchange.responder(bobKey, "bob@example.cn");
    Sm2KeyExchangeResult wrong =
        b2.agree(16, alicePub, "mallory@example.cn", a2.ephemeralPublicKey());
    Sm2KeyExchangeResult right = a2.agree(16, bobPub, "bob@example.cn", b2.ephemeralPublicKey());
    assertThat(right.verifyPeerConfirmation(wrong.confirmation())).isFalse();
    assertThat(right.key()).isNotEqualTo(wrong.key());
  }

  @Test
  void splitSigningForHsms() {
    byte[] message = bytes("message to sign");
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2PublicKey publicKey = pair.publicKey();
    Sm2Signer signer = new Sm2Signer(pair.privateKey());
    Sm2Verifier verifier = new Sm2Verifier(publicKey);

    byte[] z = Sm2.computeZ(publicKey, Sm2.DEFAULT_ID); // SM3(ENTL‖ID‖a‖b‖xG‖yG‖xA‖yA)
    byte[] e = Sm2.computeE(z, message); // SM3(Z‖M), the value actually signed
    byte[] sig = signer.signDigest(e); // or send e to the device
    boolean ok = verifier.verifyDigest(e, sig);

    assertThat(ok).isTrue();
    assertThat(z).isEqualTo(signer.z());
    assertThat(e).isEqualTo(Sm3.digest(concat(z, message)));
    assertThat(verifier.verify(message, sig)).isTrue(); // the same as signing the message
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void javaScriptFrontEnd() throws Exception {
    // Made by sm-crypto 0.5.8 (npm) in Node.js:
    //   kp = sm2.generateKeyPairHex()
    //   sm2.doEncrypt('card 6222 0000 1111', kp.publicKey, 1)   (cipherMode 1, its default)
    //   sm2.doSignature('message to sign', kp.privateKey, {hash: true})
    // The private key is a test value made for this test only.
    Sm2PrivateKey key =
        Sm2PrivateKey.fromHex("37e099e96465a6f6076810b4fedbd52ce944d637076e8de2bf995fe6a79fe211");
    String jsPublicKeyHex =
        "04e3579c1db75845acb877b2ecce1f0a4286efbe7354f5177de1f61b8dcc3fb8d0"
            + "9b54e4037f60bb193d6d541bb460cbdcaf02dea38c63aa544474f9b48971c6c4";
    String jsCipherHex =
        "8eda28c2f77770fc187e6dc14d6eb40f37475de6fd61db0c08f9e541f0b0e5f1"
            + "03d29480cd99a9eee361c6842d403010e08612e6bc716de4b3920ed0b3f488c5"
            + "9519350196d35508366d52cfccf38819c2848e294e4631910fce2f02101a785b"
            + "c72bd08c05f39a9501fc4f5c6e4ebcbd745787";
    String jsSignatureHex =
        "bc40532653d77b1702ac10e6f06de69e8af6c075ff5de71040976f8cc03062e5"
            + "7c7b6922273621d5940b8bdf71b6cdccc4f66df1e6875927734d5424a30efd66";
    byte[] message = bytes("message to sign");

    byte[] c = Hex.decode(jsCipherHex); // io.anke.crypto.Hex
    byte[] m = new Sm2Decrypter(key, Sm2CiphertextFormat.C1C3C2_NO_PREFIX).decrypt(c);
    boolean ok =
        new Sm2Verifier(Sm2PublicKey.fromHex(jsPublicKeyHex))
            .withEncoding(Sm2SignatureEncoding.RAW)
            .verify(message, Hex.decode(jsSignatureHex)); // signed with {hash: true}

    assertThat(new String(m, UTF_8)).isEqualTo("card 6222 0000 1111");
    assertThat(ok).isTrue();
    assertThat(key.publicKey()).isEqualTo(Sm2PublicKey.fromHex(jsPublicKeyHex));
    // The ID of {hash: true} is the default one: another ID does not verify.
    assertThat(
            new Sm2Verifier(key.publicKey())
                .withId("ALICE123@YAHOO.COM")
                .withEncoding(Sm2SignatureEncoding.RAW)
                .verify(message, Hex.decode(jsSignatureHex)))
        .isFalse();
  }

  // ---------------------------------------------------------------- Managing keys: 2. Keysets

  @Test
  void keysetsInCode(@TempDir Path dir) throws Exception {
    byte[] plaintext = bytes("card 6222 0000 1111");
    byte[] recordId = bytes("orders/42");
    byte[] record = bytes("2026-11-27T18:18:29Z alice read orders/42");
    KeyProvider provider = InMemoryKeyProvider.builder().sm4("kek", Sm4Key.generate()).build();
    Path path = dir.resolve("orders.keyset");

    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM); // one key, primary, KEY_ID prefix
    Aead aead = ks.aead();
    byte[] ct = aead.encrypt(plaintext, recordId); // 01 ‖ keyId ‖ nonce ‖ ct ‖ tag
    assertThat(ks.keys()).hasSize(1);
    assertThat(ct).hasSize(1 + 4 + 12 + plaintext.length + 16);
    assertThat(ct[0]).isEqualTo((byte) 0x01);
    assertThat(ByteBuffer.wrap(ct, 1, 4).getInt()).isEqualTo(ks.primaryKeyId());

    KeysetHandle next = ks.rotate(); // = addKey() + promote(newestKeyId())
    next.aead().decrypt(ct, recordId); // old data still readable
    assertThat(next.primaryKeyId()).isEqualTo(next.newestKeyId()).isNotEqualTo(ks.primaryKeyId());
    assertThat(next.aead().decrypt(ct, recordId)).isEqualTo(plaintext);
    int old = ks.primaryKeyId();
    KeysetHandle retired = next.disable(old).destroy(old); // each step returns a new handle
    try {
      retired.aead().decrypt(ct, recordId); // KeyUnavailableException: names 'old'
      fail("data under a destroyed key was decrypted");
    } catch (KeyUnavailableException e) {
      assertThat(e.getMessage()).contains(String.format("0x%08x", old)).contains("destroyed");
    }
    assertThat(next.aead().decrypt(ct, recordId)).isEqualTo(plaintext); // next is unchanged

    Aead kek = KeyEncryptionKeys.fromProvider(provider, "kek"); // section 3
    try (OutputStream out = Files.newOutputStream(path)) {
      retired.write(out, kek, "orders".getBytes(UTF_8)); // optional associated data
    }
    KeysetHandle again =
        KeysetHandle.read(Files.newInputStream(path), kek, "orders".getBytes(UTF_8));
    assertThat(again.primaryKeyId()).isEqualTo(retired.primaryKeyId());
    assertThat(again.keys()).isEqualTo(retired.keys());
    assertThatThrownBy(
            () -> KeysetHandle.read(Files.newInputStream(path), kek, "invoices".getBytes(UTF_8)))
        .isInstanceOf(DecryptionFailedException.class);

    KeysetHandle macKeys = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    KeysetMac mac = macKeys.mac(); // thread-safe, share it
    byte[] tag = mac.computeMac(record); // 01 ‖ keyId ‖ HMAC-SM3 (32 bytes)
    boolean ok = macKeys.rotate().mac().verifyMac(tag, record); // true: the tag names its key
    assertThat(tag).hasSize(1 + 4 + 32);
    assertThat(ok).isTrue();
    assertThat(macKeys.rotate().mac().verifyMac(tag, bytes("something else"))).isFalse();
  }

  // ---------------------------------------------------------------- Managing keys: 7. X.509

  @Test
  void x509WithSm2() throws Exception {
    Sm2PrivateKey caPrivateKey = Sm2KeyPair.generate().privateKey();
    Sm2KeyHandle leafKey = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());

    Sm2KeyHandle caKey = Sm2KeyHandle.of(caPrivateKey); // or a device key
    X509Certificate root =
        CertificateBuilder.selfSigned("CN=Example Root CA,O=Example,C=CN", caKey)
            .ca(0)
            .validFor(Duration.ofDays(3650))
            .build();
    CertificateRequest csr =
        CertificateRequest.create("CN=api.example.cn,O=Example,C=CN", leafKey, "api.example.cn");
    byte[] pemBytes = csr.toPem().getBytes(US_ASCII); // sent to the CA
    CertificateRequest received = CertificateRequest.parse(pemBytes); // and check received.verify()
    assertThat(received.verify()).isTrue();
    X509Certificate leaf = CertificateBuilder.fromRequest(received, root, caKey).build();
    List<X509Certificate> path =
        CertificateChainVerifier.trusting(List.of(root)).verify(List.of(leaf));

    assertThat(path).containsExactly(leaf, root);
    assertThat(leaf.getSubjectX500Principal().getName())
        .isEqualTo("CN=api.example.cn,O=Example,C=CN");
    assertThat(leaf.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
    assertThat(root.getBasicConstraints()).isEqualTo(0);
    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
    assertThat(Sm2Certificates.publicKey(leaf)).isEqualTo(leafKey.publicKey());
    assertThat(leaf.getSigAlgOID()).isEqualTo(Sm2.SM3_WITH_SM2_OID);
  }

  // ---------------------------------------------------------------- Managing keys: 8. Columns

  @Test
  void encryptingDatabaseColumns() throws Exception {
    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] indexKey = new byte[32];
    new SecureRandom().nextBytes(indexKey);

    FieldEncryptor fields = FieldEncryptor.create(keyset, "hr.employee"); // an sm4-gcm keyset
    String stored = fields.encryptString("11010519491231002X", "id_number", "42"); // row id 42
    String value = fields.decryptString(stored, "id_number", "42");
    BlindIndex idx =
        BlindIndex.forColumn(indexKey, "hr.employee.id_number", IndexNormalizer.IDENTIFIER);
    String searchKey = idx.computeHex("11010519491231002x"); // equal for x and X

    assertThat(value).isEqualTo("11010519491231002X");
    assertThat(stored).doesNotContain("1101");
    assertThat(searchKey).hasSize(32).isEqualTo(idx.computeHex("11010519491231002X"));
    assertThat(searchKey).isEqualTo(idx.computeHex("110105 19491231 002x"));
    assertThatThrownBy(() -> fields.decryptString(stored, "id_number", "43"))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> fields.decryptString(stored, "name", "42"))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(
            () ->
                FieldEncryptor.create(keyset, "hr.manager")
                    .decryptString(stored, "id_number", "42"))
        .isInstanceOf(DecryptionFailedException.class);
  }

  // ---------------------------------------------------------------- Power-on self-test

  @Test
  void powerOnSelfTest() {
    SelfTestResult r = SelfTest.run(); // first call: runs; later calls: the same result
    if (!r.passed()) {
      throw new IllegalStateException("SM self-test failed: " + r.failures());
    }
    assertThat(r.failures()).isEmpty();
    assertThat(SelfTest.run()).isSameAs(r);
  }
}
