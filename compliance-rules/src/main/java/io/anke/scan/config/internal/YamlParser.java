package io.anke.scan.config.internal;

import io.anke.core.files.ConfigNode;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.internal.ScanMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flattens YAML documents (all of them, as Spring reads multi-document files) into dotted keys with
 * line numbers (a sequence of plain values is one setting, its values joined by commas, as Spring
 * Boot binds it; other sequences give {@code key[0]}, {@code key[1]}, …), through the one YAML
 * loader and walker ({@link ConfigNode}) so that no object is constructed from the text. Alias
 * expansion, nesting and size are bounded against hostile files by that loader; this walk bounds
 * the entries and refuses recursive aliases.
 */
public final class YamlParser {
  private static final int MAX_DEPTH = ConfigNode.MAX_DEPTH;

  /** The most settings one file yields, as {@link XmlParser} allows. */
  public static final int MAX_ENTRIES = 100_000;

  private YamlParser() {}

  /** The scalar settings of every document in {@code text}. */
  public static List<ConfigEntry> parse(String text) throws ParseException {
    List<ConfigEntry> out = new ArrayList<>();
    try {
      for (ConfigNode document : ConfigNode.composeAll(null, text)) {
        flatten("", document, out, 0, new HashSet<>());
      }
    } catch (ConfigNode.MalformedYamlException e) {
      throw new ParseException(e.line(), ScanMessage.CONFIG_YAML_INVALID.text(e.problem()));
    }
    return out;
  }

  private static void flatten(
      String prefix, ConfigNode node, List<ConfigEntry> out, int depth, Set<ConfigNode> onPath)
      throws ParseException {
    if (node == null) {
      return;
    }
    if (depth > MAX_DEPTH) {
      throw new ParseException(node.line(), ScanMessage.CONFIG_YAML_TOO_DEEP.text());
    }
    if (!onPath.add(node)) {
      throw new ParseException(node.line(), ScanMessage.CONFIG_YAML_RECURSIVE_ALIAS.text());
    }
    try {
      if (node.isScalar()) {
        if (!prefix.isEmpty()) {
          add(out, new ConfigEntry(prefix, node.scalar(), node.line()));
        }
      } else if (node.isMap()) {
        for (ConfigNode.Entry t : node.entries()) {
          if (t.key().isScalar()) {
            String key = prefix.isEmpty() ? t.key().scalar() : prefix + "." + t.key().scalar();
            if (isScalarList(t.value())) {
              // Spring Boot binds a list of values written as a YAML sequence as it binds the
              // comma-separated form: one setting, so the rules read both forms alike.
              add(out, new ConfigEntry(key, joined(t.value()), t.key().line()));
            } else {
              flatten(key, t.value(), out, depth + 1, onPath);
            }
          }
        }
      } else if (node.isList()) {
        List<ConfigNode> items = node.items();
        for (int i = 0; i < items.size(); i++) {
          flatten(prefix + "[" + i + "]", items.get(i), out, depth + 1, onPath);
        }
      }
    } finally {
      onPath.remove(node);
    }
  }

  /**
   * Adds one setting, refusing the one past {@value #MAX_ENTRIES}: aliases let a small file repeat
   * a large mapping many times over.
   */
  private static void add(List<ConfigEntry> out, ConfigEntry entry) throws ParseException {
    if (out.size() >= MAX_ENTRIES) {
      throw new ParseException(entry.line(), ScanMessage.CONFIG_YAML_TOO_MANY.text(MAX_ENTRIES));
    }
    out.add(entry);
  }

  /** A non-empty sequence of plain values ({@code [TLSv1.2, TLSv1.3]}, {@code - health}). */
  private static boolean isScalarList(ConfigNode q) {
    return q.isList() && !q.items().isEmpty() && q.items().stream().allMatch(ConfigNode::isScalar);
  }

  private static String joined(ConfigNode q) {
    List<String> values = new ArrayList<>();
    for (ConfigNode n : q.items()) {
      values.add(n.scalar());
    }
    return String.join(",", values);
  }
}
