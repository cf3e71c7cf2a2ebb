package io.anke.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.util.List;
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
