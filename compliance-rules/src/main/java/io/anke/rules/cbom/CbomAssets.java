package io.anke.rules.cbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.rules.cbom.internal.AssetEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Attaches the cryptographic assets of a CycloneDX document to its {@link BillOfMaterials} as
 * {@link CryptoAssetUsage} facts, and each asset's {@code cryptoProperties} as a {@link
 * DeclaredCryptoProperties} fact for output. The CycloneDX reader calls it with the components it
 * read: every component of type {@code cryptographic-asset}, and every component that carries
 * {@code cryptoProperties}, becomes evidence located at the document, the component's line and
 * pointer, with its bom-ref and component path (through {@code dependencies[].provides} when the
 * document says which component provides it). References between assets (a certificate's signature
 * algorithm, a key's algorithm, a cipher suite's algorithms) are followed within the document.
 */
public final class CbomAssets {
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
    for (JsonNode d : dependencies) {
      for (JsonNode provided : d.path("provides")) {
        providerOf.putIfAbsent(provided.asText(), d.path("ref").asText());
      }
    }
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
      facts.addAll(evidence.of(node, asset));
      if (node.has("cryptoProperties") && c.origin().pointer() != null) {
        facts.add(
            new DeclaredCryptoProperties(
                c.origin().pointer(), node.get("cryptoProperties").toString()));
      }
    }
    return new BillOfMaterials(bom.source(), components, bom.dependencies(), facts);
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
