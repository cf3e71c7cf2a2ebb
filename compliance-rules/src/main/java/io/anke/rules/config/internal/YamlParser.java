package io.anke.rules.config.internal;

import io.anke.rules.config.ConfigEntry;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Flattens YAML documents (all of them, as Spring reads multi-document files) into dotted keys with
 * line numbers (a sequence of plain values is one setting, its values joined by commas, as Spring
 * Boot binds it; other sequences give {@code key[0]}, {@code key[1]}, …), through SnakeYAML's node
 * API so that no object is constructed from the text. Alias expansion, nesting and size are bounded
 * against hostile files.
 */
public final class YamlParser {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_ENTRIES = 100_000;

  private YamlParser() {}

  /** The scalar settings of every document in {@code text}. */
  public static List<ConfigEntry> parse(String text) throws ParseException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowDuplicateKeys(true);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(4 * 1024 * 1024);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    List<ConfigEntry> out = new ArrayList<>();
    try {
      for (Node document : yaml.composeAll(new StringReader(text))) {
        flatten("", document, out, 0, new IdentityHashMap<>());
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ParseException(
          m == null ? 0 : m.getLine() + 1, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ParseException(0, "not valid YAML: " + e.getMessage());
    }
    return out;
  }

  private static void flatten(
      String prefix, Node node, List<ConfigEntry> out, int depth, Map<Node, Boolean> onPath)
      throws ParseException {
    if (node == null) {
      return;
    }
    if (depth > MAX_DEPTH || out.size() > MAX_ENTRIES) {
      throw new ParseException(
          node.getStartMark().getLine() + 1, "YAML nested or repeated beyond the reader's limits");
    }
    if (onPath.put(node, Boolean.TRUE) != null) {
      throw new ParseException(node.getStartMark().getLine() + 1, "recursive YAML alias");
    }
    try {
      if (node instanceof ScalarNode s) {
        if (!prefix.isEmpty()) {
          out.add(new ConfigEntry(prefix, s.getValue(), s.getStartMark().getLine() + 1));
        }
      } else if (node instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k) {
            String key = prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue();
            if (t.getValueNode() instanceof SequenceNode q && isScalarList(q)) {
              // Spring Boot binds a list of values written as a YAML sequence as it binds the
              // comma-separated form: one setting, so the rules read both forms alike.
              out.add(new ConfigEntry(key, joined(q), k.getStartMark().getLine() + 1));
            } else {
              flatten(key, t.getValueNode(), out, depth + 1, onPath);
            }
          }
        }
      } else if (node instanceof SequenceNode q) {
        List<Node> items = q.getValue();
        for (int i = 0; i < items.size(); i++) {
          flatten(prefix + "[" + i + "]", items.get(i), out, depth + 1, onPath);
        }
      }
    } finally {
      onPath.remove(node);
    }
  }

  /** A non-empty sequence of plain values ({@code [TLSv1.2, TLSv1.3]}, {@code - health}). */
  private static boolean isScalarList(SequenceNode q) {
    return !q.getValue().isEmpty() && q.getValue().stream().allMatch(ScalarNode.class::isInstance);
  }

  private static String joined(SequenceNode q) {
    List<String> values = new ArrayList<>();
    for (Node n : q.getValue()) {
      values.add(((ScalarNode) n).getValue());
    }
    return String.join(",", values);
  }
}
