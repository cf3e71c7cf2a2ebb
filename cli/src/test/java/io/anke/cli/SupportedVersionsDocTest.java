package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.scan.bom.BomReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code anke scan --help} (both languages) and {@code docs/formats.md} state the SBOM versions the
 * readers actually read.
 */
@ExtendWith(EnglishLocale.class)
class SupportedVersionsDocTest {

  static String range(List<String> versions) {
    return versions.get(0) + "-" + versions.get(versions.size() - 1);
  }

  @Test
  void helpAndDocsNameTheVersionsTheReadersRead() throws Exception {
    String cdx = range(BomReaders.cycloneDxVersions());
    String spdx = range(BomReaders.spdxVersions());

    MainTest.Run help = MainTest.run("scan", "--help");
    // picocli wraps long lines, also after a hyphen
    String en = help.out().replaceAll("\\s+", " ").replace("- ", "-").replace(" -", "-");
    assertThat(en).contains("CycloneDX (JSON or XML, " + cdx + ")", "SPDX (JSON, " + spdx + ";");
    String zh =
        ResourceBundle.getBundle("io.anke.cli.ScanMessages", Locale.SIMPLIFIED_CHINESE)
            .getString("sbom");
    assertThat(zh).contains("CycloneDX（JSON 或 XML，" + cdx + "）", "SPDX（JSON，" + spdx + "；");

    String docs = Files.readString(RuleReferenceDocTest.doc("formats.md"), StandardCharsets.UTF_8);
    String docRange = cdx.replace("-", " – ");
    assertThat(docs)
        .contains(
            "| CycloneDX JSON | " + docRange + " |",
            "| CycloneDX XML | " + docRange + " |",
            "| SPDX JSON | " + String.join(", ", BomReaders.spdxVersions()) + " |");
  }
}
