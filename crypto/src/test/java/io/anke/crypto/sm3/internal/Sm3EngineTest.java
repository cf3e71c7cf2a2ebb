package io.anke.crypto.sm3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** Anke's SM3 engine against Bouncy Castle's {@code SM3Digest}, bit for bit. */
class Sm3EngineTest {

  /** Lengths around the block and padding boundaries, plus some large ones. */
  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            0, 1, 15, 16, 17, 31, 32, 33, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129),
        Arbitraries.integers().between(0, 600),
        Arbitraries.integers().between(1, 4).map(k -> k * 64),
        Arbitraries.integers().between(4_000, 70_000));
  }

  @Property(tries = 300)
  void agreesWithBouncyCastleOnOffsetsAndSplitUpdates(
      @ForAll("lengths") int length,
      @ForAll @IntRange(min = 0, max = 70) int offset,
      @ForAll @IntRange(min = 0, max = 200) int split,
      @ForAll long seed) {
    byte[] data = new byte[offset + length + 3];
    new java.util.Random(seed).nextBytes(data);
    SM3Digest bc = new SM3Digest();
    bc.update(data, offset, length);
    byte[] expected = new byte[32];
    bc.doFinal(expected, 0);

    Sm3Engine engine = new Sm3Engine();
    int first = Math.min(split, length);
    engine.update(data, offset, first);
    if (length > first) {
      engine.update(data[offset + first]);
      engine.update(data, offset + first + 1, length - first - 1);
    }
    byte[] actual = new byte[40];
    engine.doFinal(actual, 5);
    assertThat(Arrays.copyOfRange(actual, 5, 37)).isEqualTo(expected);

    // doFinal resets: the same engine hashes the same message again to the same value.
    engine.update(data, offset, length);
    byte[] again = new byte[32];
    engine.doFinal(again, 0);
    assertThat(again).isEqualTo(expected);
  }

  @Property(tries = 200)
  void asTheDigestOfBouncyCastlesHmacItAgrees(
      @ForAll("lengths") int length,
      @ForAll @IntRange(min = 1, max = 150) int keyLength,
      @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    byte[] key = new byte[keyLength];
    byte[] data = new byte[Math.min(length, 5_000)];
    random.nextBytes(key);
    random.nextBytes(data);
    byte[] expected = new byte[32];
    byte[] actual = new byte[32];
    HMac bc = new HMac(new SM3Digest());
    bc.init(new KeyParameter(key));
    bc.update(data, 0, data.length);
    bc.doFinal(expected, 0);
    HMac ours = new HMac(new Sm3Engine());
    ours.init(new KeyParameter(key));
    ours.update(data, 0, data.length);
    ours.doFinal(actual, 0);
    assertThat(actual).isEqualTo(expected);
    // a second message after the HMac restored the padded-key state from the copies
    ours.update(data, 0, data.length / 2);
    ours.doFinal(actual, 0);
    bc.update(data, 0, data.length / 2);
    bc.doFinal(expected, 0);
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * SM2's e = SM3(Z ‖ M) as its code computes it (two partial updates, the padding block, the
   * digest written into a fresh array), repeated until the JIT has compiled it with the array
   * scalar-replaced: an earlier version wrote its padding and output through a byte-array VarHandle
   * view, and on JDK 17 compiled code then returned a wrong digest after some 36,000 calls.
   */
  @Test
  void compiledCodeKeepsAgreeing() {
    byte[] z = new byte[32];
    byte[] m = new byte[32];
    Arrays.fill(z, (byte) 0x5a);
    Arrays.fill(m, (byte) 0x33);
    SM3Digest bc = new SM3Digest();
    bc.update(z, 0, z.length);
    bc.update(m, 0, m.length);
    byte[] expected = new byte[32];
    bc.doFinal(expected, 0);
    for (int i = 0; i < 250_000; i++) {
      byte[] actual = digestOf(z, m);
      if (!Arrays.equals(actual, expected)) {
        assertThat(actual).as("digest at call %d", i).isEqualTo(expected);
      }
    }
  }

  private static byte[] digestOf(byte[] z, byte[] m) {
    Sm3Engine engine = new Sm3Engine();
    engine.update(z, 0, z.length);
    engine.update(m, 0, m.length);
    byte[] out = new byte[32];
    engine.doFinal(out, 0);
    return out;
  }

  @Test
  void restoredChainContinuesAsTheOriginal() {
    byte[] data = new byte[200];
    Arrays.fill(data, (byte) 7);
    Sm3Engine engine = new Sm3Engine();
    engine.update(data, 0, 128);
    int[] chain = new int[8];
    engine.chain(chain);
    engine.update(data, 128, 72);
    byte[] expected = new byte[32];
    engine.doFinal(expected, 0);

    Sm3Engine other = new Sm3Engine();
    other.restore(chain, 2);
    other.update(data, 128, 72);
    byte[] actual = new byte[32];
    other.doFinal(actual, 0);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void isAnExtendedDigestNamedSm3ThatReportsWhatItWrote() {
    Sm3Engine engine = new Sm3Engine();
    assertThat(engine.getAlgorithmName()).isEqualTo("SM3");
    assertThat(engine.getDigestSize()).isEqualTo(32);
    assertThat(engine.getByteLength()).isEqualTo(64);
    assertThat(engine.doFinal(new byte[32], 0)).isEqualTo(32);
  }

  @Test
  void theLengthFieldKeepsItsHigh32Bits() {
    // A chain restored as after 2^23 blocks (2^32 bits) finishes with one block of padding alone,
    // whose 64-bit length field is 00000001 00000000: only the high word is set.
    int[] iv = new int[8];
    new Sm3Engine().chain(iv);
    Sm3Engine engine = new Sm3Engine();
    engine.restore(iv, 1L << 23);
    engine.finish();
    int[] actual = new int[8];
    engine.chain(actual);

    byte[] padding = new byte[64];
    padding[0] = (byte) 0x80;
    padding[59] = 1;
    Sm3Engine reference = new Sm3Engine();
    reference.update(padding, 0, padding.length);
    int[] expected = new int[8];
    reference.chain(expected);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void finishHmacLeavesNoKeyedStateBehind() {
    int[] pads = new int[16];
    new Sm3Engine().chain(pads, 0);
    new Sm3Engine().chain(pads, 8);
    Sm3Engine engine = new Sm3Engine();
    engine.restore(pads, 0, 1);
    engine.update(new byte[] {1, 2, 3}, 0, 3);
    engine.finishHmac(pads, 8, new byte[32], 0);
    int[] chain = new int[8];
    Arrays.fill(chain, -1);
    engine.chain(chain);
    assertThat(chain).containsOnly(0);
  }

  @Test
  void aCopyCarriesTheBufferedPartOfABlock() {
    byte[] data = new byte[100];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 7 + 1);
    }
    Sm3Engine engine = new Sm3Engine();
    engine.update(data, 0, 70); // one block compressed, six bytes buffered
    Sm3Engine copy = engine.copy();
    copy.update(data, 70, 30);
    engine.update(data, 70, 30);
    SM3Digest bc = new SM3Digest();
    bc.update(data, 0, data.length);
    byte[] expected = new byte[32];
    bc.doFinal(expected, 0);
    byte[] actual = new byte[32];
    copy.doFinal(actual, 0);
    assertThat(actual).isEqualTo(expected);
    engine.doFinal(actual, 0);
    assertThat(actual).isEqualTo(expected);
  }
}
