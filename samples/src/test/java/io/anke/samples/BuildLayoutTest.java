package io.anke.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM has no parent (see its pom), so this test keeps it in step with the build. */
class BuildLayoutTest {
  private static final List<String> PUBLISHED =
      List.of(
          "anke-crypto",
          "anke-core",
          "anke-compliance-rules",
          "anke-maven-plugin",
          "anke-cli",
          "anke-spring-boot-starter");

  @Test
  void bomListsEveryPublishedModuleAtTheProjectVersion() throws Exception {
    String version = System.getProperty("anke.version");
    assertThat(version).isNotBlank();
    String bom = Files.readString(Path.of("..", "bom", "pom.xml"));
    assertThat(bom).contains("<version>" + version + "</version>");
    for (String artifact : PUBLISHED) {
      Matcher m =
          Pattern.compile("<artifactId>" + artifact + "</artifactId>\\s*<version>([^<]+)</version>")
              .matcher(bom);
      assertThat(m.find()).as(artifact + " in bom/pom.xml").isTrue();
      assertThat(m.group(1)).as(artifact + " version in bom/pom.xml").isEqualTo(version);
    }
  }
}
