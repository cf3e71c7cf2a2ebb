package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

  static Catalog parse(String yaml) {
    return Catalog.read("c.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  static Catalog testCatalog() throws Exception {
    try (InputStream in = CatalogTest.class.getResourceAsStream("test-catalog.yaml")) {
      return Catalog.read("test-catalog.yaml", in);
    }
  }

  @Test
  void readsEntriesWithAllFields() throws Exception {
    Catalog c = testCatalog();
    assertThat(c.version()).isEqualTo("test-1");
    assertThat(c.date()).isEqualTo("2026-11-27");
    CatalogEntry mysql = c.entry("mysql-connector").orElseThrow();
    assertThat(mysql.standing()).isEqualTo(Standing.WATCH_LIST);
    assertThat(mysql.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(mysql.country()).isEqualTo("US");
    assertThat(mysql.attribute("note")).contains("TiDB");
    CatalogEntry zhaoxin = c.entry("zhaoxin").orElseThrow();
    // vendor_id keeps its raw spaces; the matcher trims
    assertThat(zhaoxin.detection().cpuVendorIds()).contains("  Shanghai  ");
    assertThat(zhaoxin.status()).isEqualTo(Status.PARTIAL);
    assertThat(c.entry("kylin").orElseThrow().vendorName("zh")).isEqualTo("麒麟软件有限公司");
    assertThat(c.entry("oracle-jdk").orElseThrow().vendorName("zh"))
        .isEqualTo("Oracle Corporation");
    assertThat(c.category(Category.CPU))
        .extracting(CatalogEntry::id)
        .containsExactly("hisilicon-kunpeng", "hygon", "zhaoxin", "phytium", "intel-cpu");
  }

  @Test
  void userCatalogOverridesByIdAndExtends(@TempDir Path dir) throws Exception {
    Path user = dir.resolve("my-catalog.yaml");
    Files.writeString(
        user,
        """
        entries:
          - id: mysql-connector
            category: database
            standing: domestic
            country: CN
            status: confirmed
            vendor: {en: "Our TiDB cluster (approved)"}
            detect: {maven: ["com.mysql:mysql-connector-j"]}
          - id: acme-db
            category: database
            standing: domestic
            country: CN
            status: unconfirmed
            vendor: {zh: 某某数据库, en: Acme DB}
            detect: {maven: ["com.acme:acme-jdbc"]}
        """);
    Catalog merged = testCatalog().overlay(Catalog.read(user));
    assertThat(merged.version()).isEqualTo("test-1");
    assertThat(merged.sources()).containsExactly("test-catalog.yaml", user.toString());
    assertThat(merged.entry("mysql-connector").orElseThrow().isDomestic()).isTrue();
    assertThat(
            merged
                .matcher()
                .maven("com.mysql", "mysql-connector-j")
                .orElseThrow()
                .entry()
                .vendorEn())
        .isEqualTo("Our TiDB cluster (approved)");
    // the override replaced the entry: its old second coordinate is gone
    assertThat(merged.matcher().maven("mysql", "mysql-connector-java")).isEmpty();
    assertThat(merged.matcher().maven("com.acme", "acme-jdbc").orElseThrow().entry().id())
        .isEqualTo("acme-db");
    // position kept
    assertThat(merged.entries().get(merged.entries().size() - 1).id()).isEqualTo("acme-db");
  }

  @Test
  void emptyCatalogMatchesNothing() {
    assertThat(Catalog.empty().isEmpty()).isTrue();
    assertThat(Catalog.empty().matcher().vendor(null, "华为")).isEmpty();
  }

  @Test
  void malformedCatalogsNameFileAndLine() {
    assertThatThrownBy(() -> parse("entries:\n  - id: x\n    category: cpu\n    colour: red\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:4: ")
        .hasMessageContaining("unknown key 'colour'");
    assertThatThrownBy(
            () ->
                parse(
                    "entries:\n  - id: x\n    category: fridge\n    standing: domestic\n"
                        + "    status: confirmed\n    vendor: {en: X}\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:3: ")
        .hasMessageContaining("unknown category 'fridge'")
        .hasMessageContaining("virtualization (虚拟化)");
    // A catalog file names categories by id; a common name is pointed at its id.
    assertThatThrownBy(
            () ->
                parse(
                    "entries:\n  - id: x\n    category: Switches\n    standing: domestic\n"
                        + "    status: confirmed\n    vendor: {en: X}\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:3: ")
        .hasMessageContaining("write 'network' for 'Switches'");
    assertThatThrownBy(() -> parse("entries: [\n  {id: x\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(
            () ->
                parse(
                    "entries:\n  - id: x\n    category: cpu\n    standing: domestic\n"
                        + "    status: sure\n    vendor: {en: X}\n"))
        .hasMessageStartingWith("c.yaml:5: ")
        .hasMessageContaining("status 'sure'");
    assertThatThrownBy(
            () ->
                parse(
                    "entries:\n  - id: x\n    category: cpu\n    standing: domestic\n"
                        + "    status: confirmed\n    vendor: {en: X}\n"
                        + "  - id: x\n    category: cpu\n    standing: domestic\n"
                        + "    status: confirmed\n    vendor: {en: Y}\n"))
        .hasMessageStartingWith("c.yaml:7: ")
        .hasMessageContaining("duplicate entry id 'x'");
    assertThatThrownBy(() -> parse("entries:\n  - id: x\n    category: cpu\n"))
        .hasMessageStartingWith("c.yaml:2: ")
        .hasMessageContaining("missing 'standing'");
    assertThatThrownBy(
            () ->
                parse(
                    "entries:\n  - id: x\n    category: cpu\n    standing: domestic\n"
                        + "    status: confirmed\n    vendor: {en: X}\n"
                        + "    detect: {cpuVendorId: [A]}\n    unconfirmed: [cpuVendorId=B]\n"))
        .hasMessageStartingWith("c.yaml:8: ")
        .hasMessageContaining("unconfirmed fact 'cpuVendorId=B'");
    assertThatThrownBy(
            () ->
                parse(
                    "entries:\n  - id: x\n    category: cpu\n    standing: domestic\n"
                        + "    status: confirmed\n    vendor: {en: X}\n"
                        + "    detect: {maven: [\"com.x:a:b\"]}\n"))
        .hasMessageStartingWith("c.yaml:7: ")
        .hasMessageContaining("maven pattern 'com.x:a:b'");
    assertThatThrownBy(() -> parse("")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> Catalog.read(Path.of("no-such-catalog.yaml")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("no-such-catalog.yaml: catalog file not found");
  }

  @Test
  void yamlTagsAreNotInstantiated() {
    assertThatThrownBy(
            () -> parse("entries: !!javax.script.ScriptEngineManager [!!java.net.URL [\"x\"]]\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:1: ")
        .hasMessageContaining("not valid YAML");
  }
}
