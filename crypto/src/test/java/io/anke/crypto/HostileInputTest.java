package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Mutations.Mutant;
import io.anke.crypto.envelope.CmsEnvelope;
import io.anke.crypto.envelope.CmsSignature;
import io.anke.crypto.envelope.EnvelopeDecrypter;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.keyset.CleartextKeysetHandle;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.password.PasswordHasher;
import io.anke.crypto.pkix.CertificateChainVerifier;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.pkix.CertificateValidationException;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.provider.Pkcs12KeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Ciphertexts;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signatures;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm2.TestRandoms;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Ccm;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4CcmWithNonce;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import io.anke.crypto.streaming.Sm4GcmStreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method of the module that decodes, parses or verifies outside data, fed a few
 * hundred reproducible mutants of a valid input each ({@link Mutations}: bit flips, truncations,
 * insertions, DER tag and length edits, extra and missing elements). Each may only throw what its
 * documentation lists, or answer false; anything else would let hostile input crash a caller that
 * catches the documented type. Verifiers must also never accept a mutated signature where the
 * encoding is unique.
 *
 * <p>The fixtures under {@code io/anke/crypto/hostile/} are real: the key, certificate and
 * certificate request were made with OpenSSL 3.0 ({@code genpkey -algorithm SM2}, {@code req
 * -x509}, {@code req -new} with {@code distid:1234567812345678}); the CMS messages, keysets,
 * envelope, PKCS#12 file, SM4-GCM/CCM, streaming and field ciphertexts and password hash with this
 * library under that key (KEK of the keysets and SM4 key: {@link #KEK}).
 *
 * <p>Fixed seeds make a fixed test only when the inputs are fixed too: every valid input is a
 * committed file or computed deterministically from one (signatures and SM2 ciphertexts from a
 * seeded stream, CBC/ECB/nonce-taking modes from constant IVs and nonces), never made with fresh
 * randomness or the clock, so every run mutates exactly the same bytes ({@link
 * #everyRunMutatesExactlyTheSameBytes}).
 */
class HostileInputTest {
  static final String KEK = "8f1c2d3e4a5b6c7d8e9fa0b1c2d3e4f5";
  static final byte[] CONTENT =
      "hostile input test content / 恶意输入测试内容\n".getBytes(StandardCharsets.UTF_8);

  /** Mutants per parser: enough to reach every field, few enough to keep the suite fast. */
  static final int N = 160;

  @TempDir static Path dir;

  static byte[] resource(String name) {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("hostile/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(resource(name), StandardCharsets.US_ASCII);
  }

  /**
   * A random stream fixed by {@code seed} (SplittableRandom, whose output the JDK specifies), so
   * that signatures and SM2 ciphertexts made here are the same bytes in every run on every JDK.
   */
  static SecureRandom seeded(long seed) {
    return TestRandoms.seeded(seed);
  }

  /** A committed fixture that must still be what its name says: {@code valid} is checked now. */
  static byte[] fixture(String name, Call valid) throws Exception {
    byte[] bytes = resource(name);
    assertThat(valid.accept(bytes)).as("committed fixture %s is valid", name).isTrue();
    return bytes;
  }

  /** What a parser is called with and what it may throw. */
  @FunctionalInterface
  interface Call {
    /** Returns true when the input was accepted (or verified). */
    boolean accept(byte[] input) throws Exception;
  }

  /**
   * A dynamic test feeding every mutant to {@code call}. {@code allowed} are the documented
   * exception types; {@code mustReject} makes an accepted mutant a failure as well.
   */
  /** One parser under test: its mutants, what it may throw, and whether it must reject all. */
  record Case(
      String name, List<Mutant> mutants, boolean mustReject, Call call, Class<?>[] allowed) {}

  /**
   * A parser fed every mutant. {@code allowed} are the documented exception types; {@code
   * mustReject} makes an accepted mutant a failure as well.
   */
  static Case parser(
      String name, List<Mutant> mutants, boolean mustReject, Call call, Class<?>... allowed) {
    return new Case(name, mutants, mustReject, call, allowed);
  }

  static Stream<DynamicTest> run(List<Case> cases) {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  static void check(Case c) {
    List<String> failures = new ArrayList<>();
    for (Mutant m : c.mutants()) {
      try {
        if (c.call().accept(m.bytes()) && c.mustReject()) {
          failures.add(m + ": accepted");
        }
      } catch (Throwable t) {
        if (!isAllowed(t, c.allowed())) {
          failures.add(m + ": " + t.getClass().getName() + ": " + t.getMessage());
        }
      }
    }
    assertThat(failures)
        .as(
            "%s: mutants that escaped the documented failures (%d of %d)",
            c.name(), failures.size(), c.mutants().size())
        .isEmpty();
  }

  static boolean isAllowed(Throwable t, Class<?>... allowed) {
    for (Class<?> c : allowed) {
      if (c.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  static List<Mutant> der(byte[] valid, long seed) {
    return Mutations.of(valid, seed, N);
  }

  static List<Mutant> txt(String valid, long seed) {
    return Mutations.ofText(valid, seed, N);
  }

  /** DER mutants wrapped in PEM again, so that the structure checks behind PEM are reached. */
  static List<Mutant> pemOfDer(String label, byte[] valid, long seed) {
    List<Mutant> out = new ArrayList<>();
    for (Mutant m : Mutations.of(valid, seed, N / 2)) {
      out.add(
          new Mutant(
              m.how() + " inside PEM", pem(label, m.bytes()).getBytes(StandardCharsets.US_ASCII)));
    }
    return out;
  }

  static String pem(String label, byte[] der) {
    String b64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
  }

  static byte[] pemBody(String pem) {
    return java.util.Base64.getMimeDecoder()
        .decode(pem.substring(pem.indexOf("-----\n") + 6, pem.indexOf("-----END")));
  }

  static String s(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** Every case of every factory above, built afresh. */
  static List<Case> allCases() throws Exception {
    List<Case> all = new ArrayList<>();
    all.addAll(sm2KeysAndCodecsCases());
    all.addAll(sm3AndSm4Cases());
    all.addAll(keysetsAndEnvelopesCases());
    all.addAll(pkixAndCmsCases());
    all.addAll(passwordsAndProvidersCases());
    return all;
  }

  /** Per case, in order: SM3 over every mutant (how it was made, its length and its bytes). */
  static java.util.LinkedHashMap<String, String> digestsOfAllMutants() throws Exception {
    java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
    for (Case c : allCases()) {
      Sm3.Hasher sm3 = Sm3.newHasher();
      for (Mutant m : c.mutants()) {
        sm3.update(m.how().getBytes(StandardCharsets.UTF_8));
        sm3.update(java.nio.ByteBuffer.allocate(4).putInt(m.bytes().length).array());
        sm3.update(m.bytes());
      }
      assertThat(out.put(c.name(), Hex.encode(sm3.digest()))).as("case names are unique").isNull();
    }
    return out;
  }

  /**
   * The mutation test is a fixed-seed test only if every run mutates the same bytes: no fixture may
   * be made with fresh randomness (random nonces, salts, stream headers, hedged signatures), an
   * iteration order or the clock. Building every case twice must give the same mutants.
   */
  @Test
  void everyRunMutatesExactlyTheSameBytes() throws Exception {
    var first = digestsOfAllMutants();
    var second = digestsOfAllMutants();
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    List<String> differ =
        first.keySet().stream().filter(k -> !first.get(k).equals(second.get(k))).toList();
    assertThat(differ)
        .as("cases whose mutant inputs (SM3 of all of them) differ when built twice afresh")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> sm2KeysAndCodecs() throws Exception {
    return run(sm2KeysAndCodecsCases());
  }

  static List<Case> sm2KeysAndCodecsCases() throws Exception {
    String keyPem = text("sm2-key.pem");
    String sec1Pem = text("sm2-key-sec1.pem");
    String pubPem = text("sm2-pub.pem");
    String certPem = text("cert.pem");
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(keyPem);
    Sm2PublicKey pub = key.publicKey();
    byte[] pkcs8 = pemBody(keyPem);
    byte[] sec1 = pemBody(sec1Pem);
    byte[] spki = pemBody(pubPem);
    byte[] certDer = pemBody(certPem);
    byte[] message = CONTENT;
    Sm2Signer signer = new Sm2Signer(key).withRandom(seeded(11));
    byte[] derSig = signer.sign(message);
    byte[] rawSig = signer.withEncoding(Sm2SignatureEncoding.RAW).sign(message);
    Sm2Verifier verifier = new Sm2Verifier(pub);
    Sm2Verifier rawVerifier = verifier.withEncoding(Sm2SignatureEncoding.RAW);
    Class<?> cfe = CryptoFormatException.class;

    List<Case> tests = new ArrayList<>();
    tests.add(
        parser(
            "Hex.decode",
            txt(key.exportHex(InsecureSecretAccess.get()), 1),
            false,
            b -> Hex.decode(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromDer PKCS#8",
            der(pkcs8, 2),
            false,
            b -> Sm2PrivateKey.fromDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromDer SEC1",
            der(sec1, 3),
            false,
            b -> Sm2PrivateKey.fromDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromPem PKCS#8",
            txt(keyPem, 4),
            false,
            b -> Sm2PrivateKey.fromPem(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromPem SEC1 (DER mutants)",
            pemOfDer("SM2 PRIVATE KEY", sec1, 5),
            false,
            b -> Sm2PrivateKey.fromPem(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromPemOrDer",
            der(pkcs8, 6),
            false,
            b -> Sm2PrivateKey.fromPemOrDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromRaw",
            der(key.exportRaw(InsecureSecretAccess.get()), 7),
            false,
            b -> Sm2PrivateKey.fromRaw(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PrivateKey.fromHex",
            txt(key.exportHex(InsecureSecretAccess.get()), 8),
            false,
            b -> Sm2PrivateKey.fromHex(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromDer SPKI",
            der(spki, 9),
            false,
            b -> Sm2PublicKey.fromDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromDer certificate",
            der(certDer, 10),
            false,
            b -> Sm2PublicKey.fromDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromPem",
            txt(pubPem, 11),
            false,
            b -> Sm2PublicKey.fromPem(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromPem certificate (DER mutants)",
            pemOfDer("CERTIFICATE", certDer, 12),
            false,
            b -> Sm2PublicKey.fromPem(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromPemOrDer",
            der(spki, 13),
            false,
            b -> Sm2PublicKey.fromPemOrDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromRaw uncompressed",
            der(pub.toUncompressed(), 14),
            false,
            b -> Sm2PublicKey.fromRaw(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromRaw compressed",
            der(pub.toCompressed(), 15),
            false,
            b -> Sm2PublicKey.fromRaw(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2PublicKey.fromHex",
            txt(pub.toHex(), 16),
            false,
            b -> Sm2PublicKey.fromHex(s(b)) != null,
            cfe));
    tests.add(
        parser(
            "Sm2Signatures.derToRaw",
            der(derSig, 17),
            false,
            b -> Sm2Signatures.derToRaw(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2Signatures.rawToDer",
            der(rawSig, 18),
            false,
            b -> Sm2Signatures.rawToDer(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2Signatures.convert DER to RAW",
            der(derSig, 19),
            false,
            b ->
                Sm2Signatures.convert(b, Sm2SignatureEncoding.DER, Sm2SignatureEncoding.RAW)
                    != null,
            cfe));
    // A mutated signature never verifies: both encodings are unique (strict DER, fixed width).
    tests.add(
        parser("Sm2Verifier.verify DER", der(derSig, 20), true, b -> verifier.verify(message, b)));
    tests.add(
        parser(
            "Sm2Verifier.verify RAW", der(rawSig, 21), true, b -> rawVerifier.verify(message, b)));
    tests.add(
        parser(
            "Sm2Verifier.verify(InputStream)",
            der(derSig, 22),
            true,
            b -> verifier.verify(new ByteArrayInputStream(message), b)));
    tests.add(
        parser(
            "Sm2Verifier.verify mutated message",
            der(message, 23),
            true,
            b -> verifier.verify(b, derSig)));
    tests.add(
        parser(
            "Sm2Verifier.verifyDigest",
            der(derSig, 24),
            true,
            b -> verifier.verifyDigest(new byte[32], b)));

    long seed = 30;
    for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
      byte[] c = new Sm2Encrypter(pub, f, seeded(seed)).encrypt(message);
      Sm2Decrypter decrypter = new Sm2Decrypter(key, f);
      tests.add(
          parser(
              "Sm2Ciphertexts.convert from " + f,
              der(c, seed++),
              false,
              b -> Sm2Ciphertexts.convert(b, f, Sm2CiphertextFormat.C1C3C2) != null,
              cfe));
      tests.add(
          parser(
              "Sm2Decrypter.decrypt " + f,
              der(c, seed++),
              true,
              b -> decrypter.decrypt(b) != null,
              DecryptionFailedException.class));
    }
    return tests;
  }

  @TestFactory
  Stream<DynamicTest> sm3AndSm4() throws Exception {
    return run(sm3AndSm4Cases());
  }

  static List<Case> sm3AndSm4Cases() throws Exception {
    Sm4Key key = Sm4Key.fromBytes(Hex.decode(KEK));
    byte[] aad = "aad".getBytes(StandardCharsets.US_ASCII);
    byte[] iv = Hex.decode("000102030405060708090a0b0c0d0e0f");
    byte[] nonce = Hex.decode("0102030405060708090a0b0c");
    Class<?> dfe = DecryptionFailedException.class;
    List<Case> tests = new ArrayList<>();
    HmacSm3 mac = HmacSm3.withKey(key.toBytes(InsecureSecretAccess.get()));
    byte[] tag = mac.mac(CONTENT);
    tests.add(parser("HmacSm3.verify", der(tag, 40), true, b -> mac.verify(CONTENT, b)));
    Sm4Gcm gcm = Sm4Gcm.withKey(key);
    tests.add(
        parser(
            "Sm4Gcm.decrypt",
            der(fixture("sm4-gcm.bin", b -> Arrays.equals(gcm.decrypt(b, aad), CONTENT)), 41),
            true,
            b -> gcm.decrypt(b, aad) != null,
            dfe));
    Sm4Ccm ccm = Sm4Ccm.withKey(key);
    tests.add(
        parser(
            "Sm4Ccm.decrypt",
            der(fixture("sm4-ccm.bin", b -> Arrays.equals(ccm.decrypt(b, aad), CONTENT)), 42),
            true,
            b -> ccm.decrypt(b, aad) != null,
            dfe));
    Sm4GcmWithNonce gcmN = Sm4GcmWithNonce.withKey(key);
    tests.add(
        parser(
            "Sm4GcmWithNonce.decrypt",
            der(gcmN.encrypt(nonce, CONTENT, aad), 43),
            true,
            b -> gcmN.decrypt(nonce, b, aad) != null,
            dfe));
    Sm4CcmWithNonce ccmN = Sm4CcmWithNonce.withKey(key);
    tests.add(
        parser(
            "Sm4CcmWithNonce.decrypt",
            der(ccmN.encrypt(nonce, CONTENT, aad), 44),
            true,
            b -> ccmN.decrypt(nonce, b, aad) != null,
            dfe));
    Sm4Cbc cbc = Sm4Cbc.withKey(key);
    byte[] cbcCt = cbc.encrypt(iv, CONTENT);
    tests.add(
        parser("Sm4Cbc.decrypt", der(cbcCt, 45), false, b -> cbc.decrypt(iv, b) != null, dfe));
    tests.add(
        parser(
            "Sm4Cbc.decrypt(InputStream)",
            der(cbcCt, 46),
            false,
            b -> cbc.decrypt(iv, new ByteArrayInputStream(b), new ByteArrayOutputStream()) >= 0,
            dfe,
            IOException.class));
    Sm4Ecb ecb = Sm4Ecb.withKey(key, Padding.PKCS7);
    byte[] ecbCt = ecb.encrypt(CONTENT);
    tests.add(parser("Sm4Ecb.decrypt", der(ecbCt, 47), false, b -> ecb.decrypt(b) != null, dfe));
    tests.add(
        parser(
            "Sm4Ecb.decrypt(InputStream)",
            der(ecbCt, 48),
            false,
            b -> ecb.decrypt(new ByteArrayInputStream(b), new ByteArrayOutputStream()) >= 0,
            dfe,
            IOException.class));
    tests.add(
        parser(
            "Sm4Key.fromBytes",
            der(key.toBytes(InsecureSecretAccess.get()), 49),
            false,
            b -> Sm4Key.fromBytes(b) != null,
            CryptoFormatException.class));

    Sm4GcmStreamingAead streaming =
        Sm4GcmStreamingAead.create(key.toBytes(InsecureSecretAccess.get()), 64);
    byte[] sct =
        fixture(
            "sm4-gcm-streaming.bin",
            b -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              streaming.decrypt(new ByteArrayInputStream(b), out, aad);
              return Arrays.equals(out.toByteArray(), CONTENT);
            });
    tests.add(
        parser(
            "Sm4GcmStreamingAead decrypting stream",
            der(sct, 50),
            true,
            b ->
                streaming.decrypt(new ByteArrayInputStream(b), new ByteArrayOutputStream(), aad)
                    >= 0,
            IOException.class));
    tests.add(
        parser(
            "Sm4GcmStreamingAead.create(byte[])",
            der(key.toBytes(InsecureSecretAccess.get()), 51),
            false,
            b -> Sm4GcmStreamingAead.create(b) != null,
            CryptoFormatException.class));
    return tests;
  }

  @TestFactory
  Stream<DynamicTest> keysetsAndEnvelopes() throws Exception {
    return run(keysetsAndEnvelopesCases());
  }

  static List<Case> keysetsAndEnvelopesCases() throws Exception {
    Aead kek = Sm4Gcm.withKey(Sm4Key.fromBytes(Hex.decode(KEK)));
    byte[] ksAad = "hostile".getBytes(StandardCharsets.US_ASCII);
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(text("sm2-key.pem"));
    Class<?> cfe = CryptoFormatException.class;
    Class<?> dfe = DecryptionFailedException.class;
    List<Case> tests = new ArrayList<>();
    // An encrypted keyset refuses every changed byte (docs/crypto.md, "Keysets in code").
    tests.add(
        parser(
            "KeysetHandle.read sm4",
            txt(text("sm4.keyset"), 60),
            true,
            b -> KeysetHandle.read(new ByteArrayInputStream(b), kek, ksAad) != null,
            cfe,
            dfe));
    tests.add(
        parser(
            "KeysetHandle.read sm2",
            txt(text("sm2.keyset"), 61),
            true,
            b -> KeysetHandle.read(new ByteArrayInputStream(b), kek) != null,
            cfe,
            dfe));
    tests.add(
        parser(
            "KeysetHandle.readPublic",
            txt(text("sm2-public.keyset"), 62),
            false,
            b -> KeysetHandle.readPublic(new ByteArrayInputStream(b)) != null,
            cfe));
    tests.add(
        parser(
            "CleartextKeysetHandle.read",
            txt(text("sm4-cleartext.keyset"), 63),
            false,
            b ->
                CleartextKeysetHandle.read(new ByteArrayInputStream(b), InsecureSecretAccess.get())
                    != null,
            cfe));
    KeysetHandle sm4 =
        KeysetHandle.read(new ByteArrayInputStream(resource("sm4.keyset")), kek, ksAad);
    Aead ksAead = sm4.aead();
    tests.add(
        parser(
            "KeysetAead.decrypt",
            der(resource("sm4-keyset-ciphertext.bin"), 64),
            true,
            b -> ksAead.decrypt(b, "aad".getBytes(StandardCharsets.US_ASCII)) != null,
            dfe));
    // Field ciphertexts as a column holds them: Base64 text, and the bytes behind it.
    FieldEncryptor fields = FieldEncryptor.create(sm4, "hr.employee");
    byte[] rowId = "42".getBytes(StandardCharsets.US_ASCII);
    String fieldText =
        s(fixture(
                "field-ciphertext.txt",
                b -> fields.decryptString(s(b).strip(), "id_number", "42") != null))
            .strip();
    tests.add(
        parser(
            "FieldEncryptor.decryptString",
            txt(fieldText, 67),
            true,
            b -> fields.decryptString(s(b), "id_number", "42") != null,
            dfe));
    tests.add(
        parser(
            "FieldEncryptor.decrypt",
            der(java.util.Base64.getDecoder().decode(fieldText), 68),
            true,
            b -> fields.decrypt(b, "id_number", rowId) != null,
            dfe));
    KeysetHandle sm2 = KeysetHandle.read(new ByteArrayInputStream(resource("sm2.keyset")), kek);
    var ksVerifier = sm2.verifier();
    tests.add(
        parser(
            "KeysetVerifier.verify",
            der(resource("sm2-keyset-signature.bin"), 65),
            true,
            b -> ksVerifier.verify(CONTENT, b),
            dfe));
    EnvelopeDecrypter envelopes = new EnvelopeDecrypter(Sm2KeyHandle.of(key));
    tests.add(
        parser(
            "EnvelopeDecrypter.decrypt",
            der(resource("envelope.bin"), 66),
            true,
            b -> envelopes.decrypt(b, "aad".getBytes(StandardCharsets.US_ASCII)) != null,
            dfe));
    return tests;
  }

  @TestFactory
  Stream<DynamicTest> pkixAndCms() throws Exception {
    return run(pkixAndCmsCases());
  }

  static List<Case> pkixAndCmsCases() throws Exception {
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(text("sm2-key.pem"));
    String certPem = text("cert.pem");
    X509Certificate cert = Sm2Certificates.parse(certPem.getBytes(StandardCharsets.US_ASCII));
    byte[] certDer = cert.getEncoded();
    String csrPem = text("csr.pem");
    byte[] csrDer = pemBody(csrPem);
    Class<?> cfe = CryptoFormatException.class;
    List<Case> tests = new ArrayList<>();
    tests.add(
        parser(
            "Sm2Certificates.parse DER",
            der(certDer, 70),
            false,
            b -> Sm2Certificates.parse(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2Certificates.parse PEM",
            txt(certPem, 71),
            false,
            b -> Sm2Certificates.parse(b) != null,
            cfe));
    tests.add(
        parser(
            "Sm2Certificates.parseAll PEM (DER mutants)",
            pemOfDer("CERTIFICATE", certDer, 72),
            false,
            b -> !Sm2Certificates.parseAll(b).isEmpty(),
            cfe));
    // What a parsed (mutated) certificate then offers: its key, its signature, its chain.
    CertificateChainVerifier chains =
        CertificateChainVerifier.trusting(List.of(cert))
            .at(cert.getNotBefore().toInstant().plusSeconds(60));
    tests.add(
        parser(
            "certificate accessors after parse",
            der(certDer, 73),
            false,
            b -> {
              X509Certificate c;
              try {
                c = Sm2Certificates.parse(b);
              } catch (CryptoFormatException e) {
                return false;
              }
              Sm2Certificates.isSignedBy(c, key.publicKey());
              Sm2Certificates.sm3Fingerprint(c);
              Sm2Certificates.subjectOf(c);
              try {
                Sm2Certificates.publicKey(c);
              } catch (CryptoFormatException e) {
                // documented: not an SM2 key
              }
              try {
                chains.verify(List.of(c));
              } catch (CertificateValidationException e) {
                // documented
              }
              return true;
            },
            cfe));
    tests.add(
        parser(
            "CertificateRequest.parse DER + accessors",
            der(csrDer, 74),
            false,
            b -> csrUse(CertificateRequest.parse(b)),
            cfe));
    tests.add(
        parser(
            "CertificateRequest.parse PEM + accessors",
            txt(csrPem, 75),
            false,
            b -> csrUse(CertificateRequest.parse(b)),
            cfe));

    byte[] signed = resource("cms-signed.der");
    byte[] detached = resource("cms-signed-detached-gmt0010.der");
    Class<?> sig = SignatureException.class;
    tests.add(
        parser(
            "CmsSignature.verify attached",
            der(signed, 76),
            false,
            b -> CmsSignature.verify(b, null) != null,
            cfe,
            sig));
    tests.add(
        parser(
            "CmsSignature.verify detached GM/T 0010",
            der(detached, 77),
            false,
            b -> CmsSignature.verify(b, CONTENT) != null,
            cfe,
            sig));
    tests.add(
        parser(
            "CmsSignature.verify PEM",
            txt(pem("CMS", signed), 78),
            false,
            b -> CmsSignature.verify(b, null) != null,
            cfe,
            sig));
    tests.add(
        parser(
            "CmsSignature.verify mutated detached content",
            der(CONTENT, 79),
            true,
            b -> CmsSignature.verify(detached, b) != null,
            cfe,
            sig));
    Sm2KeyHandle handle = Sm2KeyHandle.of(key);
    byte[] enveloped = resource("cms-enveloped.der");
    tests.add(
        parser(
            "CmsEnvelope.decrypt",
            der(enveloped, 80),
            false,
            b -> CmsEnvelope.decrypt(b, cert, handle) != null,
            cfe,
            DecryptionFailedException.class));
    return tests;
  }

  static boolean csrUse(CertificateRequest r) {
    r.verify();
    r.subject();
    r.publicKey();
    r.dnsNames();
    r.encoded();
    return true;
  }

  @TestFactory
  Stream<DynamicTest> passwordsAndProviders() throws Exception {
    return run(passwordsAndProvidersCases());
  }

  static List<Case> passwordsAndProvidersCases() throws Exception {
    List<Case> tests = new ArrayList<>();
    PasswordHasher hasher = PasswordHasher.withIterations(10_000);
    char[] password = "correct horse battery staple".toCharArray();
    String hash =
        s(fixture("password-hash.txt", b -> hasher.verify(password, s(b).strip()))).strip();
    Class<?> cfe = CryptoFormatException.class;
    tests.add(
        parser(
            "PasswordHasher.verify / needsRehash / iterationsOf",
            Mutations.ofText(hash, 90, 120),
            true,
            b -> {
              String h = s(b);
              int iterations = PasswordHasher.iterationsOf(h);
              hasher.needsRehash(h);
              // Long mutated counts are parsed above; only verify cheap ones here.
              return iterations <= 100_000 && hasher.verify(password, h);
            },
            cfe));

    Class<?> kpe = KeyProviderException.class;
    byte[] keyPem = resource("sm2-key.pem");
    tests.add(
        parser(
            "FileKeyProvider.readSm2PrivateKey",
            txt(s(keyPem), 91),
            false,
            b -> FileKeyProvider.readSm2PrivateKey(write("k.pem", b)) != null,
            kpe));
    tests.add(
        parser(
            "FileKeyProvider.readSm4Key",
            txt(KEK + "\n", 92),
            false,
            b -> FileKeyProvider.readSm4Key(write("k.hex", b)) != null,
            kpe));
    tests.add(
        parser(
            "FileKeyProvider.readCertificates",
            txt(text("cert.pem"), 93),
            false,
            b -> !FileKeyProvider.readCertificates(write("c.pem", b)).isEmpty(),
            kpe));
    tests.add(
        parser(
            "Pkcs12KeyProvider.load",
            Mutations.of(resource("keys.p12"), 94, 40),
            false,
            b -> Pkcs12KeyProvider.load(b, "hostile-p12".toCharArray(), "p12") != null,
            kpe));
    return tests;
  }

  static Path write(String name, byte[] data) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, data);
    return p;
  }
}
