package io.anke.crypto.sm4.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.Sm4Reference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** CBC, CTR and caller-nonce GCM/CCM against hand-written reference modes and BC's JCA. */
class Sm4InteropPropertiesTest {

  @Provide
  Arbitrary<byte[]> blocks() {
    return Arbitraries.bytes().array(byte[].class).ofSize(16);
  }

  @Provide
  Arbitrary<byte[]> nonces() {
    return Arbitraries.bytes().array(byte[].class).ofSize(12);
  }

  /** Blocks whose trailing bytes are all 0xff, so the 128-bit counter carries and even wraps. */
  @Provide
  Arbitrary<byte[]> counterBlocks() {
    return Arbitraries.oneOf(
        blocks(),
        Arbitraries.integers()
            .between(0, 16)
            .map(
                n -> {
                  byte[] iv = new byte[16];
                  ThreadLocalRandom.current().nextBytes(iv);
                  Arrays.fill(iv, 16 - n, 16, (byte) 0xff);
                  return iv;
                }));
  }

  private static byte[] streamed(IoFunction f, byte[] input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = f.apply(new ByteArrayInputStream(input), out);
    assertThat(n).isEqualTo(out.size());
    return out.toByteArray();
  }

  @FunctionalInterface
  interface IoFunction {
    long apply(InputStream in, ByteArrayOutputStream out) throws Exception;
  }

  @Property(tries = 300)
  void cbcMatchesReferenceAndRoundTrips(
      @ForAll("blocks") byte[] key, @ForAll("blocks") byte[] iv, @ForAll @Size(max = 100) byte[] pt)
      throws Exception {
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key));
    byte[] expected = Sm4Reference.cbcEncrypt(key, iv, Sm4Reference.pad(pt));
    assertThat(cbc.encrypt(iv, pt)).isEqualTo(expected);
    assertThat(streamed((in, out) -> cbc.encrypt(iv, in, out), pt)).isEqualTo(expected);
    assertThat(cbc.decrypt(iv, expected)).isEqualTo(pt);
    assertThat(streamed((in, out) -> cbc.decrypt(iv, in, out), expected)).isEqualTo(pt);
  }

  @Property(tries = 200)
  void cbcWithoutPaddingMatchesReference(
      @ForAll("blocks") byte[] key,
      @ForAll("blocks") byte[] iv,
      @ForAll @Size(max = 100) byte[] raw)
      throws Exception {
    byte[] pt = Arrays.copyOf(raw, raw.length - raw.length % 16);
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key), Padding.NONE);
    byte[] expected = Sm4Reference.cbcEncrypt(key, iv, pt);
    assertThat(cbc.encrypt(iv, pt)).isEqualTo(expected);
    assertThat(cbc.decrypt(iv, expected)).isEqualTo(pt);
    assertThat(streamed((in, out) -> cbc.decrypt(iv, in, out), expected)).isEqualTo(pt);
  }

  @Property(tries = 300)
  void ctrMatchesReferenceIncludingCounterCarryAndWrap(
      @ForAll("blocks") byte[] key,
      @ForAll("counterBlocks") byte[] iv,
      @ForAll @Size(max = 100) byte[] pt)
      throws Exception {
    Sm4Ctr ctr = Sm4Ctr.withKey(Sm4Key.fromBytes(key));
    byte[] expected = Sm4Reference.ctr(key, iv, pt);
    assertThat(ctr.encrypt(iv, pt)).isEqualTo(expected);
    // A second encryption under the same key object with the same counter block is refused;
    // the streaming path is checked under a second key object holding the same bytes.
    Sm4Ctr again = Sm4Ctr.withKey(Sm4Key.fromBytes(key));
    assertThat(streamed((in, out) -> again.encrypt(iv, in, out), pt)).isEqualTo(expected);
    assertThat(ctr.decrypt(iv, expected)).isEqualTo(pt);
    assertThat(streamed((in, out) -> ctr.decrypt(iv, in, out), expected)).isEqualTo(pt);
  }

  @Property(tries = 200)
  void callerNonceGcmAndCcmMatchBouncyCastleJca(
      @ForAll("blocks") byte[] key,
      @ForAll("nonces") byte[] nonce,
      @ForAll @Size(max = 100) byte[] pt,
      @ForAll @Size(max = 30) byte[] aad)
      throws Exception {
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(Sm4Key.fromBytes(key));
    byte[] g = gcm.encrypt(nonce, pt, aad);
    assertThat(g).isEqualTo(Sm4Reference.aeadEncrypt("GCM", key, nonce, pt, aad));
    assertThat(gcm.decrypt(nonce, g, aad)).isEqualTo(pt);
    Sm4CcmWithNonce ccm = Sm4CcmWithNonce.withKey(Sm4Key.fromBytes(key));
    byte[] c = ccm.encrypt(nonce, pt, aad);
    assertThat(c).isEqualTo(Sm4Reference.aeadEncrypt("CCM", key, nonce, pt, aad));
    assertThat(ccm.decrypt(nonce, c, aad)).isEqualTo(pt);
  }

  @Property(tries = 50)
  void gcmAcceptsLongerInteropNonces(
      @ForAll @Size(min = 13, max = 64) byte[] nonce, @ForAll @Size(max = 40) byte[] pt)
      throws Exception {
    byte[] key = Sm4Key.generate().toBytes(InsecureSecretAccess.get());
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(Sm4Key.fromBytes(key));
    byte[] g = gcm.encrypt(nonce, pt, null);
    assertThat(g).isEqualTo(Sm4Reference.aeadEncrypt("GCM", key, nonce, pt, new byte[0]));
    assertThat(gcm.decrypt(nonce, g, null)).isEqualTo(pt);
  }

  @Property(tries = 200)
  void callerNonceGcmRejectsAnyBitFlip(
      @ForAll @Size(max = 40) byte[] pt,
      @ForAll @Size(min = 1, max = 10) byte[] aad,
      @ForAll int seed) {
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(Sm4Key.generate());
    byte[] nonce = new byte[12];
    ThreadLocalRandom.current().nextBytes(nonce);
    byte[] out = gcm.encrypt(nonce, pt, aad);
    int bit = Math.floorMod(seed, (nonce.length + out.length + aad.length) * 8);
    byte[][] parts = {nonce.clone(), out.clone(), aad.clone()};
    for (byte[] part : parts) {
      if (bit < part.length * 8) {
        part[bit / 8] ^= (byte) (1 << (bit % 8));
        break;
      }
      bit -= part.length * 8;
    }
    assertThatThrownBy(() -> gcm.decrypt(parts[0], parts[1], parts[2]))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void cbcDecryptionFailuresShareOneMessage() throws Exception {
    byte[] key = Sm4Key.generate().toBytes(InsecureSecretAccess.get());
    byte[] iv = new byte[16];
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key));
    byte[] ct = cbc.encrypt(iv, new byte[20]);
    // A last block whose padding byte is 0x00, found by decrypting with the reference.
    byte[] badPad = Sm4Reference.cbcEncrypt(key, iv, new byte[32]);
    Set<String> messages = new HashSet<>();
    messages.add(cbcFailure(cbc, iv, badPad));
    messages.add(cbcFailure(cbc, iv, Arrays.copyOf(ct, 31)));
    messages.add(cbcFailure(cbc, iv, new byte[0]));
    messages.add(cbcFailure(Sm4Cbc.withKey(Sm4Key.fromBytes(key), Padding.NONE), iv, new byte[17]));
    assertThat(messages).hasSize(1);
    assertThat(messages.iterator().next()).startsWith("decryption failed");
    // The stream path fails the same way.
    assertThatThrownBy(() -> streamed((in, out) -> cbc.decrypt(iv, in, out), badPad))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage(messages.iterator().next());
  }

  private static String cbcFailure(Sm4Cbc cbc, byte[] iv, byte[] ct) {
    try {
      cbc.decrypt(iv, ct);
    } catch (DecryptionFailedException e) {
      return e.getMessage();
    }
    throw new AssertionError("decryption should have failed");
  }

  @Test
  void malformedLengthsNameExpectedAndActual() {
    Sm4Key key = Sm4Key.generate();
    assertThatThrownBy(() -> Sm4Cbc.withKey(key).encrypt(new byte[15], new byte[1]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-CBC IV must be 16 bytes, got 15");
    assertThatThrownBy(() -> Sm4Cbc.withKey(key).decrypt(new byte[17], new byte[16]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-CBC IV must be 16 bytes, got 17");
    assertThatThrownBy(() -> Sm4Ctr.withKey(key).encrypt(new byte[12], new byte[1]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-CTR IV must be 16 bytes, got 12");
    assertThatThrownBy(() -> Sm4GcmWithNonce.withKey(key).encrypt(new byte[11], new byte[1], null))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-GCM nonce must be 12 to 64 bytes, got 11");
    assertThatThrownBy(() -> Sm4CcmWithNonce.withKey(key).encrypt(new byte[13], new byte[1], null))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-CCM nonce must be 12 bytes, got 13");
    assertThatThrownBy(() -> Sm4Cbc.withKey(key, Padding.NONE).encrypt(new byte[16], new byte[17]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("whole 16-byte blocks")
        .hasMessageContaining("17");
    assertThatThrownBy(
            () ->
                Sm4Cbc.withKey(key, Padding.NONE)
                    .encrypt(
                        new byte[16],
                        new ByteArrayInputStream(new byte[33]),
                        new ByteArrayOutputStream()))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-CBC without padding encrypts whole 16-byte blocks only, got 33 bytes");
  }

  @Test
  void streamsLargerThanOneChunkMatchOneShot() throws Exception {
    byte[] data = new byte[300_000 + 7];
    ThreadLocalRandom.current().nextBytes(data);
    byte[] key = Sm4Key.generate().toBytes(InsecureSecretAccess.get());
    byte[] iv = Hex.decode("00000000000000000000000000fffff0");
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key));
    Sm4Ctr ctr = Sm4Ctr.withKey(Sm4Key.fromBytes(key));
    byte[] cbcCt = streamed((in, out) -> cbc.encrypt(iv, in, out), data);
    assertThat(cbcCt).isEqualTo(cbc.encrypt(iv, data));
    assertThat(streamed((in, out) -> cbc.decrypt(iv, in, out), cbcCt)).isEqualTo(data);
    byte[] ctrCt = streamed((in, out) -> ctr.encrypt(iv, in, out), data);
    assertThat(ctrCt).isEqualTo(Sm4Reference.ctr(key, iv, data));
    assertThat(streamed((in, out) -> ctr.decrypt(iv, in, out), ctrCt)).isEqualTo(data);
  }

  @Test
  void ioErrorsPropagate() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(
            () ->
                Sm4Ctr.withKey(Sm4Key.generate())
                    .encrypt(new byte[16], broken, new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void oneInstanceSharedByManyThreads() throws Exception {
    byte[] key = Sm4Key.generate().toBytes(InsecureSecretAccess.get());
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key));
    Sm4Ctr ctr = Sm4Ctr.withKey(Sm4Key.fromBytes(key));
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(Sm4Key.fromBytes(key));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  ThreadLocalRandom random = ThreadLocalRandom.current();
                  int ok = 0;
                  for (int i = 0; i < 200; i++) {
                    byte[] pt = new byte[random.nextInt(80)];
                    byte[] iv = new byte[16];
                    random.nextBytes(pt);
                    random.nextBytes(iv);
                    byte[] nonce = Arrays.copyOf(iv, 12);
                    boolean good =
                        Arrays.equals(
                                cbc.encrypt(iv, pt),
                                Sm4Reference.cbcEncrypt(key, iv, Sm4Reference.pad(pt)))
                            && Arrays.equals(ctr.encrypt(iv, pt), Sm4Reference.ctr(key, iv, pt))
                            && Arrays.equals(
                                gcm.encrypt(nonce, pt, iv),
                                Sm4Reference.aeadEncrypt("GCM", key, nonce, pt, iv));
                    ok += good ? 1 : 0;
                  }
                  return ok;
                }));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
