package io.anke.scan.bom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.anke.core.InputException;
import io.anke.core.rule.Text;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One streaming pass over a JSON document that records the line of every object inside the named
 * arrays (by JSON pointer, such as {@code /components/3/components/0}) and the top-level scalar
 * fields. Object-mapping parsers lose locations; this pass lets errors and origins name lines.
 */
public final class JsonLocations {
  /**
   * The deepest nesting of arrays and objects a document may have (the outer object is level 1);
   * the readers recurse over nested components, so a hostile document must not choose the depth.
   */
  public static final int MAX_DEPTH = 200;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  // One level of slack: the walk below refuses the next level with its own message.
                  .maxNestingDepth(MAX_DEPTH + 1)
                  .maxStringLength(50_000_000)
                  .build())
          .build();

  private final Map<String, Integer> lines;
  private final Map<String, String> topLevel;

  private JsonLocations(Map<String, Integer> lines, Map<String, String> topLevel) {
    this.lines = lines;
    this.topLevel = topLevel;
  }

  /**
   * Scans a document.
   *
   * @param source file name for errors
   * @param format the detected format, named in errors ("CycloneDX JSON")
   * @param arrays names of arrays whose element objects are recorded
   * @throws InputException with the line when the document is not well-formed JSON or nested more
   *     than {@link #MAX_DEPTH} levels deep
   */
  public static JsonLocations scan(String source, String format, byte[] json, Set<String> arrays) {
    Map<String, Integer> lines = new HashMap<>();
    Map<String, String> top = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(source, 1, ScanMessage.BOM_JSON_NOT_OBJECT.text(format));
      }
      int depth = 1;
      while ((t = p.nextToken()) != null) {
        if (t.isStructStart() && ++depth > MAX_DEPTH) {
          throw new InputException(
              source,
              p.currentTokenLocation().getLineNr(),
              ScanMessage.BOM_TOO_DEEP.text(format, MAX_DEPTH));
        } else if (t.isStructEnd()) {
          depth--;
        }
        if (t == JsonToken.START_OBJECT) {
          String parentName =
              p.getParsingContext().getParent().getParent() == null
                  ? null
                  : p.getParsingContext().getParent().getParent().getCurrentName();
          // An array inside an array has no name (and the set of names takes no null).
          boolean inNamedArray =
              p.getParsingContext().getParent().inArray()
                  && parentName != null
                  && arrays.contains(parentName);
          // CycloneDX's metadata.component: a single object, not in an array
          boolean single =
              p.getParsingContext().getParent().inObject()
                  && "component".equals(p.getParsingContext().getParent().getCurrentName());
          if (inNamedArray || single) {
            lines.put(
                p.getParsingContext().pathAsPointer().toString(),
                p.currentTokenLocation().getLineNr());
          }
        } else if (t.isScalarValue()
            && p.getParsingContext().inObject()
            && p.getParsingContext().getParent().inRoot()) {
          top.put(p.currentName(), p.getText());
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(
          source,
          Math.max(line, 0),
          ScanMessage.BOM_JSON_MALFORMED.text(format, e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new InputException(
          source, 0, ScanMessage.BOM_JSON_UNREADABLE.text(format, Text.messageOf(e)), e);
    }
    return new JsonLocations(lines, top);
  }

  /** The 1-based line of the object at {@code pointer}, or 0 when it was not recorded. */
  public int line(String pointer) {
    return lines.getOrDefault(pointer, 0);
  }

  /**
   * The line of the nearest recorded object enclosing a location such as {@code
   * $.components[3].hashes[0].alg} (the path style of JSON schema validators), or 0.
   */
  public int lineOfPath(String path) {
    String pointer = toPointer(path);
    while (!pointer.isEmpty()) {
      Integer l = lines.get(pointer);
      if (l != null) {
        return l;
      }
      int slash = pointer.lastIndexOf('/');
      pointer = slash <= 0 ? "" : pointer.substring(0, slash);
    }
    return 0;
  }

  static String toPointer(String path) {
    String p = path.strip();
    if (p.startsWith("/")) {
      return p;
    }
    if (p.startsWith("$")) {
      p = p.substring(1);
    }
    return p.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
  }

  /** A top-level scalar field such as {@code specVersion}, or null. */
  public String topLevel(String field) {
    return topLevel.get(field);
  }
}
