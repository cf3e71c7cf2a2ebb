package io.anke.core.bom;

import java.util.List;
import java.util.Objects;

/**
 * The components read from one source: an SBOM, an inventory, an archive or the probed host.
 *
 * @param source a display name of the source (a relative path, or {@code host})
 * @param components the components in the order the source listed them
 */
public record BillOfMaterials(String source, List<Component> components) {

  /** Copies the list so that the record stays immutable. */
  public BillOfMaterials {
    Objects.requireNonNull(source, "source");
    components = List.copyOf(components);
  }
}
