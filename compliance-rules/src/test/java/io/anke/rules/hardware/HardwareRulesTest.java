package io.anke.rules.hardware;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.rules.bom.BomReaders;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HW- rules on an inventory read by the real CSV reader, with Chinese and English vendors. */
class HardwareRulesTest {
  @TempDir Path dir;

  static final String INVENTORY =
      """
      category,vendor,model,quantity,serial,location,certification
      server,Dell Inc.,PowerEdge R740,5,,IDC-A,
      server,戴尔,PowerEdge R750,4,,IDC-A,
      server,Dell,PowerEdge R650,3,,IDC-B,
      服务器,华为,TaiShan 200,10,,IDC-A,
      server,Acme Servers,X1,2,,IDC-B,
      cpu,Intel,Xeon Gold 6330,24,,,
      处理器,海光,C86 7285,20,,,
      network,Cisco,Catalyst 9300,2,,,
      crypto_device,三未信安,SJJ1012,2,,,GM-CERT-2024-0001
      密码设备,三未信安,SJJ1012-A,1,,,无
      crypto_device,Thales,Luna 7,1,,,
      os,Canonical,Ubuntu 22.04,4,,,
      database,达梦,DM8,2,,,
      """;

  private ScanResult scan(String profile) throws Exception {
    Path csv = dir.resolve("hw.csv");
    Files.writeString(csv, INVENTORY);
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(dir)
            .catalog(BundledCatalog.get())
            .bom(BomReaders.read(csv, "hw.csv"))
            .build();
    return PackScans.run(context, profile);
  }

  static int line(String model) {
    return ConfigLines.lineOf(INVENTORY, model);
  }

  @Test
  void foreignServersAreSummedPerVendorAcrossNameSpellings() throws Exception {
    ScanResult r = scan("xinchuang-strict");
    Finding dell = of(r, "HW-FOREIGN-SERVER").stream().findFirst().orElseThrow();
    assertThat(of(r, "HW-FOREIGN-SERVER")).hasSize(1);
    assertThat(dell.severity()).isEqualTo(Severity.HIGH);
    assertThat(dell.message().en())
        .startsWith("12 servers of 3 models from Dell Technologies, a foreign vendor (US)")
        .contains("PowerEdge R740 ×5", "PowerEdge R750 ×4", "PowerEdge R650 ×3");
    assertThat(dell.message().zh()).startsWith("12 台服务器（3 个型号），来自 戴尔");
    assertThat(dell.properties())
        .containsEntry("quantity", "12")
        .containsEntry("models", "3")
        .containsEntry("catalogEntry", "dell-server");
    assertThat(dell.location().file()).isEqualTo("hw.csv");
    assertThat(dell.location().line()).isEqualTo(line("PowerEdge R740"));
  }

  @Test
  void eachCategoryIsJudgedOnItsOwn() throws Exception {
    ScanResult r = scan("xinchuang-strict");
    assertThat(of(r, "HW-FOREIGN-CPU"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("quantity", "24"));
    assertThat(of(r, "HW-FOREIGN-NETWORK"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("vendor", "Cisco Systems"));
    assertThat(of(r, "HW-FOREIGN-OS"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "ubuntu"));
    // Domestic items and unknown vendors are not "foreign".
    assertThat(of(r, "HW-FOREIGN-CRYPTO-DEVICE")).isEmpty();
    assertThat(of(r, "HW-FOREIGN-BASE-SOFTWARE")).isEmpty();
    assertThat(of(r, "HW-FOREIGN-STORAGE")).isEmpty();
    assertThat(of(r, "HW-UNKNOWN-VENDOR"))
        .extracting(Finding::subject)
        .extracting(s -> s.id())
        .containsExactlyInAnyOrder("Acme Servers [server]", "Thales [crypto_device]");
  }

  @Test
  void domesticSharePerCategory() throws Exception {
    ScanResult r = scan("xinchuang-strict");
    Finding servers =
        of(r, "HW-DOMESTIC-SHARE").stream()
            .filter(f -> f.properties().get("category").equals("server"))
            .findFirst()
            .orElseThrow();
    assertThat(servers.severity()).isEqualTo(Severity.INFO);
    assertThat(servers.properties())
        .containsEntry("total", "24")
        .containsEntry("domestic", "10")
        .containsEntry("foreign", "12")
        .containsEntry("unknown", "2")
        .containsEntry("domesticPercent", "42");
    assertThat(servers.message().en())
        .isEqualTo("24 servers: 10 domestic (42%), 12 foreign, 2 unknown");
    assertThat(of(r, "HW-DOMESTIC-SHARE"))
        .extracting(f -> f.properties().get("category"))
        .containsExactlyInAnyOrder("server", "cpu", "os", "database", "network", "crypto_device");
  }

  @Test
  void cryptoDevicesNeedACertificateRecord() throws Exception {
    ScanResult r = scan("crypto-l3");
    List<Finding> uncertified = of(r, "HW-CRYPTO-DEVICE-UNCERTIFIED");
    assertThat(uncertified)
        .extracting(f -> f.location().line() + " " + f.severity())
        .containsExactlyInAnyOrder(line("SJJ1012-A") + " HIGH", line("Luna 7") + " MEDIUM");
    // crypto-l3 does not run the domestic-stack rules
    assertThat(of(r, "HW-FOREIGN-SERVER")).isEmpty();
  }

  /** Line numbers of the CSV text. */
  static final class ConfigLines {
    static int lineOf(String text, String marker) {
      String[] lines = text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(marker + ",")) {
          return i + 1;
        }
      }
      throw new IllegalArgumentException(marker);
    }
  }
}
