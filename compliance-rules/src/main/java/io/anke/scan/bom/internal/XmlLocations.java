package io.anke.scan.bom.internal;

import io.anke.core.InputException;
import io.anke.scan.internal.ScanMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A hardened streaming pass over a CycloneDX XML document before it reaches the object parser: it
 * refuses any document type declaration (so no external entity, internal entity expansion or
 * billion-laughs construct is ever processed), reports malformed XML with its line, and records the
 * line of every {@code component} element by the JSON-pointer-like path the reader uses ({@code
 * /components/3/components/0}, {@code /metadata/component}).
 */
public final class XmlLocations {
  /**
   * The deepest nesting of elements a document may have (the root element is level 1), the same as
   * {@link JsonLocations#MAX_DEPTH} for the JSON encoding.
   */
  public static final int MAX_DEPTH = JsonLocations.MAX_DEPTH;

  /** The frame of an element of another namespace than the root's. */
  private static final String FOREIGN = "#foreign";

  private final Map<String, Integer> lines;
  private final String namespace;

  private XmlLocations(Map<String, Integer> lines, String namespace) {
    this.lines = lines;
    this.namespace = namespace;
  }

  private static final class Frame {
    final String name;
    final String pointer;
    int components;

    Frame(String name, String pointer) {
      this.name = name;
      this.pointer = pointer;
    }
  }

  /**
   * Scans a document.
   *
   * @throws InputException naming the line of a DOCTYPE, of malformed XML or of an element nested
   *     more than {@link #MAX_DEPTH} levels deep
   */
  public static XmlLocations scan(String source, String format, byte[] xml) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    Map<String, Integer> lines = new HashMap<>();
    String ns = null;
    Deque<Frame> stack = new ArrayDeque<>();
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw new InputException(
              source, r.getLocation().getLineNumber(), ScanMessage.BOM_XML_DOCTYPE.text(format));
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new InputException(
              source,
              r.getLocation().getLineNumber(),
              ScanMessage.BOM_XML_ENTITY.text(format, r.getLocalName()));
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (stack.size() >= MAX_DEPTH) {
            throw new InputException(
                source,
                r.getLocation().getLineNumber(),
                ScanMessage.BOM_TOO_DEEP.text(format, MAX_DEPTH));
          }
          String name = r.getLocalName();
          if (stack.isEmpty()) {
            ns = r.getNamespaceURI();
          } else if (!java.util.Objects.equals(ns, r.getNamespaceURI())
              || stack.peek().name.equals(FOREIGN)) {
            // An extension of another namespace (and all inside it) is not CycloneDX content.
            stack.push(new Frame(FOREIGN, null));
            continue;
          }
          String pointer = null;
          if (name.equals("component") && !stack.isEmpty()) {
            Frame parent = stack.peek();
            if (parent.name.equals("metadata") && stack.size() == 2) {
              pointer = "/metadata/component";
            } else if (parent.name.equals("components")) {
              String owner = ownerPointer(stack);
              if (owner != null) {
                pointer = owner + "/components/" + parent.components++;
              }
            }
            if (pointer != null) {
              lines.put(pointer, r.getLocation().getLineNumber());
            }
          }
          stack.push(new Frame(name, pointer));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.pop();
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      String msg = e.getMessage() == null ? "" : e.getMessage();
      int detail = msg.indexOf("Message: ");
      throw new InputException(
          source,
          Math.max(line, 0),
          ScanMessage.BOM_XML_MALFORMED.text(format, detail >= 0 ? msg.substring(detail + 9) : msg),
          e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
    return new XmlLocations(lines, ns);
  }

  /** The pointer of the component owning a {@code components} element ("" for the bom). */
  private static String ownerPointer(Deque<Frame> stack) {
    var it = stack.iterator();
    it.next(); // the components element itself
    if (!it.hasNext()) {
      return null;
    }
    Frame owner = it.next();
    if (owner.name.equals("bom") && !it.hasNext()) {
      return "";
    }
    return owner.name.equals("component") ? owner.pointer : null;
  }

  /** The line of the component at {@code pointer}, or 0. */
  public int line(String pointer) {
    return lines.getOrDefault(pointer, 0);
  }

  /** The namespace of the root element ({@code http://cyclonedx.org/schema/bom/1.5}), or null. */
  public String namespace() {
    return namespace;
  }
}
