package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.anke.cli.MainTest.Run;
import io.anke.core.manifest.DeliveryManifest;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signer;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The messages found by trying the command line: a file that is no signature, an empty key file, a
 * write that fails; each said as what it is, in either language, for every command concerned.
 */
@ExtendWith(EnglishLocale.class)
class IoMessagesTest {
  @TempDir Path dir;

  private final Sm2KeyPair pair = Sm2KeyPair.generate();

  private static Run anke(String... args) {
    return MainTest.run(args);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  private static void assertOneLine(Run r, int exit, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    assertThat(r.err()).isEqualTo("anke: " + message + "\n");
    assertThat(r.out()).isEmpty();
  }

  @BeforeEach
  void files() throws IOException {
    Files.writeString(
        dir.resolve("k.pem"), pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
    Files.writeString(dir.resolve("p.pem"), pair.publicKey().toSpkiPem());
    Files.writeString(dir.resolve("msg"), "pay 100 yuan\n");
    Files.writeString(dir.resolve("kek.hex"), "000102030405060708090a0b0c0d0e0f\n");
    Files.write(dir.resolve("empty"), new byte[0]);
    Files.writeString(dir.resolve("blank"), " \n\t\r\n");
  }

  // ---- a file that is not a signature -------------------------------------------------------

  @Test
  void aFileThatIsNoSignatureIsSaidToBeNone() throws IOException {
    Run text = anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("msg"), "--in", p("msg"));
    assertOneLine(
        text,
        3,
        p("msg")
            + ": not an SM2 signature: 13 bytes that are neither DER (a SEQUENCE of two INTEGERs,"
            + " as OpenSSL writes) nor raw r||s (64 bytes)");
    assertThat(text.err()).doesNotContain("user ID").doesNotContain("invalid");
    // The same under --encoding raw: the file is no signature whatever the encoding asked for.
    assertThat(
            anke(
                    "sm2",
                    "verify",
                    "--pubkey",
                    p("p.pem"),
                    "--sig",
                    p("msg"),
                    "--in",
                    p("msg"),
                    "--encoding",
                    "raw")
                .exit())
        .isEqualTo(3);
    Run zh =
        anke(
            "--lang",
            "zh",
            "sm2",
            "verify",
            "--pubkey",
            p("p.pem"),
            "--sig",
            p("msg"),
            "--in",
            p("msg"));
    assertThat(zh.err()).startsWith("anke: " + p("msg") + "：不是 SM2 签名：这 13 字节");

    // A real signature in the other encoding is still a signature: invalid, with the hint.
    anke(
        "sm2",
        "sign",
        "--key",
        p("k.pem"),
        "--in",
        p("msg"),
        "--out",
        p("sig.raw"),
        "--encoding",
        "raw");
    Run other =
        anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("sig.raw"), "--in", p("msg"));
    assertThat(other.exit()).isEqualTo(1);
    assertThat(other.out()).isEqualTo("Signature invalid\n");
    assertThat(other.err()).contains("--encoding raw");
  }

  @Test
  void aRawSignatureStartingLikeDerStillGetsTheRawHint() throws IOException {
    // One raw r||s in 256 starts with the byte of a DER SEQUENCE; it is still raw.
    byte[] message = Files.readAllBytes(dir.resolve("msg"));
    Sm2Signer raw = new Sm2Signer(pair.privateKey()).withEncoding(Sm2SignatureEncoding.RAW);
    byte[] signature;
    do {
      signature = raw.sign(message);
    } while ((signature[0] & 0xff) != 0x30);
    Files.write(dir.resolve("sig.raw"), signature);
    Run r = anke("sm2", "verify", "--pubkey", p("p.pem"), "--sig", p("sig.raw"), "--in", p("msg"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("--encoding raw").doesNotContain("user ID");
  }

  @Test
  void aFileThatIsNoKeysetSignatureIsSaidToBeNone() throws IOException {
    assertThat(
            anke("keyset", "create", "--type", "sm2", "--keyset", p("ks"), "--kek", p("kek.hex"))
                .exit())
        .isZero();
    Run text =
        anke(
            "keyset",
            "verify",
            "--keyset",
            p("ks"),
            "--kek",
            p("kek.hex"),
            "--sig",
            p("msg"),
            "--in",
            p("msg"));
    assertOneLine(
        text,
        3,
        p("msg")
            + ": not a keyset signature: 13 bytes that are not a DER SM2 signature, with or"
            + " without the 5-byte key-ID prefix");
    anke(
        "keyset",
        "sign",
        "--keyset",
        p("ks"),
        "--kek",
        p("kek.hex"),
        "--in",
        p("msg"),
        "--out",
        p("sig"));
    byte[] sig = Files.readAllBytes(dir.resolve("sig"));
    sig[sig.length - 1] ^= 1; // a signature, tampered: invalid, not "no signature"
    Files.write(dir.resolve("sig"), sig);
    Run tampered =
        anke(
            "keyset",
            "verify",
            "--keyset",
            p("ks"),
            "--kek",
            p("kek.hex"),
            "--sig",
            p("sig"),
            "--in",
            p("msg"));
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).isEqualTo("Signature invalid\n");
  }

  // ---- empty key, certificate, keyset and signature files -----------------------------------

  @Test
  void everyCommandThatReadsKeysSaysAnEmptyFileIsEmpty() throws IOException {
    assertThat(
            anke("keyset", "create", "--type", "sm2", "--keyset", p("ks"), "--kek", p("kek.hex"))
                .exit())
        .isZero();
    assertThat(
            anke(
                    "cert",
                    "self-signed",
                    "--key",
                    p("k.pem"),
                    "--subject",
                    "CN=ca",
                    "--ca",
                    "--out",
                    p("ca.pem"))
                .exit())
        .isZero();
    Files.createDirectories(dir.resolve("delivery"));
    Files.writeString(dir.resolve("delivery/app.jar"), "x");
    assertThat(anke("sign", p("delivery"), "--key", p("k.pem")).exit()).isZero();
    String manifest =
        dir.resolve("delivery").resolve(DeliveryManifest.DEFAULT_FILE_NAME).toString();

    for (String empty : List.of("empty", "blank")) {
      String e = p(empty);
      List<String[]> commands = new ArrayList<>();
      commands.add(new String[] {"sm2", "sign", "--key", e, "--in", p("msg")});
      commands.add(new String[] {"sm2", "decrypt", "--key", e, "--in", p("msg")});
      commands.add(new String[] {"sm2", "encrypt", "--pubkey", e, "--in", p("msg")});
      commands.add(
          new String[] {"sm2", "verify", "--pubkey", e, "--sig", p("msg"), "--in", p("msg")});
      commands.add(
          new String[] {"sm2", "verify", "--pubkey", p("p.pem"), "--sig", e, "--in", p("msg")});
      commands.add(new String[] {"cert", "self-signed", "--key", e, "--subject", "CN=x"});
      commands.add(new String[] {"cert", "show", e});
      commands.add(new String[] {"cert", "verify", e, "--trust", p("ca.pem")});
      commands.add(new String[] {"cert", "verify", p("ca.pem"), "--trust", e});
      commands.add(
          new String[] {
            "cert", "issue", "--ca-cert", p("ca.pem"), "--ca-key", p("k.pem"), "--csr", e
          });
      commands.add(new String[] {"keyset", "list", "--keyset", e, "--kek", p("kek.hex")});
      commands.add(new String[] {"keyset", "list", "--keyset", p("ks"), "--kek", e});
      commands.add(
          new String[] {"keyset", "verify", "--keyset", e, "--sig", p("msg"), "--in", p("msg")});
      commands.add(
          new String[] {
            "keyset",
            "verify",
            "--keyset",
            p("ks"),
            "--kek",
            p("kek.hex"),
            "--sig",
            e,
            "--in",
            p("msg")
          });
      commands.add(new String[] {"sign", p("delivery"), "--key", e});
      commands.add(new String[] {"sign", p("delivery"), "--key", p("k.pem"), "--cert", e});
      commands.add(new String[] {"sign", "--verify", manifest, "--pubkey", e});
      commands.add(new String[] {"sign", "--verify", manifest, "--cert", e});
      commands.add(new String[] {"audit", "verify", p("msg"), "--pubkey", e});
      commands.add(new String[] {"audit", "verify", p("msg"), "--key", e, "--kek", p("kek.hex")});
      for (String[] command : commands) {
        Run r = anke(command);
        assertThat(r.err())
            .as(String.join(" ", command))
            .isEqualTo("anke: " + e + ": the file is empty\n");
        assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(3);
      }
    }
    assertThat(anke("--lang", "zh", "sm2", "sign", "--key", p("empty"), "--in", p("msg")).err())
        .isEqualTo("anke: " + p("empty") + "：文件为空\n");
    // Empty input to sign is fine: only what must hold something is checked.
    assertThat(anke("sm2", "sign", "--key", p("k.pem"), "--in", p("empty"), "--out", p("s")).exit())
        .isZero();
  }

  // ---- writes that fail ----------------------------------------------------------------------

  @Test
  void aFailedWriteSaysWhyAndNamesOnlyTheFileAskedFor() throws IOException {
    String missingDir = p("none/deeper/k.pem");
    assertOneLine(
        anke("sm2", "keygen", "--out", missingDir),
        3,
        "cannot write " + missingDir + ": no such directory: " + dir.resolve("none/deeper"));
    String underAFile = p("msg/k.pem");
    assertOneLine(
        anke("sm2", "sign", "--key", p("k.pem"), "--in", p("msg"), "--out", underAFile),
        3,
        "cannot write " + underAFile + ": " + dir.resolve("msg") + " is not a directory");
    // An empty directory as the output is refused, not replaced by a file.
    Files.createDirectories(dir.resolve("out"));
    assertOneLine(
        anke("sm2", "sign", "--key", p("k.pem"), "--in", p("msg"), "--out", p("out")),
        3,
        "cannot write " + p("out") + ": it is a directory");
    assertThat(Files.isDirectory(dir.resolve("out"))).isTrue();
    assertOneLine(
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "cbc",
            "--key",
            "00112233445566778899aabbccddeeff",
            "--iv",
            "00112233445566778899aabbccddeeff",
            "--in",
            p("msg"),
            "--out",
            p("out")),
        3,
        "cannot write " + p("out") + ": it is a directory");
    assertOneLine(
        anke("--lang", "zh", "sm2", "keygen", "--out", missingDir),
        3,
        "无法写入 " + missingDir + "：目录不存在：" + dir.resolve("none/deeper"));
    Files.writeString(dir.resolve("app.cdx.json"), ScanCommandTest.SBOM);
    Run reports =
        anke("scan", "--sbom", p("app.cdx.json"), "--output", p("msg/reports"), "--format", "json");
    assertThat(reports.exit()).isEqualTo(2);
    assertThat(reports.err())
        .isEqualTo(
            "anke: cannot write reports to "
                + p("msg/reports")
                + ": "
                + dir.resolve("msg")
                + " is not a directory\n");
    // Whatever the command, no temporary file is left behind or named.
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".anke-"));
    }
  }

  @Test
  void aFullDiskIsCalledFull() throws IOException {
    Path full = Path.of("/dev/full");
    assumeThat(Files.exists(full)).as("/dev/full (Linux)").isTrue();
    // Through a link of our own: the device is written directly, and a regression that replaced
    // the target instead would replace the link, never the device.
    Path link = Files.createSymbolicLink(dir.resolve("full"), full);
    String expected = "cannot write " + link + ": no space left on the device (disk full)";
    assertOneLine(
        anke("sm2", "sign", "--key", p("k.pem"), "--in", p("msg"), "--out", link.toString()),
        3,
        expected);
    assertOneLine(
        anke(
            "sm4",
            "encrypt",
            "--mode",
            "ctr",
            "--key",
            "00112233445566778899aabbccddeeff",
            "--iv",
            "00112233445566778899aabbccddeeff",
            "--in",
            p("msg"),
            "--out",
            link.toString()),
        3,
        expected);
    assertOneLine(
        anke("keyset", "create", "--keyset", link.toString(), "--kek", p("kek.hex"), "--force"),
        3,
        expected);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aWriteWithoutPermissionSaysSo() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(locked)).as("a user whom permissions bind (not root)").isFalse();
      String target = locked.resolve("k.pem").toString();
      assertOneLine(
          anke("sm2", "keygen", "--out", target),
          3,
          "cannot write " + target + ": permission denied");
      Files.createDirectories(dir.resolve("delivery"));
      Files.writeString(dir.resolve("delivery/app.jar"), "x");
      Run sign = anke("sign", p("delivery"), "--key", p("k.pem"), "--out", p("delivery/M"));
      assertThat(sign.exit()).isZero();
      Files.setPosixFilePermissions(
          dir.resolve("delivery"), PosixFilePermissions.fromString("r-xr-xr-x"));
      Run again = anke("sign", p("delivery"), "--key", p("k.pem"), "--out", p("delivery/M"));
      assertOneLine(again, 3, "cannot write " + p("delivery/M") + ": permission denied");
      Files.setPosixFilePermissions(
          dir.resolve("delivery"), PosixFilePermissions.fromString("rwxr-xr-x"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** The reasons in words, for causes a test cannot bring about as root or without a device. */
  @Test
  void theSystemsReasonsAreNamedWithoutTheTemporaryFile() {
    CommandSpec en = Main.commandLine(Locale.ENGLISH).getCommandSpec();
    CommandSpec zh = Main.commandLine(Locale.SIMPLIFIED_CHINESE).getCommandSpec();
    Path target = dir.resolve("k.pem");
    String tmp = dir.resolve(".anke-123.tmp").toString();
    assertThat(CliIo.reason(en, target, new AccessDeniedException(tmp)))
        .isEqualTo("permission denied");
    assertThat(CliIo.reason(zh, target, new AccessDeniedException(tmp))).isEqualTo("权限不足");
    assertThat(
            CliIo.reason(en, target, new FileSystemException(tmp, null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(CliIo.reason(en, target, new FileSystemException(tmp, null, "Disk quota exceeded")))
        .isEqualTo("disk quota exceeded");
    assertThat(CliIo.reason(en, target, new IOException("No space left on device")))
        .isEqualTo("no space left on the device (disk full)");
    assertThat(
            CliIo.reason(
                en, target, new FileSystemException(tmp, tmp + ".x", "Input/output error")))
        .isEqualTo("Input/output error");
    assertThat(
            CliIo.unwritable(en, target, new FileSystemException(tmp, null, "Stale file handle"))
                .getMessage())
        .isEqualTo("cannot write " + target + ": Stale file handle");
  }
}
