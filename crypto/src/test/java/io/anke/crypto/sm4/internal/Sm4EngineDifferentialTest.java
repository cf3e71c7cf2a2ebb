package io.anke.crypto.sm4.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DefaultBufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;

/**
 * Anke's SM4 engine against Bouncy Castle's, bit for bit: the block function, GCM (any nonce
 * length, offsets, every length class), counter mode over split input and across counter carries,
 * CBC with and without padding (including what each makes of random ciphertext), and Bouncy
 * Castle's CCM over Anke's block function.
 */
class Sm4EngineDifferentialTest {

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(16);
  }

  /** Lengths 0, 1, 15, 16, 17, block multiples and neighbours, and random ones up to 600. */
  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, 1, 15, 16, 17, 31, 32, 33, 48, 64, 255, 256, 257, 1024, 4111),
        Arbitraries.integers().between(0, 600));
  }

  private static Sm4State state(byte[] key) {
    return new Sm4State(new KeyMaterial(CryptoMessage.VERBATIM.text("test key"), key.clone()));
  }

  private static byte[] random(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Property(tries = 300)
  void blockFunctionMatches(@ForAll("keys") byte[] key, @ForAll @Size(16) byte[] block) {
    Sm4State s = state(key);
    SM4Engine bc = new SM4Engine();
    byte[] expected = new byte[16];
    bc.init(true, new KeyParameter(key));
    bc.processBlock(block, 0, expected, 0);
    byte[] actual = new byte[16];
    Sm4Core.crypt(s.encrypt, block, 0, actual, 0);
    assertThat(actual).isEqualTo(expected);
    bc.init(false, new KeyParameter(key));
    bc.processBlock(block, 0, expected, 0);
    Sm4Core.crypt(s.decrypt, block, 0, actual, 0);
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 300)
  void gcmMatches(
      @ForAll("keys") byte[] key,
      @ForAll @IntRange(min = 1, max = 64) int nonceLength,
      @ForAll("lengths") int length,
      @ForAll @IntRange(max = 40) int aadLength,
      @ForAll @IntRange(max = 7) int inOff,
      @ForAll @IntRange(max = 7) int outOff,
      @ForAll long seed)
      throws InvalidCipherTextException {
    byte[] nonce = random(seed, nonceLength);
    byte[] aad = random(seed + 1, aadLength);
    byte[] plain = random(seed + 2, length);
    GCMModeCipher bc = GCMBlockCipher.newInstance(new SM4Engine());
    bc.init(true, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
    byte[] expected = new byte[length + 16];
    bc.doFinal(expected, bc.processBytes(plain, 0, length, expected, 0));

    Sm4State s = state(key);
    byte[] in = new byte[inOff + length];
    System.arraycopy(plain, 0, in, inOff, length);
    byte[] out = new byte[outOff + length + 16];
    Sm4GcmCore.seal(s, nonce, aad, in, inOff, length, out, outOff);
    assertThat(Arrays.copyOfRange(out, outOff, out.length)).isEqualTo(expected);

    byte[] back = new byte[inOff + length];
    assertThat(Sm4GcmCore.open(s, nonce, aad, out, outOff, length, back, inOff)).isTrue();
    assertThat(Arrays.copyOfRange(back, inOff, back.length)).isEqualTo(plain);

    out[outOff + Math.floorMod(seed, length + 16)] ^= 1;
    byte[] untouched = new byte[length];
    assertThat(Sm4GcmCore.open(s, nonce, aad, out, outOff, length, untouched, 0)).isFalse();
    assertThat(untouched).isEqualTo(new byte[length]); // nothing released before the tag check
  }

  @Test
  void gcmOfOneMebibyteInPlaceMatches() throws InvalidCipherTextException {
    byte[] key = random(1, 16);
    byte[] nonce = random(2, 12);
    byte[] plain = random(3, (1 << 20) + 5);
    GCMModeCipher bc = GCMBlockCipher.newInstance(new SM4Engine());
    bc.init(true, new AEADParameters(new KeyParameter(key), 128, nonce, null));
    byte[] expected = new byte[plain.length + 16];
    bc.doFinal(expected, bc.processBytes(plain, 0, plain.length, expected, 0));
    byte[] buf = Arrays.copyOf(plain, plain.length + 16);
    Sm4State s = state(key);
    Sm4GcmCore.seal(s, nonce, new byte[0], buf, 0, plain.length, buf, 0);
    assertThat(buf).isEqualTo(expected);
    assertThat(Sm4GcmCore.open(s, nonce, new byte[0], buf, 0, plain.length, buf, 0)).isTrue();
    assertThat(Arrays.copyOf(buf, plain.length)).isEqualTo(plain);
  }

  @Property(tries = 300)
  void counterModeOverSplitInputMatches(
      @ForAll("keys") byte[] key,
      @ForAll @Size(16) byte[] iv,
      @ForAll boolean nearCarry,
      @ForAll("lengths") int length,
      @ForAll @Size(max = 6) List<@IntRange(max = 40) Integer> pieces,
      @ForAll long seed) {
    if (nearCarry) {
      Arrays.fill(iv, 4 + Math.floorMod(seed, 12), 16, (byte) 0xff);
    }
    byte[] plain = random(seed, length);
    SICBlockCipher bc = (SICBlockCipher) SICBlockCipher.newInstance(new SM4Engine());
    bc.init(true, new ParametersWithIV(new KeyParameter(key), iv));
    byte[] expected = new byte[length];
    bc.processBytes(plain, 0, length, expected, 0);

    Sm4Ctr128 ctr = new Sm4Ctr128(state(key), iv);
    byte[] actual = new byte[length];
    int at = 0;
    for (int piece : pieces) {
      int n = Math.min(piece, length - at);
      ctr.process(plain, at, n, actual, at);
      at += n;
    }
    ctr.process(plain, at, length - at, actual, at);
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 300)
  void cbcMatches(
      @ForAll("keys") byte[] key,
      @ForAll @Size(16) byte[] iv,
      @ForAll boolean pad,
      @ForAll("lengths") int length,
      @ForAll long seed)
      throws InvalidCipherTextException {
    byte[] plain = random(seed, length);
    Sm4State s = state(key);
    byte[] actual = Sm4CbcCore.encrypt(s, iv, plain, pad);
    byte[] expected = bcCbc(true, pad, key, iv, plain);
    if (expected == null) {
      assertThat(actual).isNull();
      return;
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(Sm4CbcCore.decrypt(s, iv, actual, pad)).isEqualTo(plain);
    // Random whole blocks as ciphertext: bad padding most of the time, both must agree.
    byte[] junk = random(seed + 1, length & ~15);
    assertThat(Sm4CbcCore.decrypt(s, iv, junk, pad)).isEqualTo(bcCbc(false, pad, key, iv, junk));
  }

  @Property(tries = 200)
  void cbcPaddingOfEveryCountIsCheckedAsBouncyCastleDoes(
      @ForAll("keys") byte[] key,
      @ForAll @IntRange(max = 255) int lastByte,
      @ForAll @IntRange(max = 15) int position,
      @ForAll @IntRange(max = 255) int other)
      throws InvalidCipherTextException {
    // A plaintext last block with a chosen padding byte and one chosen byte elsewhere.
    byte[] block = new byte[16];
    Arrays.fill(block, (byte) lastByte);
    block[position] = (byte) other;
    block[15] = (byte) lastByte;
    byte[] iv = new byte[16];
    byte[] ct = bcCbc(true, false, key, iv, block);
    assertThat(Sm4CbcCore.decrypt(state(key), iv, ct, true))
        .isEqualTo(bcCbc(false, true, key, iv, ct));
  }

  @Property(tries = 200)
  void ccmOverAnkesBlockFunctionMatches(
      @ForAll("keys") byte[] key,
      @ForAll("lengths") int length,
      @ForAll @IntRange(max = 40) int aadLength,
      @ForAll long seed)
      throws InvalidCipherTextException {
    byte[] nonce = random(seed, 12);
    byte[] aad = random(seed + 1, aadLength);
    byte[] plain = random(seed + 2, length);
    assertThat(
            ccm(
                CCMBlockCipher.newInstance(new Sm4BlockCipher(state(key))),
                Sm4BlockCipher.precomputed(),
                nonce,
                aad,
                plain))
        .isEqualTo(
            ccm(
                CCMBlockCipher.newInstance(new SM4Engine()),
                new KeyParameter(key),
                nonce,
                aad,
                plain));
  }

  private static byte[] ccm(
      org.bouncycastle.crypto.modes.CCMModeCipher c,
      KeyParameter k,
      byte[] nonce,
      byte[] aad,
      byte[] plain)
      throws InvalidCipherTextException {
    c.init(true, new AEADParameters(k, 128, nonce, aad));
    byte[] out = new byte[c.getOutputSize(plain.length)];
    c.doFinal(out, c.processBytes(plain, 0, plain.length, out, 0));
    return out;
  }

  /** Bouncy Castle's CBC; null where it refuses (not whole blocks, bad padding). */
  private static byte[] bcCbc(boolean encrypt, boolean pad, byte[] key, byte[] iv, byte[] in) {
    BufferedBlockCipher c =
        pad
            ? new PaddedBufferedBlockCipher(
                CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding())
            : new DefaultBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()));
    c.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
    byte[] out = new byte[c.getOutputSize(in.length)];
    try {
      int n = c.processBytes(in, 0, in.length, out, 0);
      n += c.doFinal(out, n);
      return Arrays.copyOf(out, n);
    } catch (InvalidCipherTextException | RuntimeException e) {
      return null;
    }
  }
}
