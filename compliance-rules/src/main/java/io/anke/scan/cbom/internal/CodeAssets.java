package io.anke.scan.cbom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.MaterialSource;
import io.anke.scan.bytecode.UsageKind;
import io.anke.scan.cbom.CbomAssets;
import io.anke.scan.cbom.CryptoAsset;
import io.anke.scan.cbom.CryptoAssetUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The cryptographic assets of code: turns the {@link CryptoUsage}s the bytecode scanner found into
 * CycloneDX 1.6 {@code cryptographic-asset} components (in their JSON form), one per algorithm,
 * protocol, key size or piece of key material as the code states it and per component that uses it,
 * each with the places it is used as {@code evidence.occurrences}.
 *
 * <ul>
 *   <li>An algorithm is named as the code names it ({@code AES/ECB/PKCS5Padding}, {@code
 *       SHA256withRSA}, {@code HmacSHA1}) with its primitive, mode, padding, the functions the API
 *       performs and its object identifier where there is one ({@link Algorithms#oid}); {@code
 *       mode: ecb} where the scanner found ECB, the SM2 curve where it found EC on it.
 *   <li>A key size is an algorithm asset with the size as {@code parameterSetIdentifier}.
 *   <li>A protocol has its type and version ({@code tls}, {@code 1.0}).
 *   <li>A key or IV built from constants or filled by {@code java.util.Random} is {@code
 *       related-crypto-material}; CycloneDX has no field for how it was made, so the properties
 *       {@link CbomAssets#USAGE} and {@link CbomAssets#ALGORITHM} say it.
 * </ul>
 *
 * <p>Every asset is read back here with the CBOM reader ({@link AssetEvidence}) before it is
 * written: what it states must be what the code did (the same kinds, canonical algorithms,
 * classifications and key sizes), so that a scan of the document judges what a scan of the code
 * judged. Where the code's own name would read otherwise, the asset is written once per canonical
 * algorithm instead. Each occurrence is the class file ({@code location}), the source line, {@code
 * class#method} with the method's descriptor ({@code symbol}) and the API with what it was given
 * ({@code additionalContext}).
 */
public final class CodeAssets {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String SM2_CURVE = "sm2p256v1";
  private static final String DEFAULT_SUFFIX = " (default)";

  /** Where a component being built keeps its properties until they are written as a list. */
  private static final String PROPERTY_MAP = "properties-map";

  private CodeAssets() {}

  /**
   * One place an asset is used.
   *
   * @param location the class file as the scan names it
   * @param line the source line, 0 when unknown
   * @param symbol {@code class#method} with the method's descriptor, {@code
   *     com.example.Foo#encrypt([B)[B}
   * @param context the API and what it was given ({@code javax.crypto.Cipher.getInstance: AES})
   */
  public record Place(String location, int line, String symbol, String context) {}

  /**
   * An asset to write.
   *
   * @param component the component's JSON form without {@code bom-ref}: {@code type}, {@code name},
   *     {@code cryptoProperties}, {@code properties}
   * @param user the written bom-ref of the component whose code uses it, or null
   * @param places where it is used, sorted
   */
  public record Asset(ObjectNode component, String user, List<Place> places) {
    /** The asset's name. */
    public String name() {
      return component.path("name").asText();
    }

    /**
     * The name with what tells apart assets of one name: the mode where the name does not say it
     * ({@code AES/ECB}), the parameter set where the name does not ({@code RSA-3072}).
     */
    public String qualifiedName() {
      JsonNode ap = component.path("cryptoProperties").path("algorithmProperties");
      String name = name();
      String upper = name.toUpperCase(Locale.ROOT);
      String mode = ap.path("mode").asText("").toUpperCase(Locale.ROOT);
      String parameters = ap.path("parameterSetIdentifier").asText("");
      if (!mode.isEmpty() && !upper.contains(mode)) {
        name += "/" + mode;
      }
      if (!parameters.isEmpty() && !name.contains(parameters)) {
        name += "-" + parameters;
      }
      return name;
    }

    /** The places as a CycloneDX {@code occurrences} array. */
    public ArrayNode occurrences() {
      ArrayNode list = JSON.arrayNode();
      for (Place p : places) {
        ObjectNode o = list.addObject().put("location", p.location());
        if (p.line() > 0) {
          o.put("line", p.line());
        }
        o.put("symbol", p.symbol()).put("additionalContext", p.context());
      }
      return list;
    }

    /** {@code algorithm}, {@code protocol} or {@code related-crypto-material}. */
    public String assetType() {
      return component.path("cryptoProperties").path("assetType").asText();
    }
  }

  /**
   * The assets of {@code usages}, sorted by user, name and content.
   *
   * @param user the written bom-ref of the component that uses the code at a location (the
   *     library's component, else the archive that holds the class), or null
   */
  public static List<Asset> of(
      Collection<CryptoUsage> usages, Function<CodeLocation, String> user) {
    // The usages of one call: same place, same API, same argument.
    Map<List<Object>, List<CryptoUsage>> calls = new LinkedHashMap<>();
    for (CryptoUsage u : usages) {
      CodeLocation at = u.location();
      calls
          .computeIfAbsent(
              Arrays.asList(
                  at.path(),
                  at.line(),
                  at.className(),
                  at.method(),
                  at.methodDescriptor(),
                  at.applicationCode(),
                  at.purl(),
                  u.api(),
                  u.detail()),
              k -> new ArrayList<>())
          .add(u);
    }
    Map<String, Builder> assets = new TreeMap<>();
    for (List<CryptoUsage> call : calls.values()) {
      CryptoUsage first = call.get(0);
      CodeLocation at = first.location();
      String by = user.apply(at);
      Place place =
          new Place(
              at.path(),
              at.line(),
              at.className() + "#" + at.method() + Objects.toString(at.methodDescriptor(), ""),
              first.api() + (first.detail() == null ? "" : ": " + first.detail()));
      for (ObjectNode component : components(call)) {
        ObjectNode props = propertyMap(component);
        props.put(CbomAssets.CODE, at.applicationCode() ? "application" : "library");
        if (!at.applicationCode() && at.purl() != null) {
          props.put(CbomAssets.LIBRARY, at.purl());
        }
        ObjectNode c = withProperties(component);
        String key = Objects.toString(by, "") + "\u0000" + c.toString();
        assets.computeIfAbsent(key, k -> new Builder(c, by)).places.add(place);
      }
    }
    List<Asset> out = new ArrayList<>(assets.size());
    Comparator<Place> order =
        Comparator.comparing(Place::location)
            .thenComparingInt(Place::line)
            .thenComparing(Place::symbol)
            .thenComparing(Place::context);
    for (Builder b : assets.values()) {
      List<Place> places = new ArrayList<>(b.places);
      places.sort(order);
      out.add(new Asset(b.component, b.user, List.copyOf(places)));
    }
    return out;
  }

  private static final class Builder {
    final ObjectNode component;
    final String user;
    final Set<Place> places = new HashSet<>();

    Builder(ObjectNode component, String user) {
      this.component = component;
      this.user = user;
    }
  }

  /** The properties of a component being built, by name (turned into a list when done). */
  private static ObjectNode propertyMap(ObjectNode component) {
    JsonNode map = component.get(PROPERTY_MAP);
    return map instanceof ObjectNode o ? o : component.putObject(PROPERTY_MAP);
  }

  /** The component with its property map turned into CycloneDX's name/value list, sorted. */
  private static ObjectNode withProperties(ObjectNode component) {
    ObjectNode c = component.deepCopy();
    JsonNode map = c.remove(PROPERTY_MAP);
    Map<String, String> sorted = new TreeMap<>();
    if (map != null) {
      map.properties().forEach(e -> sorted.put(e.getKey(), e.getValue().asText()));
    }
    ArrayNode list = c.putArray("properties");
    sorted.forEach((k, v) -> list.addObject().put("name", k).put("value", v));
    return c;
  }

  // ---- one call's assets ------------------------------------------------------------------------

  /** The assets one call stands for. */
  private static List<ObjectNode> components(List<CryptoUsage> call) {
    List<ObjectNode> out = new ArrayList<>();
    List<CryptoUsage> algorithms = new ArrayList<>();
    for (CryptoUsage u : call) {
      switch (u.kind()) {
        case ALGORITHM, ECB_MODE -> algorithms.add(u);
        case KEY_SIZE -> out.add(keySize(u));
        case PROTOCOL -> out.add(protocol(u));
        case CONSTANT_KEY, CONSTANT_IV, INSECURE_RANDOM -> out.add(material(u));
      }
    }
    if (!algorithms.isEmpty()) {
      out.addAll(algorithms(algorithms));
    }
    return out;
  }

  /**
   * The algorithm a call names, as the code names it when that reads back as what the scanner
   * found, else one asset per canonical algorithm.
   */
  private static List<ObjectNode> algorithms(List<CryptoUsage> call) {
    CryptoUsage first = call.get(0);
    Set<String> ecb = new TreeSet<>();
    Set<List<Object>> expected = new HashSet<>();
    List<CryptoUsage> named = new ArrayList<>();
    for (CryptoUsage u : call) {
      expected.add(key(u.kind(), u.algorithm(), u.classification(), 0));
      if (u.kind() == UsageKind.ECB_MODE) {
        ecb.add(u.algorithm());
      } else {
        named.add(u);
      }
    }
    String written = first.detail();
    if (written != null && written.endsWith(DEFAULT_SUFFIX)) {
      written = written.substring(0, written.length() - DEFAULT_SUFFIX.length());
    }
    if (written != null && !written.isBlank()) {
      for (String curve : new String[] {null, SM2_CURVE}) {
        for (boolean oid : new boolean[] {true, false}) {
          ObjectNode c = algorithm(written, curve, !ecb.isEmpty(), first.api(), oid);
          if (readBack(c).equals(expected)) {
            return List.of(c);
          }
        }
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (CryptoUsage u : named) {
      out.add(algorithm(u.algorithm(), null, ecb.contains(u.algorithm()), u.api(), true));
    }
    return out;
  }

  /** An algorithm asset named {@code name}. */
  private static ObjectNode algorithm(
      String name, String curve, boolean ecb, String api, boolean withOid) {
    List<String> primitives = Algorithms.onCurve(Algorithms.primitives(name), curve);
    String[] parts = name.strip().split("/", -1);
    boolean blockCipher = primitives.size() == 1 && Algorithms.isBlockCipher(primitives.get(0));
    String mode = ecb ? "ECB" : blockCipher && parts.length >= 2 ? explicitMode(parts[1]) : null;
    ObjectNode ap = JSON.objectNode();
    ap.put("primitive", primitive(primitives, name, api, mode));
    if (curve != null) {
      ap.put("curve", curve);
    }
    if (mode != null) {
      ap.put("mode", modeName(mode));
    }
    String padding = parts.length >= 3 ? padding(parts[2]) : null;
    if (padding != null) {
      ap.put("padding", padding);
    }
    functions(api, ap);
    ObjectNode c = asset("algorithm", name);
    ObjectNode cp = (ObjectNode) c.get("cryptoProperties");
    cp.set("algorithmProperties", ap);
    String oid = withOid ? Algorithms.oid(name, curve, mode) : null;
    if (oid != null) {
      cp.put("oid", oid);
    }
    return c;
  }

  /**
   * A key size: the algorithm with its size as parameter set, named {@code RSA-1024} (which the
   * reader also reads as the algorithm itself: a key of it is made there).
   */
  private static ObjectNode keySize(CryptoUsage u) {
    Set<List<Object>> expected =
        Set.of(
            key(UsageKind.ALGORITHM, u.algorithm(), Algorithms.classify(u.algorithm()), 0),
            key(UsageKind.KEY_SIZE, u.algorithm(), u.classification(), u.keySize()));
    ObjectNode c = keySize(u, u.algorithm() + "-" + u.keySize());
    return readBack(c).equals(expected) ? c : keySize(u, u.algorithm());
  }

  private static ObjectNode keySize(CryptoUsage u, String name) {
    ObjectNode ap = JSON.objectNode();
    ap.put("primitive", primitive(List.of(u.algorithm()), u.algorithm(), u.api(), null));
    ap.put("parameterSetIdentifier", Integer.toString(u.keySize()));
    ap.putArray("cryptoFunctions").add("keygen");
    ObjectNode c = asset("algorithm", name);
    ObjectNode cp = (ObjectNode) c.get("cryptoProperties");
    cp.set("algorithmProperties", ap);
    String oid = Algorithms.oid(u.algorithm(), null, null);
    if (oid != null) {
      cp.put("oid", oid);
    }
    return c;
  }

  /** A protocol: {@code TLS 1.2} is type {@code tls}, version {@code 1.2}. */
  private static ObjectNode protocol(CryptoUsage u) {
    String name = u.algorithm();
    ObjectNode pp = JSON.objectNode();
    if (u.classification() == Classification.UNKNOWN) {
      pp.put("type", "unknown");
    } else {
      pp.put("type", name.startsWith("TLS") || name.startsWith("SSL") ? "tls" : "other");
      int space = name.indexOf(' ');
      if (space > 0) {
        pp.put("version", name.substring(space + 1));
      }
    }
    ObjectNode c = asset("protocol", name);
    ((ObjectNode) c.get("cryptoProperties")).set("protocolProperties", pp);
    return c;
  }

  /** Key material built from constants or from {@code java.util.Random}. */
  private static ObjectNode material(CryptoUsage u) {
    boolean iv =
        u.kind() == UsageKind.CONSTANT_IV || u.source() == MaterialSource.InsecureRandom.IV;
    String type = iv ? "initialization-vector" : "secret-key";
    String name =
        (u.algorithm() == null ? "" : u.algorithm() + " ")
            + type.replace('-', ' ')
            + (u.kind() == UsageKind.INSECURE_RANDOM ? " (java.util.Random)" : " (constant)");
    ObjectNode c = asset("related-crypto-material", name);
    ((ObjectNode) c.get("cryptoProperties"))
        .putObject("relatedCryptoMaterialProperties")
        .put("type", type);
    ObjectNode props = propertyMap(c);
    props.put(CbomAssets.USAGE, u.kind().name());
    if (u.algorithm() != null) {
      props.put(CbomAssets.ALGORITHM, u.algorithm());
    }
    return c;
  }

  private static ObjectNode asset(String assetType, String name) {
    ObjectNode c = JSON.objectNode();
    c.put("type", "cryptographic-asset");
    c.put("name", name);
    c.putObject("cryptoProperties").put("assetType", assetType);
    return c;
  }

  /** What the CBOM reader reads from an asset: kind, algorithm, classification and key size. */
  private static Set<List<Object>> readBack(ObjectNode component) {
    CryptoAsset asset =
        new CryptoAsset(
            "-",
            0,
            null,
            null,
            component.path("name").asText(),
            component.path("cryptoProperties").path("assetType").asText(),
            List.of());
    Set<List<Object>> out = new HashSet<>();
    for (CryptoAssetUsage u : new AssetEvidence(Map.of()).of(component, asset)) {
      out.add(key(u.kind(), u.algorithm(), u.classification(), u.keySize()));
    }
    return out;
  }

  private static List<Object> key(UsageKind kind, String algorithm, Classification c, int bits) {
    return Arrays.asList(kind, algorithm, c, bits);
  }

  // ---- vocabulary -------------------------------------------------------------------------------

  /** A mode as a transformation writes it ({@code CBC}, {@code CFB8}, {@code NONE}), or null. */
  private static String explicitMode(String written) {
    String m = written.strip().toUpperCase(Locale.ROOT);
    return m.isEmpty() || m.equals("NONE") ? null : m;
  }

  /** CycloneDX's name of a mode: {@code cbc}, {@code cfb} for CFB8, {@code other}. */
  private static String modeName(String mode) {
    for (String known : new String[] {"ECB", "CBC", "CCM", "GCM", "CFB", "OFB", "CTR"}) {
      if (mode.equals(known) || (mode.startsWith(known) && mode.substring(3).matches("\\d+"))) {
        return known.toLowerCase(Locale.ROOT);
      }
    }
    return "other";
  }

  /** CycloneDX's name of a JCA padding, or null for none stated. */
  private static String padding(String written) {
    String p = written.strip().toUpperCase(Locale.ROOT);
    if (p.isEmpty()) {
      return null;
    }
    if (p.equals("NOPADDING")) {
      return "raw";
    }
    if (p.startsWith("OAEP")) {
      return "oaep";
    }
    return switch (p) {
      case "PKCS5PADDING" -> "pkcs5";
      case "PKCS7PADDING" -> "pkcs7";
      case "PKCS1PADDING" -> "pkcs1v15";
      default -> "other";
    };
  }

  /** The primitive: from the API where it says (a signature, a MAC), else from the algorithm. */
  private static String primitive(List<String> primitives, String name, String api, String mode) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (api.startsWith("java.security.Signature.") || api.contains(".crypto.signers.")) {
      return "signature";
    }
    if (api.startsWith("javax.crypto.Mac.") || upper.startsWith("HMAC") || api.contains(".macs.")) {
      return "mac";
    }
    if (api.startsWith("javax.crypto.KeyAgreement.") || api.contains(".crypto.agreement.")) {
      return "key-agree";
    }
    if (upper.startsWith("PBKDF") || upper.startsWith("PBE")) {
      return "kdf";
    }
    if (primitives.size() != 1) {
      return upper.contains("WITH") ? "signature" : "unknown";
    }
    String p = primitives.get(0);
    if (Algorithms.isHash(p)) {
      return p.startsWith("SHAKE") ? "xof" : "hash";
    }
    if (Algorithms.isBlockCipher(p)) {
      return "GCM".equals(mode) || "CCM".equals(mode) ? "ae" : "block-cipher";
    }
    if (Algorithms.isSymmetricCipher(p)) {
      return "stream-cipher";
    }
    return switch (p) {
      case "RSA", "ElGamal", "SM2", "ECIES" -> "pke";
      case "DSA", "ECDSA", "EdDSA", "Ed25519", "Ed448", "ML-DSA", "SLH-DSA" -> "signature";
      case "DH", "ECDH", "X25519", "X448", "XDH" -> "key-agree";
      case "ML-KEM" -> "kem";
      default -> Algorithms.isKnown(p) ? "other" : "unknown";
    };
  }

  /** The functions a JCA factory performs with the algorithm. */
  private static void functions(String api, ObjectNode ap) {
    String[] functions;
    if (api.startsWith("javax.crypto.Cipher.")) {
      functions = new String[] {"encrypt", "decrypt"};
    } else if (api.startsWith("java.security.MessageDigest.")) {
      functions = new String[] {"digest"};
    } else if (api.startsWith("javax.crypto.Mac.")) {
      functions = new String[] {"tag"};
    } else if (api.startsWith("java.security.Signature.")) {
      functions = new String[] {"sign", "verify"};
    } else if (api.startsWith("javax.crypto.KeyGenerator.")
        || api.startsWith("java.security.KeyPairGenerator.")) {
      functions = new String[] {"keygen"};
    } else if (api.startsWith("javax.crypto.SecretKeyFactory.")) {
      functions = new String[] {"keyderive"};
    } else {
      return;
    }
    ArrayNode list = ap.putArray("cryptoFunctions");
    for (String f : functions) {
      list.add(f);
    }
  }
}
