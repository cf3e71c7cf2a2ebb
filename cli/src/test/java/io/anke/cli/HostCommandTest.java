package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishLocale.class)
class HostCommandTest {
  /** A Kunpeng server running Kylin, as a fake root. */
  static Path kunpengKylin(Path root) throws IOException {
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("proc"));
    Files.createDirectories(root.resolve("sys/class/dmi/id"));
    Files.writeString(
        root.resolve("etc/os-release"),
        "NAME=\"Kylin Linux Advanced Server\"\nVERSION=\"V10 (Halberd)\"\nID=\"kylin\"\n"
            + "VERSION_ID=\"V10\"\n");
    StringBuilder cpu = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      cpu.append("processor\t: ")
          .append(i)
          .append('\n')
          .append("BogoMIPS\t: 200.00\nCPU implementer\t: 0x48\nCPU architecture: 8\n")
          .append("CPU variant\t: 0x1\nCPU part\t: 0xd01\nCPU revision\t: 0\n\n");
    }
    Files.writeString(root.resolve("proc/cpuinfo"), cpu);
    Files.writeString(root.resolve("sys/class/dmi/id/sys_vendor"), "Huawei\n");
    Files.writeString(root.resolve("sys/class/dmi/id/product_name"), "TaiShan 200 (Model 2280)\n");
    return root;
  }

  @Test
  void textNamesEachPartItsVendorCountryAndEvidence(@TempDir Path dir) throws IOException {
    Path root = kunpengKylin(dir);
    Run r = MainTest.run("host", "--root", root.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Operating system: Kylin Linux Advanced Server V10")
        .contains("vendor: KylinSoft (CN), domestic, confirmed, catalog entry kylin")
        .contains("evidence: osReleaseId 'kylin'")
        .contains("source: /etc/os-release:3")
        .contains("Server: TaiShan 200 (Model 2280)")
        .contains("JVM: ");
    // the CPU line: the product from the CPU part, on whatever architecture runs the test
    assertThat(r.out()).contains("CPU: ");
  }

  @Test
  void chineseText(@TempDir Path dir) throws IOException {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    Run r = MainTest.run("host", "--root", kunpengKylin(dir).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("操作系统: Kylin Linux Advanced Server")
        .contains("厂商：麒麟软件有限公司（CN），国产");
  }

  @Test
  void jsonAndCycloneDx(@TempDir Path dir) throws Exception {
    Path root = kunpengKylin(dir);
    Run json = MainTest.run("host", "--root", root.toString(), "--format", "json");
    assertThat(json.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    JsonNode os = doc.path("components").get(0);
    assertThat(os.path("kind").asText()).isEqualTo("operating-system");
    assertThat(os.path("catalog").path("entry").asText()).isEqualTo("kylin");
    assertThat(os.path("country").asText()).isEqualTo("CN");
    assertThat(os.path("facts").path("os-release:ID").asText()).isEqualTo("kylin");

    Run cdx = MainTest.run("host", "--root", root.toString(), "--format", "cyclonedx");
    assertThat(cdx.exit()).isZero();
    byte[] bytes = cdx.out().getBytes(StandardCharsets.UTF_8);
    assertThat(new JsonParser().validate(bytes, Version.VERSION_16)).isEmpty();
    assertThat(cdx.out())
        .contains("\"supplier\"")
        .contains("\"country\" : \"CN\"")
        .contains("KylinSoft")
        .contains("Huawei Technologies");
  }

  @Test
  void missingFactsAreListedNotHidden(@TempDir Path dir) {
    Run r = MainTest.run("host", "--root", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Not available")
        .contains("/etc/os-release (no such file)")
        .contains("/sys/class/dmi/id/sys_vendor (no such file)");
  }

  @Test
  void badRootAndBadCatalog(@TempDir Path dir) throws IOException {
    Run r = MainTest.run("host", "--root", dir.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a directory");
    Path cat = dir.resolve("cat.yaml");
    Files.writeString(cat, "entries:\n  - id: x\n    colour: red\n");
    Run c = MainTest.run("host", "--root", dir.toString(), "--catalog", cat.toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("cat.yaml:3: unknown key 'colour'");
  }
}
