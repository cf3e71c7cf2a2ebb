package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Round trips, conversions, tamper rejection and differential checks against Bouncy Castle's {@code
 * SM2Signer} and {@code SM2Engine} used directly.
 */
class Sm2PropertiesTest {
  static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(300));
  static final Sm2Signer SIGNER = new Sm2Signer(PAIR.privateKey());
  static final Sm2Verifier VERIFIER = new Sm2Verifier(PAIR.publicKey());
  static final ECPrivateKeyParameters BC_PRIVATE =
      new ECPrivateKeyParameters(
          new BigInteger(1, PAIR.privateKey().exportRaw(InsecureSecretAccess.get())),
          Sm2Domain.SM2P256V1);
  static final ECPublicKeyParameters BC_PUBLIC =
      new ECPublicKeyParameters(
          Sm2Domain.SM2P256V1.getCurve().decodePoint(PAIR.publicKey().toUncompressed()),
          Sm2Domain.SM2P256V1);

  @Property(tries = 150)
  void signaturesVerifyForAnyMessageIdAndEncoding(
      @ForAll @Size(max = 3000) byte[] message,
      @ForAll @Size(max = 64) byte[] id,
      @ForAll Sm2SignatureEncoding encoding) {
    byte[] sig = SIGNER.withId(id).withEncoding(encoding).sign(message);
    Sm2Verifier v = VERIFIER.withId(id).withEncoding(encoding);
    assertThat(v.verify(message, sig)).isTrue();
    Sm2SignatureEncoding other =
        encoding == Sm2SignatureEncoding.DER ? Sm2SignatureEncoding.RAW : Sm2SignatureEncoding.DER;
    byte[] converted = Sm2Signatures.convert(sig, encoding, other);
    assertThat(VERIFIER.withId(id).withEncoding(other).verify(message, converted)).isTrue();
    assertThat(Sm2Signatures.convert(converted, other, encoding)).isEqualTo(sig);
  }

  @Property(tries = 150)
  void anyBitFlipInvalidatesASignature(
      @ForAll @Size(min = 1, max = 200) byte[] message,
      @ForAll Sm2SignatureEncoding encoding,
      @ForAll @IntRange(min = 0, max = 575) int bit) {
    byte[] sig = SIGNER.withEncoding(encoding).sign(message);
    int b = bit % (sig.length * 8);
    sig[b / 8] ^= (byte) (1 << (b % 8));
    assertThat(VERIFIER.withEncoding(encoding).verify(message, sig)).isFalse();
  }

  @Property(tries = 150)
  void encryptionRoundTripsAndConvertsBetweenEveryLayout(
      @ForAll @Size(min = 1, max = 2000) byte[] message,
      @ForAll Sm2CiphertextFormat from,
      @ForAll Sm2CiphertextFormat to)
      throws Exception {
    byte[] c = new Sm2Encrypter(PAIR.publicKey(), from).encrypt(message);
    assertThat(new Sm2Decrypter(PAIR.privateKey(), from).decrypt(c)).isEqualTo(message);
    byte[] converted = Sm2Ciphertexts.convert(c, from, to);
    assertThat(new Sm2Decrypter(PAIR.privateKey(), to).decrypt(converted)).isEqualTo(message);
    assertThat(Sm2Ciphertexts.convert(converted, to, from)).isEqualTo(c);
  }

  @Property(tries = 200)
  void anyBitFlipMakesDecryptionFail(
      @ForAll @Size(min = 1, max = 300) byte[] message,
      @ForAll Sm2CiphertextFormat format,
      @ForAll @IntRange(min = 0, max = 1 << 14) int bit) {
    byte[] c = new Sm2Encrypter(PAIR.publicKey(), format).encrypt(message);
    int b = bit % (c.length * 8);
    c[b / 8] ^= (byte) (1 << (b % 8));
    assertThatThrownBy(() -> new Sm2Decrypter(PAIR.privateKey(), format).decrypt(c))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Property(tries = 100)
  void signaturesAgreeWithBouncyCastleSm2Signer(
      @ForAll @Size(max = 1000) byte[] message,
      @ForAll @Size(max = 40) byte[] id,
      @ForAll long seed)
      throws CryptoException {
    // Ours verifies under BC.
    byte[] ours = SIGNER.withId(id).sign(message);
    SM2Signer bcVerify = new SM2Signer(StandardDSAEncoding.INSTANCE);
    bcVerify.init(false, new ParametersWithID(BC_PUBLIC, id));
    bcVerify.update(message, 0, message.length);
    assertThat(bcVerify.verifySignature(ours)).isTrue();

    // BC's verifies under ours, and with the same nonce source both write the same bytes.
    SM2Signer bcSign = new SM2Signer(StandardDSAEncoding.INSTANCE);
    bcSign.init(
        true,
        new ParametersWithID(new ParametersWithRandom(BC_PRIVATE, TestRandoms.seeded(seed)), id));
    bcSign.update(message, 0, message.length);
    byte[] theirs = bcSign.generateSignature();
    assertThat(VERIFIER.withId(id).verify(message, theirs)).isTrue();
    assertThat(
            SIGNER
                .withId(id)
                .withNonceGenerator(TestRandoms.likeBouncyCastle(TestRandoms.seeded(seed)))
                .sign(message))
        .isEqualTo(theirs);
  }

  @Property(tries = 100)
  void encryptionAgreesWithBouncyCastleSm2Engine(
      @ForAll @Size(min = 1, max = 1000) byte[] message, @ForAll long seed)
      throws InvalidCipherTextException, DecryptionFailedException {
    // BC's default engine writes C1C2C3.
    SM2Engine bcDefault = new SM2Engine();
    bcDefault.init(true, new ParametersWithRandom(BC_PUBLIC, TestRandoms.seeded(seed)));
    byte[] theirs = bcDefault.processBlock(message, 0, message.length);
    assertThat(new Sm2Decrypter(PAIR.privateKey(), Sm2CiphertextFormat.C1C2C3).decrypt(theirs))
        .isEqualTo(message);
    assertThat(
            new Sm2Encrypter(PAIR.publicKey(), Sm2CiphertextFormat.C1C2C3)
                .withNonceGenerator(TestRandoms.likeBouncyCastle(TestRandoms.seeded(seed)))
                .encrypt(message))
        .isEqualTo(theirs);

    byte[] ours = new Sm2Encrypter(PAIR.publicKey()).encrypt(message);
    SM2Engine bcDecrypt = new SM2Engine(SM2Engine.Mode.C1C3C2);
    bcDecrypt.init(false, BC_PRIVATE);
    assertThat(bcDecrypt.processBlock(ours, 0, ours.length)).isEqualTo(message);
  }

  @Property(tries = 60)
  void keyExchangeAgreesOnBothSidesAndConfirmationsCross(
      @ForAll @IntRange(min = 1, max = 100) int keyLength,
      @ForAll @Size(max = 30) byte[] idA,
      @ForAll @Size(max = 30) byte[] idB) {
    Sm2KeyPair a = Sm2KeyPair.generate();
    Sm2KeyPair b = Sm2KeyPair.generate();
    Sm2KeyExchange initiator = Sm2KeyExchange.initiator(a.privateKey(), idA);
    Sm2KeyExchange responder = Sm2KeyExchange.responder(b.privateKey(), idB);
    Sm2KeyExchangeResult atB =
        responder.agree(keyLength, a.publicKey(), idA, initiator.ephemeralPublicKey());
    Sm2KeyExchangeResult atA =
        initiator.agree(keyLength, b.publicKey(), idB, responder.ephemeralPublicKey());
    assertThat(atA.key()).hasSize(keyLength).isEqualTo(atB.key());
    assertThat(atA.verifyPeerConfirmation(atB.confirmation())).isTrue();
    assertThat(atB.verifyPeerConfirmation(atA.confirmation())).isTrue();
    assertThat(atA.confirmation()).isNotEqualTo(atB.confirmation());
    assertThat(atA.verifyPeerConfirmation(atA.confirmation())).isFalse();
    byte[] bad = atB.confirmation();
    bad[0] ^= 1;
    assertThat(atA.verifyPeerConfirmation(bad)).isFalse();
    assertThat(atA.verifyPeerConfirmation(Arrays.copyOf(atB.confirmation(), 31))).isFalse();
  }
}
