package io.anke.crypto.sm4.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-key state: computed once, wiped by the key's destruction; the engine switch; nonces. */
class Sm4StateTest {

  @Test
  void destroyingTheKeyWipesRoundKeysAndGhashTables() throws Exception {
    Sm4Key key = Sm4Key.generate();
    Sm4State state = Sm4Keys.state(key);
    Sm4Gcm gcm = Sm4Gcm.withKey(key);
    byte[] ct = gcm.encrypt(new byte[40], null); // builds the GHASH tables
    long[] tables = state.ghash();
    assertThat(state.encrypt).isNotEqualTo(new int[32]);
    assertThat(tables).isNotEqualTo(new long[512]);

    key.destroy();

    assertThat(state.isWiped()).isTrue();
    assertThat(state.encrypt).isEqualTo(new int[32]);
    assertThat(state.decrypt).isEqualTo(new int[32]);
    assertThat(tables).isEqualTo(new long[512]);
    assertThatThrownBy(() -> gcm.encrypt(new byte[1], null))
        .isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> gcm.decrypt(ct, null)).isInstanceOf(KeyDestroyedException.class);
  }

  @Test
  void theEngineIsTheOneThePropertyNames() {
    Sm4Engine expected = Sm4Engine.parse(System.getProperty(Sm4Engine.PROPERTY));
    assertThat(Sm4Engine.configured()).isSameAs(expected);
  }

  @Test
  void propertyValuesAreParsed() {
    assertThat(Sm4Engine.parse(null)).isSameAs(Sm4Engine.ANKE);
    assertThat(Sm4Engine.parse("")).isSameAs(Sm4Engine.ANKE);
    assertThat(Sm4Engine.parse("anke")).isSameAs(Sm4Engine.ANKE);
    assertThat(Sm4Engine.parse(" BouncyCastle ")).isSameAs(Sm4Engine.BOUNCY_CASTLE);
    assertThat(Sm4Engine.parse("bouncy")).isNull();
  }

  @Test
  void noncesDoNotRepeatAcrossThreadsAndReseeds() throws Exception {
    int perThread = Nonces.RESEED + 1000; // every thread re-keys once
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Set<String>>> jobs =
          IntStream.range(0, 2)
              .<Callable<Set<String>>>mapToObj(
                  t ->
                      () -> {
                        Set<String> seen = new HashSet<>();
                        byte[] n = new byte[12];
                        for (int i = 0; i < perThread; i++) {
                          Nonces.next(n, 0);
                          seen.add(java.util.HexFormat.of().formatHex(n));
                        }
                        return seen;
                      })
              .toList();
      Set<String> all = new HashSet<>();
      for (Future<Set<String>> f : pool.invokeAll(jobs)) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(2 * perThread);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aWipedStateNamesTheKeyThatOwnsIt() {
    // A derived stream key reports the destruction of the key it was derived from.
    KeyMaterial owner =
        new KeyMaterial(CryptoMessage.VERBATIM.text("SM4 streaming AEAD"), new byte[16]);
    Sm4State state = new Sm4State(new byte[16], owner);
    state.live();
    owner.destroy();
    state.wipe();
    assertThatThrownBy(state::live)
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessage("SM4 streaming AEAD has been destroyed; its key material is gone");
  }

  @Test
  void ghashTablesFirstAskedForAfterTheWipeAreZeros() {
    // Built from zeroed round keys they would be a table of some H under a known key.
    Sm4State state =
        new Sm4State(new KeyMaterial(CryptoMessage.VERBATIM.text("test key"), new byte[16]));
    state.wipe();
    assertThat(state.ghash()).hasSize(512).containsOnly(0L);
  }

  @Test
  void everyNonceByteIsRandom() {
    // All 96 bits come from the generator: no position stays fixed across nonces.
    byte[][] nonces = new byte[32][12];
    for (byte[] n : nonces) {
      Nonces.next(n, 0);
    }
    for (int i = 0; i < 12; i++) {
      Set<Byte> seen = new HashSet<>();
      for (byte[] n : nonces) {
        seen.add(n[i]);
      }
      assertThat(seen).as("byte %d", i).hasSizeGreaterThan(1);
    }
  }
}
