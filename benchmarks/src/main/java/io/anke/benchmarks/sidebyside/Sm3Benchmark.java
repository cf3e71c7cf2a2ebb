package io.anke.benchmarks.sidebyside;

import cn.hutool.crypto.digest.SM3;
import io.anke.crypto.sm3.Sm3;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** SM3 digests of 64 B, 1 KiB and 1 MiB; SHA-256 as the JDK reference. */
public class Sm3Benchmark extends SideBySideBenchmark {

  /** Anke: the static one-shot digest, as a user calls it. */
  @State(Scope.Thread)
  public static class Anke {
    @Param({"64", "1024", "1048576"})
    int size;

    byte[] data;

    @Setup
    public void setUp() {
      data = Fixtures.data(size);
      Fixtures.checkEqual(Sm3.digest(data), Fixtures.bcSm3(data), "SM3: Anke = Bouncy Castle");
    }
  }

  /** Bouncy Castle: one {@link SM3Digest} reused ({@code doFinal} resets it). */
  @State(Scope.Thread)
  public static class Bc {
    @Param({"64", "1024", "1048576"})
    int size;

    byte[] data;
    final SM3Digest digest = new SM3Digest();
    final byte[] out = new byte[32];

    @Setup
    public void setUp() {
      data = Fixtures.data(size);
    }
  }

  /** Kona: one {@code MessageDigest "SM3"} reused. */
  @State(Scope.Thread)
  public static class Kona {
    @Param({"64", "1024", "1048576"})
    int size;

    byte[] data;
    MessageDigest digest;

    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      digest = MessageDigest.getInstance("SM3", Fixtures.kona());
      Fixtures.checkEqual(digest.digest(data), Fixtures.bcSm3(data), "SM3: Kona = Bouncy Castle");
    }
  }

  /** Hutool: one {@link SM3} digester reused. */
  @State(Scope.Thread)
  public static class Hutool {
    @Param({"64", "1024", "1048576"})
    int size;

    byte[] data;
    SM3 digester;

    @Setup
    public void setUp() {
      data = Fixtures.data(size);
      digester = new SM3();
      Fixtures.checkEqual(
          digester.digest(data), Fixtures.bcSm3(data), "SM3: Hutool = Bouncy Castle");
    }
  }

  /** The JDK's SHA-256 (intrinsic where the CPU has SHA extensions), one instance reused. */
  @State(Scope.Thread)
  public static class Jdk {
    @Param({"64", "1024", "1048576"})
    int size;

    byte[] data;
    MessageDigest digest;

    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      digest = MessageDigest.getInstance("SHA-256");
    }
  }

  @Benchmark
  public byte[] digestAnke(Anke s) {
    return Sm3.digest(s.data);
  }

  @Benchmark
  public byte[] digestBc(Bc s) {
    s.digest.update(s.data, 0, s.data.length);
    s.digest.doFinal(s.out, 0);
    return s.out;
  }

  @Benchmark
  public byte[] digestKona(Kona s) {
    return s.digest.digest(s.data);
  }

  @Benchmark
  public byte[] digestHutool(Hutool s) {
    return s.digester.digest(s.data);
  }

  @Benchmark
  public byte[] digestJdk(Jdk s) {
    return s.digest.digest(s.data);
  }
}
