package io.anke.rules.hw;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
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
    return PackScans.runDocument(csv, dir, profile);
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
    assertThat(of(r, "HW-FOREIGN-CRYPTO-DEVICE"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "thales-hsm"));
    // Domestic items and unknown vendors are not "foreign".
    assertThat(of(r, "HW-FOREIGN-BASE-SOFTWARE")).isEmpty();
    assertThat(of(r, "HW-FOREIGN-STORAGE")).isEmpty();
    assertThat(of(r, "HW-UNKNOWN-VENDOR"))
        .extracting(Finding::subject)
        .extracting(s -> s.id())
        .containsExactly("Acme Servers [server]");
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

  /** Category names as people write them in inventories; each row is judged, none passes. */
  static final String COMMON_NAMES =
      """
      category,vendor,model,quantity
      switch,Cisco,Catalyst 9300,2
      Switches,Juniper Networks,EX4400,2
      router,Cisco,ASR 1001-X,1
      firewall,Fortinet,FortiGate 600E,2
      Load Balancer,F5,BIG-IP i5800,2
      存储阵列,NetApp,AFF A400,1
      负载均衡,F5 Networks,BIG-IP i4800,1
      核心交换机,思科,Nexus 9336C,2
      """;

  @Test
  void commonCategoryNamesAreJudged() throws Exception {
    Path csv = dir.resolve("names.csv");
    Files.writeString(csv, COMMON_NAMES);
    ScanResult r = PackScans.runDocument(csv, dir, "xinchuang-strict");
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().startsWith("HW-FOREIGN-"))
        .extracting(f -> f.ruleId() + " " + f.properties().get("rows"))
        .containsExactlyInAnyOrder(
            "HW-FOREIGN-NETWORK names.csv:2, names.csv:4, names.csv:9",
            "HW-FOREIGN-NETWORK names.csv:3",
            "HW-FOREIGN-SECURITY-DEVICE names.csv:5",
            "HW-FOREIGN-NETWORK names.csv:6, names.csv:8",
            "HW-FOREIGN-STORAGE names.csv:7");
    assertThat(r.summary().passed()).isFalse();
  }

  @Test
  void hardwareOfAnSbomWithoutACategoryIsJudgedByItsVendor() throws Exception {
    Path sbom = dir.resolve("rack.cdx.json");
    Files.writeString(
        sbom,
        """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "version": 1,
          "components": [
            { "bom-ref": "sw-1", "type": "device", "manufacturer": { "name": "Arista Networks" },
              "name": "7050SX3-48YC8" },
            { "bom-ref": "fw-1", "type": "firmware", "supplier": { "name": "Dell Inc." },
              "name": "PowerEdge R740 BIOS", "version": "2.21.2" },
            { "bom-ref": "x-1", "type": "device", "manufacturer": { "name": "Acme Gadgets" },
              "name": "Sensor hub" }
          ]
        }
        """);
    ScanResult r = PackScans.runDocument(sbom, dir, "xinchuang-strict");
    // The catalog entry that names the vendor says what the device is.
    assertThat(of(r, "HW-FOREIGN-NETWORK"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "arista"));
    assertThat(of(r, "HW-FOREIGN-SERVER"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "dell-server"));
    // A device of unknown vendor and category is reported, not skipped.
    assertThat(of(r, "HW-UNKNOWN-VENDOR"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("Acme Gadgets [device]");
              assertThat(f.message().en()).startsWith("1 device of 1 model from Acme Gadgets");
            });
  }

  /**
   * A device whose document states a foreign country, but not its category, from a vendor the
   * catalog does not know: no HW-FOREIGN rule can take it (they judge by category), so it is
   * reported as a vendor the catalog cannot place, like one without a country; never skipped.
   */
  @Test
  void aForeignDeviceOfUnknownCategoryAndVendorIsReported() throws Exception {
    Path sbom = dir.resolve("edge.cdx.json");
    Files.writeString(
        sbom,
        """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "version": 1,
          "components": [
            { "bom-ref": "gw-1", "type": "device", "name": "Edge 5000",
              "manufacturer": { "name": "Acme Networks Inc.", "address": { "country": "US" } } }
          ]
        }
        """);
    ScanResult r = PackScans.runDocument(sbom, dir, "xinchuang-strict");
    assertThat(of(r, "HW-UNKNOWN-VENDOR"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("Acme Networks Inc. [device]");
              assertThat(f.properties()).containsEntry("country", "US");
            });
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
