package io.anke.core.bom;

import io.anke.core.internal.CoreMessage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One software or hardware component of a bill of materials. Immutable; maps are sorted by key so
 * that everything derived from a component (reports, SBOMs) is deterministic.
 *
 * @param kind what the component is
 * @param category the id of the catalog category of hardware, platform and host items, one of
 *     {@code io.anke.core.catalog.Category} ({@code server}, {@code network}, ...); null for
 *     libraries
 * @param group Maven groupId or other namespace; null when there is none
 * @param name artifact name, product name or hardware model; never blank
 * @param version version, firmware version; null when unknown
 * @param supplier the organisation that supplied the component; null when unknown
 * @param manufacturer the organisation that made it (for hardware: the vendor); null when unknown
 * @param country ISO 3166-1 alpha-2 country of the manufacturer or supplier; null when unknown
 * @param purl package URL; null when there is none
 * @param cpe CPE 2.3 name; null when there is none
 * @param hashes algorithm name (such as {@code SHA-256}) to lowercase hex digest
 * @param quantity how many units (hardware); 1 for software
 * @param properties free extra facts (serial, location, the catalog entry matched)
 * @param dependencyPath coordinates from the root to this component; empty if unknown. A {@link
 *     DependencyPath} is kept as it is (shared with the paths of other components), any other list
 *     is turned into one
 * @param origin where the component was read
 * @param ref the component's identity inside the document it was read from (a CycloneDX {@code
 *     bom-ref}, an SPDX id, a nested archive's path), the key of {@link
 *     BillOfMaterials#dependencies()}; null when the document gives none
 */
public record Component(
    ComponentKind kind,
    String category,
    String group,
    String name,
    String version,
    String supplier,
    String manufacturer,
    String country,
    String purl,
    String cpe,
    Map<String, String> hashes,
    int quantity,
    Map<String, String> properties,
    List<String> dependencyPath,
    Origin origin,
    String ref) {

  /** Validates and defensively copies. Blank strings become null. */
  public Component {
    Objects.requireNonNull(kind, "kind");
    category = blankToNull(category);
    group = blankToNull(group);
    name = blankToNull(name);
    if (name == null) {
      throw new IllegalArgumentException(CoreMessage.COMPONENT_NO_NAME.english());
    }
    version = blankToNull(version);
    supplier = blankToNull(supplier);
    manufacturer = blankToNull(manufacturer);
    country = blankToNull(country);
    purl = blankToNull(purl);
    cpe = blankToNull(cpe);
    if (quantity < 1) {
      throw new IllegalArgumentException(CoreMessage.COMPONENT_QUANTITY.english(name, quantity));
    }
    hashes = sortedCopy(hashes, "hashes");
    properties = sortedCopy(properties, "properties");
    dependencyPath = DependencyPath.of(dependencyPath);
    origin = origin == null ? Origin.UNKNOWN : origin;
    ref = ref == null || ref.isEmpty() ? null : ref;
  }

  /** A new builder; {@code kind} defaults to {@link ComponentKind#LIBRARY}, quantity to 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this component's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.category = category;
    b.group = group;
    b.name = name;
    b.version = version;
    b.supplier = supplier;
    b.manufacturer = manufacturer;
    b.country = country;
    b.purl = purl;
    b.cpe = cpe;
    b.hashes.putAll(hashes);
    b.quantity = quantity;
    b.properties.putAll(properties);
    b.dependencyPath = dependencyPath;
    b.origin = origin;
    b.ref = ref;
    return b;
  }

  /**
   * A stable subject id for findings and waivers: the purl when present; for hardware the vendor
   * and model ({@code Huawei TaiShan 200}); otherwise {@code group:name:version} with the parts
   * that are known.
   */
  public String id() {
    if (purl != null) {
      return purl;
    }
    if (kind.isHardware()) {
      String vendor = vendor();
      return vendor == null ? name : vendor + " " + name;
    }
    StringJoiner j = new StringJoiner(":");
    if (group != null) {
      j.add(group);
    }
    j.add(name);
    if (version != null) {
      j.add(version);
    }
    return j.toString();
  }

  /** The manufacturer, else the supplier; null when neither is known. */
  public String vendor() {
    return manufacturer != null ? manufacturer : supplier;
  }

  /** {@code group:name} (or the name alone), the coordinate without version. */
  public String coordinates() {
    return group == null ? name : group + ":" + name;
  }

  /** A property value, or null. */
  public String property(String key) {
    return properties.get(key);
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static Map<String, String> sortedCopy(Map<String, String> map, String what) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException(CoreMessage.COMPONENT_NULL_ENTRY.english(what));
      }
      copy.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /** Builds a {@link Component}; every setter returns the builder. Not thread-safe. */
  public static final class Builder {
    private ComponentKind kind = ComponentKind.LIBRARY;
    private String category;
    private String group;
    private String name;
    private String version;
    private String supplier;
    private String manufacturer;
    private String country;
    private String purl;
    private String cpe;
    private final Map<String, String> hashes = new TreeMap<>();
    private int quantity = 1;
    private final Map<String, String> properties = new TreeMap<>();
    private List<String> dependencyPath = DependencyPath.empty();
    private Origin origin = Origin.UNKNOWN;
    private String ref;

    private Builder() {}

    /** What the component is. */
    public Builder kind(ComponentKind kind) {
      this.kind = kind;
      return this;
    }

    /** Catalog category of a hardware or host item. */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /** Maven groupId or namespace. */
    public Builder group(String group) {
      this.group = group;
      return this;
    }

    /** Artifact, product or model name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Version. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Supplying organisation. */
    public Builder supplier(String supplier) {
      this.supplier = supplier;
      return this;
    }

    /** Manufacturing organisation (hardware vendor). */
    public Builder manufacturer(String manufacturer) {
      this.manufacturer = manufacturer;
      return this;
    }

    /** ISO 3166-1 alpha-2 country. */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /** Package URL. */
    public Builder purl(String purl) {
      this.purl = purl;
      return this;
    }

    /** CPE name. */
    public Builder cpe(String cpe) {
      this.cpe = cpe;
      return this;
    }

    /** Adds one hash. */
    public Builder hash(String algorithm, String hexValue) {
      hashes.put(algorithm, hexValue);
      return this;
    }

    /** Number of units. */
    public Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    /** Adds one property; a null value removes the key. */
    public Builder property(String key, String value) {
      if (value == null) {
        properties.remove(key);
      } else {
        properties.put(key, value);
      }
      return this;
    }

    /** Adds all properties. */
    public Builder properties(Map<String, String> values) {
      values.forEach(this::property);
      return this;
    }

    /** Replaces the dependency path (root first); a {@link DependencyPath} is shared. */
    public Builder dependencyPath(List<String> path) {
      dependencyPath = DependencyPath.of(path);
      return this;
    }

    /** The identity inside the source document (bom-ref, SPDX id, archive path). */
    public Builder ref(String ref) {
      this.ref = ref;
      return this;
    }

    /** Where the component was read. */
    public Builder origin(Origin origin) {
      this.origin = origin;
      return this;
    }

    /**
     * Builds the component.
     *
     * @throws IllegalArgumentException when the name is blank or the quantity is not positive
     */
    public Component build() {
      return new Component(
          kind,
          category,
          group,
          name,
          version,
          supplier,
          manufacturer,
          country,
          purl,
          cpe,
          hashes,
          quantity,
          properties,
          dependencyPath,
          origin,
          ref);
    }
  }
}
