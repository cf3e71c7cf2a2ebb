package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4Ctr;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SM3, HMAC-SM3 and SM4-CBC/CTR/ECB against the OpenSSL 3 command line, both directions, on random
 * inputs of many sizes. OpenSSL 3.0's {@code enc} has no GCM or CCM (it refuses AEAD ciphers), so
 * those are checked against the RFC 8998 vectors and BC instead.
 */
class OpenSslSymmetricInteropTest {
  /** Block boundaries and a few KiB, plus random sizes drawn in {@link #sizes()}. */
  private static final int[] FIXED_SIZES = {0, 1, 15, 16, 17, 31, 32, 33, 255, 1024, 4099};

  // A fixed seed: a failure can be reproduced; the sizes and data still vary widely.
  private final Random random = new Random(20261127L);

  @TempDir Path dir;

  @BeforeAll
  static void openSslIsThere() throws Exception {
    Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
    String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("openssl on PATH").isZero();
    assertThat(version).as("OpenSSL 3 is required for these interop tests").startsWith("OpenSSL 3");
  }

  private List<Integer> sizes() {
    List<Integer> sizes = new ArrayList<>();
    for (int s : FIXED_SIZES) {
      sizes.add(s);
    }
    for (int i = 0; i < 6; i++) {
      sizes.add(random.nextInt(3000));
    }
    return sizes;
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** Runs openssl with {@code input} in a file and returns what it wrote to its output file. */
  private byte[] openssl(byte[] input, String... args) throws IOException, InterruptedException {
    Path in = Files.createTempFile(dir, "in", ".bin");
    Path out = Files.createTempFile(dir, "out", ".bin");
    Files.write(in, input);
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(Arrays.asList(args));
    cmd.add("-out");
    cmd.add(out.toString());
    if (args[0].equals("dgst")) {
      // dgst takes its input file as the last argument.
      cmd.add(in.toString());
    } else {
      cmd.add("-in");
      cmd.add(in.toString());
    }
    if (args[0].equals("mac")) {
      // mac takes the algorithm name last.
      cmd.add("HMAC");
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", String.join(" ", cmd), log).isZero();
    return Files.readAllBytes(out);
  }

  @Test
  void sm3EqualsOpensslDgst() throws Exception {
    for (int size : sizes()) {
      byte[] data = randomBytes(size);
      assertThat(Sm3.digest(data))
          .as("size %d", size)
          .isEqualTo(openssl(data, "dgst", "-sm3", "-binary"));
    }
  }

  @Test
  void hmacSm3EqualsOpensslMac() throws Exception {
    int[] keyLengths = {1, 4, 16, 32, 63, 64, 65, 100};
    List<Integer> sizes = sizes();
    for (int i = 0; i < sizes.size(); i++) {
      byte[] key = randomBytes(keyLengths[i % keyLengths.length]);
      byte[] data = randomBytes(sizes.get(i));
      byte[] theirs =
          openssl(data, "mac", "-digest", "SM3", "-macopt", "hexkey:" + Hex.encode(key), "-binary");
      assertThat(HmacSm3.withInteropKey(key).mac(data))
          .as("key %d bytes, data %d bytes", key.length, data.length)
          .isEqualTo(theirs);
      assertThat(HmacSm3.withInteropKey(key).verify(data, theirs)).isTrue();
    }
  }

  @Test
  void sm4CbcBothDirections() throws Exception {
    for (int size : sizes()) {
      byte[] key = randomBytes(16);
      byte[] iv = randomBytes(16);
      byte[] pt = randomBytes(size);
      Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key));
      String[] enc = {"enc", "-sm4-cbc", "-K", Hex.encode(key), "-iv", Hex.encode(iv)};
      byte[] theirs = openssl(pt, enc);
      assertThat(cbc.encrypt(iv, pt)).as("size %d", size).isEqualTo(theirs);
      assertThat(cbc.decrypt(iv, theirs)).isEqualTo(pt);
      assertThat(openssl(cbc.encrypt(iv, pt), withDecrypt(enc))).isEqualTo(pt);
    }
  }

  @Test
  void sm4CbcWithoutPaddingEqualsOpensslNopad() throws Exception {
    for (int blocks : new int[] {0, 1, 2, 7, 64}) {
      byte[] key = randomBytes(16);
      byte[] iv = randomBytes(16);
      byte[] pt = randomBytes(16 * blocks);
      Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(key), Padding.NONE);
      String[] enc = {"enc", "-sm4-cbc", "-nopad", "-K", Hex.encode(key), "-iv", Hex.encode(iv)};
      assertThat(cbc.encrypt(iv, pt)).isEqualTo(openssl(pt, enc));
      assertThat(openssl(cbc.encrypt(iv, pt), withDecrypt(enc))).isEqualTo(pt);
    }
  }

  @Test
  void sm4CtrBothDirectionsIncludingCounterWrap() throws Exception {
    List<Integer> sizes = sizes();
    for (int i = 0; i < sizes.size(); i++) {
      byte[] key = randomBytes(16);
      byte[] iv = randomBytes(16);
      if (i % 3 == 0) {
        // Counter blocks near 2^128 - 1: the carry runs through every byte and wraps to zero.
        Arrays.fill(iv, 4, 16, (byte) 0xff);
        if (i % 2 == 0) {
          Arrays.fill(iv, (byte) 0xff);
        }
      }
      byte[] pt = randomBytes(sizes.get(i));
      Sm4Ctr ctr = Sm4Ctr.withKey(Sm4Key.fromBytes(key));
      String[] enc = {"enc", "-sm4-ctr", "-K", Hex.encode(key), "-iv", Hex.encode(iv)};
      byte[] theirs = openssl(pt, enc);
      byte[] ours = ctr.encrypt(iv, pt);
      assertThat(ours).as("size %d", pt.length).isEqualTo(theirs);
      assertThat(ctr.decrypt(iv, theirs)).isEqualTo(pt);
      assertThat(openssl(ours, withDecrypt(enc))).isEqualTo(pt);
    }
  }

  @Test
  void sm4EcbBothDirections() throws Exception {
    for (int size : sizes()) {
      byte[] key = randomBytes(16);
      byte[] pt = randomBytes(size);
      Sm4Ecb ecb = Sm4Ecb.withKey(Sm4Key.fromBytes(key), Padding.PKCS7);
      String[] enc = {"enc", "-sm4-ecb", "-K", Hex.encode(key)};
      byte[] theirs = openssl(pt, enc);
      assertThat(ecb.encrypt(pt)).as("size %d", size).isEqualTo(theirs);
      assertThat(ecb.decrypt(theirs)).isEqualTo(pt);
      assertThat(openssl(ecb.encrypt(pt), withDecrypt(enc))).isEqualTo(pt);
    }
  }

  private static String[] withDecrypt(String[] enc) {
    String[] dec = Arrays.copyOf(enc, enc.length + 1);
    dec[enc.length] = "-d";
    return dec;
  }
}
