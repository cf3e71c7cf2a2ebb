package io.anke.crypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PKCS#11 adapter against SoftHSM2 ({@code apt-get install softhsm2}). Skipped, and reported as
 * skipped, where SoftHSM2 is not installed.
 */
class Pkcs11SoftHsmTest {
  static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

  static String run(Path conf, List<String> cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SOFTHSM2_CONF", conf.toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return text;
  }

  @Test
  void aesKeyOnASoftHsmTokenServesAsAead(@TempDir Path dir) throws Exception {
    assumeTrue(
        Files.isRegularFile(LIBRARY) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util")),
        "SoftHSM2 is not installed");
    Path tokens = Files.createDirectory(dir.resolve("tokens"));
    Path conf =
        Files.writeString(
            dir.resolve("softhsm2.conf"),
            "directories.tokendir = "
                + tokens
                + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    run(
        conf,
        List.of(
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            "anke",
            "--so-pin",
            "0000",
            "--pin",
            "1234"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String out =
        run(
            conf,
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                SoftHsmProbe.class.getName(),
                LIBRARY.toString()));
    assertThat(out)
        .contains("wrong-pin: PKCS#11 token libsofthsm2.so slot index 0: wrong PIN")
        .contains("aliases: [kek]")
        .contains("kind: SECRET_KEY")
        .contains("round-trip: keyset")
        .contains("tamper: rejected")
        .contains(
            "sm2: PKCS#11 token libsofthsm2.so slot index 0: key 'kek' (AES) cannot be used for SM2: SunPKCS11 has no SM2 mechanism")
        .contains(
            "duplicate: PKCS#11 token libsofthsm2.so slot index 0: alias 'kek' already exists")
        .contains("sm-services: 0")
        .contains("reopened: [kek]");
  }
}
