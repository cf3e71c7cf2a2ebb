package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anke sign} and {@code anke sign --verify}, with keys made by OpenSSL 3 and checked by it.
 */
@ExtendWith(EnglishLocale.class)
class SignCommandTest {
  @TempDir Path dir;
  Path delivery;

  @BeforeEach
  void delivery() throws Exception {
    delivery = Files.createDirectories(dir.resolve("release/permit-2.3.0"));
    Files.createDirectories(delivery.resolve("lib"));
    Files.writeString(delivery.resolve("app.jar"), "app");
    Files.writeString(delivery.resolve("lib/dm-jdbc.jar"), "driver");
    openssl("genpkey", "-algorithm", "SM2", "-out", "key.pem");
    openssl("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
    openssl(
        "req",
        "-x509",
        "-new",
        "-key",
        "key.pem",
        "-sm3",
        "-subj",
        "/O=Gov/CN=Release Signing",
        "-days",
        "30",
        "-out",
        "cert.pem");
  }

  Run openssl(String... args) throws Exception {
    Run r = CertCommandTest.openssl(dir, args);
    assertThat(r.exit()).as("openssl %s%n%s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  String p(String name) {
    return dir.resolve(name).toString();
  }

  static Run anke(String... args) {
    return MainTest.run(args);
  }

  @Test
  void signWithAnOpenSslKeyAndCertificateThenOpenSslAndAnkeVerify() throws Exception {
    Run signed = anke("sign", delivery.toString(), "--key", p("key.pem"), "--cert", p("cert.pem"));
    assertThat(signed.exit()).as(signed.err()).isZero();
    Path manifest = delivery.resolve("anke-manifest.txt");
    assertThat(signed.out())
        .contains("Signed 2 file(s) into " + manifest)
        .contains("signer: CN=Release Signing,O=Gov");

    Run byOpenSsl =
        openssl(
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-content",
            manifest.toString(),
            "-in",
            manifest + ".p7s",
            "-noverify",
            "-out",
            "/dev/null");
    assertThat(byOpenSsl.exit()).as(byOpenSsl.err()).isZero();
    assertThat(byOpenSsl.err()).contains("Verification successful");

    for (String trusted : List.of("--cert", "--pubkey")) {
      Run ok =
          anke(
              "sign",
              "--verify",
              manifest.toString(),
              trusted,
              p(trusted.equals("--cert") ? "cert.pem" : "pub.pem"));
      assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
      assertThat(ok.out())
          .contains("signature valid, signed by CN=Release Signing,O=Gov")
          .contains("Manifest OK");
    }
  }

  @Test
  void eachDifferenceIsNamedAndExitsOne() throws Exception {
    Path manifest = dir.resolve("release/MANIFEST");
    Run signed =
        anke("sign", delivery.toString(), "--key", p("key.pem"), "--out", manifest.toString());
    assertThat(signed.exit()).as(signed.err()).isZero();
    assertThat(signed.out()).contains("signer: key without certificate");
    assertThat(Files.readString(manifest))
        .startsWith("anke-delivery-manifest 1\nsm3 ")
        .contains("  permit-2.3.0/app.jar\n")
        .endsWith("  permit-2.3.0/lib/dm-jdbc.jar\n");
    Files.writeString(delivery.resolve("lib/dm-jdbc.jar"), "patched");
    Files.writeString(delivery.resolve("lib/ojdbc8.jar"), "foreign");
    Files.delete(delivery.resolve("app.jar"));
    Run r = anke("sign", "--verify", manifest.toString(), "--pubkey", p("pub.pem"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("signature valid, signed by SM2 key ")
        .contains("MISSING  permit-2.3.0/app.jar")
        .contains("CHANGED  permit-2.3.0/lib/dm-jdbc.jar")
        .contains("ADDED  permit-2.3.0/lib/ojdbc8.jar")
        .contains("Manifest check FAILED (3 file(s) differ)");

    // Another key's public key: the signature is not trusted.
    openssl("genpkey", "-algorithm", "SM2", "-out", "other.pem");
    openssl("pkey", "-in", "other.pem", "-pubout", "-out", "other-pub.pem");
    Run wrong = anke("sign", "--verify", manifest.toString(), "--pubkey", p("other-pub.pem"));
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).contains("SIGNATURE INVALID").contains("not the trusted key");
  }

  @Test
  void badInputAndUsageGetTheContractsExitCodes() throws Exception {
    anke("sign", delivery.toString(), "--key", p("key.pem"));
    Path manifest = delivery.resolve("anke-manifest.txt");
    String text = Files.readString(manifest);
    Files.writeString(manifest, text.replace("  lib/", "  ../lib/"));
    Run malformed = anke("sign", "--verify", manifest.toString(), "--pubkey", p("pub.pem"));
    assertThat(malformed.exit()).isEqualTo(3);
    assertThat(malformed.err())
        .startsWith("anke: " + manifest + ":3: path '../lib/dm-jdbc.jar': leaves the manifest");

    Run noKey = anke("sign", delivery.toString());
    assertThat(noKey.exit()).isEqualTo(2);
    assertThat(noKey.err()).contains("exactly one signing key");
    Run noTrust = anke("sign", "--verify", manifest.toString());
    assertThat(noTrust.exit()).isEqualTo(2);
    Files.writeString(dir.resolve("outside.jar"), "x");
    Run outside =
        anke(
            "sign",
            p("outside.jar"),
            "--key",
            p("key.pem"),
            "--out",
            delivery.resolve("M").toString());
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).contains("lies outside the manifest's directory");
    Run badKey = anke("sign", delivery.toString(), "--key", p("pub.pem"));
    assertThat(badKey.exit()).as(badKey.err()).isEqualTo(3);
    anke("sign", delivery.toString(), "--key", p("key.pem")); // a well-formed manifest again
    Run missingKey = anke("sign", "--verify", manifest.toString(), "--pubkey", p("nope.pem"));
    assertThat(missingKey.exit()).isEqualTo(3);
    assertThat(missingKey.err()).contains("cannot read " + p("nope.pem") + ": no such file");
    Run otherCert =
        anke("sign", delivery.toString(), "--key", p("key.pem"), "--cert", p("pub.pem"));
    assertThat(otherCert.exit()).isEqualTo(3);
    assertThat(anke("sign", "--help").out()).contains("--verify").contains("openssl cms -verify");
  }

  @Test
  void aKeysetSigns() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), "00112233445566778899aabbccddeeff");
    assertThat(
            anke("keyset", "create", "--type", "sm2", "--keyset", p("ks"), "--kek", p("kek.hex"))
                .exit())
        .isZero();
    assertThat(
            anke(
                    "keyset",
                    "public",
                    "--keyset",
                    p("ks"),
                    "--kek",
                    p("kek.hex"),
                    "--out",
                    p("pub.ks"))
                .exit())
        .isZero();
    Run signed = anke("sign", delivery.toString(), "--keyset", p("ks"), "--kek", p("kek.hex"));
    assertThat(signed.exit()).as(signed.err()).isZero();
    Run ok =
        anke(
            "sign",
            "--verify",
            delivery.resolve("anke-manifest.txt").toString(),
            "--pubkey",
            p("pub.ks"));
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    Run noKek = anke("sign", delivery.toString(), "--keyset", p("ks"));
    assertThat(noKek.exit()).isEqualTo(2);
  }

  @Test
  void aWrongKekOrABadKeyIsExitThreeInTheWordsOfTheKeyLoaders() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), "00112233445566778899aabbccddeeff");
    Files.writeString(dir.resolve("other.hex"), "ffeeddccbbaa99887766554433221100");
    anke("keyset", "create", "--type", "sm2", "--keyset", p("ks"), "--kek", p("kek.hex"));
    Run wrongKek = anke("sign", delivery.toString(), "--keyset", p("ks"), "--kek", p("other.hex"));
    assertThat(wrongKek.exit()).isEqualTo(3);
    assertThat(wrongKek.err())
        .contains(p("ks") + ": cannot open the keyset: wrong key-encryption key");
    Run badKey = anke("sign", delivery.toString(), "--key", p("kek.hex"));
    assertThat(badKey.exit()).isEqualTo(3);
    assertThat(badKey.err()).contains(p("kek.hex") + ": not a usable SM2 private key");
  }
}
