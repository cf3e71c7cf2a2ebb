package io.anke.core.files;

import io.anke.core.ConfigurationException;
import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.Text;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * A YAML node that knows its file and line, so that every error reads {@code waivers.yaml:12: …};
 * and the one YAML loader of Anke's readers (profiles, waivers, policies, catalogs, inventories and
 * the configuration files the rules scan). Only SnakeYAML's node tree is built; no Java objects are
 * constructed from tags, which keeps untrusted files harmless. The loader bounds what a hostile
 * file can cost: {@value #MAX_ALIASES} aliases to collections, no recursive keys, {@value
 * #MAX_DEPTH} levels of nesting, {@value #MAX_CHARS} characters. Duplicate keys are the reader's to
 * judge (the walker's {@link #map(String)} refuses them; a flattening reader may keep both).
 */
public final class ConfigNode {
  /** The most characters a YAML text may have. */
  public static final int MAX_CHARS = 8 * 1024 * 1024;

  /** The most aliases to collections (mappings and sequences) a text may use. */
  public static final int MAX_ALIASES = 50;

  /** The deepest nesting of collections a text may have. */
  public static final int MAX_DEPTH = 64;

  private final String source;
  private final Node node;

  private ConfigNode(String source, Node node) {
    this.source = source;
    this.node = node;
  }

  /** Text that is not YAML or exceeds the loader's limits: the line (0 when unknown). */
  public static final class MalformedYamlException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    MalformedYamlException(int line, String problem, Throwable cause) {
      super(problem, cause);
      this.line = line;
    }

    /** The 1-based line of the problem, 0 when unknown. */
    public int line() {
      return line;
    }

    /** What is wrong, as SnakeYAML says it (English). */
    public String problem() {
      return getMessage();
    }
  }

  /**
   * Parses YAML text of one document.
   *
   * @param source the file name for messages
   * @return the root node, or null when the document is empty
   * @throws ConfigurationException with the line of a syntax error
   */
  public static ConfigNode parse(String source, String text) {
    if (text.length() > MAX_CHARS) {
      throw new ConfigurationException(
          source, 0, CoreMessage.CONFIG_FILE_TOO_LARGE.text(MAX_CHARS / (1024 * 1024)));
    }
    try {
      return compose(source, text);
    } catch (MalformedYamlException e) {
      throw new ConfigurationException(
          source, e.line(), CoreMessage.CONFIG_NOT_YAML.text(e.problem()), e);
    }
  }

  /**
   * The root node of a text of one document (a second document is an error), or null when it is
   * empty.
   *
   * @throws MalformedYamlException for text that is not YAML or exceeds the limits
   */
  public static ConfigNode compose(String source, String text) throws MalformedYamlException {
    checkSize(text);
    try {
      Node root = yaml().compose(new StringReader(text));
      return root == null ? null : new ConfigNode(source, root);
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  /**
   * The root nodes of every document of a text, in order (empty documents are left out).
   *
   * @throws MalformedYamlException for text that is not YAML or exceeds the limits
   */
  public static List<ConfigNode> composeAll(String source, String text)
      throws MalformedYamlException {
    checkSize(text);
    List<ConfigNode> out = new ArrayList<>();
    try {
      for (Node document : yaml().composeAll(new StringReader(text))) {
        if (document != null) {
          out.add(new ConfigNode(source, document));
        }
      }
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    return out;
  }

  /**
   * Refuses a text over {@link #MAX_CHARS} before SnakeYAML sees it: its own code-point limit does
   * not count comments, so a text of comments of any size would be scanned to its end.
   */
  private static void checkSize(String text) throws MalformedYamlException {
    if (text.length() > MAX_CHARS) {
      throw new MalformedYamlException(
          0, CoreMessage.CONFIG_FILE_TOO_LARGE.english(MAX_CHARS / (1024 * 1024)), null);
    }
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS);
    return new Yaml(new SafeConstructor(options));
  }

  /**
   * SnakeYAML reports most problems as a {@link YAMLException}, but some malformed text gets
   * through its scanner and fails later with a plain runtime exception (a tag with spaces in it is
   * an {@link IllegalArgumentException} of its {@code Tag}): every one of them is text that is not
   * YAML to Anke, only the line is then unknown.
   */
  private static MalformedYamlException malformed(RuntimeException e) {
    if (e instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      String problem = m.getProblem() != null ? m.getProblem() : m.getMessage();
      return new MalformedYamlException(line, problem, e);
    }
    String problem = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    return new MalformedYamlException(0, problem, e);
  }

  /** The file this node came from. */
  public String source() {
    return source;
  }

  /** The 1-based line where the node starts. */
  public int line() {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** An error at this node, in both languages. */
  public ConfigurationException error(Text message) {
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

  /** True for a scalar (a null is a scalar too). */
  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** True for an explicit or empty null ({@code ~}, {@code null}, nothing). */
  public boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** A scalar's text exactly as written (numbers and dates too), or null for a collection. */
  public String scalar() {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** One key and its value in a mapping. */
  public record Entry(ConfigNode key, ConfigNode value) {}

  /**
   * The entries of a mapping exactly as written, in file order: keys of any kind, duplicates kept;
   * empty for a scalar or a sequence. Readers with their own rules for keys walk these.
   */
  public List<Entry> entries() {
    if (!(node instanceof MappingNode m)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      out.add(
          new Entry(
              new ConfigNode(source, t.getKeyNode()), new ConfigNode(source, t.getValueNode())));
    }
    return out;
  }

  /** The items of a sequence as written; empty for a scalar or a mapping. */
  public List<ConfigNode> items() {
    if (!(node instanceof SequenceNode s)) {
      return List.of();
    }
    List<ConfigNode> out = new ArrayList<>();
    for (Node n : s.getValue()) {
      out.add(new ConfigNode(source, n));
    }
    return out;
  }

  /**
   * The entries of a mapping, in file order; keys must be plain strings and unique.
   *
   * @param what what the mapping is, for the message ("a waiver entry"), the same in both languages
   */
  public Map<String, ConfigNode> map(String what) {
    return map(Text.same(what));
  }

  /**
   * The entries of a mapping, in file order; keys must be plain strings and unique.
   *
   * @param what what the mapping is, for the message, in both languages
   */
  public Map<String, ConfigNode> map(Text what) {
    if (!isMap()) {
      throw error(CoreMessage.YAML_NOT_A_MAPPING.text(what));
    }
    Map<String, ConfigNode> out = new LinkedHashMap<>();
    for (Entry e : entries()) {
      if (!e.key().isScalar() || e.key().isNull()) {
        throw e.key().error(CoreMessage.YAML_KEY_NOT_PLAIN.text(what));
      }
      if (out.put(e.key().scalar(), e.value()) != null) {
        throw e.key().error(CoreMessage.YAML_DUPLICATE_KEY.text(what, e.key().scalar()));
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
    return map(Text.same(what), allowed);
  }

  /**
   * The entries of a mapping that may only use {@code allowed} keys; {@code what} in both
   * languages.
   *
   * @throws ConfigurationException naming the unknown key and the allowed ones
   */
  public Map<String, ConfigNode> map(Text what, Collection<String> allowed) {
    Map<String, ConfigNode> entries = map(what);
    for (Entry e : entries()) {
      String k = e.key().scalar();
      if (!allowed.contains(k)) {
        throw e.key()
            .error(
                CoreMessage.YAML_UNKNOWN_KEY.text(
                    what, k, CoreMessage.choices(List.copyOf(new TreeSet<>(allowed)))));
      }
    }
    return entries;
  }

  /** The items of a sequence. */
  public List<ConfigNode> list(String what) {
    return list(Text.same(what));
  }

  /** The items of a sequence; {@code what} in both languages. */
  public List<ConfigNode> list(Text what) {
    if (!isList()) {
      throw error(CoreMessage.YAML_NOT_A_LIST.text(what));
    }
    return items();
  }

  /** The items of a sequence, or this node alone when it is a scalar. */
  public List<ConfigNode> listOrSingle(String what) {
    return listOrSingle(Text.same(what));
  }

  /** The items of a sequence, or this node alone when it is a scalar; {@code what} in both. */
  public List<ConfigNode> listOrSingle(Text what) {
    return isScalar() ? List.of(this) : list(what);
  }

  /** A non-empty scalar text (numbers and dates are returned as written). */
  public String text(String what) {
    return text(Text.same(what));
  }

  /** A non-empty scalar text; {@code what} in both languages. */
  public String text(Text what) {
    if (!isScalar() || isNull()) {
      throw error(CoreMessage.YAML_NOT_TEXT.text(what));
    }
    String v = scalar().strip();
    if (v.isEmpty()) {
      throw error(CoreMessage.YAML_EMPTY_TEXT.text(what));
    }
    return v;
  }

  /** True when {@code o} is this very node of the same document (an alias yields the same node). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConfigNode c && c.node == node && Objects.equals(c.source, source);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(node);
  }
}
