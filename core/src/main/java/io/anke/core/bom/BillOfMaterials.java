package io.anke.core.bom;

import java.util.List;
import java.util.Objects;

/**
 * The components read from one source: an SBOM, an inventory, an archive or the probed host.
 *
 * @param source a display name of the source (a relative path, or {@code host})
 * @param components the components in the order the source listed them
 * @param facts typed evidence the document states besides its components, which a scan hands to the
 *     rules with the document (see {@link io.anke.core.rule.ScanContext#facts(Class)}): for example
 *     the algorithms, protocols and certificates of a CycloneDX CBOM as crypto-usage facts. Core
 *     does not know their types; empty for most documents
 */
public record BillOfMaterials(String source, List<Component> components, List<Object> facts) {

  /** Copies the lists so that the record stays immutable. */
  public BillOfMaterials {
    Objects.requireNonNull(source, "source");
    components = List.copyOf(components);
    facts = facts == null ? List.of() : List.copyOf(facts);
  }

  /** A document that states nothing but its components. */
  public BillOfMaterials(String source, List<Component> components) {
    this(source, components, List.of());
  }

  /**
   * The same document with other components (enriched, filtered) and the same facts, so that a step
   * that rewrites the components never drops what else the document stated.
   */
  public BillOfMaterials withComponents(List<Component> replaced) {
    return new BillOfMaterials(source, replaced, facts);
  }
}
