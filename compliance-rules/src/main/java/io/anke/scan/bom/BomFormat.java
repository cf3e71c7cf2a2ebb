package io.anke.scan.bom;

/** The input formats {@link BomReaders} recognises, by content. */
public enum BomFormat {
  CYCLONEDX_JSON("CycloneDX JSON"),
  CYCLONEDX_XML("CycloneDX XML"),
  SPDX_JSON("SPDX JSON"),
  SPDX3_JSONLD("SPDX 3.0 JSON-LD"),
  INVENTORY_CSV("inventory CSV"),
  INVENTORY_YAML("inventory YAML"),
  ARCHIVE("archive"),
  DIRECTORY("directory");

  private final String displayName;

  BomFormat(String displayName) {
    this.displayName = displayName;
  }

  /** How errors and reports name the format. */
  public String displayName() {
    return displayName;
  }
}
