package io.anke.crypto.sm3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.KeyDestroyedException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class HmacSm3Test {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void hiThereVector() {
    byte[] key = new byte[16];
    Arrays.fill(key, (byte) 0x0b);
    assertThat(Hex.encode(HmacSm3.withKey(key).mac(ascii("Hi There"))))
        .isEqualTo("12d66c84b4a40ad8035c263e419bd43c7e52fb438b930eba0c94e34cdb9b63f3");
  }

  @Test
  void jefeVectorWithShortInteropKey() {
    HmacSm3 mac = HmacSm3.withInteropKey(ascii("Jefe"));
    byte[] data = ascii("what do ya want for nothing?");
    assertThat(Hex.encode(mac.mac(data)))
        .isEqualTo("2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882");
    assertThat(
            mac.verify(
                data,
                Hex.decode("2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882")))
        .isTrue();
  }

  @Test
  void shortKeyIsRejectedWithLengths() {
    assertThatThrownBy(() -> HmacSm3.withKey(new byte[15]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("at least 16 bytes, got 15")
        .hasMessageContaining("withInteropKey");
    assertThatThrownBy(() -> HmacSm3.withInteropKey(new byte[0]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void keyIsCopiedInAndNeverShown() {
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x41);
    HmacSm3 mac = HmacSm3.withKey(key);
    byte[] before = mac.mac(ascii("m"));
    Arrays.fill(key, (byte) 0);
    assertThat(mac.mac(ascii("m"))).isEqualTo(before);
    assertThat(mac.toString()).doesNotContain("41").doesNotContain("AAAA");
  }

  @Test
  void verifyRejectsWrongTagsOfAnyLength() {
    HmacSm3 mac = HmacSm3.withKey(new byte[16]);
    byte[] data = ascii("payload");
    byte[] tag = mac.mac(data);
    assertThat(mac.verify(data, tag)).isTrue();
    assertThat(mac.verify(ascii("payloaD"), tag)).isFalse();
    assertThat(mac.verify(data, Arrays.copyOf(tag, 31))).isFalse();
    assertThat(mac.verify(data, Arrays.copyOf(tag, 33))).isFalse();
    assertThat(mac.verify(data, new byte[0])).isFalse();
    for (int bit = 0; bit < tag.length * 8; bit++) {
      byte[] bad = tag.clone();
      bad[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThat(mac.verify(data, bad)).as("bit %d", bit).isFalse();
    }
  }

  @Test
  void sessionStartsOverAndVerifies() throws Exception {
    HmacSm3 mac = HmacSm3.withKey(new byte[32]);
    HmacSm3.Session s = mac.newSession();
    s.update(ascii("junk")).mac();
    byte[] tag = s.update(ascii("ab")).update(ascii("c")).mac();
    assertThat(tag).isEqualTo(mac.mac(ascii("abc")));
    assertThat(mac.newSession().update(ascii("abc")).verify(tag)).isTrue();
    assertThat(mac.newSession().update(ascii("abd")).verify(tag)).isFalse();
    assertThat(mac.mac(new ByteArrayInputStream(ascii("abc")))).isEqualTo(tag);
  }

  @Property
  void equalsBouncyCastle(
      @ForAll @Size(min = 1, max = 200) byte[] key, @ForAll @Size(max = 300) byte[] data) {
    HMac bc = new HMac(new SM3Digest());
    bc.init(new KeyParameter(key));
    bc.update(data, 0, data.length);
    byte[] expected = new byte[32];
    bc.doFinal(expected, 0);
    assertThat(HmacSm3.withInteropKey(key).mac(data)).isEqualTo(expected);
  }

  @Property
  void streamingEqualsOneShot(
      @ForAll @Size(max = 200) byte[] data, @ForAll @IntRange(max = 200) int cut) {
    HmacSm3 mac = HmacSm3.withKey(new byte[16]);
    int at = Math.min(cut, data.length);
    byte[] streamed = mac.newSession().update(data, 0, at).update(data, at, data.length - at).mac();
    assertThat(streamed).isEqualTo(mac.mac(data));
  }

  @Test
  void oneInstanceSharedByThreads() throws Exception {
    HmacSm3 mac = HmacSm3.withInteropKey(ascii("Jefe"));
    byte[] data = ascii("what do ya want for nothing?");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    if (!Hex.encode(mac.mac(data))
                        .equals(
                            "2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882")) {
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
  void describesItselfByKeyLengthOnly() {
    assertThat(HmacSm3.withKey(new byte[20]).toString()).isEqualTo("HmacSm3[key 20 bytes]");
    assertThat(HmacSm3.withInteropKey(ascii("Jefe")).toString()).isEqualTo("HmacSm3[key 4 bytes]");
  }

  @Test
  void aSessionThatFindsItsKeyDestroyedDestroysItself() {
    HmacSm3 mac = HmacSm3.withKey(new byte[16]);
    HmacSm3.Session s = mac.newSession().update(ascii("a"));
    mac.destroy();
    assertThatThrownBy(() -> s.update(ascii("b")))
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessageContaining("HMAC-SM3 key");
    // Refusing overwrote the session's own pads: from then on it is the session that is gone.
    assertThatThrownBy(s::mac)
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessageContaining("HMAC-SM3 session");
  }

  @Test
  void aStreamWhoseKeyIsDestroyedWhileItIsReadGetsNoTag() {
    HmacSm3 mac = HmacSm3.withKey(new byte[16]);
    InputStream destroying =
        new ByteArrayInputStream(ascii("message")) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            mac.destroy(); // the tag would now come from zeroed pads
            return super.read(b, off, len);
          }
        };
    assertThatThrownBy(() -> mac.mac(destroying)).isInstanceOf(KeyDestroyedException.class);
  }
}
