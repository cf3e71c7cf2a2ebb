package io.anke.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata that spring-boot-configuration-processor generated into the jar lists
 * every {@code anke.guard.*} property with a description, and the value hints IDEs offer.
 */
class ConfigurationMetadataTest {
  static final List<String> PROPERTIES =
      List.of(
          "anke.guard.fail-on",
          "anke.guard.manifest",
          "anke.guard.manifest-key",
          "anke.guard.mode",
          "anke.guard.profile",
          "anke.guard.report",
          "anke.guard.waivers");

  private static JsonNode metadata() throws Exception {
    try (InputStream in =
        ConfigurationMetadataTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata on the class path").isNotNull();
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void listsEveryGuardPropertyWithADescription() throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode p : metadata().path("properties")) {
      String name = p.path("name").asText();
      if (name.startsWith("anke.guard.")) {
        names.add(name);
        assertThat(p.path("description").asText()).as(name).isNotBlank();
        assertThat(p.path("sourceType").asText())
            .isEqualTo("io.anke.spring.guard.AnkeGuardProperties");
      }
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(PROPERTIES);
  }

  @Test
  void theDocsTableListsExactlyTheseProperties() throws Exception {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(DocBlocks.DOC, StandardCharsets.UTF_8)) {
      if (line.startsWith("| `anke.guard.")) {
        documented.add(line.substring(3, line.indexOf('`', 3)));
      }
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(PROPERTIES);
  }

  @Test
  void hintsTheModesAndThresholds() throws Exception {
    List<String> modes = new ArrayList<>();
    List<String> failOn = new ArrayList<>();
    for (JsonNode h : metadata().path("hints")) {
      List<String> target =
          switch (h.path("name").asText()) {
            case "anke.guard.mode" -> modes;
            case "anke.guard.fail-on" -> failOn;
            default -> new ArrayList<>();
          };
      for (JsonNode v : h.path("values")) {
        target.add(v.path("value").asText());
      }
    }
    List<String> guardModes = new ArrayList<>();
    for (io.anke.core.guard.GuardMode m : io.anke.core.guard.GuardMode.values()) {
      guardModes.add(m.id());
    }
    assertThat(modes).containsExactlyElementsOf(guardModes);
    List<String> thresholds = new ArrayList<>();
    for (io.anke.core.Severity s : io.anke.core.Severity.values()) {
      thresholds.add(s.id());
    }
    thresholds.add(io.anke.core.FailOn.NEVER.id());
    assertThat(failOn).containsExactlyElementsOf(thresholds);
  }
}
