package io.anke.scan.cbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.scan.bytecode.LibraryComponents;
import io.anke.scan.cbom.internal.AssetEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Attaches the cryptographic assets of a CycloneDX document to its {@link BillOfMaterials} as
 * {@link CryptoAssetUsage} facts, and each asset's {@code cryptoProperties} as a {@link
 * DeclaredCryptoProperties} fact for output (and its {@code evidence.occurrences} as a {@link
 * DeclaredOccurrences} fact). The CycloneDX reader calls it with the components it read: every
 * component of type {@code cryptographic-asset}, and every component that carries {@code
 * cryptoProperties}, becomes evidence located at the document, the component's line and pointer,
 * with its bom-ref and component path (through {@code dependencies[].provides} when the document
 * says which component provides it). References between assets (a certificate's signature
 * algorithm, a key's algorithm, a cipher suite's algorithms) are followed within the document.
 *
 * <p>An asset whose {@code evidence.occurrences} name places in code ({@code symbol} {@code
 * class#method}, as Anke's CycloneDX output writes them) gives its evidence once per such place,
 * with a {@link CodeOccurrence}: the rules then report it on the class, like the bytecode evidence
 * it stands for.
 */
public final class CbomAssets {
  /**
   * The asset property that says whose code uses it: {@code application} (the application's own
   * classes) or {@code library} (a third-party library's). Written by Anke's CycloneDX output.
   */
  public static final String CODE = "anke:crypto:code";

  /** The asset property that names the library, by package URL, whose code uses the asset. */
  public static final String LIBRARY = "anke:crypto:library";

  /**
   * The asset property that states a kind of evidence CycloneDX has no field for: {@code
   * CONSTANT_KEY}, {@code CONSTANT_IV} or {@code INSECURE_RANDOM} on key material built from
   * constants or filled by {@code java.util.Random}.
   */
  public static final String USAGE = "anke:crypto:usage";

  /** With {@link #USAGE}: the algorithm of that key material, when known. */
  public static final String ALGORITHM = "anke:crypto:algorithm";

  /** A binary class name: where an occurrence's symbol names code. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  private CbomAssets() {}

  /**
   * The document with its assets' evidence added to its facts; unchanged when it has no asset.
   *
   * @param bom the components as the reader built them, each with its pointer as origin
   * @param componentAt the document's component node (JSON form) at a pointer such as {@code
   *     /components/3/components/0}, or a missing node
   * @param dependencies the document's {@code dependencies} array (JSON form), or a missing node
   */
  public static BillOfMaterials attach(
      BillOfMaterials bom, Function<String, JsonNode> componentAt, JsonNode dependencies) {
    List<Component> components = bom.components();
    List<JsonNode> nodes = new ArrayList<>(components.size());
    boolean any = false;
    for (Component c : components) {
      String pointer = c.origin().pointer();
      JsonNode node = pointer == null ? null : componentAt.apply(pointer);
      node = node == null ? MissingNode.getInstance() : node;
      nodes.add(node);
      any |= isAsset(c, node);
    }
    if (!any) {
      return bom;
    }
    Map<String, JsonNode> byRef = new HashMap<>();
    Map<String, Integer> indexOfRef = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String ref = bomRef(nodes.get(i));
      if (ref != null && !byRef.containsKey(ref)) {
        byRef.put(ref, nodes.get(i));
        indexOfRef.put(ref, i);
      }
    }
    Map<String, String> providerOf = new HashMap<>();
    Map<String, Set<String>> usersOf = new HashMap<>();
    for (JsonNode d : dependencies) {
      for (JsonNode provided : d.path("provides")) {
        providerOf.putIfAbsent(provided.asText(), d.path("ref").asText());
      }
      for (JsonNode used : d.path("dependsOn")) {
        usersOf.computeIfAbsent(used.asText(), k -> new HashSet<>()).add(d.path("ref").asText());
      }
    }
    LibraryComponents libraries = LibraryComponents.of(components.stream());
    AssetEvidence evidence = new AssetEvidence(byRef);
    List<Object> facts = new ArrayList<>(bom.facts());
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      JsonNode node = nodes.get(i);
      if (!isAsset(c, node)) {
        continue;
      }
      String ref = bomRef(node);
      Integer provider = ref == null ? null : indexOfRef.get(providerOf.get(ref));
      CryptoAsset asset =
          new CryptoAsset(
              bom.source(),
              c.origin().line(),
              c.origin().pointer(),
              ref,
              c.name(),
              AssetEvidence.assetType(node),
              provider == null ? c.dependencyPath() : provided(components.get(provider), c));
      List<CryptoAssetUsage> found = evidence.of(node, asset);
      List<CodeOccurrence> places =
          occurrences(node, libraries, usersOf.getOrDefault(ref, Set.of()));
      if (places.isEmpty()) {
        facts.addAll(found);
      }
      for (CodeOccurrence place : places) {
        for (CryptoAssetUsage u : found) {
          facts.add(u.at(place));
        }
      }
      if (node.has("cryptoProperties") && c.origin().pointer() != null) {
        facts.add(
            new DeclaredCryptoProperties(
                c.origin().pointer(), node.get("cryptoProperties").toString()));
      }
      JsonNode occurrences = node.path("evidence").path("occurrences");
      if (!occurrences.isEmpty() && c.origin().pointer() != null) {
        facts.add(new DeclaredOccurrences(c.origin().pointer(), occurrences.toString()));
      }
    }
    return new BillOfMaterials(bom.source(), components, bom.dependencies(), facts);
  }

  /**
   * The places in code an asset's {@code evidence.occurrences} name: those whose {@code symbol} is
   * {@code class#method}, the method with or without its descriptor, in document order. The asset's
   * properties say whether the code is a library's and which one; the path is that library's
   * component path in the document (the component that depends on the asset preferred).
   */
  private static List<CodeOccurrence> occurrences(
      JsonNode node, LibraryComponents libraries, Set<String> users) {
    List<CodeOccurrence> out = new ArrayList<>();
    JsonNode list = node.path("evidence").path("occurrences");
    if (list.isEmpty()) {
      return out;
    }
    boolean application = !"library".equals(AssetEvidence.property(node, CODE));
    String library = application ? null : AssetEvidence.property(node, LIBRARY);
    Component holder =
        library == null ? null : libraries.find(library, c -> users.contains(c.ref()));
    List<String> path = holder == null ? List.of() : holder.dependencyPath();
    for (JsonNode o : list) {
      String symbol = o.path("symbol").asText("");
      int hash = symbol.lastIndexOf('#');
      String location = o.path("location").asText("");
      // The method may carry its descriptor: com.example.Foo#encrypt([B)[B.
      int paren = symbol.indexOf('(', hash);
      String method = symbol.substring(hash + 1, paren < 0 ? symbol.length() : paren);
      if (hash <= 0
          || method.isEmpty()
          || location.isBlank()
          || !CLASS_NAME.matcher(symbol.substring(0, hash)).matches()) {
        continue;
      }
      out.add(
          new CodeOccurrence(
              location,
              o.path("line").canConvertToInt() ? Math.max(o.path("line").asInt(), 0) : 0,
              symbol.substring(0, hash),
              method,
              application,
              library,
              path));
    }
    return out;
  }

  private static String bomRef(JsonNode node) {
    return node.path("bom-ref").isTextual() ? node.path("bom-ref").asText() : null;
  }

  private static boolean isAsset(Component c, JsonNode node) {
    return c.kind() == ComponentKind.CRYPTOGRAPHIC_ASSET || node.has("cryptoProperties");
  }

  /** The path to an asset through the component that provides it: the provider's path, then it. */
  private static List<String> provided(Component provider, Component asset) {
    List<String> path =
        new ArrayList<>(
            provider.dependencyPath().isEmpty()
                ? List.of(provider.id())
                : provider.dependencyPath());
    path.add(asset.name());
    return path;
  }
}
