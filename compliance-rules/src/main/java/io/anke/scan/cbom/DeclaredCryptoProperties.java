package io.anke.scan.cbom;

import java.util.Objects;

/**
 * The {@code cryptoProperties} of one component of a CycloneDX document, as the document states
 * them, kept as a fact of its {@link io.anke.core.bom.BillOfMaterials} so that a CycloneDX output
 * of the scan carries them on unchanged.
 *
 * @param pointer the JSON pointer of the component ({@code /components/3}; the same path for XML)
 * @param json the {@code cryptoProperties} object in its JSON form
 */
public record DeclaredCryptoProperties(String pointer, String json) {
  /** Validates. */
  public DeclaredCryptoProperties {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(json, "json");
  }
}
