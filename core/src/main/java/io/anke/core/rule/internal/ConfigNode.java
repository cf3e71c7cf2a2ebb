package io.anke.core.rule.internal;

import io.anke.core.ConfigurationException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node of a configuration file (profile, waivers) that knows its file and line, so that
 * every error reads {@code waivers.yaml:12: …}. Only the YAML node tree is built; no Java objects
 * are constructed from tags, which keeps untrusted files harmless.
 */
public final class ConfigNode {
  private static final int MAX_CHARS = 8 * 1024 * 1024;

  private final String source;
  private final Node node;

  private ConfigNode(String source, Node node) {
    this.source = source;
    this.node = node;
  }

  /**
   * Parses YAML text.
   *
   * @param source the file name for messages
   * @return the root node, or null when the document is empty
   * @throws ConfigurationException with the line of a syntax error
   */
  public static ConfigNode parse(String source, String text) {
    if (text.length() > MAX_CHARS) {
      throw new ConfigurationException(source, 0, "file larger than 8 MiB");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(MAX_CHARS);
    try {
      Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
      return root == null ? null : new ConfigNode(source, root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new ConfigurationException(source, line, "not valid YAML: " + problem);
    } catch (YAMLException e) {
      throw new ConfigurationException(source, 0, "not valid YAML: " + e.getMessage());
    }
  }

  /** The file this node came from. */
  public String source() {
    return source;
  }

  /** The 1-based line where the node starts. */
  public int line() {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** An error at this node. */
  public ConfigurationException error(String message) {
    return new ConfigurationException(source, line(), message);
  }

  /** True for a mapping. */
  public boolean isMap() {
    return node instanceof MappingNode;
  }

  /** True for a sequence. */
  public boolean isList() {
    return node instanceof SequenceNode;
  }

  /** True for an explicit or empty null ({@code ~}, {@code null}, nothing). */
  public boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /**
   * The entries of a mapping, in file order; keys must be plain strings and unique.
   *
   * @param what what the mapping is, for the message ("a waiver entry")
   */
  public Map<String, ConfigNode> map(String what) {
    if (!(node instanceof MappingNode m)) {
      throw error(what + " must be a mapping of keys to values");
    }
    Map<String, ConfigNode> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      ConfigNode key = new ConfigNode(source, t.getKeyNode());
      if (!(t.getKeyNode() instanceof ScalarNode k) || key.isNull()) {
        throw key.error(what + ": keys must be plain names");
      }
      if (out.put(k.getValue(), new ConfigNode(source, t.getValueNode())) != null) {
        throw key.error(what + ": duplicate key '" + k.getValue() + "'");
      }
    }
    return out;
  }

  /**
   * The entries of a mapping that may only use {@code allowed} keys.
   *
   * @throws ConfigurationException naming the unknown key and the allowed ones
   */
  public Map<String, ConfigNode> map(String what, Collection<String> allowed) {
    Map<String, ConfigNode> entries = map(what);
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String k = ((ScalarNode) t.getKeyNode()).getValue();
        if (!allowed.contains(k)) {
          throw new ConfigNode(source, t.getKeyNode())
              .error(
                  what
                      + ": unknown key '"
                      + k
                      + "'; allowed keys: "
                      + String.join(", ", new TreeSet<>(allowed)));
        }
      }
    }
    return entries;
  }

  /** The items of a sequence. */
  public List<ConfigNode> list(String what) {
    if (!(node instanceof SequenceNode s)) {
      throw error(what + " must be a list");
    }
    List<ConfigNode> out = new ArrayList<>();
    for (Node n : s.getValue()) {
      out.add(new ConfigNode(source, n));
    }
    return out;
  }

  /** The items of a sequence, or this node alone when it is a scalar. */
  public List<ConfigNode> listOrSingle(String what) {
    return node instanceof ScalarNode ? List.of(this) : list(what);
  }

  /** A non-empty scalar text (numbers and dates are returned as written). */
  public String text(String what) {
    if (!(node instanceof ScalarNode s) || isNull()) {
      throw error(what + " must be a single text value");
    }
    String v = s.getValue().strip();
    if (v.isEmpty()) {
      throw error(what + " must not be empty");
    }
    return v;
  }
}
