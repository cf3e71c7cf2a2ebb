package io.anke.benchmarks.sidebyside;

import cn.hutool.crypto.SmUtil;
import cn.hutool.crypto.digest.HMac;
import io.anke.crypto.sm3.HmacSm3;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** HMAC-SM3 tags of 64 B under a 32-byte key; HMAC-SHA256 as the JDK reference. */
public class HmacSm3Benchmark extends SideBySideBenchmark {

  /** Anke: one {@link HmacSm3} per key, {@code mac(data)} per message. */
  @State(Scope.Thread)
  public static class Anke {
    @Param({"64"})
    int size;

    byte[] data;
    HmacSm3 hmac;

    @Setup
    public void setUp() {
      data = Fixtures.data(size);
      hmac = HmacSm3.withKey(Fixtures.HMAC_KEY);
      Fixtures.checkEqual(
          hmac.mac(data),
          Fixtures.bcHmacSm3(Fixtures.HMAC_KEY, data),
          "HMAC-SM3: Anke = Bouncy Castle");
    }
  }

  /** Bouncy Castle: one initialised {@code HMac} reused (it keeps the keyed pad states). */
  @State(Scope.Thread)
  public static class Bc {
    @Param({"64"})
    int size;

    byte[] data;
    final org.bouncycastle.crypto.macs.HMac hmac =
        new org.bouncycastle.crypto.macs.HMac(new SM3Digest());
    final byte[] out = new byte[32];

    @Setup
    public void setUp() {
      data = Fixtures.data(size);
      hmac.init(new KeyParameter(Fixtures.HMAC_KEY));
    }
  }

  /** Kona: one initialised {@code Mac "HmacSM3"} reused. */
  @State(Scope.Thread)
  public static class Kona {
    @Param({"64"})
    int size;

    byte[] data;
    Mac mac;

    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      mac = Mac.getInstance("HmacSM3", Fixtures.kona());
      mac.init(new SecretKeySpec(Fixtures.HMAC_KEY, "HmacSM3"));
      Fixtures.checkEqual(
          mac.doFinal(data),
          Fixtures.bcHmacSm3(Fixtures.HMAC_KEY, data),
          "HMAC-SM3: Kona = Bouncy Castle");
    }
  }

  /** Hutool: one {@code SmUtil.hmacSm3(key)} reused. */
  @State(Scope.Thread)
  public static class Hutool {
    @Param({"64"})
    int size;

    byte[] data;
    HMac hmac;

    @Setup
    public void setUp() {
      data = Fixtures.data(size);
      hmac = SmUtil.hmacSm3(Fixtures.HMAC_KEY);
      Fixtures.checkEqual(
          hmac.digest(data),
          Fixtures.bcHmacSm3(Fixtures.HMAC_KEY, data),
          "HMAC-SM3: Hutool = Bouncy Castle");
    }
  }

  /** The JDK's HMAC-SHA256, one initialised {@code Mac} reused. */
  @State(Scope.Thread)
  public static class Jdk {
    @Param({"64"})
    int size;

    byte[] data;
    Mac mac;

    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Fixtures.HMAC_KEY, "HmacSHA256"));
    }
  }

  @Benchmark
  public byte[] macAnke(Anke s) {
    return s.hmac.mac(s.data);
  }

  @Benchmark
  public byte[] macBc(Bc s) {
    s.hmac.update(s.data, 0, s.data.length);
    s.hmac.doFinal(s.out, 0);
    return s.out;
  }

  @Benchmark
  public byte[] macKona(Kona s) {
    return s.mac.doFinal(s.data);
  }

  @Benchmark
  public byte[] macHutool(Hutool s) {
    return s.hmac.digest(s.data);
  }

  @Benchmark
  public byte[] macJdk(Jdk s) {
    return s.mac.doFinal(s.data);
  }
}
