package io.anke.rules.hw;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.Severity;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Rule;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every inventory category is judged: for each one, every foreign vendor of the bundled catalog
 * produces a finding of the rule for that category under xinchuang-strict, and every domestic
 * vendor produces none. The inventory is read by the real CSV reader; categories are written by
 * their id in English rows and by their Chinese display name in Chinese rows.
 */
class InventoryCategoriesTest {
  @TempDir Path dir;

  private final Catalog catalog = BundledCatalog.get();

  /** The rule that judges each inventory category: exactly one per category. */
  private static Map<Category, String> ruleOfCategory() {
    Map<Category, String> out = new LinkedHashMap<>();
    for (Rule r : new HardwareRules().rules()) {
      if (r instanceof ForeignVendorRule f) {
        for (Category c : f.categories()) {
          assertThat(out.put(c, r.descriptor().id())).as("second rule for " + c).isNull();
        }
      }
    }
    return out;
  }

  private ScanResult scan(String name, String csv) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, csv);
    return PackScans.runDocument(file, dir, "xinchuang-strict");
  }

  private static boolean inRows(Finding f, String file, int line) {
    return Arrays.asList(f.properties().getOrDefault("rows", "").split(", "))
        .contains(file + ":" + line);
  }

  @Test
  void everyCategoryHasItsRuleAndADomesticAndAForeignSide() {
    Map<Category, String> rules = ruleOfCategory();
    assertThat(rules.keySet()).containsExactlyInAnyOrderElementsOf(Category.inventoryCategories());
    assertThat(rules).containsEntry(Category.VIRTUALIZATION, "HW-FOREIGN-VIRTUALIZATION");
    for (Category c : Category.inventoryCategories()) {
      List<CatalogEntry> entries = catalog.category(c);
      assertThat(entries).as(c.id() + " domestic").anyMatch(CatalogEntry::isDomestic);
      assertThat(entries).as(c.id() + " foreign").anyMatch(e -> !e.isDomestic());
    }
  }

  @Test
  void everyForeignVendorOfEveryCategoryIsFoundAndNoDomesticOne() throws Exception {
    Map<Category, String> rules = ruleOfCategory();
    StringBuilder csv = new StringBuilder("category,vendor,model,quantity\n");
    record Row(int line, Category category, CatalogEntry entry) {}
    List<Row> rows = new ArrayList<>();
    int line = 1;
    for (Category c : Category.inventoryCategories()) {
      for (CatalogEntry e : catalog.category(c)) {
        // Foreign rows in English (category id, English vendor name), domestic rows in Chinese.
        String category = e.isDomestic() ? c.displayName("zh") : c.id();
        String vendor = e.isDomestic() ? e.vendorName("zh") : e.vendorName("en");
        String model = e.products().isEmpty() ? "model" : e.products().get(0);
        csv.append(quote(category))
            .append(',')
            .append(quote(vendor))
            .append(',')
            .append(quote(model))
            .append(",1\n");
        rows.add(new Row(++line, c, e));
      }
    }
    ScanResult r = scan("all.csv", csv.toString());
    for (Row row : rows) {
      String rule = rules.get(row.category());
      boolean found = of(r, rule).stream().anyMatch(f -> inRows(f, "all.csv", row.line()));
      assertThat(found)
          .as(
              "%s row %d (%s, %s) judged by %s",
              row.entry().standing().id(), row.line(), row.category().id(), row.entry().id(), rule)
          .isEqualTo(!row.entry().isDomestic());
    }
    // Every row is identified: no vendor of the catalog is "unknown" in its own category.
    assertThat(of(r, "HW-UNKNOWN-VENDOR")).isEmpty();
    assertThat(r.summary().passed()).isFalse();
  }

  @Test
  void foreignSecurityDeviceIsReportedAndADomesticFirewallIsNot() throws Exception {
    ScanResult r =
        scan(
            "security.csv",
            """
            类别,厂商,型号,数量,位置
            防火墙,飞塔,FortiGate 1800F,2,机房A-02
            Firewall,Palo Alto Networks,PA-5410,1,DC2
            WAF,Imperva,X6510,1,DC2
            防火墙,山石网科,SG-6000-X20812,2,机房A-02
            入侵检测,启明星辰,天阗 TS-7000,1,机房A-03
            """);
    List<Finding> security = of(r, "HW-FOREIGN-SECURITY-DEVICE");
    assertThat(security)
        .extracting(f -> f.properties().get("catalogEntry") + " " + f.properties().get("rows"))
        .containsExactlyInAnyOrder(
            "fortinet security.csv:2", "palo-alto security.csv:3", "imperva security.csv:4");
    Finding fortinet =
        security.stream()
            .filter(f -> f.properties().get("catalogEntry").equals("fortinet"))
            .findFirst()
            .orElseThrow();
    assertThat(fortinet.severity()).isEqualTo(Severity.HIGH);
    assertThat(fortinet.standards()).contains("GB/T 22239-2019 8.1.10.3");
    assertThat(fortinet.message().en()).startsWith("2 security devices of 1 model from Fortinet");
    assertThat(fortinet.message().zh()).startsWith("2 台安全设备（1 个型号），来自 飞塔");
    // The domestic firewall and IDS are counted in the share, never reported as foreign.
    Finding share =
        of(r, "HW-DOMESTIC-SHARE").stream()
            .filter(f -> f.properties().get("category").equals("security"))
            .findFirst()
            .orElseThrow();
    assertThat(share.properties())
        .containsEntry("domestic", "3")
        .containsEntry("foreign", "4")
        .containsEntry("unknown", "0");

    ScanResult domestic =
        scan("domestic.csv", "类别,厂商,型号,数量\n防火墙,山石网科,SG-6000,2\n安全设备,深信服,AF-1000,1\n");
    assertThat(of(domestic, "HW-FOREIGN-SECURITY-DEVICE")).isEmpty();
    assertThat(domestic.summary().passed()).isTrue();
  }

  @Test
  void aCategoryStillNotUnderstoodIsRefusedWithTheAcceptedValues() {
    assertThatThrownBy(
            () -> scan("odd.csv", "category,vendor,model\nswitch,Cisco,C9300\nphones,Cisco,8845\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("odd.csv:3: inventory CSV: category (类别) 'phones' is not a")
        .hasMessageContaining(Category.listing(Category.inventoryCategories()));
    assertThatThrownBy(() -> scan("lib.csv", "类别,厂商,型号\n密码库,Bouncy Castle,bcprov 1.80\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("lib.csv:2: inventory CSV: category (类别) '密码库' is crypto_library")
        .hasMessageContaining("SBOM");
    assertThatThrownBy(
            () -> scan("odd.yaml", "items:\n  - category: 其他设备\n    vendor: X\n    model: Y\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("odd.yaml:2: inventory YAML: category (类别) '其他设备'");
  }

  private static String quote(String s) {
    return s.contains(",") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
