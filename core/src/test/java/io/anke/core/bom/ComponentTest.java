package io.anke.core.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentTest {

  @Test
  void idPrefersPurl() {
    Component c =
        Component.builder()
            .group("com.mysql")
            .name("mysql-connector-j")
            .version("8.4.0")
            .purl("pkg:maven/com.mysql/mysql-connector-j@8.4.0")
            .build();
    assertThat(c.id()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.4.0");
  }

  @Test
  void idFallsBackToCoordinatesWithKnownParts() {
    assertThat(Component.builder().group("org.foo").name("bar").version("1.0").build().id())
        .isEqualTo("org.foo:bar:1.0");
    assertThat(Component.builder().name("bar").version("1.0").build().id()).isEqualTo("bar:1.0");
    assertThat(Component.builder().group("org.foo").name("bar").build().id())
        .isEqualTo("org.foo:bar");
  }

  @Test
  void hardwareIdIsVendorAndModel() {
    Component server =
        Component.builder()
            .kind(ComponentKind.DEVICE)
            .category("server")
            .manufacturer("Huawei")
            .name("TaiShan 200")
            .version("2280")
            .quantity(4)
            .build();
    assertThat(server.id()).isEqualTo("Huawei TaiShan 200");
    Component noVendor = Component.builder().kind(ComponentKind.FIRMWARE).name("BIOS").build();
    assertThat(noVendor.id()).isEqualTo("BIOS");
  }

  @Test
  void defensiveCopiesAndSortedMaps() {
    Map<String, String> props = new HashMap<>();
    props.put("z", "1");
    props.put("a", "2");
    List<String> path = new ArrayList<>(List.of("root:app:1", "org:lib:2"));
    Component c =
        new Component(
            ComponentKind.LIBRARY,
            null,
            "org",
            "lib",
            "2",
            null,
            null,
            null,
            null,
            null,
            null,
            1,
            props,
            path,
            null,
            null);
    props.put("b", "3");
    path.add("changed");
    assertThat(c.properties()).containsOnlyKeys("a", "z");
    assertThat(c.properties().keySet()).containsExactly("a", "z");
    assertThat(c.dependencyPath()).containsExactly("root:app:1", "org:lib:2");
    assertThat(c.origin()).isEqualTo(Origin.UNKNOWN);
    assertThat(c.hashes()).isEmpty();
    assertThatThrownBy(() -> c.properties().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankStringsBecomeNullAndToBuilderRoundTrips() {
    Component c =
        Component.builder()
            .name(" bar ")
            .group("  ")
            .hash("SHA-256", "ab")
            .property("serial", "S1")
            .origin(new Origin("sbom.json", 3, "/components/0"))
            .build();
    assertThat(c.group()).isNull();
    assertThat(c.name()).isEqualTo("bar");
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.toBuilder().version("2").build().id()).isEqualTo("bar:2");
  }

  @Test
  void rejectsMissingNameAndNonPositiveQuantity() {
    assertThatThrownBy(() -> Component.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Component.builder().name("x").quantity(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void originDisplay() {
    assertThat(new Origin("hw.csv", 12, null).display()).isEqualTo("hw.csv:12");
    assertThat(new Origin("app.jar", 0, "app.jar!/BOOT-INF/lib/x.jar").display())
        .isEqualTo("app.jar (app.jar!/BOOT-INF/lib/x.jar)");
    assertThatThrownBy(() -> new Origin("x", -1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void billOfMaterialsCopiesItsList() {
    List<Component> list = new ArrayList<>(List.of(Component.builder().name("a").build()));
    BillOfMaterials bom = new BillOfMaterials("sbom.json", list);
    list.clear();
    assertThat(bom.components()).hasSize(1);
  }

  @Test
  void kindIds() {
    assertThat(ComponentKind.OPERATING_SYSTEM.id()).isEqualTo("operating-system");
    assertThat(ComponentKind.DEVICE.isHardware()).isTrue();
    assertThat(ComponentKind.RUNTIME.isHardware()).isFalse();
  }
}
