package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogMatcherTest {
  static Catalog catalog;
  static CatalogMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = CatalogMatcherTest.class.getResourceAsStream("test-catalog.yaml")) {
      catalog = Catalog.read("test-catalog.yaml", in);
    }
    matcher = catalog.matcher();
  }

  private static String id(Optional<CatalogMatch> m) {
    return m.map(x -> x.entry().id()).orElse(null);
  }

  @Test
  void mavenExactGroupAndGroupTree() {
    assertThat(id(matcher.maven("com.dameng", "DmJdbcDriver18"))).isEqualTo("dameng");
    assertThat(id(matcher.maven("com.tongweb", "tongweb-embed-core"))).isEqualTo("tongtech");
    assertThat(id(matcher.maven("org.jboss", "jboss-logging"))).isEqualTo("jboss-wildfly");
    assertThat(id(matcher.maven("org.jboss.logging", "jboss-logging"))).isEqualTo("jboss-wildfly");
    assertThat(id(matcher.maven("org.wildfly", "wildfly-core"))).isEqualTo("jboss-wildfly");
    CatalogMatch m = matcher.maven("com.mysql", "mysql-connector-j").orElseThrow();
    assertThat(m.fact()).isEqualTo("maven");
    assertThat(m.value()).isEqualTo("com.mysql:mysql-connector-j");
    assertThat(m.evidence()).contains("mysql-connector").contains("watch-list");
  }

  @Test
  void mavenNearMissesDoNotMatch() {
    // same prefix text, different group: groups are compared whole at dots
    assertThat(matcher.maven("com.dameng2", "DmJdbcDriver18")).isEmpty();
    assertThat(matcher.maven("com.dameng", "DmJdbcDriver8")).isEmpty();
    assertThat(matcher.maven("com.dameng", "dmjdbcdriver18")).isEmpty();
    assertThat(matcher.maven("org.jbossx", "foo")).isEmpty();
    assertThat(matcher.maven("org", "jboss")).isEmpty();
    // "group:*" is that exact group, not its sub-groups
    assertThat(matcher.maven("org.wildfly.core", "wildfly-server")).isEmpty();
    assertThat(matcher.maven("com.mysql", "mysql-connector-j-extra")).isEmpty();
    assertThat(matcher.maven(null, "x")).isEmpty();
  }

  @Test
  void purlsByCoordinatesAndNamespace() {
    assertThat(id(matcher.purl("pkg:maven/com.dameng/DmJdbcDriver18@8.1.3.140?type=jar")))
        .isEqualTo("dameng");
    assertThat(id(matcher.purl("pkg:rpm/openEuler/bash@5.1.8-6.oe2203?arch=aarch64")))
        .isEqualTo("openeuler");
    assertThat(matcher.purl("pkg:rpm/fedora/bash@5.1")).isEmpty();
    assertThat(matcher.purl("pkg:npm/dameng@1.0")).isEmpty();
    assertThat(matcher.purl("not a purl")).isEmpty();
    assertThat(matcher.purl("pkg:maven")).isEmpty();
  }

  @Test
  void vendorNamesAreNormalisedButExplicit() {
    assertThat(id(matcher.vendor("server", "华为"))).isEqualTo("huawei-server");
    assertThat(id(matcher.vendor("server", "HUAWEI TECHNOLOGIES CO., LTD.")))
        .isEqualTo("huawei-server");
    assertThat(id(matcher.vendor("server", "Huawei Technologies Co. Ltd")))
        .isEqualTo("huawei-server");
    // full-width letters and spaces (NFKC)
    assertThat(id(matcher.vendor("server", "ＨＵＡＷＥＩ"))).isEqualTo("huawei-server");
    assertThat(id(matcher.vendor("cpu", "华为"))).isEqualTo("hisilicon-kunpeng");
    assertThat(id(matcher.vendor("cpu", " 海光 "))).isEqualTo("hygon");
    // category not in catalog: falls back to the first entry naming the vendor
    assertThat(matcher.vendor("ups", "华为")).isPresent();
  }

  @Test
  void vendorNearMissesDoNotMatch() {
    assertThat(matcher.vendor("server", "Huawei Cloud")).isEmpty();
    assertThat(matcher.vendor("server", "Huawe")).isEmpty();
    assertThat(matcher.vendor("server", "华为云")).isEmpty();
    assertThat(matcher.vendor("cpu", "Hygon Inc")).isEmpty();
    assertThat(matcher.vendor("server", "")).isEmpty();
    assertThat(matcher.vendor("server", null)).isEmpty();
  }

  @Test
  void osRelease() {
    assertThat(id(matcher.osRelease("kylin", null))).isEqualTo("kylin");
    assertThat(id(matcher.osRelease("openeuler", "openEuler"))).isEqualTo("openeuler");
    assertThat(id(matcher.osRelease("OPENEULER", null))).isEqualTo("openeuler");
    assertThat(id(matcher.osRelease(null, "Kylin Linux Advanced Server"))).isEqualTo("kylin");
    assertThat(matcher.osRelease("debian", "Debian GNU/Linux")).isEmpty();
    assertThat(matcher.osRelease("kylin-like", null)).isEmpty();
    assertThat(matcher.osRelease(null, "Kylin Linux")).isEmpty();
  }

  @Test
  void cpuByVendorIdImplementerAndArch() {
    CatalogMatch kunpeng =
        matcher.cpu(new CpuSignature("aarch64", null, "0x48", "0xd01", null)).orElseThrow();
    assertThat(kunpeng.entry().id()).isEqualTo("hisilicon-kunpeng");
    assertThat(kunpeng.detail()).contains("Kunpeng 920");
    assertThat(kunpeng.confirmed()).isTrue();
    // unknown part: still the vendor, but no product
    assertThat(
            matcher
                .cpu(new CpuSignature("aarch64", null, "0x48", "0xd99", null))
                .orElseThrow()
                .detail())
        .isNull();
    assertThat(id(matcher.cpu(new CpuSignature("amd64", "HygonGenuine", null, null, null))))
        .isEqualTo("hygon");
    CatalogMatch zx =
        matcher.cpu(new CpuSignature("amd64", "  Shanghai  ", null, null, null)).orElseThrow();
    assertThat(zx.entry().id()).isEqualTo("zhaoxin");
    assertThat(zx.confirmed()).isTrue();
    CatalogMatch centaur =
        matcher.cpu(new CpuSignature("amd64", "CentaurHauls", null, null, null)).orElseThrow();
    assertThat(centaur.confirmed()).isFalse();
    assertThat(centaur.evidence()).contains("unconfirmed");
  }

  @Test
  void cpuNearMissesDoNotMatch() {
    assertThat(matcher.cpu(new CpuSignature("amd64", "AuthenticAMD", null, null, null))).isEmpty();
    // ARM (0x41) is not HiSilicon
    assertThat(matcher.cpu(new CpuSignature("aarch64", null, "0x41", "0xd0c", null))).isEmpty();
    // architecture is a precondition: a HiSilicon implementer on x86 is not a Kunpeng
    assertThat(matcher.cpu(new CpuSignature("amd64", null, "0x48", "0xd01", null))).isEmpty();
    assertThat(matcher.cpu(new CpuSignature("aarch64", "HygonGenuine", null, null, null)))
        .isEmpty();
    assertThat(matcher.cpu(new CpuSignature("amd64", "hygongenuine", null, null, null))).isEmpty();
  }

  @Test
  void dmiVendor() {
    assertThat(id(matcher.dmiVendor("Huawei Technologies Co., Ltd."))).isEqualTo("huawei-server");
    assertThat(matcher.dmiVendor("HUAWEI").orElseThrow().fact()).isEqualTo("dmiSysVendor");
    assertThat(matcher.dmiVendor("Lenovo")).isEmpty();
    assertThat(matcher.dmiVendor("Dell")).isPresent(); // vendor alias of a server entry
    assertThat(matcher.dmiVendor("Huawei Device")).isEmpty();
  }

  @Test
  void jvmMarkersPreferDomesticAndSkipSpecVendor() {
    CatalogMatch bisheng =
        matcher
            .jvm(
                Map.of(
                    "java.vendor", "Oracle Corporation",
                    "java.runtime.version", "17.0.11+12-BiSheng"))
            .orElseThrow();
    assertThat(bisheng.entry().id()).isEqualTo("bisheng");
    assertThat(bisheng.detail()).isEqualTo("java.runtime.version=17.0.11+12-BiSheng");
    assertThat(
            matcher.jvm(
                Map.of(
                    "java.vendor", "Debian",
                    "java.vm.specification.vendor", "Oracle Corporation")))
        .isEmpty();
    assertThat(id(matcher.jvm(Map.of("java.vendor", "Oracle Corporation"))))
        .isEqualTo("oracle-jdk");
  }

  @Test
  void driverClassPrefixUrlAndFile() {
    assertThat(id(matcher.driverClass("dm.jdbc.driver.DmDriver"))).isEqualTo("dameng");
    assertThat(matcher.driverClass("dm.jdbc.driver.DmDriver2")).isEmpty();
    assertThat(id(matcher.className("com.tongweb.server.Main"))).isEqualTo("tongtech");
    assertThat(matcher.className("com.tongwebx.Main")).isEmpty();
    assertThat(id(matcher.jdbcUrl("jdbc:dm://db:5236"))).isEqualTo("dameng");
    assertThat(matcher.jdbcUrl("jdbc:dmx://db")).isEmpty();
    assertThat(id(matcher.file("/usr/lib64/libswsds.so"))).isEqualTo("sansec");
    assertThat(matcher.file("/usr/lib64/libswsds.so.1")).isEmpty();
  }

  @Test
  void componentsByPurlCoordinatesOrVendor() {
    Component driver =
        Component.builder().group("com.mysql").name("mysql-connector-j").version("8.4.0").build();
    assertThat(id(matcher.component(driver))).isEqualTo("mysql-connector");
    Component server =
        Component.builder()
            .kind(ComponentKind.DEVICE)
            .category("server")
            .manufacturer("华为")
            .name("TaiShan 200")
            .build();
    assertThat(id(matcher.component(server))).isEqualTo("huawei-server");
    Component unknown = Component.builder().group("org.example").name("lib").build();
    assertThat(matcher.component(unknown)).isEmpty();
  }
}
