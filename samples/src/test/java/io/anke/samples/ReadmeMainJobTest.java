package io.anke.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job (a reviewer's scan of the sample SBOM and hardware inventory) gives the
 * findings the README promises. The host probe is left out here: its findings depend on the machine
 * that runs the test.
 */
class ReadmeMainJobTest {

  @Test
  void sampleScanFindsTheForeignComponentsAndSparesTheDomesticOnes(@TempDir Path out)
      throws Exception {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit =
        Main.execute(
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            "scan",
            "--sbom",
            "data/permit-service.cdx.json",
            "--inventory",
            "data/hardware-inventory.csv",
            "--profile",
            "xinchuang-strict",
            "--format",
            "json",
            "--format",
            "sarif",
            "--format",
            "html",
            "--output",
            out.toString());

    assertThat(exit).as(stderr.toString()).isEqualTo(1);
    assertThat(out.resolve("anke-report.sarif")).isNotEmptyFile();
    assertThat(out.resolve("anke-report.html")).isNotEmptyFile();

    JsonNode report =
        new ObjectMapper().readTree(Files.readString(out.resolve("anke-report.json")));
    List<String> hits = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      hits.add(f.get("ruleId").asText() + " " + f.get("subject").get("id").asText());
    }
    assertThat(hits)
        .anyMatch(h -> h.startsWith("BOM-FOREIGN-DB-DRIVER ") && h.contains("ojdbc11"))
        .anyMatch(h -> h.startsWith("BOM-PROTOCOL-DB-DRIVER ") && h.contains("mysql-connector-j"))
        .anyMatch(h -> h.startsWith("HW-FOREIGN-SERVER ") && h.contains("Dell"))
        .anyMatch(h -> h.startsWith("HW-FOREIGN-NETWORK ") && h.contains("Cisco"))
        .anyMatch(h -> h.startsWith("HW-FOREIGN-NETWORK ") && h.contains("F5"))
        .anyMatch(h -> h.startsWith("HW-FOREIGN-VIRTUALIZATION ") && h.contains("VMware"))
        // Domestic components must not be reported as foreign.
        .noneMatch(h -> h.startsWith("BOM-FOREIGN") && h.contains("DmJdbcDriver18"))
        .noneMatch(h -> h.startsWith("BOM-FOREIGN") && h.contains("tongweb"))
        .noneMatch(h -> h.startsWith("HW-FOREIGN") && (h.contains("华为") || h.contains("Huawei")));
    // The foreign driver's finding names the path that pulled it in.
    assertThat(report.toString()).contains("gov.example.shared:legacy-report:1.8.2");
  }
}
