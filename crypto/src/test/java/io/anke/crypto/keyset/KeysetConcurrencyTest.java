package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Aead;
import io.anke.testing.Canaries;
import io.anke.testing.ConcurrentRuns;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Keysets under many threads. A {@link KeysetHandle} is immutable: a rotation returns a new handle
 * and leaves the old one as it was, so "rotating while others encrypt" means publishing each new
 * handle to the threads that encrypt, as an application does. These tests share one handle and its
 * primitives, rotate the shared handle from every thread at once, and rotate a published handle
 * while sixteen threads encrypt with whichever handle is current.
 */
class KeysetConcurrencyTest {
  static final int THREADS = 16;

  static byte[] message(int thread, int i) {
    return ("t" + thread + "/" + i).getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void oneHandleAndItsAeadServeEveryThreadAndRotationsFromThemLeaveItAlone() throws Exception {
    KeysetHandle shared =
        KeysetHandle.generateNew(KeyType.SM4_GCM).addKey(Canaries.sm4Key(), OutputPrefix.KEY_ID);
    List<KeyInfo> before = shared.keys();
    Aead aead = shared.aead();
    byte[] early = aead.encrypt(message(-1, 0), new byte[0]);

    List<KeysetHandle> rotated =
        ConcurrentRuns.run(
            THREADS,
            t -> {
              for (int i = 0; i < 40; i++) {
                byte[] m = message(t, i);
                byte[] aad = {(byte) i};
                Aead a = i % 2 == 0 ? aead : shared.aead(); // the shared one and fresh ones
                assertThat(aead.decrypt(a.encrypt(m, aad), aad)).isEqualTo(m);
                assertThat(a.decrypt(early, new byte[0])).isEqualTo(message(-1, 0));
              }
              return shared.rotate();
            });

    assertThat(shared.keys()).isEqualTo(before);
    Set<Integer> newPrimaries = new HashSet<>();
    for (KeysetHandle h : rotated) {
      assertThat(h.keys()).hasSize(before.size() + 1);
      assertThat(h.keys())
          .extracting(KeyInfo::id)
          .containsAll(before.stream().map(KeyInfo::id).toList());
      newPrimaries.add(h.primaryKeyId());
      assertThat(h.aead().decrypt(early, new byte[0])).isEqualTo(message(-1, 0));
    }
    // Every thread's rotation made its own key.
    assertThat(newPrimaries).hasSize(THREADS).doesNotContain(shared.primaryKeyId());
  }

  @Test
  void threadsEncryptWithWhicheverHandleIsCurrentWhileOneRotatesIt() throws Exception {
    AtomicReference<KeysetHandle> current =
        new AtomicReference<>(KeysetHandle.generateNew(KeyType.SM4_GCM));
    record Sealed(byte[] message, byte[] ciphertext) {}

    List<List<Sealed>> sealed =
        ConcurrentRuns.run(
            THREADS,
            t -> {
              List<Sealed> mine = new ArrayList<>();
              if (t == 0) {
                for (int r = 0; r < 30; r++) {
                  current.set(current.get().rotate());
                  Thread.yield();
                }
                return mine;
              }
              for (int i = 0; i < 150; i++) {
                KeysetHandle h = current.get();
                byte[] m = message(t, i);
                byte[] ct = h.aead().encrypt(m, m);
                assertThat(h.aead().decrypt(ct, m)).isEqualTo(m);
                mine.add(new Sealed(m, ct));
              }
              return mine;
            });

    KeysetHandle last = current.get();
    assertThat(last.keys()).hasSize(31);
    Aead reader = last.aead();
    int count = 0;
    for (List<Sealed> fromThread : sealed) {
      for (Sealed s : fromThread) {
        assertThat(reader.decrypt(s.ciphertext(), s.message())).isEqualTo(s.message());
        count++;
      }
    }
    assertThat(count).isEqualTo((THREADS - 1) * 150);
  }

  @Test
  void oneSm2KeysetsSignerAndVerifierAndOneMacKeysetServeEveryThread() throws Exception {
    KeysetHandle sm2 =
        KeysetHandle.importKey(Canaries.sm2Key(), OutputPrefix.KEY_ID).addKey().rotate();
    KeysetSigner signer = sm2.signer();
    KeysetVerifier verifier = sm2.verifier();
    KeysetVerifier referenceVerifier = sm2.publicKeysetHandle().verifier();
    byte[] early = sm2.signer().sign(message(-1, 0));
    KeysetHandle hmac = KeysetHandle.generateNew(KeyType.HMAC_SM3).rotate();
    KeysetMac mac = hmac.mac();
    KeysetMac referenceMac = hmac.mac();
    List<byte[]> tags = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tags.add(referenceMac.computeMac(message(0, i)));
    }

    List<List<byte[]>> signatures =
        ConcurrentRuns.run(
            8,
            t -> {
              List<byte[]> mine = new ArrayList<>();
              for (int i = 0; i < 40; i++) {
                assertThat(mac.computeMac(message(0, i))).isEqualTo(tags.get(i));
                assertThat(mac.verifyMac(tags.get(i), message(0, i + 1))).isFalse();
                if (i % 4 == 0) {
                  assertThat(verifier.verify(message(-1, 0), early)).isTrue();
                  mine.add(signer.sign(message(t, i)));
                }
              }
              return mine;
            });
    for (int t = 0; t < signatures.size(); t++) {
      for (int n = 0; n < signatures.get(t).size(); n++) {
        assertThat(referenceVerifier.verify(message(t, n * 4), signatures.get(t).get(n))).isTrue();
      }
    }
  }
}
