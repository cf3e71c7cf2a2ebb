package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.ConfigurationException;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.CatalogMatcher;
import java.io.ByteArrayInputStream;

/**
 * A user's catalog file: any bytes are either a catalog or a {@link ConfigurationException} naming
 * the file; an accepted catalog overlays the others and identifies vendors, artifacts and purls
 * without failing, and every entry is found by its id.
 */
class CatalogFuzzTest {
  private static final String SOURCE = "catalog.yaml";

  @FuzzTest
  void catalogFile(byte[] data) {
    Catalog catalog;
    try {
      catalog = Catalog.read(SOURCE, new ByteArrayInputStream(data));
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
      return;
    }
    Catalog overlaid = Catalog.empty().overlay(catalog);
    assertThat(overlaid.entries()).hasSameSizeAs(catalog.entries());
    CatalogMatcher matcher = catalog.matcher();
    for (CatalogEntry e : catalog.entries()) {
      assertThat(catalog.entry(e.id())).contains(e);
      if (e.vendorEn() != null) {
        matcher.vendor(e.category(), e.vendorEn());
      }
      if (e.vendorZh() != null) {
        matcher.vendor(null, e.vendorZh());
      }
    }
    matcher.maven("com.dameng", "DmJdbcDriver18");
    matcher.purl("pkg:maven/com.mysql/mysql-connector-j@9.1.0");
    matcher.dmiVendor("Huawei");
  }
}
