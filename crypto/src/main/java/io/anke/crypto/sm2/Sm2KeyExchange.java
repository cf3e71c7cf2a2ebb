package io.anke.crypto.sm2;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.sm2.internal.HedgedNonces;
import io.anke.crypto.sm2.internal.KeyExchangeMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.security.auth.Destroyable;

/**
 * One side of an SM2 key exchange (GB/T 32918.3): a static key pair, a user ID and a fresh
 * ephemeral key pair. Use one instance per exchange; it is immutable and thread-safe.
 *
 * <pre>{@code
 * Sm2KeyExchange a = Sm2KeyExchange.initiator(aliceKey, "alice@example.cn");
 * Sm2KeyExchange b = Sm2KeyExchange.responder(bobKey, "bob@example.cn");
 * // A sends a.ephemeralPublicKey() (R_A) to B.
 * Sm2KeyExchangeResult atB = b.agree(16, alicePub, aliceId, rA);
 * // B sends b.ephemeralPublicKey() (R_B) and atB.confirmation() (S_B) to A.
 * Sm2KeyExchangeResult atA = a.agree(16, bobPub, bobId, rB);
 * if (!atA.verifyPeerConfirmation(sB)) { ... abort ... }
 * // A sends atA.confirmation() (S_A); B checks atB.verifyPeerConfirmation(sA).
 * }</pre>
 *
 * <p>The ephemeral key r is hedged: derived from the static d, Z, the role and 32 fresh random
 * bytes (the generator of RFC 6979 §3.2 with HMAC-SM3), so that parties with a broken random source
 * still draw distinct ephemeral keys. It is {@linkplain #destroy() destroyed} as soon as {@link
 * #agree} has used it (forward secrecy: a later leak of this object reveals no session key), or by
 * {@link #destroy()} when the exchange is abandoned; {@link #agree} then throws {@link
 * io.anke.crypto.KeyDestroyedException}. The static key is the caller's and is never destroyed
 * here.
 */
public final class Sm2KeyExchange implements Destroyable {
  private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

  /** Which side of the protocol: user A (initiator) or user B (responder). */
  public enum Role {
    /** User A of the standard, who sends R_A first. */
    INITIATOR,
    /** User B of the standard, who answers with R_B (and S_B). */
    RESPONDER
  }

  private final Role role;
  private final Sm2PrivateKey staticKey;
  private final byte[] id;
  private final byte[] z;
  private final Sm2PrivateKey ephemeralKey;
  // An ephemeral key serves one exchange: agreeing twice (a retry, another peer) would reuse it.
  private final AtomicBoolean used = new AtomicBoolean();

  private Sm2KeyExchange(Role role, Sm2PrivateKey staticKey, byte[] id, Sm2PrivateKey ephemeral) {
    SelfTestGate.requireNotFailed();
    this.role = role;
    this.staticKey = Objects.requireNonNull(staticKey, "staticKey");
    this.id = id.clone();
    this.z = Sm2.computeZ(staticKey.publicKey(), this.id);
    this.ephemeralKey = ephemeral;
  }

  /** The initiator (user A) with a fresh ephemeral key. */
  public static Sm2KeyExchange initiator(Sm2PrivateKey staticKey, byte[] id) {
    return create(Role.INITIATOR, staticKey, id, DEFAULT_RANDOM);
  }

  /**
   * {@link #initiator(Sm2PrivateKey, byte[])} with the ID as UTF-8 text (an unpaired surrogate is
   * refused, not replaced).
   */
  public static Sm2KeyExchange initiator(Sm2PrivateKey staticKey, String id) {
    return initiator(staticKey, StrictUtf8.encode(id, CryptoMessage.LABEL_SM2_USER_ID.text()));
  }

  /** The responder (user B) with a fresh ephemeral key. */
  public static Sm2KeyExchange responder(Sm2PrivateKey staticKey, byte[] id) {
    return create(Role.RESPONDER, staticKey, id, DEFAULT_RANDOM);
  }

  /**
   * {@link #responder(Sm2PrivateKey, byte[])} with the ID as UTF-8 text (an unpaired surrogate is
   * refused, not replaced).
   */
  public static Sm2KeyExchange responder(Sm2PrivateKey staticKey, String id) {
    return responder(staticKey, StrictUtf8.encode(id, CryptoMessage.LABEL_SM2_USER_ID.text()));
  }

  /**
   * Either side, taking the fresh randomness of the ephemeral key from {@code random}.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the static key has been destroyed
   */
  public static Sm2KeyExchange create(
      Role role, Sm2PrivateKey staticKey, byte[] id, SecureRandom random) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(random, "random");
    byte[] z = Sm2.computeZ(staticKey.publicKey(), id);
    byte[] d = staticKey.dBytes();
    HedgedNonces nonces =
        HedgedNonces.forKeyExchange(
            Sm2Domain.SM2P256V1.getN(), d, z, role == Role.INITIATOR, random);
    try {
      BigInteger r;
      do {
        r = nonces.nextK(); // in [1, n-1]; a private key must be in [1, n-2]
      } while (r.equals(Sm2Domain.SM2P256V1.getN().subtract(BigInteger.ONE)));
      return new Sm2KeyExchange(
          role, staticKey, id, Sm2PrivateKey.of(r, null, CryptoMessage.LABEL_EPHEMERAL_KEY.text()));
    } finally {
      KeyMaterial.wipe(d);
      nonces.wipe();
    }
  }

  /** Test-only: an exchange with a given ephemeral key, to reproduce worked examples. */
  static Sm2KeyExchange withEphemeralKey(
      Role role, Sm2PrivateKey staticKey, byte[] id, Sm2PrivateKey ephemeral) {
    return new Sm2KeyExchange(role, staticKey, id, ephemeral);
  }

  /** This side's role. */
  public Role role() {
    return role;
  }

  /** The ephemeral public key R to send to the peer. */
  public Sm2PublicKey ephemeralPublicKey() {
    return ephemeralKey.publicKey();
  }

  /** This side's static public key. */
  public Sm2PublicKey staticPublicKey() {
    return staticKey.publicKey();
  }

  /** Z of this side's static key and ID. */
  public byte[] z() {
    return z.clone();
  }

  /**
   * Computes the shared key and the confirmation values, then destroys the ephemeral key.
   *
   * @param keyLength bytes of key material to derive (at least 1)
   * @param peerStaticKey the peer's long-term public key
   * @param peerId the peer's user ID
   * @param peerEphemeralKey the R the peer sent
   * @throws IllegalArgumentException if {@code keyLength} is outside 1 to 1048576
   * @throws IllegalStateException if this exchange has already agreed once
   * @throws io.anke.crypto.KeyDestroyedException if this exchange or the static key was destroyed
   * @throws io.anke.crypto.CryptoFormatException if the shared point is at infinity (invalid peer
   *     keys)
   */
  public Sm2KeyExchangeResult agree(
      int keyLength, Sm2PublicKey peerStaticKey, byte[] peerId, Sm2PublicKey peerEphemeralKey) {
    if (keyLength < 1 || keyLength > 1 << 20) {
      throw new IllegalArgumentException(CryptoMessage.SM2_KEX_KEY_LENGTH.english(keyLength));
    }
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException(CryptoMessage.SM2_KEX_USED.english());
    }
    ephemeralKey.requireNotDestroyed(); // abandoned with destroy()
    try {
      byte[] peerZ = Sm2.computeZ(peerStaticKey, peerId);
      KeyExchangeMath.Outcome o =
          KeyExchangeMath.agree(
              Sm2Domain.SM2P256V1,
              role == Role.INITIATOR,
              new KeyExchangeMath.Party(
                  staticKey.d(),
                  staticKey.publicKey().point(),
                  ephemeralKey.d(),
                  ephemeralKey.publicKey().point(),
                  z),
              new KeyExchangeMath.Peer(peerStaticKey.point(), peerEphemeralKey.point(), peerZ),
              keyLength);
      return new Sm2KeyExchangeResult(o.key(), o.sent(), o.expected());
    } finally {
      ephemeralKey.destroy();
    }
  }

  /**
   * {@link #agree(int, Sm2PublicKey, byte[], Sm2PublicKey)} with the peer ID as UTF-8 text (an
   * unpaired surrogate is refused).
   */
  public Sm2KeyExchangeResult agree(
      int keyLength, Sm2PublicKey peerStaticKey, String peerId, Sm2PublicKey peerEphemeralKey) {
    return agree(
        keyLength,
        peerStaticKey,
        StrictUtf8.encode(peerId, CryptoMessage.LABEL_SM2_USER_ID.text()),
        peerEphemeralKey);
  }

  /** Destroys the ephemeral private key (not the static one); idempotent. */
  @Override
  public void destroy() {
    ephemeralKey.destroy();
  }

  /** True once the ephemeral key is gone: after {@link #agree} or {@link #destroy()}. */
  @Override
  public boolean isDestroyed() {
    return ephemeralKey.isDestroyed();
  }

  @Override
  public String toString() {
    return "Sm2KeyExchange[" + role + ", static public " + staticKey.publicKey().toHex() + "]";
  }
}
