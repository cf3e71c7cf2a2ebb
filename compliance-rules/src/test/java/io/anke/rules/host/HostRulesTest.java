package io.anke.rules.host;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.host.CpuInfo;
import io.anke.core.host.HostFacts;
import io.anke.core.host.HostInventory;
import io.anke.core.host.JdbcDriver;
import io.anke.core.host.OsRelease;
import io.anke.core.host.ServerInfo;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HOST- rules on probed hosts, identified by the host inventory against the catalog. */
class HostRulesTest {
  @TempDir Path dir;

  private static OsRelease os(String id, String name) {
    return new OsRelease("/etc/os-release", Map.of("ID", id, "NAME", name), Map.of("ID", 3));
  }

  private static Map<String, String> jvm(String vendor, String vendorVersion, String version) {
    return Map.of(
        "java.vendor", vendor,
        "java.vendor.version", vendorVersion,
        "java.runtime.name", "OpenJDK Runtime Environment",
        "java.runtime.version", version,
        "os.arch", "amd64");
  }

  private ScanResult scan(HostFacts facts, String profile) {
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(dir)
            .catalog(BundledCatalog.get())
            .host(HostInventory.toBom(facts, BundledCatalog.get()))
            .build();
    return PackScans.run(context, profile);
  }

  @Test
  void aForeignHostIsReportedFactByFact() {
    HostFacts facts =
        new HostFacts(
            os("ubuntu", "Ubuntu"),
            new CpuInfo("/proc/cpuinfo", "amd64", "GenuineIntel", null, null, "Xeon", "6", 8),
            new ServerInfo("/sys/class/dmi/id/sys_vendor", "Dell Inc.", "PowerEdge R740"),
            jvm("Eclipse Adoptium", "Temurin-17.0.11+9", "17.0.11+9"),
            List.of(
                new JdbcDriver(
                    "oracle.jdbc.OracleDriver", "/opt/app/lib/ojdbc11.jar", null, null, null),
                new JdbcDriver(
                    "com.mysql.cj.jdbc.Driver", "/opt/app/lib/mysql.jar", null, null, null),
                new JdbcDriver("dm.jdbc.driver.DmDriver", "/opt/app/lib/dm.jar", null, null, null),
                new JdbcDriver("org.h2.Driver", "/opt/app/lib/h2-2.3.232.jar", null, null, null)),
            List.of());
    ScanResult r = scan(facts, "xinchuang-strict");

    assertThat(of(r, "HOST-CPU-NOT-DOMESTIC"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.properties()).containsEntry("catalogEntry", "intel-cpu");
              assertThat(f.properties().get("facts")).contains("vendor_id=GenuineIntel");
              assertThat(f.location().file()).isEqualTo("/proc/cpuinfo");
            });
    assertThat(of(r, "HOST-OS-NOT-DOMESTIC"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "ubuntu"));
    assertThat(of(r, "HOST-SERVER-NOT-DOMESTIC"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "dell-server"));
    assertThat(of(r, "HOST-JDK-NOT-DOMESTIC"))
        .singleElement()
        .satisfies(f -> assertThat(f.properties()).containsEntry("catalogEntry", "temurin"));
    assertThat(of(r, "HOST-JDK-OUTDATED")).isEmpty();
    assertThat(of(r, "HOST-JDBC-DRIVER"))
        .extracting(f -> f.properties().get("driverClass") + " " + f.severity())
        .containsExactlyInAnyOrder(
            "oracle.jdbc.OracleDriver HIGH",
            "com.mysql.cj.jdbc.Driver MEDIUM",
            "org.h2.Driver MEDIUM");
    assertThat(of(r, "HOST-JDBC-DRIVER"))
        .filteredOn(f -> f.properties().get("driverClass").equals("org.h2.Driver"))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("embedded database engine"));
    // The host's drivers are judged by HOST-JDBC-DRIVER only, never twice by the BOM rules.
    assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("BOM-"));
  }

  @Test
  void aDomesticHostHasNoFindings() {
    HostFacts facts =
        new HostFacts(
            os("kylin", "Kylin Linux Advanced Server"),
            new CpuInfo("/proc/cpuinfo", "aarch64", null, "0x48", "0xd01", null, null, 96),
            new ServerInfo("/sys/class/dmi/id/sys_vendor", "Huawei", "TaiShan 200 (Model 2280)"),
            jvm("BiSheng", "BiSheng", "11.0.23+12"),
            List.of(new JdbcDriver("dm.jdbc.driver.DmDriver", "/opt/dm.jar", null, null, null)),
            List.of());
    ScanResult r = scan(facts, "xinchuang-strict");
    assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("HOST-"));
  }

  @Test
  void unknownFactsAndOutdatedJdks() {
    HostFacts facts =
        new HostFacts(
            os("arch", "Arch Linux"),
            new CpuInfo("/proc/cpuinfo", "amd64", "AuthenticAMD", null, null, "EPYC", "25", 4),
            null,
            jvm("Oracle Corporation", "", "1.7.0_80-b15"),
            List.of(),
            List.of());
    ScanResult r = scan(facts, "xinchuang-strict");
    Finding unknownOs = of(r, "HOST-OS-NOT-DOMESTIC").get(0);
    assertThat(unknownOs.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(unknownOs.message().en())
        .contains("not identified by the catalog")
        .contains("ID=arch");
    assertThat(of(r, "HOST-JDK-OUTDATED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.properties()).containsEntry("feature", "7");
            });
    assertThat(of(r, "HOST-SERVER-NOT-DOMESTIC")).isEmpty(); // no DMI facts: nothing to judge

    assertThat(JdkReleaseRule.feature("16.0.2+7")).isEqualTo(16);
    assertThat(JdkReleaseRule.feature("1.8.0_412-b08")).isEqualTo(8);
    assertThat(JdkReleaseRule.feature("21.0.4+7-LTS")).isEqualTo(21);
    assertThat(JdkReleaseRule.feature("unknown")).isEqualTo(-1);
    assertThat(JdkReleaseRule.feature(null)).isEqualTo(-1);
    // parts beyond an int, as an inventory may hold them: no release, no exception
    assertThat(JdkReleaseRule.feature("99999999999")).isEqualTo(-1);
    assertThat(JdkReleaseRule.feature("1.99999999999")).isEqualTo(-1);
    HostFacts nonLts =
        new HostFacts(
            null,
            new CpuInfo(null, "amd64", null, null, null, null, null, 0),
            null,
            jvm("Tencent", "TencentKonaJDK", "16.0.2+7"),
            List.of(),
            List.of());
    assertThat(of(scan(nonLts, "mlps-l2"), "HOST-JDK-OUTDATED"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }

  /**
   * A version that cannot be read is not taken for a current one: the rule says it did not judge.
   */
  @Test
  void aJdkWhoseVersionCannotBeReadIsReportedAsNotJudged() {
    HostFacts unreadable =
        new HostFacts(
            null,
            new CpuInfo(null, "amd64", null, null, null, null, null, 0),
            null,
            jvm("Tencent", "TencentKonaJDK", "99999999999.0"),
            List.of(),
            List.of());
    assertThat(of(scan(unreadable, "mlps-l2"), "HOST-JDK-OUTDATED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message().en()).contains("'99999999999.0'", "not judged");
              assertThat(f.message().zh()).contains("未判断");
              assertThat(f.properties()).doesNotContainKey("feature");
            });
  }
}
