package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Ciphertexts;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2Signatures;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.testing.Canaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anke sm2 ...} in-process: exit codes 0/1/2/3, messages, and OpenSSL 3 round trips. */
class Sm2CommandTest {
  private static final String DISTID = "distid:1234567812345678";
  private final Random random = new Random(32918);

  @TempDir Path dir;

  static Run anke(String... args) {
    return MainTest.run(args);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private byte[] read(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }

  private static void assertOk(Run r) {
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static void assertOneLineError(Run r, int exit) {
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    assertThat(r.err()).startsWith("anke: ").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }

  private static String bundle(String key) {
    return ResourceBundle.getBundle("io.anke.cli.Sm2Messages").getString(key);
  }

  private static boolean opensslAvailable() {
    try {
      Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && v.startsWith("OpenSSL 3");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private int openssl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(Arrays.asList(args));
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void keygenWritesOpenSslPemWithMode600() throws Exception {
    Run r = anke("sm2", "keygen", "--out", p("k.pem"), "--pubout", p("p.pem"));
    assertOk(r);
    assertThat(r.out()).isEmpty();
    String key = Files.readString(dir.resolve("k.pem"));
    assertThat(key)
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    Sm2PrivateKey k = Sm2PrivateKey.fromPem(key);
    assertThat(k.exportPkcs8Pem(InsecureSecretAccess.get())).isEqualTo(key);
    assertThat(Files.readString(dir.resolve("p.pem"))).isEqualTo(k.publicKey().toSpkiPem());
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("k.pem"))))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("p.pem"))))
          .isEqualTo("rw-r--r--");
    }
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("k.pem", "p.pem");

    // A second run replaces the key.
    assertOk(anke("sm2", "keygen", "--out", p("k.pem")));
    assertThat(Files.readString(dir.resolve("k.pem"))).isNotEqualTo(key);
  }

  @Test
  void keygenUsageErrors() {
    assertOneLineError(anke("sm2", "keygen", "--out", p("k.pem"), "--pubout", p("k.pem")), 2);
    Run missing = anke("sm2", "keygen");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--out");
    assertOneLineError(anke("sm2", "keygen", "--out", p("no/such/dir/k.pem")), 3);
    Run none = anke("sm2");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("keygen");
  }

  @Test
  void signAndVerifyInBothEncodingsWithExitCodes() throws Exception {
    Sm2KeyPair pair = new Sm2KeyPair(Sm2PrivateKey.fromHex(Canaries.SM2_D_HEX));
    write(
        "k.pem",
        pair.privateKey()
            .exportPkcs8Pem(InsecureSecretAccess.get())
            .getBytes(StandardCharsets.US_ASCII));
    write("p.pem", pair.publicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII));
    byte[] m = "pay 100 yuan to 张三".getBytes(StandardCharsets.UTF_8);
    write("m", m);

    assertOk(anke("sm2", "sign", "--key", p("k.pem"), "--in", p("m"), "--out", p("s.der")));
    assertThat(new Sm2Verifier(pair.publicKey()).verify(m, read("s.der"))).isTrue();
    Run ok = anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("s.der"), "--in", p("m"));
    assertOk(ok);
    assertThat(ok.out()).isEqualTo(bundle("verify.ok") + "\n");
    // A private key file works as --pubkey too.
    assertOk(anke("sm2", "verify", "--pubkey", p("k.pem"), "--sig", p("s.der"), "--in", p("m")));

    assertOk(
        anke(
            "sm2",
            "sign",
            "--key",
            p("k.pem"),
            "--encoding",
            "RAW",
            "--id",
            "alice",
            "--in",
            p("m"),
            "--out",
            p("s.raw")));
    assertThat(read("s.raw")).hasSize(64);
    assertThat(
            new Sm2Verifier(pair.publicKey())
                .withId("alice")
                .verify(m, Sm2Signatures.rawToDer(read("s.raw"))))
        .isTrue();
    assertOk(
        anke(
            "sm2",
            "verify",
            "--pubkey",
            p("p.pem"),
            "--sig",
            p("s.raw"),
            "--encoding",
            "raw",
            "--id-hex",
            "616c696365",
            "--in",
            p("m")));

    Run wrongEncoding =
        anke(
            "sm2",
            "verify",
            "--pubkey",
            p("p.pem"),
            "--sig",
            p("s.raw"),
            "--id",
            "alice",
            "--in",
            p("m"));
    assertThat(wrongEncoding.exit()).isEqualTo(1);
    assertThat(wrongEncoding.out()).isEqualTo(bundle("verify.invalid") + "\n");
    assertThat(wrongEncoding.err()).contains("--encoding raw");

    Run wrongId =
        anke(
            "sm2",
            "verify",
            "--pubkey",
            p("p.pem"),
            "--sig",
            p("s.der"),
            "--id",
            "bob",
            "--in",
            p("m"));
    assertThat(wrongId.exit()).isEqualTo(1);

    write("m2", "pay 900 yuan".getBytes(StandardCharsets.UTF_8));
    Run tampered =
        anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("s.der"), "--in", p("m2"));
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.err()).contains("--id-hex");

    // Bytes that are no signature in either encoding: the wrong file, said as such (exit 3).
    write("garbage.sig", new byte[] {1, 2, 3});
    Run garbage =
        anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("garbage.sig"), "--in", p("m"));
    assertOneLineError(garbage, 3);
    assertThat(garbage.err()).contains("garbage.sig: not an SM2 signature: 3 bytes");
    assertThat(garbage.out()).isEmpty();
  }

  @Test
  void messagesFollowTheLocale() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write("p.pem", pair.publicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII));
    write("m", new byte[] {1});
    write("s.der", new Sm2Signer(pair.privateKey()).sign(new byte[] {1}));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Run zh = anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("s.der"), "--in", p("m"));
      assertThat(zh.out()).isEqualTo("签名有效\n");
      assertThat(anke("sm2", "sign", "--help").out()).contains("用 SM3withSM2 对文件签名");
      assertThat(anke("sm2", "decrypt", "--key", p("p.pem")).err()).contains("不是可用的 SM2 私钥");
      Locale.setDefault(Locale.ENGLISH);
      Run en = anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("s.der"), "--in", p("m"));
      assertThat(en.out()).isEqualTo("Signature OK\n");
      assertThat(anke("sm2", "sign", "--help").out()).contains("Sign a file with SM3withSM2");
      assertThat(anke("sm2", "verify", "--help").out()).contains("the signature is invalid");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void encryptAndDecryptEveryFormat() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write(
        "k.pem",
        pair.privateKey()
            .exportPkcs8Pem(InsecureSecretAccess.get())
            .getBytes(StandardCharsets.US_ASCII));
    write("p.pem", pair.publicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII));
    byte[] m = new byte[100];
    random.nextBytes(m);
    write("m", m);
    for (String f :
        new String[] {"c1c3c2", "c1c2c3", "asn1", "C1C3C2-NO-PREFIX", "c1c2c3-no-prefix"}) {
      assertOk(
          anke(
              "sm2",
              "encrypt",
              "--pubkey",
              p("p.pem"),
              "--format",
              f,
              "--in",
              p("m"),
              "--out",
              p("c")));
      Sm2CiphertextFormat format = Sm2CiphertextFormat.parse(f);
      assertThat(new Sm2Decrypter(pair.privateKey(), format).decrypt(read("c"))).isEqualTo(m);
      assertOk(
          anke(
              "sm2",
              "decrypt",
              "--key",
              p("k.pem"),
              "--format",
              f,
              "--in",
              p("c"),
              "--out",
              p("d")));
      assertThat(read("d")).isEqualTo(m);
    }
    // Without --format both sides use C1C3C2.
    assertOk(anke("sm2", "encrypt", "--pubkey", p("p.pem"), "--in", p("m"), "--out", p("c")));
    assertThat(read("c")).hasSize(197).startsWith(4);
    assertThat(new Sm2Decrypter(pair.privateKey()).decrypt(read("c"))).isEqualTo(m);
    assertOk(anke("sm2", "decrypt", "--key", p("k.pem"), "--in", p("c"), "--out", p("d")));
    assertThat(read("d")).isEqualTo(m);
  }

  @Test
  void tamperedOrMisformattedCiphertextExits3WithoutOutput() throws Exception {
    Sm2KeyPair pair = new Sm2KeyPair(Sm2PrivateKey.fromHex(Canaries.SM2_D_HEX));
    write(
        "k.pem",
        pair.privateKey()
            .exportPkcs8Pem(InsecureSecretAccess.get())
            .getBytes(StandardCharsets.US_ASCII));
    write("p.pem", pair.publicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII));
    write("m", "secret".getBytes(StandardCharsets.US_ASCII));
    assertOk(anke("sm2", "encrypt", "--pubkey", p("p.pem"), "--in", p("m"), "--out", p("c")));
    byte[] c = read("c");
    c[80] ^= 1; // inside C3
    write("bad", c);
    Run r = anke("sm2", "decrypt", "--key", p("k.pem"), "--in", p("bad"), "--out", p("d"));
    assertOneLineError(r, 3);
    assertThat(r.err()).contains("decryption failed").doesNotContain("secret");
    assertThat(Files.exists(dir.resolve("d"))).isFalse();

    write(
        "asn1",
        Sm2Ciphertexts.convert(read("c"), Sm2CiphertextFormat.C1C3C2, Sm2CiphertextFormat.ASN1));
    Run hinted = anke("sm2", "decrypt", "--key", p("k.pem"), "--in", p("asn1"), "--out", p("d"));
    assertOneLineError(hinted, 3);
    assertThat(hinted.err()).contains("ASN1");

    write("empty", new byte[0]);
    assertOneLineError(anke("sm2", "encrypt", "--pubkey", p("p.pem"), "--in", p("empty")), 3);
    assertOneLineError(anke("sm2", "decrypt", "--key", p("k.pem"), "--in", p("empty")), 3);
  }

  @Test
  void badKeysAndOptionsGiveOneLineErrors() throws Exception {
    write("m", new byte[] {1, 2, 3});
    write(
        "garbage.pem",
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
            .getBytes(StandardCharsets.US_ASCII));
    write(
        "p.pem", Sm2KeyPair.generate().publicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII));
    Run bad = anke("sm2", "sign", "--key", p("garbage.pem"), "--in", p("m"));
    assertOneLineError(bad, 3);
    assertThat(bad.err()).contains("garbage.pem").contains("PKCS#8");
    Run pubAsPriv = anke("sm2", "sign", "--key", p("p.pem"), "--in", p("m"));
    assertOneLineError(pubAsPriv, 3);
    assertThat(pubAsPriv.err()).contains("PUBLIC KEY");
    assertOneLineError(anke("sm2", "sign", "--key", p("missing.pem"), "--in", p("m")), 3);
    assertOneLineError(
        anke("sm2", "verify", "--pubkey", p("garbage.pem"), "--sig", p("m"), "--in", p("m")), 3);
    assertOneLineError(anke("sm2", "encrypt", "--pubkey", p("m"), "--in", p("m")), 3);

    write(
        "k.pem",
        Sm2KeyPair.generate()
            .privateKey()
            .exportPkcs8Pem(InsecureSecretAccess.get())
            .getBytes(StandardCharsets.US_ASCII));
    assertOneLineError(
        anke("sm2", "sign", "--key", p("k.pem"), "--id-hex", "zz", "--in", p("m")), 3);
    assertOneLineError(
        anke("sm2", "sign", "--key", p("k.pem"), "--id", "a", "--id-hex", "61", "--in", p("m")), 2);
    Run badEncoding = anke("sm2", "sign", "--key", p("k.pem"), "--encoding", "pem", "--in", p("m"));
    assertThat(badEncoding.exit()).isEqualTo(2);
    assertThat(badEncoding.err())
        .contains("invalid value for --encoding: 'pem'; expected one of der, raw");
    Run badFormat = anke("sm2", "encrypt", "--pubkey", p("p.pem"), "--format", "c3c1c2");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("asn1");
    assertThat(anke("sm2", "verify", "--pubkey", p("p.pem"), "--in", p("m")).exit()).isEqualTo(2);
  }

  @Test
  void interoperatesWithOpenSslInBothDirections() throws Exception {
    // OpenSSL 3 is on every build machine; without it this interop check must fail, not skip.
    assertThat(opensslAvailable()).as("OpenSSL 3 command line on PATH").isTrue();
    assertThat(openssl("genpkey", "-algorithm", "SM2", "-out", "ok.pem")).isZero();
    assertThat(openssl("pkey", "-in", "ok.pem", "-pubout", "-out", "op.pem")).isZero();
    assertOk(anke("sm2", "keygen", "--out", p("ak.pem"), "--pubout", p("ap.pem")));
    for (int size : new int[] {1, 16, 33, 64, 255, 1000, 10_000}) {
      byte[] m = new byte[size];
      random.nextBytes(m);
      write("m", m);
      // anke signs, OpenSSL verifies; OpenSSL signs, anke verifies.
      assertOk(anke("sm2", "sign", "--key", p("ak.pem"), "--in", p("m"), "--out", p("s1")));
      assertThat(
              openssl(
                  "dgst", "-sm3", "-verify", "ap.pem", "-sigopt", DISTID, "-signature", "s1", "m"))
          .isZero();
      assertThat(openssl("dgst", "-sm3", "-sign", "ok.pem", "-sigopt", DISTID, "-out", "s2", "m"))
          .isZero();
      assertOk(anke("sm2", "verify", "--pubkey", p("op.pem"), "--sig", p("s2"), "--in", p("m")));
      // OpenSSL's own default: the empty ID.
      assertThat(openssl("dgst", "-sm3", "-sign", "ok.pem", "-out", "s3", "m")).isZero();
      assertOk(
          anke(
              "sm2",
              "verify",
              "--pubkey",
              p("op.pem"),
              "--sig",
              p("s3"),
              "--id-hex",
              "",
              "--in",
              p("m")));
      // anke encrypts (asn1), OpenSSL decrypts; OpenSSL encrypts, anke decrypts.
      assertOk(
          anke(
              "sm2",
              "encrypt",
              "--pubkey",
              p("op.pem"),
              "--format",
              "asn1",
              "--in",
              p("m"),
              "--out",
              p("c1")));
      assertThat(openssl("pkeyutl", "-decrypt", "-inkey", "ok.pem", "-in", "c1", "-out", "d1"))
          .isZero();
      assertThat(read("d1")).isEqualTo(m);
      assertThat(
              openssl(
                  "pkeyutl", "-encrypt", "-pubin", "-inkey", "ap.pem", "-in", "m", "-out", "c2"))
          .isZero();
      assertOk(
          anke(
              "sm2",
              "decrypt",
              "--key",
              p("ak.pem"),
              "--format",
              "asn1",
              "--in",
              p("c2"),
              "--out",
              p("d2")));
      assertThat(read("d2")).isEqualTo(m);
    }
    // OpenSSL reads the key anke generated.
    assertThat(openssl("pkey", "-in", "ak.pem", "-check", "-noout")).isZero();
    assertThat(Sm2PublicKey.fromPem(Files.readString(dir.resolve("ap.pem"))))
        .isEqualTo(Sm2PrivateKey.fromPem(Files.readString(dir.resolve("ak.pem"))).publicKey());
  }

  @Test
  void helpListsTheSubcommands() {
    Run r = anke("sm2", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("keygen")
        .contains("sign")
        .contains("verify")
        .contains("encrypt")
        .contains("decrypt");
    Run top = anke("--help");
    assertThat(top.out()).contains("sm2");
  }
}
