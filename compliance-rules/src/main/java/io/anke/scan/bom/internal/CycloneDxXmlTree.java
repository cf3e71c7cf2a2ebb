package io.anke.scan.bom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Turns a validated CycloneDX XML document into the tree its JSON form has, for the parts Anke
 * reads (components with their identity, supplier, manufacturer, hashes, properties, crypto
 * properties, evidence occurrences and nested components; {@code metadata.component}; {@code
 * dependencies} with {@code provides}), so that one walker reads both encodings.
 *
 * <p>Only elements and attributes of the document's CycloneDX namespace are read: extensions of
 * other namespaces, which the XML schema allows almost everywhere, are never taken for CycloneDX
 * content. (An object mapper that matches by local name took an extension inside {@code
 * <components>} for a component, and fields of elements it did not know, such as 1.7's, for those
 * of the enclosing component.)
 */
public final class CycloneDxXmlTree {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Simple text fields of a component, the same name in XML and JSON. */
  private static final List<String> COMPONENT_TEXT =
      List.of("group", "name", "version", "purl", "cpe");

  /** Attributes of a component, the same name in XML and JSON. */
  private static final List<String> COMPONENT_ATTRIBUTES = List.of("type", "bom-ref");

  /** Text fields of an evidence occurrence, the same name in XML and JSON. */
  private static final List<String> OCCURRENCE_TEXT =
      List.of("location", "symbol", "additionalContext");

  /** Organizational entities whose name and country Anke reads. */
  private static final Set<String> ORGANIZATIONS = Set.of("supplier", "manufacturer");

  /** XML list wrappers of structured parts (1.6, 1.7) and the name of their items. */
  private static final Map<String, String> LIST_WRAPPERS =
      Map.of(
          "cryptoFunctions", "cryptoFunction",
          "cipherSuites", "cipherSuite",
          "algorithms", "algorithm",
          "identifiers", "identifier",
          "tlsGroups", "group",
          "tlsSignatureSchemes", "signatureScheme",
          "certificateExtensions", "certificateExtension",
          "relatedCryptographicAssets", "relatedCryptographicAsset");

  /** Elements that XML repeats and JSON lists in an array. */
  private static final Set<String> REPEATABLE =
      Set.of(
          "certificationLevel",
          "certificateState",
          "encr",
          "prf",
          "integ",
          "ke",
          "auth",
          "cryptoRef");

  /** Elements whose JSON name differs. */
  private static final Map<String, String> JSON_NAMES = Map.of("cryptoRef", "cryptoRefArray");

  private final String ns;

  private CycloneDxXmlTree(String ns) {
    this.ns = ns;
  }

  /**
   * The JSON-shaped tree of {@code xml}.
   *
   * @param xml a document already checked to be well-formed, without a DOCTYPE, and valid
   * @param namespace the CycloneDX namespace of its root element
   * @throws IOException when the document cannot be parsed
   */
  public static ObjectNode of(byte[] xml, String namespace) throws IOException {
    Element root = parse(xml).getDocumentElement();
    return new CycloneDxXmlTree(namespace).bom(root);
  }

  private static org.w3c.dom.Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private ObjectNode bom(Element root) {
    ObjectNode bom = JSON.objectNode();
    Element metadata = child(root, "metadata");
    Element subject = metadata == null ? null : child(metadata, "component");
    if (subject != null) {
      bom.putObject("metadata").set("component", component(subject));
    }
    Element components = child(root, "components");
    if (components != null) {
      bom.set("components", components(components));
    }
    Element dependencies = child(root, "dependencies");
    if (dependencies != null) {
      ArrayNode deps = bom.putArray("dependencies");
      for (Element d : children(dependencies, "dependency")) {
        ObjectNode dep = deps.addObject();
        dep.put("ref", d.getAttribute("ref"));
        List<Element> on = children(d, "dependency");
        if (!on.isEmpty()) {
          ArrayNode dependsOn = dep.putArray("dependsOn");
          on.forEach(x -> dependsOn.add(x.getAttribute("ref")));
        }
        List<Element> provides = children(d, "provides");
        if (!provides.isEmpty()) {
          ArrayNode list = dep.putArray("provides");
          provides.forEach(x -> list.add(x.getAttribute("ref")));
        }
      }
    }
    return bom;
  }

  private ArrayNode components(Element list) {
    ArrayNode out = JSON.arrayNode();
    for (Element c : children(list, "component")) {
      out.add(component(c));
    }
    return out;
  }

  private ObjectNode component(Element c) {
    ObjectNode out = JSON.objectNode();
    for (String a : COMPONENT_ATTRIBUTES) {
      if (c.hasAttributeNS(null, a)) {
        out.put(a, c.getAttributeNS(null, a));
      }
    }
    for (String field : COMPONENT_TEXT) {
      Element e = child(c, field);
      if (e != null) {
        out.put(field, e.getTextContent().strip());
      }
    }
    for (String org : ORGANIZATIONS) {
      Element e = child(c, org);
      if (e != null) {
        out.set(org, organization(e));
      }
    }
    Element hashes = child(c, "hashes");
    if (hashes != null) {
      ArrayNode list = out.putArray("hashes");
      for (Element h : children(hashes, "hash")) {
        list.addObject()
            .put("alg", h.getAttribute("alg"))
            .put("content", h.getTextContent().strip());
      }
    }
    Element properties = child(c, "properties");
    if (properties != null) {
      ArrayNode list = out.putArray("properties");
      for (Element p : children(properties, "property")) {
        list.addObject().put("name", p.getAttribute("name")).put("value", p.getTextContent());
      }
    }
    Element crypto = child(c, "cryptoProperties");
    if (crypto != null) {
      out.set("cryptoProperties", structure(crypto));
    }
    Element evidence = child(c, "evidence");
    Element occurrences = evidence == null ? null : child(evidence, "occurrences");
    if (occurrences != null) {
      ArrayNode list = out.putObject("evidence").putArray("occurrences");
      for (Element o : children(occurrences, "occurrence")) {
        ObjectNode occurrence = list.addObject();
        for (String field : OCCURRENCE_TEXT) {
          Element e = child(o, field);
          if (e != null) {
            occurrence.put(field, e.getTextContent().strip());
          }
        }
        Element line = child(o, "line");
        if (line != null) {
          // Validated as a non-negative integer; one beyond int is no line a class file holds.
          try {
            occurrence.put("line", Integer.parseInt(line.getTextContent().strip()));
          } catch (NumberFormatException e) {
            occurrence.put("line", 0);
          }
        }
      }
    }
    Element nested = child(c, "components");
    if (nested != null) {
      out.set("components", components(nested));
    }
    return out;
  }

  /**
   * An element of a structured part ({@code cryptoProperties}) in its JSON form: a list wrapper
   * becomes an array of its items, a repeatable element an array under its name, an element with
   * children an object, a text element its text. Attributes become fields; the text of an element
   * that also has attributes (a hash) becomes {@code content}.
   */
  private JsonNode structure(Element e) {
    String item = LIST_WRAPPERS.get(e.getLocalName());
    if (item != null) {
      ArrayNode list = JSON.arrayNode();
      children(e, item).forEach(x -> list.add(structure(x)));
      return list;
    }
    List<Element> kids = children(e);
    ObjectNode out = JSON.objectNode();
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      if (a.getNamespaceURI() == null) {
        out.put(a.getLocalName(), a.getNodeValue());
      }
    }
    if (kids.isEmpty()) {
      String text = e.getTextContent().strip();
      if (out.isEmpty()) {
        return JSON.textNode(text);
      }
      return out.put("content", text);
    }
    for (Element k : kids) {
      String name = k.getLocalName();
      String json = JSON_NAMES.getOrDefault(name, name);
      if (REPEATABLE.contains(name)) {
        JsonNode list = out.get(json);
        (list instanceof ArrayNode a ? a : out.putArray(json)).add(structure(k));
      } else if (!out.has(json)) {
        out.set(json, structure(k));
      }
    }
    return out;
  }

  private ObjectNode organization(Element e) {
    ObjectNode out = JSON.objectNode();
    Element name = child(e, "name");
    if (name != null) {
      out.put("name", name.getTextContent().strip());
    }
    Element address = child(e, "address");
    Element country = address == null ? null : child(address, "country");
    if (country != null) {
      out.set("address", JSON.objectNode().put("country", country.getTextContent().strip()));
    }
    return out;
  }

  /** Every child element of the CycloneDX namespace, in document order. */
  private List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ns.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child element of the CycloneDX namespace named {@code local}, or null. */
  private Element child(Element parent, String local) {
    List<Element> all = children(parent, local);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The child elements of the CycloneDX namespace named {@code local}, in document order. */
  private List<Element> children(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }
}
