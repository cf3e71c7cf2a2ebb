package io.anke.scan.cbom;

import java.util.Objects;

/**
 * The {@code evidence.occurrences} of one cryptographic asset of a CycloneDX document, as the
 * document states them, kept as a fact of its {@link io.anke.core.bom.BillOfMaterials} so that a
 * CycloneDX output of the scan carries them on (with them, the places in code the asset is used).
 *
 * @param pointer the JSON pointer of the component ({@code /components/3}; the same path for XML)
 * @param json the {@code occurrences} array in its JSON form
 */
public record DeclaredOccurrences(String pointer, String json) {
  /** Validates. */
  public DeclaredOccurrences {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(json, "json");
  }
}
