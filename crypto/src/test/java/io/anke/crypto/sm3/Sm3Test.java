package io.anke.crypto.sm3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Hex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class Sm3Test {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void standardVectorAbc() {
    assertThat(Hex.encode(Sm3.digest(ascii("abc"))))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void standardVector512Bits() {
    assertThat(Hex.encode(Sm3.digest(ascii("abcd".repeat(16)))))
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void emptyInput() {
    assertThat(Hex.encode(Sm3.digest(new byte[0])))
        .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    assertThat(Hex.encode(Sm3.newHasher().digest()))
        .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
  }

  @Test
  void oneMillionAsOneShotStreamAndHasher() throws IOException {
    String expected = "c8aaf89429554029e231941a2acc0ad61ff2a5acd8fadd25847a3a732b3b02c3";
    byte[] million = new byte[1_000_000];
    java.util.Arrays.fill(million, (byte) 'a');
    assertThat(Hex.encode(Sm3.digest(million))).isEqualTo(expected);
    assertThat(Hex.encode(Sm3.digest(new ByteArrayInputStream(million)))).isEqualTo(expected);
    Sm3.Hasher hasher = Sm3.newHasher();
    for (int i = 0; i < 1_000_000; i++) {
      hasher.update((byte) 'a');
    }
    assertThat(Hex.encode(hasher.digest())).isEqualTo(expected);
  }

  @Test
  void hasherStartsOverAfterDigest() {
    Sm3.Hasher hasher = Sm3.newHasher();
    hasher.update(ascii("garbage")).digest();
    assertThat(hasher.update(ascii("abc")).digest()).isEqualTo(Sm3.digest(ascii("abc")));
  }

  @Test
  void streamIsReadToTheEndInSmallReads() throws IOException {
    byte[] data = ascii("abcd".repeat(16));
    // A stream that returns one byte per read, as sockets may.
    InputStream trickle =
        new ByteArrayInputStream(data) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
          }
        };
    assertThat(Sm3.digest(trickle)).isEqualTo(Sm3.digest(data));
  }

  @Test
  void badSliceIsRejected() {
    assertThatThrownBy(() -> Sm3.newHasher().update(new byte[4], 3, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Property
  void equalsBouncyCastle(@ForAll @Size(max = 300) byte[] data) {
    SM3Digest bc = new SM3Digest();
    bc.update(data, 0, data.length);
    byte[] expected = new byte[32];
    bc.doFinal(expected, 0);
    assertThat(Sm3.digest(data)).isEqualTo(expected);
  }

  @Property
  void streamingInAnyTwoPiecesEqualsOneShot(
      @ForAll @Size(max = 300) byte[] data, @ForAll @IntRange(max = 300) int cut) {
    int at = Math.min(cut, data.length);
    byte[] streamed =
        Sm3.newHasher().update(data, 0, at).update(data, at, data.length - at).digest();
    assertThat(streamed).isEqualTo(Sm3.digest(data));
  }

  @Test
  void concurrentCallsGiveCorrectResults() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    byte[] data = ascii("abc");
                    if (!Hex.encode(Sm3.digest(data))
                        .equals(
                            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyUpdateOfAHasherChains() {
    byte[] digest =
        Sm3.newHasher().update((byte) 'a').update(new byte[] {'b'}).update((byte) 'c').digest();
    assertThat(digest).isEqualTo(Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII)));
  }
}
