package io.anke.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.catalog.CatalogMatcher;
import io.anke.core.catalog.CpuSignature;
import io.anke.core.catalog.Standing;
import io.anke.core.catalog.Status;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledCatalogTest {
  final Catalog catalog = Catalog.bundled();
  final CatalogMatcher m = catalog.matcher();

  private static String id(Optional<CatalogMatch> match) {
    return match.map(x -> x.entry().id()).orElse(null);
  }

  @Test
  void isFoundThroughServiceLoaderWithVersionAndDate() {
    assertThat(catalog.version()).isEqualTo("2026.12.01-1");
    assertThat(catalog.date()).isEqualTo("2026-12-01");
    assertThat(catalog.sources()).containsExactly(BundledCatalog.SOURCE_NAME);
    assertThat(catalog.entries()).hasSizeGreaterThan(100);
  }

  @Test
  void coversEveryCategoryAndTheWatchList() {
    Set<String> categories =
        catalog.entries().stream().map(CatalogEntry::category).collect(Collectors.toSet());
    assertThat(categories)
        .contains(
            "cpu",
            "os",
            "server",
            "database",
            "middleware",
            "jdk",
            "network",
            "storage",
            "security",
            "crypto_device",
            "crypto_library");
    assertThat(catalog.entries())
        .filteredOn(e -> e.standing() == Standing.WATCH_LIST)
        .extracting(CatalogEntry::id)
        .contains(
            "mysql-connector",
            "oracle-jdbc",
            "sqlserver-jdbc",
            "db2-jdbc",
            "sap-hana-jdbc",
            "weblogic",
            "websphere",
            "jboss-wildfly",
            "ibm-mq",
            "oracle-jdk");
    // every watch-list entry has a suggested severity, domestic entries none
    assertThat(catalog.entries())
        .allSatisfy(e -> assertThat(e.severity() == null).isEqualTo(e.isDomestic()));
    assertThat(catalog.entry("oracle-jdbc").orElseThrow().severity()).isEqualTo(Severity.HIGH);
    assertThat(catalog.entry("postgresql-mariadb-drivers").orElseThrow().severity())
        .isEqualTo(Severity.INFO);
  }

  @Test
  void keepsEachEntrysStatus() {
    assertThat(catalog.entry("hygon").orElseThrow().status()).isEqualTo(Status.CONFIRMED);
    assertThat(catalog.entry("phytium").orElseThrow().status()).isEqualTo(Status.PARTIAL);
    assertThat(catalog.entry("sugon").orElseThrow().status()).isEqualTo(Status.UNCONFIRMED);
    assertThat(
            m.cpu(new CpuSignature("amd64", "CentaurHauls", null, null, null))
                .orElseThrow()
                .confirmed())
        .isFalse();
  }

  @Test
  void chineseAndEnglishVendorNamesAndAliasesMatch() {
    for (String name :
        new String[] {
          "华为", "Huawei", "HUAWEI TECHNOLOGIES CO., LTD.", "huawei technologies co ltd"
        }) {
      assertThat(id(m.vendor("server", name))).as(name).isEqualTo("huawei-server");
    }
    assertThat(id(m.vendor("storage", "华为"))).isEqualTo("huawei-storage");
    assertThat(id(m.vendor("network", "新华三"))).isEqualTo("h3c-network");
    assertThat(id(m.vendor("server", "浪潮"))).isEqualTo("inspur");
    assertThat(id(m.vendor("security", "深信服"))).isEqualTo("sangfor");
    assertThat(id(m.vendor("crypto_device", "三未信安"))).isEqualTo("sansec");
    assertThat(id(m.vendor("cpu", "飞腾"))).isEqualTo("phytium");
    assertThat(id(m.vendor("server", "戴尔"))).isEqualTo("dell-server");
    assertThat(m.vendor("server", "华为云计算")).isEmpty();
  }

  @Test
  void hostFactsOfDomesticPlatforms() {
    assertThat(id(m.cpu(new CpuSignature("aarch64", null, "0x48", "0xd01", null))))
        .isEqualTo("hisilicon-kunpeng");
    assertThat(id(m.cpu(new CpuSignature("aarch64", null, "0x70", "0x662", null))))
        .isEqualTo("phytium");
    assertThat(id(m.cpu(new CpuSignature("x86_64", "HygonGenuine", null, null, null))))
        .isEqualTo("hygon");
    assertThat(id(m.cpu(new CpuSignature("amd64", "  Shanghai  ", null, null, null))))
        .isEqualTo("zhaoxin");
    assertThat(id(m.cpu(new CpuSignature("loongarch64", null, null, null, "Loongson-3A6000"))))
        .isEqualTo("loongson");
    assertThat(id(m.cpu(new CpuSignature("amd64", "GenuineIntel", null, null, null))))
        .isEqualTo("intel-cpu");
    assertThat(id(m.osRelease("kylin", null))).isEqualTo("kylin");
    assertThat(id(m.osRelease("uos", null))).isEqualTo("uos");
    assertThat(id(m.osRelease("openEuler", null))).isEqualTo("openeuler");
    assertThat(id(m.osRelease("ubuntu", null))).isEqualTo("ubuntu");
    assertThat(id(m.osRelease("debian", null))).isEqualTo("debian");
    assertThat(id(m.osRelease("centos", null))).isEqualTo("centos");
    assertThat(id(m.osRelease("linuxmint", null))).isNull();
    assertThat(id(m.dmiVendor("XFUSION"))).isEqualTo("xfusion");
    assertThat(id(m.dmiVendor("New H3C Technologies Co., Ltd."))).isEqualTo("h3c-server");
    assertThat(id(m.jvm(Map.of("java.vendor.version", "(Alibaba Dragonwell Extended Edition)"))))
        .isEqualTo("dragonwell");
    assertThat(
            id(
                m.jvm(
                    Map.of(
                        "java.runtime.name",
                        "OpenJDK Runtime Environment",
                        "java.vendor.version",
                        "TencentKonaJDK-17.0.11"))))
        .isEqualTo("kona");
    assertThat(
            id(
                m.jvm(
                    Map.of(
                        "java.vendor",
                        "Eclipse Adoptium",
                        "java.vendor.version",
                        "Temurin-17.0.12+7"))))
        .isEqualTo("temurin");
    assertThat(m.jvm(Map.of("java.vendor", "Debian"))).isEmpty();
  }

  @Test
  void drivers() {
    assertThat(id(m.maven("com.dameng", "DmJdbcDriver18"))).isEqualTo("dameng");
    assertThat(id(m.maven("cn.com.kingbase", "kingbase8"))).isEqualTo("kingbase");
    assertThat(id(m.maven("com.oracle.database.jdbc", "ojdbc11"))).isEqualTo("oracle-jdbc");
    assertThat(id(m.maven("com.mysql", "mysql-connector-j"))).isEqualTo("mysql-connector");
    assertThat(
            m.maven("com.mysql", "mysql-connector-j").orElseThrow().entry().attribute("protocol"))
        .isEqualTo("mysql");
    assertThat(id(m.maven("org.jboss.logging", "jboss-logging"))).isEqualTo("jboss-wildfly");
    assertThat(id(m.driverClass("com.kingbase8.Driver"))).isEqualTo("kingbase");
    assertThat(id(m.purl("pkg:maven/org.bouncycastle/bcprov-jdk18on@1.87")))
        .isEqualTo("bouncycastle");
    assertThat(m.maven("org.example", "app")).isEmpty();
  }
}
