package io.anke.rules.bom.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Turns a validated CycloneDX XML document into the tree its JSON form has, for the parts Anke
 * reads (components with their identity, supplier, manufacturer, hashes, properties and nested
 * components; {@code metadata.component}; {@code dependencies}), so that one walker reads both
 * encodings.
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

  /** Organizational entities whose name and country Anke reads. */
  private static final Set<String> ORGANIZATIONS = Set.of("supplier", "manufacturer");

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
    Element nested = child(c, "components");
    if (nested != null) {
      out.set("components", components(nested));
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
