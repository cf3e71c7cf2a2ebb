package io.anke.scan.config.internal;

import io.anke.scan.config.ConfigEntry;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML configuration ({@code web.xml}, {@code context.xml}, {@code logback.xml}…) into
 * element-path entries with line numbers. External entities and DTDs are never loaded: a {@code
 * DOCTYPE} is tolerated (old {@code web.xml} files declare one) but resolves to nothing.
 */
public final class XmlParser {
  /** The most settings (element texts and attributes) one file yields. */
  public static final int MAX_ENTRIES = 100_000;

  private XmlParser() {}

  /** Element texts as {@code a[1]/b[2]} and attributes as {@code a[1]/b[2]/@name}. */
  public static List<ConfigEntry> parse(String text) throws ParseException {
    List<ConfigEntry> out = new ArrayList<>();
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setXIncludeAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = f.newSAXParser();
      Handler h = new Handler(out);
      parser
          .getXMLReader()
          .setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      parser.parse(new InputSource(new StringReader(text)), h);
    } catch (SAXParseException e) {
      throw new ParseException(
          Math.max(e.getLineNumber(), 0), ScanMessage.CONFIG_XML_INVALID.text(e.getMessage()));
    } catch (SAXException e) {
      throw new ParseException(0, ScanMessage.CONFIG_XML_INVALID.text(e.getMessage()));
    } catch (ParserConfigurationException | IOException e) {
      throw new ParseException(0, ScanMessage.CONFIG_XML_UNPARSABLE.text(e.getMessage()));
    }
    return out;
  }

  private static final class Frame {
    final String path;
    final int line;
    final Map<String, Integer> childCounts = new HashMap<>();
    final StringBuilder text = new StringBuilder();
    boolean hasChildren;

    Frame(String path, int line) {
      this.path = path;
      this.line = line;
    }
  }

  private static final class Handler extends DefaultHandler {
    private final List<ConfigEntry> out;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Integer> rootCounts = new HashMap<>();
    private Locator locator;

    Handler(List<ConfigEntry> out) {
      this.out = out;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      String name = localName == null || localName.isEmpty() ? qName : localName;
      Frame parent = stack.peek();
      Map<String, Integer> counts = parent == null ? rootCounts : parent.childCounts;
      int index = counts.merge(name, 1, Integer::sum);
      if (parent != null) {
        parent.hasChildren = true;
      }
      String path = (parent == null ? "" : parent.path + "/") + name + "[" + index + "]";
      Frame f = new Frame(path, line());
      stack.push(f);
      for (int i = 0; i < attributes.getLength(); i++) {
        String a = attributes.getLocalName(i);
        if (a == null || a.isEmpty()) {
          a = attributes.getQName(i);
        }
        add(new ConfigEntry(path + "/@" + a, attributes.getValue(i), f.line));
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      Frame f = stack.peek();
      if (f != null && f.text.length() < 64 * 1024) {
        f.text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      Frame f = stack.pop();
      String t = f.text.toString().strip();
      if (!f.hasChildren && !t.isEmpty()) {
        add(new ConfigEntry(f.path, t, f.line));
      }
    }

    private void add(ConfigEntry e) throws SAXException {
      if (out.size() >= MAX_ENTRIES) {
        throw new SAXException(ScanMessage.CONFIG_XML_TOO_MANY.english(MAX_ENTRIES));
      }
      out.add(e);
    }
  }
}
