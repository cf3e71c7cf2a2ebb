package io.anke.crypto.sm3;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.testing.Canaries;
import io.anke.testing.ConcurrentRuns;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One {@link HmacSm3} and the static {@link Sm3} digests used by sixteen threads at once give the
 * bytes one thread gives (computed beforehand on another {@code HmacSm3} with the same key).
 */
class Sm3ConcurrencyTest {
  static final int THREADS = 16;
  static final int MESSAGES = 64;

  @Test
  void sharedHmacAndDigestsGiveTheSingleThreadedBytes() throws Exception {
    Random random = new Random(3);
    List<byte[]> messages = new ArrayList<>();
    List<byte[]> digests = new ArrayList<>();
    List<byte[]> tags = new ArrayList<>();
    HmacSm3 reference = HmacSm3.withKey(Canaries.hmacKey());
    for (int i = 0; i < MESSAGES; i++) {
      // Lengths around the 64-byte block and the 56-byte padding boundary, and longer.
      byte[] m = new byte[i < 40 ? 40 + i : i * 61];
      random.nextBytes(m);
      messages.add(m);
      digests.add(Sm3.digest(m));
      tags.add(reference.mac(m));
    }
    HmacSm3 shared = HmacSm3.withKey(Canaries.hmacKey());

    ConcurrentRuns.run(
        THREADS,
        t -> {
          for (int n = 0; n < MESSAGES; n++) {
            int i = (n + t * 4) % MESSAGES;
            byte[] m = messages.get(i);
            String what = "thread " + t + " message " + i;
            assertThat(shared.mac(m)).as(what).isEqualTo(tags.get(i));
            assertThat(shared.mac(new ByteArrayInputStream(m))).as(what).isEqualTo(tags.get(i));
            assertThat(shared.verify(m, tags.get(i))).as(what).isTrue();
            assertThat(shared.verify(m, tags.get((i + 1) % MESSAGES))).as(what).isFalse();
            // Sessions are per caller; many open at once under one key must not disturb each other.
            HmacSm3.Session session = shared.newSession();
            session.update(m, 0, m.length / 2).update(m, m.length / 2, m.length - m.length / 2);
            assertThat(session.mac()).as(what).isEqualTo(tags.get(i));
            assertThat(Sm3.digest(m)).as(what).isEqualTo(digests.get(i));
            assertThat(Sm3.newHasher().update(m).digest()).as(what).isEqualTo(digests.get(i));
          }
          return null;
        });
  }
}
