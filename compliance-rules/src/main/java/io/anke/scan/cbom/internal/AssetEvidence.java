package io.anke.scan.cbom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.UsageKind;
import io.anke.scan.cbom.CbomAssets;
import io.anke.scan.cbom.CryptoAsset;
import io.anke.scan.cbom.CryptoAssetUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one cryptographic asset of a CBOM declares and turns it into {@link CryptoAssetUsage}
 * evidence, through the one vocabulary of {@link Algorithms}:
 *
 * <ul>
 *   <li>an <b>algorithm</b> by its name ({@code AES-128-GCM}, {@code SHA512withRSA}), else its
 *       {@code algorithmFamily}, else its {@code oid} (which also refines a name it names more
 *       precisely, never replaces one it contradicts); a curve on SM2 makes EC algorithms SM2; the
 *       key size from {@code parameterSetIdentifier}, the curve or the name where the asset is one
 *       public-key algorithm; ECB from {@code mode}, the name or the OID;
 *   <li>a <b>protocol</b> by type and version ({@code tls} + {@code 1.2}) or name ({@code TLCP}),
 *       with the algorithms of its cipher suites (referenced assets, else the suite's name) and
 *       IKEv2 transforms; TLS whose every suite is national counts as national, and version 1.1
 *       with only national suites is TLCP;
 *   <li>a <b>certificate</b> by the algorithms its signature-algorithm and public-key references
 *       lead to (a key's algorithm and size);
 *   <li><b>related crypto material</b> (a key) by its algorithm reference or name, its {@code size}
 *       and the algorithm that secures it;
 *   <li>key material whose property {@code anke:crypto:usage} states a kind of evidence CycloneDX
 *       has no field for (a key or IV built from constants, or filled by {@code java.util.Random},
 *       as Anke's CycloneDX output writes it) by that kind, with the algorithm its property {@code
 *       anke:crypto:algorithm} names.
 * </ul>
 *
 * <p>A name, reference or suite that says nothing the vocabulary knows is evidence of an
 * unrecognised algorithm, never dropped; a key or certificate that names no algorithm at all is
 * evidence without an algorithm. Material that is not a key and names no algorithm (a salt, a
 * nonce, a token) states nothing to judge.
 */
public final class AssetEvidence {
  private static final int MAX_DEPTH = 4;
  private static final int MAX_DETAILS = 5;
  private static final Set<String> KEY_TYPES =
      Set.of("private-key", "public-key", "secret-key", "key");
  private static final Pattern MODULUS_IN_NAME =
      Pattern.compile("(?i)(?:RSA|DSA|DH|ELGAMAL)[-_ ]?(\\d{3,5})(?!\\d)");
  private static final Pattern TRAILING_LENGTH = Pattern.compile("(.*)[-_](\\d{3,5})");
  private static final Pattern HASH_BEFORE = Pattern.compile("(?i)(SHA|SHA-?[23]|SHAKE|SM3)$");
  private static final Pattern ECB = Pattern.compile("(?i)(^|[-_/ ])ECB($|[-_/ ])");
  private static final String[] IKE_TRANSFORMS = {"encr", "prf", "integ", "ke", "auth"};

  /** The kinds of evidence an asset may state in {@link CbomAssets#USAGE}. */
  private static final Set<String> STATED =
      Set.of(
          UsageKind.CONSTANT_KEY.name(),
          UsageKind.CONSTANT_IV.name(),
          UsageKind.INSECURE_RANDOM.name());

  private final Map<String, JsonNode> byRef;

  /**
   * @param byRef every component of the document by its {@code bom-ref}, to follow references
   */
  public AssetEvidence(Map<String, JsonNode> byRef) {
    this.byRef = byRef;
  }

  /** The asset type a component declares; {@code algorithm} when it has no crypto properties. */
  public static String assetType(JsonNode component) {
    String t = text(component.path("cryptoProperties"), "assetType");
    return t == null ? "algorithm" : t;
  }

  /** The value of a component property (the first, if the name is repeated), or null. */
  public static String property(JsonNode component, String name) {
    for (JsonNode p : component.path("properties")) {
      if (name.equals(p.path("name").asText(null))) {
        return p.path("value").asText(null);
      }
    }
    return null;
  }

  /** The evidence of one asset, in the order the asset states it. */
  public List<CryptoAssetUsage> of(JsonNode component, CryptoAsset asset) {
    Out out = new Out(asset);
    JsonNode cp = component.path("cryptoProperties");
    String stated = property(component, CbomAssets.USAGE);
    if (stated != null && STATED.contains(stated)) {
      stated(component, UsageKind.valueOf(stated), out);
      return out.list();
    }
    switch (asset.assetType()) {
      case "protocol" -> protocol(component, cp.path("protocolProperties"), out);
      case "certificate" -> certificate(cp.path("certificateProperties"), out);
      case "related-crypto-material" ->
          material(component, cp.path("relatedCryptoMaterialProperties"), out);
      default -> algorithm(component, out);
    }
    return out.list();
  }

  // ---- what an asset names ----------------------------------------------------------------------

  /**
   * An algorithm as an asset names it.
   *
   * @param primitives canonical primitives, empty when nothing was recognised
   * @param field where it is stated
   * @param written what is written there
   * @param keyBits the public-key size stated with it, 0 when none
   * @param bitsField where the size is stated
   * @param bitsWritten what states the size there (a number, a curve, a name)
   */
  private record Named(
      List<String> primitives,
      String field,
      String written,
      int keyBits,
      String bitsField,
      String bitsWritten) {
    static final Named NONE = new Named(List.of(), null, null, 0, null, null);

    boolean isEmpty() {
      return primitives.isEmpty();
    }

    /** As a referring asset sees it: everything stated at its reference. */
    Named referencedAs(String referringField, String ref, String targetName) {
      String display = targetName + " (" + ref + ")";
      return new Named(primitives, referringField, display, keyBits, referringField, display);
    }

    Named withBits(int bits, String where, String stated) {
      return new Named(primitives, field, written, bits, where, stated);
    }
  }

  /** The algorithm an algorithm asset (or any component) names, without following references. */
  private static Named named(JsonNode component) {
    JsonNode ap = component.path("cryptoProperties").path("algorithmProperties");
    String curve = first(text(ap, "curve"), text(ap, "ellipticCurve"));
    String name = text(component, "name");
    String oid = text(component.path("cryptoProperties"), "oid");
    String[][] candidates = {
      {"name", name, name},
      {"algorithmProperties.algorithmFamily", text(ap, "algorithmFamily"), null},
      {"oid", Algorithms.oidName(oid), oid},
    };
    List<String> byOid = Algorithms.onCurve(Algorithms.primitives(candidates[2][1]), curve);
    for (String[] c : candidates) {
      List<String> p = Algorithms.onCurve(Algorithms.primitives(c[1]), curve);
      if (!p.isEmpty() && byOid.size() > p.size() && byOid.containsAll(p)) {
        // The OID names the same algorithm more precisely: ECDSA with 1.2.840.10045.4.1 is
        // SHA1withECDSA. An OID that names another algorithm does not override the name.
        c = candidates[2];
        p = byOid;
      }
      if (!p.isEmpty()) {
        String written = c[2] == null ? c[1] : c[2];
        return withStatedSize(new Named(p, c[0], written, 0, null, null), ap, name, curve);
      }
    }
    if (Algorithms.isSm2Curve(curve)) {
      return new Named(List.of("SM2"), "algorithmProperties.curve", curve, 0, null, null);
    }
    return Named.NONE;
  }

  /**
   * The key size an algorithm asset states for its one public-key algorithm: the parameter set or
   * curve of an asset that is only that algorithm ({@code RSA-2048}, {@code ECDH} on {@code
   * curve25519}), else a size written in its name ({@code RSA-1024}, the trailing key length of
   * {@code RSA-PKCS1-1.5-SHA-256-2048}). The parameter set of a composite ({@code SHA512withRSA}
   * with {@code 512}) is the hash size, not a key size.
   */
  private static Named withStatedSize(Named n, JsonNode ap, String name, String curve) {
    List<String> sized =
        n.primitives().stream()
            .filter(p -> Algorithms.isModulusSized(p) || Algorithms.isCurveSized(p))
            .toList();
    if (sized.size() != 1) {
      return n;
    }
    boolean alone = n.primitives().size() == 1;
    String parameters = "algorithmProperties.parameterSetIdentifier";
    String parameterSet = text(ap, "parameterSetIdentifier");
    int parameterBits = alone ? number(parameterSet) : 0;
    if (Algorithms.isModulusSized(sized.get(0))) {
      if (parameterBits > 0) {
        return n.withBits(parameterBits, parameters, parameterSet);
      }
      int fromName = modulusInName(name);
      return fromName > 0 ? n.withBits(fromName, "name", name) : n;
    }
    if (Algorithms.curveBits(curve) > 0) {
      return n.withBits(Algorithms.curveBits(curve), "algorithmProperties.curve", curve);
    }
    if (parameterBits > 0) {
      return n.withBits(parameterBits, parameters, parameterSet);
    }
    int fromName = alone ? Algorithms.curveBits(name) : 0;
    return fromName > 0 ? n.withBits(fromName, "name", name) : n;
  }

  /** A modulus size in a name: {@code RSA-1024}, {@code DH2048}, or a trailing key length. */
  private static int modulusInName(String name) {
    if (name == null) {
      return 0;
    }
    Matcher m = MODULUS_IN_NAME.matcher(name);
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    // "...-SHA-512" and "RSA-OAEP-256" end in a digest size, not a key length.
    Matcher t = TRAILING_LENGTH.matcher(name);
    if (!t.matches() || HASH_BEFORE.matcher(t.group(1)).find()) {
      return 0;
    }
    int bits = Integer.parseInt(t.group(2));
    return bits >= 768 ? bits : 0;
  }

  /** The algorithm of a key: its algorithm reference followed, else its own name; its size. */
  private Named keyNamed(JsonNode component, int depth) {
    JsonNode rcm = component.path("cryptoProperties").path("relatedCryptoMaterialProperties");
    String ref = algorithmRef(rcm);
    Named n = Named.NONE;
    if (ref != null && depth < MAX_DEPTH) {
      Named target = resolve(ref, "relatedCryptoMaterialProperties.algorithmRef", depth + 1);
      n = target == null ? Named.NONE : target;
    }
    if (n.isEmpty()) {
      n = named(component);
    }
    int size = rcm.path("size").asInt(0);
    return size > 0 && !n.isEmpty()
        ? n.withBits(size, "relatedCryptoMaterialProperties.size", Integer.toString(size))
        : n;
  }

  /**
   * What a referenced asset names, as seen from {@code field}: an algorithm, or a key's algorithm
   * and size. Null when the reference leads nowhere; {@link Named#NONE} when it leads to an asset
   * that names nothing recognisable (or to a certificate or protocol, which are no algorithm).
   */
  private Named resolve(String ref, String field, int depth) {
    JsonNode target = byRef.get(ref);
    if (target == null) {
      return null;
    }
    Named n =
        switch (assetType(target)) {
          case "related-crypto-material" -> keyNamed(target, depth);
          case "certificate", "protocol" -> Named.NONE;
          default -> named(target);
        };
    String targetName = text(target, "name");
    return n.isEmpty()
        ? Named.NONE
        : n.referencedAs(field, ref, targetName == null ? ref : targetName);
  }

  /**
   * A key's algorithm reference (1.6 {@code algorithmRef}, 1.7 related asset of type algorithm).
   */
  private static String algorithmRef(JsonNode rcm) {
    String ref = text(rcm, "algorithmRef");
    if (ref != null) {
      return ref;
    }
    for (JsonNode r : rcm.path("relatedCryptographicAssets")) {
      if ("algorithm".equals(text(r, "type")) && text(r, "ref") != null) {
        return text(r, "ref");
      }
    }
    return null;
  }

  // ---- the four asset types ---------------------------------------------------------------------

  private static void algorithm(JsonNode component, Out out) {
    Named n = named(component);
    String name = text(component, "name");
    if (!n.isEmpty()) {
      out.named(n);
      String mode = text(component.path("cryptoProperties").path("algorithmProperties"), "mode");
      String oid = text(component.path("cryptoProperties"), "oid");
      String oidName = Algorithms.oidName(oid);
      String[] ecb =
          "ecb".equalsIgnoreCase(mode)
              ? new String[] {"algorithmProperties.mode", mode}
              : name != null && ECB.matcher(name).find()
                  ? new String[] {"name", name}
                  : oidName != null && oidName.endsWith("/ECB") ? new String[] {"oid", oid} : null;
      if (ecb != null) {
        for (String p : n.primitives()) {
          if (Algorithms.isBlockCipher(p)) {
            out.add(UsageKind.ECB_MODE, p, Classification.HIGH_RISK, ecb[0], ecb[1], 0);
          }
        }
      }
      return;
    }
    String protocol = Algorithms.protocol(name);
    if (protocol != null) {
      out.add(UsageKind.PROTOCOL, protocol, Algorithms.classify(protocol), "name", name, 0);
      return;
    }
    out.unknown(name, "name", name);
  }

  private void protocol(JsonNode component, JsonNode pp, Out out) {
    String name = text(component, "name");
    String type = text(pp, "type");
    String version = text(pp, "version");
    String canonical = Algorithms.protocol(name);
    String field = "name";
    String written = name;
    if (!"TLCP".equals(canonical) && "tls".equalsIgnoreCase(type) && version != null) {
      // "1.2" as the schema's examples write it, or "TLSv1.2" as some tools do.
      String byVersion = Algorithms.protocol("TLSv" + version);
      byVersion = byVersion != null ? byVersion : Algorithms.protocol(version);
      if (byVersion != null) {
        canonical = byVersion;
        field = "protocolProperties.version";
        written = type + " " + version;
      }
    }
    List<List<String>> suites = new ArrayList<>();
    JsonNode list = pp.path("cipherSuites");
    for (JsonNode suite : list) {
      String suiteName = text(suite, "name");
      // A signalling value (TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_FALLBACK_SCSV) is no suite.
      if (suiteName == null || !suiteName.toUpperCase(Locale.ROOT).endsWith("_SCSV")) {
        suites.add(suite(suite, out));
      }
    }
    for (String transform : IKE_TRANSFORMS) {
      for (JsonNode t : pp.path("ikev2TransformTypes").path(transform)) {
        String ref = t.isTextual() ? t.asText() : first(text(t, "algorithm"), text(t, "name"));
        if (ref != null) {
          reference(ref, "protocolProperties.ikev2TransformTypes." + transform, out);
        }
      }
    }
    if (canonical == null) {
      out.add(UsageKind.PROTOCOL, name, Classification.UNKNOWN, field, written, 0);
      return;
    }
    boolean allNational =
        !suites.isEmpty()
            && suites.stream()
                .allMatch(
                    s ->
                        !s.isEmpty()
                            && s.stream()
                                .allMatch(p -> Algorithms.classify(p) == Classification.NATIONAL));
    Classification c = Algorithms.classify(canonical);
    if (allNational && "TLS 1.1".equals(canonical)) {
      // GB/T 38636 TLCP runs as version 1.1 with its own SM suites.
      canonical = "TLCP";
      c = Classification.NATIONAL;
    } else if (allNational && c == Classification.NON_NATIONAL) {
      c = Classification.NATIONAL;
    }
    out.add(UsageKind.PROTOCOL, canonical, c, field, written, 0);
  }

  /** One cipher suite: its referenced algorithms, else what its name says. */
  private List<String> suite(JsonNode suite, Out out) {
    String field = "protocolProperties.cipherSuites";
    String suiteName = text(suite, "name");
    List<String> primitives = new ArrayList<>();
    for (JsonNode r : suite.path("algorithms")) {
      Named n = r.isTextual() ? resolve(r.asText(), field, 0) : null;
      if (n != null && !n.isEmpty()) {
        primitives.addAll(n.primitives());
      }
    }
    if (primitives.isEmpty()) {
      primitives.addAll(Algorithms.cipherSuite(suiteName));
    }
    if (primitives.isEmpty()) {
      String written = suiteName != null ? suiteName : suite.path("algorithms").toString();
      out.unknown(written, field, written);
      return List.of();
    }
    for (String p : primitives) {
      out.algorithm(p, field, suiteName != null ? suiteName : String.join(", ", primitives));
    }
    return primitives;
  }

  private void certificate(JsonNode cert, Out out) {
    int refs = 0;
    for (String f : new String[] {"signatureAlgorithmRef", "subjectPublicKeyRef"}) {
      String ref = text(cert, f);
      if (ref != null) {
        refs++;
        reference(ref, "certificateProperties." + f, out);
      }
    }
    for (JsonNode r : cert.path("relatedCryptographicAssets")) {
      String ref = text(r, "ref");
      if (ref != null) {
        refs++;
        reference(ref, "certificateProperties.relatedCryptographicAssets", out);
      }
    }
    if (refs == 0) {
      out.add(UsageKind.ALGORITHM, null, Classification.UNKNOWN, "certificateProperties", null, 0);
    }
  }

  private void material(JsonNode component, JsonNode rcm, Out out) {
    Named n = keyNamed(component, 0);
    if (!n.isEmpty()) {
      out.named(n);
    } else {
      String ref = algorithmRef(rcm);
      String type = text(rcm, "type");
      if (ref != null) {
        reference(ref, "relatedCryptoMaterialProperties.algorithmRef", out);
      } else if (type == null || KEY_TYPES.contains(type)) {
        out.add(
            UsageKind.ALGORITHM,
            null,
            Classification.UNKNOWN,
            "relatedCryptoMaterialProperties",
            type,
            0);
      }
    }
    String secured = text(rcm.path("securedBy"), "algorithmRef");
    if (secured != null) {
      reference(secured, "relatedCryptoMaterialProperties.securedBy.algorithmRef", out);
    }
  }

  /**
   * Key material whose kind of evidence the asset states ({@link CbomAssets#USAGE}): a key or IV
   * built from constants, or filled by {@code java.util.Random}. High risk whatever the algorithm,
   * which {@link CbomAssets#ALGORITHM} names in the canonical form, or as written when unknown.
   */
  private static void stated(JsonNode component, UsageKind kind, Out out) {
    String written = property(component, CbomAssets.ALGORITHM);
    String algorithm = null;
    if (written != null && !written.isBlank()) {
      List<String> p = Algorithms.primitives(written);
      algorithm = p.isEmpty() ? written.strip() : p.get(p.size() - 1);
    }
    out.add(
        kind,
        algorithm,
        Classification.HIGH_RISK,
        "properties." + CbomAssets.USAGE,
        text(component, "name"),
        0);
  }

  /** The evidence of a reference: what it leads to, or an unrecognised name. */
  private void reference(String ref, String field, Out out) {
    Named n = resolve(ref, field, 0);
    if (n != null && !n.isEmpty()) {
      out.named(n);
      return;
    }
    JsonNode target = byRef.get(ref);
    String targetName = target == null ? null : text(target, "name");
    // A reference to nothing, or to an asset whose name the vocabulary does not know.
    out.unknown(
        targetName == null ? ref : targetName,
        field,
        targetName == null ? ref : targetName + " (" + ref + ")");
  }

  // ---- collecting -------------------------------------------------------------------------------

  /** The evidence of one asset, one entry per kind, algorithm and field. */
  private static final class Out {
    private final CryptoAsset asset;
    private final Map<String, CryptoAssetUsage> byKey = new LinkedHashMap<>();
    private final Map<String, List<String>> details = new LinkedHashMap<>();

    Out(CryptoAsset asset) {
      this.asset = asset;
    }

    void add(
        UsageKind kind, String algorithm, Classification c, String field, String detail, int bits) {
      // Two sizes of one algorithm are two pieces of evidence; two suites naming AES are one.
      String key =
          kind + "\u0000" + algorithm + "\u0000" + field + (bits > 0 ? "\u0000" + bits : "");
      List<String> seen = details.computeIfAbsent(key, k -> new ArrayList<>());
      if (detail != null && !seen.contains(detail) && seen.size() < MAX_DETAILS) {
        seen.add(detail);
      }
      String joined = seen.isEmpty() ? null : String.join(", ", seen);
      byKey.put(key, new CryptoAssetUsage(kind, algorithm, c, field, joined, bits, asset));
    }

    void algorithm(String canonical, String field, String detail) {
      add(UsageKind.ALGORITHM, canonical, Algorithms.classify(canonical), field, detail, 0);
    }

    void unknown(String written, String field, String detail) {
      add(UsageKind.ALGORITHM, written, Classification.UNKNOWN, field, detail, 0);
    }

    void named(Named n) {
      for (String p : n.primitives()) {
        algorithm(p, n.field(), n.written());
      }
      if (n.keyBits() > 0) {
        for (String p : n.primitives()) {
          Classification c = Algorithms.keySize(p, n.keyBits());
          if (c != null) {
            add(UsageKind.KEY_SIZE, p, c, n.bitsField(), n.bitsWritten(), n.keyBits());
          }
        }
      }
    }

    List<CryptoAssetUsage> list() {
      return List.copyOf(byKey.values());
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s.strip();
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static int number(String s) {
    return s != null && s.matches("\\d{1,6}") ? Integer.parseInt(s) : 0;
  }
}
