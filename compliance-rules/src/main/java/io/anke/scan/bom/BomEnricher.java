package io.anke.scan.bom;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.catalog.CatalogMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills supplier, manufacturer and country of components from the catalog (what a document states
 * is kept) and records the matching entry and evidence as properties ({@link CatalogMatch#ENTRY},
 * {@link CatalogMatch#EVIDENCE}, ...). Components the catalog does not know are left unchanged.
 */
public final class BomEnricher {
  private BomEnricher() {}

  /** The bill of materials with every identified component enriched. */
  public static BillOfMaterials enrich(BillOfMaterials bom, Catalog catalog) {
    if (catalog.isEmpty()) {
      return bom;
    }
    CatalogMatcher m = catalog.matcher();
    List<Component> out = new ArrayList<>(bom.components().size());
    for (Component c : bom.components()) {
      out.add(enrich(c, m));
    }
    return bom.withComponents(out);
  }

  /** One component enriched (unchanged when it already carries a catalog match). */
  public static Component enrich(Component c, CatalogMatcher m) {
    if (c.property(CatalogMatch.ENTRY) != null) {
      return c;
    }
    return m.component(c).map(x -> x.applyTo(c)).orElse(c);
  }
}
