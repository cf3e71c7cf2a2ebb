package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import io.anke.testing.Canaries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anke scan} of an application whose configuration holds a database password and an
 * encryptor key: the console and every report name the settings, never their values. The reports
 * stay in {@code target/leak-check/scan}, and the console output in this test's output file, where
 * the leak scan of the {@code samples} module reads them again.
 */
class ScanSecretsTest {
  @TempDir Path dir;

  private Path application() throws IOException {
    Path jar = dir.resolve("portal.jar");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    String yml =
        "spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true\n"
            + "    password: "
            + Canaries.DB_PASSWORD
            + "\njasypt:\n  encryptor:\n    password: "
            + Canaries.SM4_KEY_HEX
            + "\n";
    try (OutputStream os = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      mf.write(zip);
      zip.putNextEntry(new ZipEntry("BOOT-INF/classes/application.yml"));
      zip.write(yml.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("BOOT-INF/classes/db.properties"));
      zip.write(
          ("db.password=" + Canaries.KEYSTORE_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  @Test
  void theConsoleAndEveryReportNameTheSettingsButNotTheirValues() throws IOException {
    Path jar = application();
    Path out = Path.of("target", "leak-check", "scan");
    Run r =
        MainTest.run(
            "scan",
            jar.toString(),
            "--format",
            "text",
            "--format",
            "json",
            "--format",
            "sarif",
            "--format",
            "html",
            "--output",
            out.toString(),
            "--fail-on",
            "never");
    assertThat(r.exit()).as(r.err()).isZero();
    Run console = MainTest.run("scan", jar.toString(), "--fail-on", "never");
    assertThat(console.out()).contains("CONFIG-PLAINTEXT-PASSWORD", "spring.datasource.password");
    List<String> outputs =
        List.of(
            r.out(),
            r.err(),
            console.out(),
            console.err(),
            Files.readString(out.resolve("anke-report.txt")),
            Files.readString(out.resolve("anke-report.json")),
            Files.readString(out.resolve("anke-report.sarif")),
            Files.readString(out.resolve("anke-report.html")));
    for (String text : outputs) {
      assertThat(text)
          .doesNotContain(Canaries.DB_PASSWORD, Canaries.KEYSTORE_PASSWORD)
          .doesNotContainIgnoringCase(Canaries.SM4_KEY_HEX);
    }
    assertThat(Files.readString(out.resolve("anke-report.json")))
        .contains("spring.datasource.password", "jasypt.encryptor.password", "db.password");
  }
}
