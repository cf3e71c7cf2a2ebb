package io.anke.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The limits of the one YAML loader ({@link ConfigNode}) at their boundaries: nesting depth,
 * aliases to collections and size. Profiles, waivers, policies, catalogs, inventories and the
 * configuration files the rules scan all go through it.
 */
public class YamlLimitsTest {

  /** Flow sequences nested {@code depth} deep: {@code [[[]]]} is 3. */
  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void nestingExactlyAtTheLimitIsReadAndOneLevelMoreIsRefused() throws Exception {
    // SnakeYAML counts the levels it has entered before it enters one more: the limit of 64 lets
    // the document's collections nest 65 deep, and refuses the 66th.
    int deepestAccepted = ConfigNode.MAX_DEPTH + 1;
    ConfigNode root = ConfigNode.compose("d.yaml", nested(deepestAccepted));
    int depth = 0;
    for (ConfigNode n = root; n != null; n = n.items().isEmpty() ? null : n.items().get(0)) {
      depth++;
    }
    assertThat(depth).isEqualTo(deepestAccepted);

    assertThatThrownBy(() -> ConfigNode.compose("d.yaml", nested(deepestAccepted + 1)))
        .isInstanceOf(ConfigNode.MalformedYamlException.class)
        .hasMessage("Nesting Depth exceeded max 64");
    assertThatThrownBy(() -> ConfigNode.parse("d.yaml", nested(deepestAccepted + 1)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("d.yaml: not valid YAML: Nesting Depth exceeded max 64")
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("d.yaml: 不是有效的 YAML：Nesting Depth exceeded max 64"));
  }

  /** One anchored list and {@code aliases} keys that refer to it. */
  private static String aliases(int aliases) {
    StringBuilder b = new StringBuilder("base: &b [1, 2]\n");
    for (int i = 0; i < aliases; i++) {
      b.append("k").append(i).append(": *b\n");
    }
    return b.toString();
  }

  @Test
  void aliasesToCollectionsExactlyAtTheLimitAreReadAndOneMoreIsRefused() throws Exception {
    ConfigNode root = ConfigNode.compose("a.yaml", aliases(ConfigNode.MAX_ALIASES));
    assertThat(root.entries()).hasSize(ConfigNode.MAX_ALIASES + 1);
    assertThatThrownBy(() -> ConfigNode.parse("a.yaml", aliases(ConfigNode.MAX_ALIASES + 1)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "a.yaml: not valid YAML: Number of aliases for non-scalar nodes exceeds the specified"
                + " max=50");
    // Aliases to scalars cost nothing to expand and are not counted.
    StringBuilder scalars = new StringBuilder("s: &s v\n");
    for (int i = 0; i <= ConfigNode.MAX_ALIASES; i++) {
      scalars.append("k").append(i).append(": *s\n");
    }
    assertThat(ConfigNode.compose("s.yaml", scalars.toString()).entries())
        .hasSize(ConfigNode.MAX_ALIASES + 2);
  }

  /**
   * {@code head}, then short comment lines (SnakeYAML scans one long line slowly), exactly {@code
   * size} characters in all.
   */
  public static String paddedWithComments(String head, int size) {
    StringBuilder b = new StringBuilder(size).append(head);
    while (b.length() + 16 <= size) {
      b.append("#xxxxxxxxxxxxxx\n");
    }
    while (b.length() < size) {
      b.append('#');
    }
    return b.toString();
  }

  @Test
  void aTextOfExactlyTheLimitIsReadAndOneCharacterMoreIsRefused() throws Exception {
    String atLimit = paddedWithComments("k: v\n", ConfigNode.MAX_CHARS);
    assertThat(atLimit).hasSize(ConfigNode.MAX_CHARS);
    assertThat(ConfigNode.parse("big.yaml", atLimit).entries()).hasSize(1);
    assertThat(ConfigNode.compose("big.yaml", atLimit).entries()).hasSize(1);

    String over = atLimit + "#";
    assertThatThrownBy(() -> ConfigNode.parse("big.yaml", over))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("big.yaml: file larger than 8 MiB")
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("big.yaml: 文件超过 8 MiB"));
    // The readers that compose directly (inventories, catalogs, scanned configuration files) are
    // held to the same size; SnakeYAML's own code-point limit would not count a text of comments.
    assertThatThrownBy(() -> ConfigNode.compose("big.yaml", over))
        .isInstanceOf(ConfigNode.MalformedYamlException.class)
        .hasMessage("file larger than 8 MiB");
    assertThatThrownBy(() -> ConfigNode.composeAll("big.yaml", over))
        .isInstanceOf(ConfigNode.MalformedYamlException.class)
        .hasMessage("file larger than 8 MiB");
  }
}
