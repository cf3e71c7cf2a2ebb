package io.anke.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.anke.core.ConfigurationException;
import io.anke.core.rule.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {

  @Test
  void walksMappingsSequencesAndScalarsWithTheirLines() throws Exception {
    ConfigNode root = ConfigNode.compose("a.yaml", "# c\nname: x\nlist:\n  - 1.10\n  - ~\n");
    List<ConfigNode.Entry> entries = root.entries();
    assertThat(entries).extracting(e -> e.key().scalar()).containsExactly("name", "list");
    assertThat(entries.get(0).value().line()).isEqualTo(2);
    ConfigNode list = entries.get(1).value();
    assertThat(list.isList()).isTrue();
    assertThat(list.items()).extracting(ConfigNode::scalar).containsExactly("1.10", "~");
    assertThat(list.items().get(1).isNull()).isTrue();
    assertThat(list.items().get(0).line()).isEqualTo(4);
    assertThat(list.entries()).isEmpty();
    assertThat(root.items()).isEmpty();
  }

  @Test
  void composeAllReadsEveryDocumentAndComposeOnlyOne() throws Exception {
    String two = "a: 1\n---\nb: 2\n";
    assertThat(ConfigNode.composeAll("s", two)).hasSize(2);
    assertThatThrownBy(() -> ConfigNode.compose("s", two))
        .isInstanceOf(ConfigNode.MalformedYamlException.class);
    assertThat(ConfigNode.compose("s", "")).isNull();
  }

  @Test
  void structuralErrorsReadInBothLanguages() throws Exception {
    ConfigNode root = ConfigNode.compose("w.yaml", "waivers:\n  - rule: X\n    color: red\n");
    ConfigNode entry = root.map("the waiver file").get("waivers").list("'waivers'").get(0);
    ConfigurationException e =
        (ConfigurationException)
            catchThrowable(() -> entry.map(Text.of("豁免条目", "a waiver entry"), List.of("rule")));
    assertThat(e.getMessage())
        .isEqualTo("w.yaml:3: a waiver entry: unknown key 'color'; allowed keys: rule");
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("w.yaml:3: 豁免条目：未知的键“color”；允许的键：rule");
    assertThatThrownBy(() -> entry.map("x").get("rule").list("rule"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("w.yaml:2: rule must be a list")
        .satisfies(
            t ->
                assertThat(((ConfigurationException) t).messageIn(Locale.CHINA))
                    .isEqualTo("w.yaml:2: rule 必须是列表"));
  }

  @Test
  void syntaxErrorsKeepTheirLineAndParseSaysNotValidYaml() {
    assertThatThrownBy(() -> ConfigNode.parse("p.yaml", "id: x\nrules: [a\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("p.yaml:3: not valid YAML: ");
  }

  @Test
  void anAliasIsTheSameNodeAndDeepNestingIsRefused() throws Exception {
    ConfigNode root = ConfigNode.compose("s", "a: &x {k: v}\nb: *x\nc: {k: v}\n");
    List<ConfigNode.Entry> e = root.entries();
    assertThat(e.get(0).value()).isEqualTo(e.get(1).value());
    assertThat(e.get(0).value()).isNotEqualTo(e.get(2).value());

    String deep = "[".repeat(ConfigNode.MAX_DEPTH + 2) + "]".repeat(ConfigNode.MAX_DEPTH + 2);
    assertThatThrownBy(() -> ConfigNode.compose("s", deep))
        .isInstanceOf(ConfigNode.MalformedYamlException.class);
    String ok = "[".repeat(ConfigNode.MAX_DEPTH - 1) + "]".repeat(ConfigNode.MAX_DEPTH - 1);
    assertThat(ConfigNode.compose("s", ok).isList()).isTrue();
  }

  @Test
  void mapRefusesDuplicateAndUnknownKeysWithTheirLine() throws Exception {
    ConfigNode dup = ConfigNode.compose("w.yaml", "a: 1\nb: 2\na: 3\n");
    assertThatThrownBy(() -> dup.map("a waiver"))
        .hasMessage("w.yaml:3: a waiver: duplicate key 'a'");
    ConfigNode unknown = ConfigNode.compose("w.yaml", "a: 1\nz: 2\n");
    assertThatThrownBy(() -> unknown.map("a waiver", List.of("a", "b")))
        .hasMessage("w.yaml:2: a waiver: unknown key 'z'; allowed keys: a, b");
  }
}
