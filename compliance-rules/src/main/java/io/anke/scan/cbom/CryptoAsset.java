package io.anke.scan.cbom;

import java.util.List;
import java.util.Objects;

/**
 * A cryptographic asset of a CBOM: where the document declares it and what it is.
 *
 * @param file the CBOM as reports name it
 * @param line the 1-based line of the asset's component, 0 when unknown
 * @param pointer the JSON pointer of the component ({@code /components/3}; the same path for XML)
 * @param bomRef the component's {@code bom-ref}, or null
 * @param name the component's name
 * @param assetType {@code algorithm}, {@code protocol}, {@code certificate} or {@code
 *     related-crypto-material}; {@code algorithm} for an asset without {@code cryptoProperties}
 * @param path the component path from the document's root to the asset (through the component that
 *     {@code provides} it, or that nests it), the asset last; empty when the document has no root
 */
public record CryptoAsset(
    String file,
    int line,
    String pointer,
    String bomRef,
    String name,
    String assetType,
    List<String> path) {

  /** Validates and copies. */
  public CryptoAsset {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(assetType, "assetType");
    path = path == null ? List.of() : List.copyOf(path);
  }

  /** The stable id of the asset for findings and waivers: its bom-ref, else its name. */
  public String id() {
    return bomRef != null && !bomRef.isBlank() ? bomRef : name;
  }
}
