package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.scan.bom.internal.InventoryReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inventory YAML read through the one YAML loader and walker ({@code ConfigNode}). */
class InventoryYamlTest {

  private static BillOfMaterials read(String yaml) {
    return InventoryReader.readYaml("hw.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aListOrAnItemsMappingIsReadWithTheLineOfEachItem() {
    BillOfMaterials list =
        read(
            "# racks\n- category: server\n  vendor: Huawei\n  model: TaiShan 200\n  quantity: 4\n");
    Component c = list.components().get(0);
    assertThat(c.category()).isEqualTo("server");
    assertThat(c.quantity()).isEqualTo(4);
    assertThat(c.origin().line()).isEqualTo(2);

    BillOfMaterials mapping =
        read(
            "site: Beijing\nitems:\n  - {类别: 交换机, 厂商: 华为, 型号: S5735}\n"
                + "  - category: cpu\n    vendor: Hygon\n    model: C86 7285\n    rack: ~\n");
    assertThat(mapping.components())
        .extracting(Component::category)
        .containsExactly("network", "cpu");
    assertThat(mapping.components()).extracting(x -> x.origin().line()).containsExactly(3, 4);
    assertThat(mapping.components().get(1).property("anke:inventory:rack")).isNull();
  }

  @Test
  void valuesAreTakenAsWrittenNotAsYamlNumbers() {
    Component c =
        read("- category: server\n  vendor: Inspur\n  model: NF5280M6\n  firmware: 1.10\n")
            .components()
            .get(0);
    assertThat(c.version()).isEqualTo("1.10");
  }

  @Test
  void malformedInventoriesNameTheirLine() {
    assertThatThrownBy(() -> read("- category: server\n  vendor: [a\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("hw.yaml:3: inventory YAML: not valid YAML: ");
    assertThatThrownBy(() -> read("title: x\nitems: none\n"))
        .hasMessage("hw.yaml:2: inventory YAML: 'items' must be a list");
    assertThatThrownBy(() -> read("title: x\n"))
        .hasMessage("hw.yaml:1: inventory YAML: expected a list of items or 'items:'");
    assertThatThrownBy(() -> read(""))
        .hasMessage("hw.yaml:1: inventory YAML: expected a list of items or 'items:'");
    assertThatThrownBy(
            () -> read("- {category: server, vendor: Inspur, model: NF5280M6}\n- just text\n"))
        .hasMessage("hw.yaml:2: inventory YAML: each item must be a mapping (key: value)");
    assertThatThrownBy(() -> read("- category: server\n  vendor: {zh: 华为}\n  model: x\n"))
        .hasMessage("hw.yaml:1: inventory YAML: value of 'vendor' must be a single value");
    assertThatThrownBy(() -> read("- category: server\n  vendor: a\n  model: x\n  vendor: b\n"))
        .hasMessage("hw.yaml:1: inventory YAML: 'vendor' appears twice");
    assertThatThrownBy(() -> read("- category: server\n  厂商: a\n  model: x\n  vendor: b\n"))
        .hasMessage("hw.yaml:1: inventory YAML: 'vendor' appears twice");
  }

  @Test
  void aliasBombsAreRefusedByTheSharedLoader() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 60; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1);
      y.append(", *a").append(i - 1).append("]\n");
    }
    y.append("items: []\n");
    assertThatThrownBy(() -> read(y.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("inventory YAML: not valid YAML: ")
        .hasMessageContaining("aliases");
  }
}
