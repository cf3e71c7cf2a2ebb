package io.anke.scan.bom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatcher;
import io.anke.scan.bom.internal.CycloneDxReader;
import io.anke.scan.bom.internal.Kinds;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.LibraryComponents;
import io.anke.scan.cbom.DeclaredCryptoProperties;
import io.anke.scan.cbom.DeclaredOccurrences;
import io.anke.scan.cbom.internal.CodeAssets;
import io.anke.scan.internal.ScanMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Evidence;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.crypto.CryptoProperties;
import org.cyclonedx.model.component.evidence.Occurrence;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.model.organization.PostalAddress;

/**
 * Writes scanned components as a CycloneDX 1.5 or 1.6 JSON document, enriched from the catalog with
 * supplier, manufacturer and country (which CycloneDX's own Maven plugin leaves empty), and, given
 * what the bytecode scanner found, the cryptography of their code as {@code cryptographic-asset}
 * components (a CBOM, see {@link CodeAssets}). Output is deterministic: components sorted by
 * bom-ref (the scanned components, then the assets), maps sorted, no serial number or timestamp
 * unless asked for, so that the same inputs give byte-identical documents.
 */
public final class CycloneDxWriter {
  /** Anke's property for the kind of a component, since CycloneDX types are coarser. */
  public static final String KIND = "anke:kind";

  /** Anke's property for where the component was read ({@code file:line (pointer)}). */
  public static final String ORIGIN = "anke:origin";

  /** Anke's property for the country, readable also where 1.5 has no address field. */
  public static final String COUNTRY = "anke:country";

  /**
   * The property that carries a component's declared {@code cryptoProperties} (JSON) where the
   * output version cannot hold all of them.
   */
  public static final String CRYPTO_PROPERTIES = "anke:cryptoProperties";

  // The hash content pattern of the CycloneDX schemas.
  private static final Pattern HASH_CONTENT =
      Pattern.compile(
          "[a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128}");

  // Strict about unknown fields: what the model cannot hold must not be dropped without notice.
  private static final ObjectMapper CRYPTO_JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private final Version version;
  private final String toolVersion;
  private final String serialNumber;
  private final Date timestamp;
  private final Map<String, String> metadataProperties;
  private final Component subject;

  private CycloneDxWriter(Builder b) {
    this.version = b.version;
    this.toolVersion = b.toolVersion;
    this.serialNumber = b.serialNumber;
    this.timestamp = b.timestamp;
    this.metadataProperties = new TreeMap<>(b.metadataProperties);
    this.subject = b.subject;
  }

  /**
   * Whether a hash can be written as a CycloneDX hash: an algorithm CycloneDX names and a value of
   * the hex lengths its schema allows. Others (an SPDX checksum of another algorithm or a malformed
   * value) are kept as properties, so that the document still validates. cyclonedx-core-java
   * answers an unknown name with an exception.
   */
  private static boolean isCycloneDxHash(String algorithm, String value) {
    if (!HASH_CONTENT.matcher(value).matches()) {
      return false;
    }
    try {
      return Hash.Algorithm.fromSpec(algorithm) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A writer of CycloneDX 1.6 without serial number or timestamp. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the components of {@code boms}, enriched from {@code catalog}, as a JSON document.
   *
   * @throws IllegalStateException when cyclonedx-core-java cannot generate the document (a bug)
   */
  public String write(List<BillOfMaterials> boms, Catalog catalog) {
    return write(boms, catalog, List.of());
  }

  /**
   * Writes the components of {@code boms}, enriched from {@code catalog}, and the cryptography the
   * bytecode scanner found in their code as {@code cryptographic-asset} components ({@link
   * CodeAssets}): each used by the component that holds the code ({@code dependencies}: the
   * component depends on the asset), with the places it is used as {@code evidence.occurrences}.
   *
   * @param usages what the bytecode scanner found (a scan's {@link CryptoUsage} facts)
   * @throws IllegalStateException when cyclonedx-core-java cannot generate the document (a bug)
   */
  public String write(List<BillOfMaterials> boms, Catalog catalog, Collection<CryptoUsage> usages) {
    return toJson(toBom(boms, catalog, usages));
  }

  /** The cyclonedx-core-java model of the document {@link #write(List, Catalog)} produces. */
  public Bom toBom(List<BillOfMaterials> boms, Catalog catalog) {
    return toBom(boms, catalog, List.of());
  }

  /**
   * The cyclonedx-core-java model of the document {@link #write(List, Catalog, Collection)}
   * produces.
   */
  public Bom toBom(List<BillOfMaterials> boms, Catalog catalog, Collection<CryptoUsage> usages) {
    CatalogMatcher matcher = catalog.matcher();
    List<Placed> all = new ArrayList<>();
    for (int i = 0; i < boms.size(); i++) {
      for (Component c : boms.get(i).components()) {
        all.add(new Placed(i, catalog.isEmpty() ? c : BomEnricher.enrich(c, matcher)));
      }
    }
    all.sort(
        Comparator.comparing((Placed p) -> preferredRef(p.component()))
            .thenComparing(p -> p.component().origin().file())
            .thenComparingInt(p -> p.component().origin().line())
            .thenComparing(p -> Objects.toString(p.component().origin().pointer(), ""))
            .thenComparing(p -> p.component().toString()));

    Bom bom = new Bom();
    if (serialNumber != null) {
      bom.setSerialNumber(serialNumber);
    }
    Metadata metadata = new Metadata();
    // cyclonedx-core-java stamps new metadata with "now"; reproducible output has no timestamp.
    metadata.setTimestamp(timestamp == null ? null : new Date(timestamp.getTime()));
    org.cyclonedx.model.Component tool = new org.cyclonedx.model.Component();
    tool.setType(org.cyclonedx.model.Component.Type.APPLICATION);
    tool.setName("anke");
    tool.setVersion(toolVersion);
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    List<Property> metaProps = new ArrayList<>();
    if (!catalog.version().isEmpty()) {
      metaProps.add(new Property("anke:catalog:version", catalog.version()));
    }
    metadataProperties.forEach((k, v) -> metaProps.add(new Property(k, v)));
    if (!metaProps.isEmpty()) {
      metadata.setProperties(metaProps);
    }
    bom.setMetadata(metadata);

    // Each component keeps the identity its document gave it; only a clash (the same bom-ref in
    // two documents) or a missing one makes a new ref. Edges are translated per document.
    Set<String> used = new HashSet<>();
    List<Map<String, String>> written = new ArrayList<>();
    for (int i = 0; i < boms.size(); i++) {
      written.add(new HashMap<>());
    }
    String subjectRef = null;
    if (subject != null) {
      // The described project: metadata.component, the node the documents' roots hang from.
      subjectRef = preferredRef(subject);
      used.add(subjectRef);
      metadata.setComponent(convert(subject, subjectRef));
    }
    // The cryptoProperties and occurrences each document declared, by component pointer, written
    // on unchanged.
    List<Map<String, String>> declared = new ArrayList<>();
    List<Map<String, String>> occurrences = new ArrayList<>();
    for (BillOfMaterials b : boms) {
      Map<String, String> byPointer = new HashMap<>();
      for (DeclaredCryptoProperties d : b.facts(DeclaredCryptoProperties.class)) {
        byPointer.put(d.pointer(), d.json());
      }
      declared.add(byPointer);
      Map<String, String> found = new HashMap<>();
      for (DeclaredOccurrences d : b.facts(DeclaredOccurrences.class)) {
        found.put(d.pointer(), d.json());
      }
      occurrences.add(found);
    }
    List<org.cyclonedx.model.Component> out = new ArrayList<>();
    Map<Component, String> refOf = new IdentityHashMap<>();
    for (Placed p : all) {
      Component c = p.component();
      String base = preferredRef(c);
      String ref = base;
      for (int n = 2; !used.add(ref); n++) {
        ref = base + "#" + n;
      }
      if (c.ref() != null) {
        written.get(p.bom()).putIfAbsent(c.ref(), ref);
      }
      refOf.put(c, ref);
      org.cyclonedx.model.Component x = convert(c, ref);
      String pointer = c.origin().pointer();
      String crypto = pointer == null ? null : declared.get(p.bom()).get(pointer);
      if (crypto != null) {
        setCryptoProperties(x, crypto);
      }
      String found = pointer == null ? null : occurrences.get(p.bom()).get(pointer);
      if (found != null) {
        x.setEvidence(evidence(found));
      }
      out.add(x);
    }
    Map<String, Set<String>> edges = new TreeMap<>();
    for (int i = 0; i < boms.size(); i++) {
      Map<String, String> refs = written.get(i);
      if (subject != null && subject.ref() != null) {
        refs.putIfAbsent(subject.ref(), subjectRef);
      }
      boms.get(i)
          .dependencies()
          .forEach(
              (from, tos) -> {
                String f = refs.get(from);
                if (f == null) {
                  return; // a service or an unknown ref: nothing of it was written
                }
                Set<String> targets = edges.computeIfAbsent(f, k -> new TreeSet<>());
                for (String to : tos) {
                  String t = refs.get(to);
                  if (t != null) {
                    targets.add(t);
                  }
                }
              });
    }
    out.addAll(cryptoAssets(usages, all, refOf, used, edges));
    bom.setComponents(out);
    if (!edges.isEmpty()) {
      List<Dependency> deps = new ArrayList<>();
      edges.forEach(
          (from, tos) -> {
            Dependency d = new Dependency(from);
            tos.forEach(to -> d.addDependency(new Dependency(to)));
            deps.add(d);
          });
      bom.setDependencies(deps);
    }
    return bom;
  }

  /**
   * The cryptographic assets of the code's usages as components, sorted by bom-ref, each added to
   * the dependencies of the component whose code uses it: for a library's class the component that
   * the {@code CRYPTO-} rules name it by ({@link LibraryComponents#holding}), else the archive that
   * holds the class.
   */
  private List<org.cyclonedx.model.Component> cryptoAssets(
      Collection<CryptoUsage> usages,
      List<Placed> all,
      Map<Component, String> refOf,
      Set<String> used,
      Map<String, Set<String>> edges) {
    if (usages.isEmpty()) {
      return List.of();
    }
    LibraryComponents libraries = LibraryComponents.of(all.stream().map(Placed::component));
    Map<String, Component> archives = new HashMap<>();
    for (Placed p : all) {
      if (p.component().ref() != null) {
        archives.putIfAbsent(p.component().ref(), p.component());
      }
    }
    Function<CodeLocation, String> user =
        at -> {
          Component c = at.applicationCode() ? null : libraries.holding(at);
          c = c != null ? c : archives.get(at.archive());
          return c == null ? null : refOf.get(c);
        };
    List<org.cyclonedx.model.Component> out = new ArrayList<>();
    for (CodeAssets.Asset a : CodeAssets.of(usages, user)) {
      String base =
          "crypto:"
              + a.assetType()
              + ":"
              + a.qualifiedName()
              + (a.user() == null ? "" : "@" + a.user());
      String ref = base;
      for (int n = 2; !used.add(ref); n++) {
        ref = base + "#" + n;
      }
      out.add(cryptoAsset(a, ref));
      if (a.user() != null) {
        edges.computeIfAbsent(a.user(), k -> new TreeSet<>()).add(ref);
      }
    }
    out.sort(Comparator.comparing(org.cyclonedx.model.Component::getBomRef));
    return out;
  }

  /** One asset: its name, crypto properties, properties and occurrences. */
  private org.cyclonedx.model.Component cryptoAsset(CodeAssets.Asset a, String ref) {
    org.cyclonedx.model.Component x = new org.cyclonedx.model.Component();
    x.setBomRef(ref);
    x.setType(type(Kinds.toCycloneDx(ComponentKind.CRYPTOGRAPHIC_ASSET)));
    x.setName(a.name());
    List<Property> props = new ArrayList<>();
    props.add(new Property(KIND, ComponentKind.CRYPTOGRAPHIC_ASSET.id()));
    for (JsonNode p : a.component().path("properties")) {
      props.add(new Property(p.path("name").asText(), p.path("value").asText()));
    }
    props.sort(Comparator.comparing(Property::getName));
    x.setProperties(props);
    x.setEvidence(evidence(a.occurrences()));
    setCryptoProperties(x, a.component().get("cryptoProperties").toString());
    return x;
  }

  /** Evidence of the occurrences in {@code json} (a CycloneDX {@code occurrences} array). */
  private static Evidence evidence(String json) {
    try {
      return evidence(CRYPTO_JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(ScanMessage.BOM_CYCLONEDX_OCCURRENCES.english(), e);
    }
  }

  /** Evidence of the occurrences of a CycloneDX {@code occurrences} array. */
  private static Evidence evidence(JsonNode occurrences) {
    Evidence evidence = new Evidence();
    for (JsonNode o : occurrences) {
      Occurrence x = new Occurrence();
      x.setBomRef(o.hasNonNull("bom-ref") ? o.get("bom-ref").asText() : null);
      x.setLocation(o.path("location").asText());
      x.setLine(o.path("line").canConvertToInt() ? o.get("line").asInt() : null);
      x.setOffset(o.path("offset").canConvertToInt() ? o.get("offset").asInt() : null);
      x.setSymbol(o.hasNonNull("symbol") ? o.get("symbol").asText() : null);
      x.setAdditionalContext(
          o.hasNonNull("additionalContext") ? o.get("additionalContext").asText() : null);
      evidence.addOccurrence(x);
    }
    return evidence;
  }

  /** A component of one of the documents written. */
  private record Placed(int bom, Component component) {}

  /** The identity a component is written under unless another component already has it. */
  private static String preferredRef(Component c) {
    return c.ref() != null ? c.ref() : baseRef(c);
  }

  private String toJson(Bom bom) {
    try {
      return BomGeneratorFactory.createJson(version, bom).toJsonString() + "\n";
    } catch (GeneratorException e) {
      throw new IllegalStateException(
          ScanMessage.BOM_CYCLONEDX_GENERATE.english(e.getMessage()), e);
    }
  }

  private static String baseRef(Component c) {
    return c.purl() != null ? c.purl() : "anke:" + c.kind().id() + ":" + c.id();
  }

  private org.cyclonedx.model.Component convert(Component c, String ref) {
    org.cyclonedx.model.Component x = new org.cyclonedx.model.Component();
    x.setBomRef(ref);
    x.setType(type(c));
    x.setGroup(c.group());
    x.setName(c.name());
    x.setVersion(c.version());
    x.setPurl(c.purl());
    x.setCpe(c.cpe());
    if (c.supplier() != null) {
      x.setSupplier(organization(c.supplier(), c.country()));
    }
    if (c.manufacturer() != null && version.getVersion() >= 1.6) {
      x.setManufacturer(organization(c.manufacturer(), c.country()));
    }
    List<Hash> hashes = new ArrayList<>();
    Map<String, String> props = new LinkedHashMap<>();
    for (Map.Entry<String, String> h : c.hashes().entrySet()) {
      if (isCycloneDxHash(h.getKey(), h.getValue())) {
        hashes.add(new Hash(h.getKey(), h.getValue()));
      } else {
        props.put("anke:hash:" + h.getKey(), h.getValue());
      }
    }
    if (!hashes.isEmpty()) {
      x.setHashes(hashes);
    }
    props.put(KIND, c.kind().id());
    if (c.category() != null) {
      props.put(CycloneDxReader.CATEGORY, c.category());
    }
    if (c.country() != null) {
      props.put(COUNTRY, c.country());
    }
    if (!c.origin().display().isEmpty()) {
      props.put(ORIGIN, c.origin().display());
    }
    if (c.quantity() != 1) {
      props.put(CycloneDxReader.QUANTITY, Integer.toString(c.quantity()));
    }
    c.properties().forEach(props::putIfAbsent);
    TreeMap<String, String> sorted = new TreeMap<>(props);
    sorted.remove("cdx:type");
    List<Property> list = new ArrayList<>();
    sorted.forEach((k, v) -> list.add(new Property(k, v)));
    x.setProperties(list);
    return x;
  }

  /**
   * Sets a component's {@code cryptoProperties} from their JSON form. CycloneDX before 1.6 has no
   * place for them, and fields a later version added (1.7) have none in 1.6 output: there the whole
   * object is kept as the property {@code anke:cryptoProperties} instead, so nothing declared is
   * lost.
   */
  private void setCryptoProperties(org.cyclonedx.model.Component x, String json) {
    if (version.getVersion() >= 1.6) {
      try {
        CryptoProperties p = CRYPTO_JSON.readValue(json, CryptoProperties.class);
        if (CRYPTO_JSON
            .readTree(CRYPTO_JSON.writeValueAsString(p))
            .equals(CRYPTO_JSON.readTree(json))) {
          x.setCryptoProperties(p);
          return;
        }
      } catch (JsonProcessingException e) {
        // not expressible in this version's model: kept as a property below
      }
    }
    List<Property> props =
        new ArrayList<>(x.getProperties() == null ? List.of() : x.getProperties());
    props.add(new Property(CRYPTO_PROPERTIES, json));
    props.sort(Comparator.comparing(Property::getName));
    x.setProperties(props);
  }

  private org.cyclonedx.model.Component.Type type(Component c) {
    return type(Kinds.toCycloneDx(c.kind()));
  }

  /** The CycloneDX type of this name in the output version. */
  private org.cyclonedx.model.Component.Type type(String name) {
    if (version.getVersion() < 1.6 && "cryptographic-asset".equals(name)) {
      // CycloneDX 1.5 has no cryptographic-asset type; the kind property still says what it is.
      return org.cyclonedx.model.Component.Type.DATA;
    }
    for (org.cyclonedx.model.Component.Type t : org.cyclonedx.model.Component.Type.values()) {
      if (t.getTypeName().equals(name)) {
        return t;
      }
    }
    return org.cyclonedx.model.Component.Type.LIBRARY;
  }

  private OrganizationalEntity organization(String name, String country) {
    OrganizationalEntity e = new OrganizationalEntity();
    e.setName(name);
    if (country != null && version.getVersion() >= 1.6) {
      PostalAddress a = new PostalAddress();
      a.setCountry(country);
      e.setAddress(a);
    }
    return e;
  }

  /** Configures a {@link CycloneDxWriter}. */
  public static final class Builder {
    private Version version = Version.VERSION_16;
    private String toolVersion = "unknown";
    private String serialNumber;
    private Date timestamp;
    private final Map<String, String> metadataProperties = new TreeMap<>();
    private Component subject;

    private Builder() {}

    /**
     * The spec version: {@code 1.5} or {@code 1.6}.
     *
     * @throws IllegalArgumentException for other versions
     */
    public Builder specVersion(String v) {
      this.version =
          switch (v) {
            case "1.5" -> Version.VERSION_15;
            case "1.6" -> Version.VERSION_16;
            default ->
                throw new IllegalArgumentException(
                    ScanMessage.BOM_CYCLONEDX_OUTPUT_VERSION.english(v));
          };
      return this;
    }

    /** Anke's version, recorded as the tool. */
    public Builder toolVersion(String v) {
      this.toolVersion = Objects.requireNonNull(v);
      return this;
    }

    /** A serial number ({@code urn:uuid:...}); none by default, for reproducible output. */
    public Builder serialNumber(String urn) {
      this.serialNumber = urn;
      return this;
    }

    /** A timestamp; none by default, for reproducible output. */
    public Builder timestamp(Date when) {
      this.timestamp = when == null ? null : new Date(when.getTime());
      return this;
    }

    /**
     * The component the document describes (written as {@code metadata.component}), such as the
     * Maven project whose dependencies are listed; the edges of the documents that start at its
     * {@link Component#ref()} become its dependencies. None by default.
     */
    public Builder subject(Component component) {
      this.subject = component;
      return this;
    }

    /** A metadata property, such as the profile a scan used. */
    public Builder metadataProperty(String name, String value) {
      metadataProperties.put(name, value);
      return this;
    }

    /** The writer. */
    public CycloneDxWriter build() {
      return new CycloneDxWriter(this);
    }
  }
}
