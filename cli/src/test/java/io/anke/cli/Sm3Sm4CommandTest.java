package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import io.anke.crypto.Hex;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.testing.Canaries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anke sm3} and {@code anke sm4}, run in-process and cross-checked with OpenSSL 3. */
class Sm3Sm4CommandTest {
  private static final int[] SIZES = {0, 1, 15, 16, 17, 31, 32, 33, 1000, 4099};

  private final Random random = new Random(7);

  @TempDir Path dir;

  static Run anke(String... args) {
    return MainTest.run(args);
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  /** Runs openssl and returns its standard output; fails the test on a non-zero exit. */
  private static byte[] openssl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd)).isZero();
    return out;
  }

  private static void assertOneLineError(Run r, int exit) {
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    assertThat(r.err()).startsWith("anke: ").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  // ---- sm3 ----------------------------------------------------------------------------------

  @Test
  void sm3OfFilesEqualsOpensslDgst() throws Exception {
    for (int size : SIZES) {
      Path f = file("data" + size, randomBytes(size));
      String theirs =
          new String(openssl("dgst", "-sm3", "-r", f.toString()), StandardCharsets.UTF_8);
      Run r = anke("sm3", f.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo(theirs.substring(0, 64) + "\n");
    }
  }

  @Test
  void sm3HmacEqualsOpensslMac() throws Exception {
    for (int size : SIZES) {
      Path f = file("data" + size, randomBytes(size));
      String key = Hex.encode(randomBytes(1 + size % 70));
      String theirs =
          new String(
                  openssl(
                      "mac",
                      "-digest",
                      "SM3",
                      "-macopt",
                      "hexkey:" + key,
                      "-in",
                      f.toString(),
                      "HMAC"),
                  StandardCharsets.UTF_8)
              .trim()
              .toLowerCase(Locale.ROOT);
      Run r = anke("sm3", "--hmac-key", key, f.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo(theirs + "\n");
    }
  }

  @Test
  void sm3BadInputs() {
    Run missing = anke("sm3", dir.resolve("nope").toString());
    assertOneLineError(missing, 3);
    assertThat(missing.err()).contains("nope");
    Run badHex = anke("sm3", "--hmac-key", "00zz11", dir.toString());
    assertOneLineError(badHex, 3);
    assertThat(badHex.err()).contains("--hmac-key").doesNotContain("00zz11");
    Run notAFile = anke("sm3", "--hmac-key", Canaries.HMAC_KEY_HEX, dir.toString());
    assertOneLineError(notAFile, 3);
    assertThat(notAFile.err()).doesNotContainIgnoringCase(Canaries.HMAC_KEY_HEX);
  }

  // ---- sm4 against openssl ------------------------------------------------------------------

  @Test
  void sm4CbcAndCtrThroughTheCliEqualOpenssl() throws Exception {
    for (String mode : new String[] {"cbc", "ctr"}) {
      for (int size : SIZES) {
        String key = Hex.encode(randomBytes(16));
        String iv = Hex.encode(randomBytes(16));
        byte[] pt = randomBytes(size);
        Path plain = file(mode + size + ".pt", pt);
        Path ours = dir.resolve(mode + size + ".ours");
        Run enc =
            anke(
                "sm4",
                "encrypt",
                "--mode",
                mode,
                "--key",
                key,
                "--iv",
                iv,
                "--in",
                plain.toString(),
                "--out",
                ours.toString());
        assertThat(enc.exit()).as(enc.err()).isZero();
        byte[] theirs =
            openssl("enc", "-sm4-" + mode, "-K", key, "-iv", iv, "-in", plain.toString());
        assertThat(Files.readAllBytes(ours)).as("%s size %d", mode, size).isEqualTo(theirs);
        // Their ciphertext decrypts here, ours decrypts there.
        Path theirsFile = file(mode + size + ".theirs", theirs);
        Path back = dir.resolve(mode + size + ".back");
        Run dec =
            anke(
                "sm4",
                "decrypt",
                "--mode",
                mode,
                "--key",
                key,
                "--iv",
                iv,
                "--in",
                theirsFile.toString(),
                "--out",
                back.toString());
        assertThat(dec.exit()).as(dec.err()).isZero();
        assertThat(Files.readAllBytes(back)).isEqualTo(pt);
        assertThat(
                openssl("enc", "-d", "-sm4-" + mode, "-K", key, "-iv", iv, "-in", ours.toString()))
            .isEqualTo(pt);
      }
    }
  }

  @Test
  void sm4EcbAndUnpaddedCbcEqualOpenssl() throws Exception {
    String key = Canaries.SM4_KEY_HEX;
    String iv = Hex.encode(randomBytes(16));
    Path plain = file("ecb.pt", randomBytes(100));
    Path ours = dir.resolve("ecb.ours");
    assertThat(
            anke(
                    "sm4",
                    "encrypt",
                    "--mode",
                    "ecb",
                    "--key",
                    key,
                    "--in",
                    plain.toString(),
                    "--out",
                    ours.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllBytes(ours))
        .isEqualTo(openssl("enc", "-sm4-ecb", "-K", key, "-in", plain.toString()));
    Path blocks = file("blocks.pt", randomBytes(64));
    Path nopad = dir.resolve("nopad.ours");
    assertThat(
            anke(
                    "sm4",
                    "encrypt",
                    "--mode",
                    "cbc",
                    "--padding",
                    "none",
                    "--key",
                    key,
                    "--iv",
                    iv,
                    "--in",
                    blocks.toString(),
                    "--out",
                    nopad.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllBytes(nopad))
        .isEqualTo(
            openssl("enc", "-sm4-cbc", "-nopad", "-K", key, "-iv", iv, "-in", blocks.toString()));
    Run notBlocks =
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "ecb",
            "--padding",
            "none",
            "--key",
            key,
            "--in",
            plain.toString(),
            "--out",
            dir.resolve("x").toString());
    assertOneLineError(notBlocks, 3);
    assertThat(notBlocks.err()).contains("100").doesNotContainIgnoringCase(key);
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void largeFileStreamsThroughCtrAndCbc() throws Exception {
    byte[] pt = randomBytes(3 * 1024 * 1024 + 5);
    Path plain = file("large.pt", pt);
    String key = Hex.encode(randomBytes(16));
    String iv = Hex.encode(randomBytes(16));
    for (String mode : new String[] {"cbc", "ctr"}) {
      Path ours = dir.resolve("large." + mode);
      assertThat(
              anke(
                      "sm4",
                      "encrypt",
                      "--mode",
                      mode,
                      "--key",
                      key,
                      "--iv",
                      iv,
                      "--in",
                      plain.toString(),
                      "--out",
                      ours.toString())
                  .exit())
          .isZero();
      assertThat(Files.readAllBytes(ours))
          .isEqualTo(openssl("enc", "-sm4-" + mode, "-K", key, "-iv", iv, "-in", plain.toString()));
    }
  }

  /**
   * Hundreds of random cases: a random mode, key, IV and input size; encrypt here and decrypt
   * there, encrypt there and decrypt here, and sm3 of the same input.
   */
  @Property(tries = 100)
  void cliAndOpensslAgreeOnRandomInputs(
      @ForAll("modes") String mode,
      @ForAll @IntRange(max = 5000) int size,
      @ForAll @Size(value = 16) byte[] key,
      @ForAll @Size(value = 16) byte[] iv,
      @ForAll long seed)
      throws Exception {
    Path work = Files.createTempDirectory("anke-sm4-prop");
    try {
      byte[] pt = new byte[size];
      new Random(seed).nextBytes(pt);
      Path plain = Files.write(work.resolve("pt"), pt);
      Path ours = work.resolve("ours");
      Path back = work.resolve("back");
      List<String> args =
          new ArrayList<>(List.of("--mode", mode, "--key", Hex.encode(key), "--in"));
      List<String> ossl = new ArrayList<>(List.of("enc", "-sm4-" + mode, "-K", Hex.encode(key)));
      if (!mode.equals("ecb")) {
        ossl.addAll(List.of("-iv", Hex.encode(iv)));
      }
      List<String> enc = new ArrayList<>(List.of("sm4", "encrypt"));
      enc.addAll(args);
      enc.addAll(List.of(plain.toString(), "--out", ours.toString()));
      if (!mode.equals("ecb")) {
        enc.addAll(List.of("--iv", Hex.encode(iv)));
      }
      assertThat(anke(enc.toArray(String[]::new)).exit()).isZero();
      List<String> theirEnc = new ArrayList<>(ossl);
      theirEnc.addAll(List.of("-in", plain.toString()));
      byte[] theirs = openssl(theirEnc.toArray(String[]::new));
      assertThat(Files.readAllBytes(ours)).isEqualTo(theirs);
      List<String> theirDec = new ArrayList<>(ossl);
      theirDec.addAll(List.of("-d", "-in", ours.toString()));
      assertThat(openssl(theirDec.toArray(String[]::new))).isEqualTo(pt);
      Path theirsFile = Files.write(work.resolve("theirs"), theirs);
      List<String> dec = new ArrayList<>(enc);
      dec.set(1, "decrypt");
      dec.set(dec.indexOf(plain.toString()), theirsFile.toString());
      dec.set(dec.indexOf(ours.toString()), back.toString());
      assertThat(anke(dec.toArray(String[]::new)).exit()).isZero();
      assertThat(Files.readAllBytes(back)).isEqualTo(pt);
      String dgst =
          new String(openssl("dgst", "-sm3", "-r", plain.toString()), StandardCharsets.UTF_8);
      assertThat(anke("sm3", plain.toString()).out()).isEqualTo(dgst.substring(0, 64) + "\n");
    } finally {
      try (var files = Files.list(work)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(work);
    }
  }

  @Provide
  Arbitrary<String> modes() {
    return Arbitraries.of("cbc", "ctr", "ecb");
  }

  // ---- sm4 gcm ------------------------------------------------------------------------------

  @Test
  void gcmWithIvIsCiphertextAndTagMatchingRfc8998() throws Exception {
    Path plain =
        file(
            "rfc.pt",
            Hex.decode(
                "AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                    + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA"));
    Path ct = dir.resolve("rfc.ct");
    Run r =
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "gcm",
            "--key",
            "0123456789ABCDEFFEDCBA9876543210",
            "--iv",
            "00001234567800000000ABCD",
            "--aad",
            "FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2",
            "--in",
            plain.toString(),
            "--out",
            ct.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Hex.encode(Files.readAllBytes(ct)))
        .isEqualTo(
            "17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
                + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
                + "83de3541e4c2b58177e065a9bf7b62ec");
  }

  @Test
  void gcmWithoutIvWritesNonceCiphertextTagAndRoundTrips() throws Exception {
    String key = Hex.encode(randomBytes(16));
    for (int size : SIZES) {
      byte[] pt = randomBytes(size);
      Path plain = file("g" + size, pt);
      Path ct = dir.resolve("g" + size + ".ct");
      Path back = dir.resolve("g" + size + ".back");
      assertThat(
              anke(
                      "sm4",
                      "encrypt",
                      "--mode",
                      "gcm",
                      "--key",
                      key,
                      "--aad",
                      "0102",
                      "--in",
                      plain.toString(),
                      "--out",
                      ct.toString())
                  .exit())
          .isZero();
      byte[] out = Files.readAllBytes(ct);
      assertThat(out).hasSize(12 + size + 16);
      // The layout is nonce || ct || tag: the library opens it with the nonce taken from the front.
      assertThat(
              Sm4GcmWithNonce.withKey(Sm4Key.fromBytes(Hex.decode(key)))
                  .decrypt(
                      Arrays.copyOf(out, 12),
                      Arrays.copyOfRange(out, 12, out.length),
                      new byte[] {1, 2}))
          .isEqualTo(pt);
      assertThat(
              anke(
                      "sm4",
                      "decrypt",
                      "--mode",
                      "gcm",
                      "--key",
                      key,
                      "--aad",
                      "0102",
                      "--in",
                      ct.toString(),
                      "--out",
                      back.toString())
                  .exit())
          .isZero();
      assertThat(Files.readAllBytes(back)).isEqualTo(pt);
    }
  }

  @Test
  void keyErrorsNeverEchoTheKey() throws Exception {
    Path plain = file("k.pt", randomBytes(20));
    String key = Canaries.SM4_KEY_HEX;
    String almost = key.substring(0, 30);
    for (String bad : List.of(key + "ab", almost + "zz", almost, key + key)) {
      for (String mode : List.of("gcm", "cbc", "ecb")) {
        Run r =
            anke(
                "sm4",
                "encrypt",
                "--mode",
                mode,
                "--key",
                bad,
                "--in",
                plain.toString(),
                "--out",
                dir.resolve("k.ct").toString());
        assertThat(r.exit()).as(r.err()).isNotZero();
        assertThat(r.err()).as(r.err()).startsWith("anke: ").doesNotContainIgnoringCase(almost);
      }
    }
    Run badHmac = anke("sm3", "--hmac-key", Canaries.HMAC_KEY_HEX + "z", plain.toString());
    assertThat(badHmac.exit()).isNotZero();
    assertThat(badHmac.err()).doesNotContainIgnoringCase(Canaries.HMAC_KEY_HEX.substring(0, 30));
  }

  @Test
  void tamperedGcmExits3WithOneLineAndNoOutputFile() throws Exception {
    String key = Canaries.SM4_KEY_HEX;
    Path plain = file("t.pt", randomBytes(50));
    Path ct = dir.resolve("t.ct");
    assertThat(
            anke(
                    "sm4",
                    "encrypt",
                    "--mode",
                    "gcm",
                    "--key",
                    key,
                    "--in",
                    plain.toString(),
                    "--out",
                    ct.toString())
                .exit())
        .isZero();
    byte[] bytes = Files.readAllBytes(ct);
    bytes[20] ^= 1;
    Files.write(ct, bytes);
    Path back = dir.resolve("t.back");
    Run r =
        anke(
            "sm4",
            "decrypt",
            "--mode",
            "gcm",
            "--key",
            key,
            "--in",
            ct.toString(),
            "--out",
            back.toString());
    assertOneLineError(r, 3);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).doesNotContainIgnoringCase(key);
    assertThat(back).doesNotExist();
    // No temporary file is left behind either.
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".anke-"));
    }
  }

  @Test
  void badCbcPaddingExits3AndLeavesNoPartialFile() throws Exception {
    String key = Hex.encode(randomBytes(16));
    String iv = Hex.encode(randomBytes(16));
    // 200 KiB of random "ciphertext": decrypts block by block, then fails the padding check at
    // the very end (with overwhelming probability), after much output has been streamed.
    Path junk = file("junk.ct", randomBytes(200 * 1024));
    Path back = dir.resolve("junk.pt");
    Files.write(back, new byte[] {42});
    Run r =
        anke(
            "sm4",
            "decrypt",
            "--mode",
            "cbc",
            "--key",
            key,
            "--iv",
            iv,
            "--in",
            junk.toString(),
            "--out",
            back.toString());
    assertOneLineError(r, 3);
    assertThat(r.err()).contains("decryption failed");
    // The earlier file is untouched: nothing was moved into place.
    assertThat(Files.readAllBytes(back)).containsExactly(42);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".anke-"));
    }
  }

  // ---- sm4 errors ---------------------------------------------------------------------------

  @Test
  void badHexAndBadLengthsExit3WithoutEchoingSecrets() throws Exception {
    Path plain = file("p", new byte[5]);
    Run badHex =
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "gcm",
            "--key",
            "0123456789abcdeffedcba987654321g",
            "--in",
            plain.toString());
    assertOneLineError(badHex, 3);
    assertThat(badHex.err()).contains("--key").doesNotContain("0123456789");
    Run longKey =
        anke("sm4", "encrypt", "--mode", "gcm", "--key", "00".repeat(17), "--in", plain.toString());
    assertOneLineError(longKey, 3);
    assertThat(longKey.err()).contains("16").contains("17");
    Run shortIv =
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "cbc",
            "--key",
            "00".repeat(16),
            "--iv",
            "00".repeat(15),
            "--in",
            plain.toString());
    assertOneLineError(shortIv, 3);
    assertThat(shortIv.err()).contains("16").contains("15");
    Run shortNonce =
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "gcm",
            "--key",
            "00".repeat(16),
            "--iv",
            "00".repeat(8),
            "--in",
            plain.toString());
    assertOneLineError(shortNonce, 3);
  }

  @Test
  void usageErrorsExit2() {
    String key = "00".repeat(16);
    assertThat(anke("sm4", "encrypt", "--mode", "cbc", "--key", key).exit()).isEqualTo(2);
    assertThat(anke("sm4", "encrypt", "--mode", "ctr", "--key", key).exit()).isEqualTo(2);
    assertThat(anke("sm4", "encrypt", "--mode", "ecb", "--key", key, "--iv", key).exit())
        .isEqualTo(2);
    assertThat(
            anke("sm4", "encrypt", "--mode", "cbc", "--key", key, "--iv", key, "--aad", "00")
                .exit())
        .isEqualTo(2);
    assertThat(anke("sm4", "encrypt", "--mode", "gcm", "--key", key, "--padding", "none").exit())
        .isEqualTo(2);
    assertThat(anke("sm4", "encrypt", "--mode", "xts", "--key", key).exit()).isEqualTo(2);
    assertThat(anke("sm4", "encrypt", "--key", key).exit()).isEqualTo(2);
    assertThat(anke("sm4", "scramble", "--mode", "gcm", "--key", key).exit()).isEqualTo(2);
    Run r = anke("sm4", "encrypt", "--mode", "cbc", "--key", key);
    assertThat(r.err()).contains("--iv").doesNotContain("Exception");
  }

  // ---- help and messages --------------------------------------------------------------------

  @Test
  void helpIsBilingual() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Run en = anke("sm4", "--help");
      assertThat(en.exit()).isZero();
      assertThat(en.out()).contains("nonce||ciphertext||tag").contains("--aad");
      assertThat(anke("sm3", "--help").out()).contains("--hmac-key").contains("lowercase hex");
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Run zh = anke("sm4", "--help");
      assertThat(zh.out()).contains("nonce||密文||认证标签").contains("--aad");
      Run zhErr = anke("sm4", "encrypt", "--mode", "cbc", "--key", "00".repeat(16));
      assertThat(zhErr.err()).contains("需要 --iv");
      assertThat(anke("sm3", "--help").out()).contains("摘要");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
