package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.ConfigurationException;
import io.anke.core.files.ConfigNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The one YAML loader and walker under every configuration reader: any text is a node tree or a
 * {@link ConfigurationException} (a {@link ConfigNode.MalformedYamlException} from {@code
 * composeAll}) with the line; on an accepted tree every walker call either answers or throws a
 * {@link ConfigurationException} naming the file, and every node has a line inside the text.
 */
class ConfigNodeFuzzTest {
  private static final String SOURCE = "config.yaml";

  @FuzzTest
  void yamlText(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    long lines = yamlLines(text);
    ConfigNode root;
    try {
      root = ConfigNode.parse(SOURCE, text);
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
      assertThat((long) e.line()).isBetween(0L, lines);
      return;
    }
    if (root != null) {
      walk(root, lines, new HashMap<>());
    }
    try {
      ConfigNode.composeAll(SOURCE, text);
    } catch (ConfigNode.MalformedYamlException e) {
      assertThat((long) e.line()).isBetween(0L, lines);
      assertThat(e.problem()).isNotBlank();
    }
  }

  /**
   * The lines YAML sees: besides LF, CR and CRLF, YAML 1.1 (SnakeYAML's) also breaks lines at NEL,
   * LS and PS, which {@link String#lines()} does not.
   */
  private static long yamlLines(String text) {
    long breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (!crlf && (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
        breaks++;
      }
    }
    return breaks + 1;
  }

  /**
   * Every node once (an alias yields the same node: {@link ConfigNode#equals}), each call on it.
   */
  private static void walk(ConfigNode node, long lines, Map<ConfigNode, Boolean> seen) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    assertThat(node.source()).isEqualTo(SOURCE);
    assertThat((long) node.line()).isBetween(1L, lines);
    try {
      Map<String, ConfigNode> map = node.map("a mapping");
      assertThat(map).hasSizeLessThanOrEqualTo(node.entries().size());
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
    }
    try {
      assertThat(node.text("a value")).isNotEmpty();
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
    }
    try {
      node.listOrSingle("a list");
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
    }
    for (ConfigNode.Entry e : node.entries()) {
      walk(e.key(), lines, seen);
      walk(e.value(), lines, seen);
    }
    for (ConfigNode item : node.items()) {
      walk(item, lines, seen);
    }
  }
}
