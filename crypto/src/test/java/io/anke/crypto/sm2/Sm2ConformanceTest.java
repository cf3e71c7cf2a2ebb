package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.internal.EncryptionMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import io.anke.crypto.sm3.Sm3Kdf;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What GB/T 32918 requires beyond the worked examples, and what a broken random source must not
 * give away: the all-zero key stream of decryption step B4, hedged nonces for signing, encryption
 * and key exchange, and the roles of the key-exchange confirmation values against an independent
 * implementation.
 */
class Sm2ConformanceTest {
  static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(4242));
  static final BigInteger N = Sm2Domain.SM2P256V1.getN();

  @TempDir Path dir;

  /**
   * A ciphertext of a one-byte message whose key stream t = KDF(x2 ‖ y2, 8) is all zero, made as an
   * attacker with the public key would: search k until t is zero, then C2 = M ⊕ t = M.
   */
  static byte[] allZeroKeyStreamCiphertext(byte m) {
    ECPoint p = PAIR.publicKey().point();
    for (int k = 1; k < 100_000; k++) {
      BigInteger kv = BigInteger.valueOf(k);
      ECPoint shared = p.multiply(kv).normalize();
      byte[] xy = new byte[64];
      System.arraycopy(shared.getEncoded(false), 1, xy, 0, 64);
      if (Sm3Kdf.derive(xy, 1)[0] != 0) {
        continue;
      }
      byte[] c1 = Sm2Domain.SM2P256V1.getG().multiply(kv).normalize().getEncoded(false);
      SM3Digest d = new SM3Digest();
      d.update(xy, 0, 32);
      d.update(m);
      d.update(xy, 32, 32);
      byte[] c3 = new byte[32];
      d.doFinal(c3, 0);
      byte[] out = new byte[65 + 32 + 1];
      System.arraycopy(c1, 0, out, 0, 65);
      System.arraycopy(c3, 0, out, 65, 32);
      out[97] = m; // C2 = M xor 0
      return out;
    }
    throw new AssertionError("no all-zero key stream found");
  }

  @Test
  void decryptionRefusesAnAllZeroKeyStreamLikeAWrongC3() throws Exception {
    byte[] c = allZeroKeyStreamCiphertext((byte) 'A');
    Sm2Decrypter decrypter = new Sm2Decrypter(PAIR.privateKey());
    // The one failure of decryption, with the message of a C3 mismatch: nothing tells them apart.
    assertThatThrownBy(() -> decrypter.decrypt(c))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage("decryption failed: " + EncryptionMath.FAILURE);
    byte[] wrongC3 = c.clone();
    wrongC3[70] ^= 1;
    assertThatThrownBy(() -> decrypter.decrypt(wrongC3))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage("decryption failed: " + EncryptionMath.FAILURE);
    // In every other layout too.
    for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
      byte[] other = Sm2Ciphertexts.convert(c, Sm2CiphertextFormat.C1C3C2, f);
      assertThatThrownBy(() -> new Sm2Decrypter(PAIR.privateKey(), f).decrypt(other))
          .as("%s", f)
          .isInstanceOf(DecryptionFailedException.class);
    }
  }

  @Test
  void openSslRefusesTheSameAllZeroKeyStreamCiphertext() throws Exception {
    assertThat(OpenSsl.available()).as("OpenSSL 3 command line on PATH").isTrue();
    byte[] c = allZeroKeyStreamCiphertext((byte) 'A');
    Files.writeString(
        dir.resolve("k.pem"), PAIR.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
    Files.write(
        dir.resolve("c.der"),
        Sm2Ciphertexts.convert(c, Sm2CiphertextFormat.C1C3C2, Sm2CiphertextFormat.ASN1));
    OpenSsl.Result r =
        OpenSsl.run(dir, "pkeyutl", "-decrypt", "-inkey", "k.pem", "-in", "c.der", "-out", "m");
    assertThat(r.exit()).as("OpenSSL: %s", r.output()).isNotZero();
    // A well-formed ciphertext of the same kind decrypts there, so the refusal is about t.
    Files.write(
        dir.resolve("good.der"),
        new Sm2Encrypter(PAIR.publicKey(), Sm2CiphertextFormat.ASN1).encrypt(new byte[] {'A'}));
    OpenSsl.ok(dir, "pkeyutl", "-decrypt", "-inkey", "k.pem", "-in", "good.der", "-out", "m");
  }

  static SecureRandom sha1prng(long seed) throws Exception {
    SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
    r.setSeed(seed); // before the first use: the stream is then fully determined by the seed
    return r;
  }

  @Test
  void twoSignersWithAlikeSeededRandomsDoNotGiveTheKeyAway() throws Exception {
    // Two processes sign different messages, each with a SHA1PRNG seeded alike (a fixed seed, a
    // cloned VM). With k taken from the random source alone both used the same k, and then
    // d = (s2 - s1) / (s1 - s2 + r1 - r2) mod n.
    Sm2Signer first =
        new Sm2Signer(PAIR.privateKey())
            .withEncoding(Sm2SignatureEncoding.RAW)
            .withRandom(sha1prng(2024));
    Sm2Signer second =
        new Sm2Signer(PAIR.privateKey())
            .withEncoding(Sm2SignatureEncoding.RAW)
            .withRandom(sha1prng(2024));
    byte[] m1 = "pay 100 to alice".getBytes(StandardCharsets.UTF_8);
    byte[] m2 = "pay 100 to mallory".getBytes(StandardCharsets.UTF_8);
    byte[] sig1 = first.sign(m1);
    byte[] sig2 = second.sign(m2);
    Sm2Verifier verifier = new Sm2Verifier(PAIR.publicKey()).withEncoding(Sm2SignatureEncoding.RAW);
    assertThat(verifier.verify(m1, sig1)).isTrue();
    assertThat(verifier.verify(m2, sig2)).isTrue();

    BigInteger r1 = new BigInteger(1, java.util.Arrays.copyOfRange(sig1, 0, 32));
    BigInteger s1 = new BigInteger(1, java.util.Arrays.copyOfRange(sig1, 32, 64));
    BigInteger r2 = new BigInteger(1, java.util.Arrays.copyOfRange(sig2, 0, 32));
    BigInteger s2 = new BigInteger(1, java.util.Arrays.copyOfRange(sig2, 32, 64));
    BigInteger e1 = new BigInteger(1, Sm2.computeE(first.z(), m1));
    BigInteger e2 = new BigInteger(1, Sm2.computeE(second.z(), m2));
    // x1 of kG is r - e: different points, so different k.
    assertThat(r1.subtract(e1).mod(N)).isNotEqualTo(r2.subtract(e2).mod(N));
    BigInteger denominator = s1.subtract(s2).add(r1).subtract(r2).mod(N);
    if (denominator.signum() != 0) {
      BigInteger recovered = s2.subtract(s1).multiply(denominator.modInverse(N)).mod(N);
      ECPoint candidate = Sm2Domain.SM2P256V1.getG().multiply(recovered).normalize();
      assertThat(candidate).isNotEqualTo(PAIR.publicKey().point());
    }
  }

  @Test
  void twoEncryptersWithAlikeSeededRandomsUseDifferentKeyStreams() throws Exception {
    // With the same k, C1 and the key stream t repeat and C2a xor C2b is the xor of the messages.
    byte[] ma = "card 6222 0000 1111 2222".getBytes(StandardCharsets.US_ASCII);
    byte[] mb = "card 6222 0000 3333 4444".getBytes(StandardCharsets.US_ASCII);
    byte[] a =
        new Sm2Encrypter(PAIR.publicKey(), Sm2CiphertextFormat.C1C3C2, sha1prng(7)).encrypt(ma);
    byte[] b =
        new Sm2Encrypter(PAIR.publicKey(), Sm2CiphertextFormat.C1C3C2, sha1prng(7)).encrypt(mb);
    assertThat(java.util.Arrays.copyOf(a, 65)).isNotEqualTo(java.util.Arrays.copyOf(b, 65));
    byte[] xor = new byte[ma.length];
    for (int i = 0; i < xor.length; i++) {
      xor[i] = (byte) (a[97 + i] ^ b[97 + i]);
    }
    byte[] plainXor = new byte[ma.length];
    for (int i = 0; i < plainXor.length; i++) {
      plainXor[i] = (byte) (ma[i] ^ mb[i]);
    }
    assertThat(xor).isNotEqualTo(plainXor);
    assertThat(new Sm2Decrypter(PAIR.privateKey()).decrypt(a)).isEqualTo(ma);
    assertThat(new Sm2Decrypter(PAIR.privateKey()).decrypt(b)).isEqualTo(mb);
  }

  @Test
  void keyExchangesOfTwoPartiesWithAlikeSeededRandomsUseDifferentEphemeralKeys() throws Exception {
    Sm2KeyPair other = Sm2KeyPair.generate(TestRandoms.seeded(4243));
    Sm2KeyExchange a =
        Sm2KeyExchange.create(
            Sm2KeyExchange.Role.INITIATOR, PAIR.privateKey(), Sm2.defaultId(), sha1prng(99));
    Sm2KeyExchange b =
        Sm2KeyExchange.create(
            Sm2KeyExchange.Role.INITIATOR, other.privateKey(), Sm2.defaultId(), sha1prng(99));
    assertThat(a.ephemeralPublicKey()).isNotEqualTo(b.ephemeralPublicKey());
  }

  @Test
  void signaturesStayRandomisedWithAWorkingRandomSource() {
    Sm2Signer signer = new Sm2Signer(PAIR.privateKey());
    byte[] m = "same message".getBytes(StandardCharsets.US_ASCII);
    byte[] a = signer.sign(m);
    byte[] b = signer.sign(m);
    assertThat(a).isNotEqualTo(b);
    assertThat(new Sm2Verifier(PAIR.publicKey()).verify(m, a)).isTrue();
    assertThat(new Sm2Verifier(PAIR.publicKey()).verify(m, b)).isTrue();
    byte[] c1 = new Sm2Encrypter(PAIR.publicKey()).encrypt(m);
    byte[] c2 = new Sm2Encrypter(PAIR.publicKey()).encrypt(m);
    assertThat(c1).isNotEqualTo(c2);
  }

  @Test
  void theStreamVerifierRejectsWhatTheArrayVerifierRejects() throws Exception {
    byte[] m = "streamed".getBytes(StandardCharsets.US_ASCII);
    byte[] sig = new Sm2Signer(PAIR.privateKey()).sign(m);
    Sm2Verifier v = new Sm2Verifier(PAIR.publicKey());
    assertThat(v.verify(new ByteArrayInputStream(m), sig)).isTrue();
    byte[] other = "streamex".getBytes(StandardCharsets.US_ASCII);
    assertThat(v.verify(new ByteArrayInputStream(other), sig)).isFalse();
    assertThat(v.verify(new ByteArrayInputStream(m), new byte[70])).isFalse();
    assertThat(v.withId("another").verify(new ByteArrayInputStream(m), sig)).isFalse();
  }

  @Test
  void keyExchangeThroughThePublicApiInteroperatesWithBouncyCastleInEitherRole() {
    // Bouncy Castle's SM2KeyExchange as the peer, with its own ephemeral key: our initiator must
    // send what BC's responder expects (S_A, tag 0x03) and accept BC's S_B (tag 0x02), and the
    // other way round. Swapping the two values breaks both directions.
    Sm2KeyPair bobStatic = Sm2KeyPair.generate(TestRandoms.seeded(5151));
    BigInteger bobR = new BigInteger(1, new byte[] {0x3c, 0x7a, 0x11, 0x5e, 0x02, 0x44, 0x19});
    for (Sm2KeyExchange.Role role : Sm2KeyExchange.Role.values()) {
      boolean weInitiate = role == Sm2KeyExchange.Role.INITIATOR;
      Sm2KeyExchange ours =
          Sm2KeyExchange.create(
              role,
              PAIR.privateKey(),
              "alice".getBytes(StandardCharsets.US_ASCII),
              new SecureRandom());
      org.bouncycastle.crypto.agreement.SM2KeyExchange bc =
          new org.bouncycastle.crypto.agreement.SM2KeyExchange();
      var dom = Sm2Domain.SM2P256V1;
      bc.init(
          new org.bouncycastle.crypto.params.ParametersWithID(
              new org.bouncycastle.crypto.params.SM2KeyExchangePrivateParameters(
                  !weInitiate,
                  new org.bouncycastle.crypto.params.ECPrivateKeyParameters(
                      bobStatic.privateKey().d(), dom),
                  new org.bouncycastle.crypto.params.ECPrivateKeyParameters(bobR, dom)),
              "bob".getBytes(StandardCharsets.US_ASCII)));
      var ourPublic =
          new org.bouncycastle.crypto.params.ParametersWithID(
              new org.bouncycastle.crypto.params.SM2KeyExchangePublicParameters(
                  new org.bouncycastle.crypto.params.ECPublicKeyParameters(
                      PAIR.publicKey().point(), dom),
                  new org.bouncycastle.crypto.params.ECPublicKeyParameters(
                      ours.ephemeralPublicKey().point(), dom)),
              "alice".getBytes(StandardCharsets.US_ASCII));
      Sm2PublicKey bobEphemeral = new Sm2PublicKey(dom.getG().multiply(bobR).normalize());
      if (weInitiate) {
        byte[][] atBob = bc.calculateKeyWithConfirmation(128, null, ourPublic); // K, S_B, S_2
        Sm2KeyExchangeResult atUs = ours.agree(16, bobStatic.publicKey(), "bob", bobEphemeral);
        assertThat(atUs.key()).isEqualTo(atBob[0]);
        assertThat(atUs.verifyPeerConfirmation(atBob[1])).as("S_B from BC").isTrue();
        assertThat(atUs.confirmation()).as("our S_A").isEqualTo(atBob[2]);
      } else {
        Sm2KeyExchangeResult atUs = ours.agree(16, bobStatic.publicKey(), "bob", bobEphemeral);
        // BC's initiator checks our S_B (it throws on a mismatch) and answers with S_A.
        byte[][] atBob = bc.calculateKeyWithConfirmation(128, atUs.confirmation(), ourPublic);
        assertThat(atUs.key()).isEqualTo(atBob[0]);
        assertThat(atUs.verifyPeerConfirmation(atBob[1])).as("S_A from BC").isTrue();
      }
      assertThat(ours.isDestroyed()).as("ephemeral key destroyed after agree").isTrue();
    }
  }
}
