package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anke cert} and {@code anke password} in-process, checked against OpenSSL 3. */
class CertCommandTest {
  @TempDir Path dir;

  static Run anke(String... args) {
    return MainTest.run(args);
  }

  static Run ok(String... args) {
    Run r = anke(args);
    assertThat(r.exit()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  String p(String name) {
    return dir.resolve(name).toString();
  }

  Run openssl(String... args) throws Exception {
    return openssl(dir, args);
  }

  /** Runs the OpenSSL command line in {@code dir}. */
  static Run openssl(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process proc = new ProcessBuilder(cmd).directory(dir.toFile()).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    proc.getInputStream().transferTo(out);
    String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(proc.exitValue(), out.toString(StandardCharsets.UTF_8), err);
  }

  @Test
  void caRequestIssueVerifyAndOpenSslAgrees() throws Exception {
    ok("sm2", "keygen", "--out", p("ca.key"));
    ok(
        "cert",
        "self-signed",
        "--key",
        p("ca.key"),
        "--subject",
        "CN=Anke CLI Root,O=Anke,C=CN",
        "--ca",
        "--path-len",
        "0",
        "--days",
        "30",
        "--out",
        p("ca.pem"));
    openssl("genpkey", "-algorithm", "SM2", "-out", "leaf.key");
    ok(
        "cert",
        "request",
        "--key",
        p("leaf.key"),
        "--subject",
        "CN=svc.example.cn,O=Example,C=CN",
        "--dns",
        "svc.example.cn",
        "--out",
        p("leaf.csr"));
    Run csrCheck =
        openssl(
            "req", "-in", "leaf.csr", "-verify", "-noout", "-vfyopt", "distid:1234567812345678");
    assertThat(csrCheck.err() + csrCheck.out()).contains("verify OK");
    ok(
        "cert",
        "issue",
        "--ca-cert",
        p("ca.pem"),
        "--ca-key",
        p("ca.key"),
        "--csr",
        p("leaf.csr"),
        "--days",
        "10",
        "--out",
        p("leaf.pem"));

    Run verified = ok("cert", "verify", p("leaf.pem"), "--trust", p("ca.pem"));
    assertThat(verified.out())
        .contains("Certificate chain OK (2 certificates)")
        .contains("0: CN=svc.example.cn,O=Example,C=CN")
        .contains("1: CN=Anke CLI Root,O=Anke,C=CN");
    Run openSslVerify =
        openssl("verify", "-vfyopt", "distid:1234567812345678", "-CAfile", "ca.pem", "leaf.pem");
    assertThat(openSslVerify.out()).as(openSslVerify.err()).contains("leaf.pem: OK");

    Run wrongId =
        anke("cert", "verify", p("leaf.pem"), "--trust", p("ca.pem"), "--id", "ALICE123@YAHOO.COM");
    assertThat(wrongId.exit()).isEqualTo(1);
    assertThat(wrongId.out()).contains("NOT valid");
    assertThat(wrongId.err()).contains("signature does not verify").contains("ALICE123@YAHOO.COM");
    Run expired =
        anke(
            "cert",
            "verify",
            p("leaf.pem"),
            "--trust",
            p("ca.pem"),
            "--at",
            "2099-01-01T00:00:00Z");
    assertThat(expired.exit()).isEqualTo(1);
    assertThat(expired.err()).contains("expired on");

    Run shown = ok("cert", "show", p("leaf.pem"));
    assertThat(shown.out())
        .contains("Subject:      CN=svc.example.cn,O=Example,C=CN")
        .containsIgnoringCase("SM3withSM2")
        .contains("1.2.156.10197.1.501")
        .contains("CA:           no");

    // A tampered request is refused before anything is signed.
    String csr = Files.readString(dir.resolve("leaf.csr"));
    int at = csr.indexOf('\n') + 100;
    Files.writeString(
        dir.resolve("bad.csr"),
        csr.substring(0, at) + (csr.charAt(at) == 'A' ? 'B' : 'A') + csr.substring(at + 1));
    Run bad =
        anke(
            "cert",
            "issue",
            "--ca-cert",
            p("ca.pem"),
            "--ca-key",
            p("ca.key"),
            "--csr",
            p("bad.csr"),
            "--out",
            p("x.pem"));
    assertThat(bad.exit()).isEqualTo(3);
    assertThat(dir.resolve("x.pem")).doesNotExist();
    // The CA key must belong to the CA certificate.
    Run mismatch =
        anke(
            "cert",
            "issue",
            "--ca-cert",
            p("ca.pem"),
            "--ca-key",
            p("leaf.key"),
            "--csr",
            p("leaf.csr"),
            "--out",
            p("y.pem"));
    assertThat(mismatch.exit()).isEqualTo(3);
    assertThat(mismatch.err()).contains("does not belong to the issuer certificate");
  }

  @Test
  void pkcs12FileOpensInOpenSsl() throws Exception {
    ok("sm2", "keygen", "--out", p("k.pem"));
    ok("cert", "self-signed", "--key", p("k.pem"), "--subject", "CN=p12", "--out", p("c.pem"));
    Files.writeString(dir.resolve("pw"), "s3cret\n");
    ok(
        "cert",
        "pkcs12",
        "--key",
        p("k.pem"),
        "--cert",
        p("c.pem"),
        "--alias",
        "server",
        "--password-file",
        p("pw"),
        "--out",
        p("s.p12"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("s.p12"))))
        .isEqualTo("rw-------");
    Run r = openssl("pkcs12", "-in", "s.p12", "-passin", "pass:s3cret", "-nodes");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("friendlyName: server")
        .contains("BEGIN PRIVATE KEY")
        .contains("BEGIN CERTIFICATE");
    Files.writeString(dir.resolve("empty"), "\n");
    assertThat(
            anke(
                    "cert",
                    "pkcs12",
                    "--key",
                    p("k.pem"),
                    "--cert",
                    p("c.pem"),
                    "--password-file",
                    p("empty"),
                    "--out",
                    p("e.p12"))
                .exit())
        .isEqualTo(3);
  }

  @Test
  void badInputIsOneLineAndExit3() throws Exception {
    Files.writeString(dir.resolve("junk.pem"), "not a certificate");
    Run r = anke("cert", "show", p("junk.pem"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().lines().count()).isEqualTo(1);
    Run missing = anke("cert", "self-signed", "--key", p("none.pem"), "--subject", "CN=x");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("none.pem: no such file");
    ok("sm2", "keygen", "--out", p("k.pem"));
    Run badDn = anke("cert", "self-signed", "--key", p("k.pem"), "--subject", "no equals sign");
    assertThat(badDn.exit()).isEqualTo(3);
    assertThat(badDn.err()).contains("distinguished name");
    assertThat(
            anke("cert", "self-signed", "--key", p("k.pem"), "--subject", "CN=x", "--path-len", "1")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void passwordHashVerifyAndRehashNote() throws Exception {
    Files.writeString(dir.resolve("pw"), "correct horse 马\n");
    Files.writeString(dir.resolve("wrong"), "correct horse\n");
    Run hashed = ok("password", "hash", "--iterations", "10000", "--password-file", p("pw"));
    String hash = hashed.out().strip();
    assertThat(hash).startsWith("$pbkdf2-sm3$i=10000$");
    Run good = ok("password", "verify", hash, "--password-file", p("pw"));
    assertThat(good.out()).isEqualTo("Password OK\n");
    assertThat(good.err()).contains("fewer than the current");
    Run wrong = anke("password", "verify", hash, "--password-file", p("wrong"));
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).isEqualTo("Password wrong\n");
    Run malformed = anke("password", "verify", "$pbkdf2-sm3$i=zz$a$b", "--password-file", p("pw"));
    assertThat(malformed.exit()).isEqualTo(3);
    assertThat(malformed.err()).contains("iteration count is not a decimal number");
    assertThat(anke("password", "hash", "--iterations", "5", "--password-file", p("pw")).exit())
        .isEqualTo(2);
  }

  @Test
  void passwordLongerThanTheLineLimitIsRefusedNotCut() throws Exception {
    // Cutting would hash a different password than the one in the file, silently.
    String line = "p".repeat(CliIo.MAX_LINE + 1);
    Files.writeString(dir.resolve("long"), line + "\n");
    Run r = anke("password", "hash", "--iterations", "10000", "--password-file", p("long"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("longer than").doesNotContain(line);
    Files.writeString(dir.resolve("max"), "p".repeat(CliIo.MAX_LINE) + "\r\n");
    ok("password", "hash", "--iterations", "10000", "--password-file", p("max"));
  }
}
