package io.anke.crypto.sm4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
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

/** Properties of the two default AEADs, checked against Bouncy Castle's JCA provider. */
class Sm4AeadPropertiesTest {

  enum Kind {
    GCM,
    CCM;

    Aead aead(Sm4Key key) {
      return this == GCM ? Sm4Gcm.withKey(key) : Sm4Ccm.withKey(key);
    }
  }

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(16);
  }

  @Property(tries = 300)
  void roundTripAndLayoutMatchBouncyCastle(
      @ForAll Kind kind,
      @ForAll("keys") byte[] rawKey,
      @ForAll @Size(max = 100) byte[] plaintext,
      @ForAll @Size(max = 40) byte[] aad)
      throws Exception {
    Aead aead = kind.aead(Sm4Key.fromBytes(rawKey));
    byte[] out = aead.encrypt(plaintext, aad);
    assertThat(out).hasSize(12 + plaintext.length + 16);
    assertThat(aead.decrypt(out, aad)).isEqualTo(plaintext);
    // The nonce travels in front; with it, BC must produce exactly the rest.
    byte[] nonce = Arrays.copyOf(out, 12);
    assertThat(Arrays.copyOfRange(out, 12, out.length))
        .isEqualTo(Sm4Reference.aeadEncrypt(kind.name(), rawKey, nonce, plaintext, aad));
  }

  @Property(tries = 300)
  void flippingAnyBitOfNonceCiphertextTagOrAadIsRejected(
      @ForAll Kind kind,
      @ForAll @Size(max = 48) byte[] plaintext,
      @ForAll @Size(min = 1, max = 20) byte[] aad,
      @ForAll int bitSeed)
      throws Exception {
    Aead aead = kind.aead(Sm4Key.generate());
    byte[] out = aead.encrypt(plaintext, aad);
    int totalBits = (out.length + aad.length) * 8;
    int bit = Math.floorMod(bitSeed, totalBits);
    byte[] badOut = out.clone();
    byte[] badAad = aad.clone();
    if (bit < out.length * 8) {
      badOut[bit / 8] ^= (byte) (1 << (bit % 8));
    } else {
      bit -= out.length * 8;
      badAad[bit / 8] ^= (byte) (1 << (bit % 8));
    }
    assertThatThrownBy(() -> aead.decrypt(badOut, badAad))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Property(tries = 100)
  void truncationAndExtensionAreRejected(
      @ForAll Kind kind, @ForAll @Size(max = 48) byte[] plaintext, @ForAll int cutSeed) {
    Aead aead = kind.aead(Sm4Key.generate());
    byte[] out = aead.encrypt(plaintext, null);
    int cut = Math.floorMod(cutSeed, out.length);
    assertThatThrownBy(() -> aead.decrypt(Arrays.copyOf(out, cut), null))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> aead.decrypt(Arrays.copyOf(out, out.length + 1), null))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void everyFailureHasTheSameMessage() throws Exception {
    for (Kind kind : Kind.values()) {
      Aead aead = kind.aead(Sm4Key.generate());
      byte[] aad = {1, 2, 3};
      byte[] out = aead.encrypt(new byte[40], aad);
      byte[] flippedTag = out.clone();
      flippedTag[out.length - 1] ^= 1;
      byte[] flippedBody = out.clone();
      flippedBody[20] ^= 1;
      Set<String> messages = new HashSet<>();
      messages.add(failure(aead, flippedTag, aad));
      messages.add(failure(aead, flippedBody, aad));
      messages.add(failure(aead, out, new byte[] {1, 2, 4}));
      messages.add(failure(aead, Arrays.copyOf(out, 27), aad));
      messages.add(failure(aead, new byte[0], aad));
      messages.add(failure(kind.aead(Sm4Key.generate()), out, aad));
      assertThat(messages).as(kind.name()).hasSize(1);
      assertThat(messages.iterator().next())
          .isEqualTo(
              "decryption failed: SM4-"
                  + kind.name()
                  + ": wrong key, nonce or associated data, or ciphertext tampered or truncated");
    }
  }

  private static String failure(Aead aead, byte[] ct, byte[] aad) {
    try {
      aead.decrypt(ct, aad);
    } catch (DecryptionFailedException e) {
      return e.getMessage();
    }
    throw new AssertionError("decryption should have failed");
  }

  @Test
  void nullAadEqualsEmptyAadAndNoncesAreFresh() throws Exception {
    for (Kind kind : Kind.values()) {
      Aead aead = kind.aead(Sm4Key.generate());
      byte[] pt = {1, 2, 3};
      assertThat(aead.decrypt(aead.encrypt(pt, null), new byte[0])).isEqualTo(pt);
      assertThat(aead.decrypt(aead.encrypt(pt, new byte[0]), null)).isEqualTo(pt);
      Set<String> nonces = new HashSet<>();
      for (int i = 0; i < 1000; i++) {
        nonces.add(Arrays.toString(Arrays.copyOf(aead.encrypt(pt, null), 12)));
      }
      assertThat(nonces).hasSize(1000);
    }
  }

  @Test
  void ccmRefusesMoreThanItsLengthFieldHolds() {
    Aead ccm = Sm4Ccm.withKey(Sm4Key.generate());
    assertThatThrownBy(() -> ccm.encrypt(new byte[Sm4Ccm.MAX_PLAINTEXT_LENGTH + 1], null))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("16777215")
        .hasMessageContaining("16777216");
  }

  @Test
  void toStringShowsNoKeyMaterial() {
    byte[] raw = new byte[16];
    Arrays.fill(raw, (byte) 0x7e);
    for (Kind kind : Kind.values()) {
      assertThat(kind.aead(Sm4Key.fromBytes(raw)).toString())
          .doesNotContain("7e")
          .doesNotContain("126");
    }
  }

  @Test
  void oneInstanceSharedByManyThreads() throws Exception {
    for (Kind kind : Kind.values()) {
      byte[] rawKey = Sm4Key.generate().toBytes(InsecureSecretAccess.get());
      Aead aead = kind.aead(Sm4Key.fromBytes(rawKey));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          results.add(
              pool.submit(
                  () -> {
                    int ok = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < 200; i++) {
                      byte[] pt = new byte[random.nextInt(100)];
                      random.nextBytes(pt);
                      byte[] aad = {(byte) i};
                      byte[] out = aead.encrypt(pt, aad);
                      byte[] nonce = Arrays.copyOf(out, 12);
                      boolean same =
                          Arrays.equals(
                              Arrays.copyOfRange(out, 12, out.length),
                              Sm4Reference.aeadEncrypt(kind.name(), rawKey, nonce, pt, aad));
                      if (same && Arrays.equals(aead.decrypt(out, aad), pt)) {
                        ok++;
                      }
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
}
