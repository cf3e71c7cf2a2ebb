package io.anke.crypto.sm2.internal;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm3.Sm3Kdf;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 key exchange of GB/T 32918.3 §6.1 on any prime curve. Written on Bouncy Castle's point
 * arithmetic rather than its {@code SM2KeyExchange} so that it can reject a shared point at
 * infinity and hand back both confirmation values without comparing them itself; tests check it
 * against {@code SM2KeyExchange} and the standard's example.
 */
public final class KeyExchangeMath {
  private KeyExchangeMath() {}

  /** One side's secrets and public points. */
  public record Party(
      BigInteger staticD,
      ECPoint staticPoint,
      BigInteger ephemeralD,
      ECPoint ephemeralPoint,
      byte[] z) {}

  /** The peer's public points and Z. */
  public record Peer(ECPoint staticPoint, ECPoint ephemeralPoint, byte[] z) {}

  /**
   * The agreed key K and the confirmation values in their roles. The two hashes of §6.1 are
   * SM3(0x02 ‖ y_V ‖ inner), which the responder B sends as S_B and the initiator A checks as S_1,
   * and SM3(0x03 ‖ y_U ‖ inner), which A sends as S_A and B checks as S_2. {@code sent} is the one
   * this side sends, {@code expected} the one it must receive.
   */
  public record Outcome(byte[] key, byte[] sent, byte[] expected) {}

  /**
   * Computes K of {@code keyBytes} bytes and the confirmation values of this side's role.
   *
   * @param initiator true for user A of the standard, false for user B
   */
  public static Outcome agree(
      ECDomainParameters domain, boolean initiator, Party self, Peer peer, int keyBytes) {
    BigInteger n = domain.getN();
    int w = (n.bitLength() + 1) / 2 - 1;
    BigInteger ownX = reduce(self.ephemeralPoint().normalize(), w);
    BigInteger t = self.staticD().add(ownX.multiply(self.ephemeralD())).mod(n);
    ECPoint peerEphemeral = peer.ephemeralPoint().normalize();
    BigInteger peerX = reduce(peerEphemeral, w);
    ECPoint sum = peer.staticPoint().add(peerEphemeral.multiply(peerX));
    ECPoint shared = sum.multiply(domain.getH().multiply(t)).normalize();
    if (shared.isInfinity()) {
      throw new CryptoFormatException(CryptoMessage.SM2_KEX_INFINITY.text());
    }
    int len = Sm2Domain.fieldBytes(domain);
    byte[] xs = Sm2Domain.fixed(shared.getAffineXCoord().toBigInteger(), len);
    byte[] ys = Sm2Domain.fixed(shared.getAffineYCoord().toBigInteger(), len);
    byte[] za = initiator ? self.z() : peer.z();
    byte[] zb = initiator ? peer.z() : self.z();
    ECPoint ra = initiator ? self.ephemeralPoint() : peerEphemeral;
    ECPoint rb = initiator ? peerEphemeral : self.ephemeralPoint();
    byte[] kdfInput = concat(xs, ys, za, zb);
    byte[] inner = hash(xs, za, zb, coords(ra, len), coords(rb, len));
    try {
      byte[] key = Sm3Kdf.derive(kdfInput, keyBytes);
      byte[] fromResponder = hash(new byte[] {2}, ys, inner); // S_B = S_1
      byte[] fromInitiator = hash(new byte[] {3}, ys, inner); // S_A = S_2
      return initiator
          ? new Outcome(key, fromInitiator, fromResponder)
          : new Outcome(key, fromResponder, fromInitiator);
    } finally {
      // The shared point is as secret as the key derived from it.
      KeyMaterial.wipe(xs, ys, kdfInput, inner);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int off = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, off, p.length);
      off += p.length;
    }
    return out;
  }

  // x̄ = 2^w + (x & (2^w - 1))
  private static BigInteger reduce(ECPoint p, int w) {
    BigInteger x = p.normalize().getAffineXCoord().toBigInteger();
    return x.and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE)).setBit(w);
  }

  private static byte[] coords(ECPoint p, int len) {
    byte[] enc = Sm2Domain.uncompressed(p);
    byte[] out = new byte[2 * len];
    System.arraycopy(enc, 1, out, 0, out.length);
    return out;
  }

  private static byte[] hash(byte[]... parts) {
    Sm3Engine digest = new Sm3Engine();
    for (byte[] p : parts) {
      digest.update(p, 0, p.length);
    }
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
