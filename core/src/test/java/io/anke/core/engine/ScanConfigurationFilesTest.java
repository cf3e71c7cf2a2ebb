package io.anke.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ScanConfiguration} with a profile file ({@code .yaml} or {@code .yml}) and a waiver file
 * given relative to the working directory, and the threshold it applies.
 */
class ScanConfigurationFilesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static void writeProfile(Path file, String id) throws Exception {
    Files.writeString(file, "id: " + id + "\ntitle: {zh: 团队, en: Team}\nfailOn: medium\n");
  }

  @Test
  void profileAndWaiverFilesAreFoundInTheWorkingDirectory(@TempDir Path dir) throws Exception {
    writeProfile(dir.resolve("team.yaml"), "team");
    Files.writeString(dir.resolve("waivers.yaml"), "waivers:\n");

    ScanConfiguration cfg =
        ScanConfiguration.builder()
            .workingDirectory(dir)
            .profile(" team.yaml ")
            .catalogFiles(List.of())
            .waiversFile(Path.of("waivers.yaml"))
            .baselineFile(null)
            .failOn(FailOn.atOrAbove(Severity.LOW))
            .clock(CLOCK)
            .build();

    assertThat(cfg.profile().id()).isEqualTo("team");
    assertThat(cfg.profile().source()).isEqualTo(dir.resolve("team.yaml").toString());
    assertThat(cfg.failOn()).isEqualTo(FailOn.atOrAbove(Severity.LOW));
    assertThat(cfg.engine().failOn()).isEqualTo(FailOn.atOrAbove(Severity.LOW));
  }

  @Test
  void aYmlProfileFileSetsTheThresholdWhenNoneIsGiven(@TempDir Path dir) throws Exception {
    writeProfile(dir.resolve("team.yml"), "team-yml");

    ScanConfiguration cfg =
        ScanConfiguration.builder().workingDirectory(dir).profile("team.yml").build();

    assertThat(cfg.profile().id()).isEqualTo("team-yml");
    assertThat(cfg.failOn()).isEqualTo(FailOn.atOrAbove(Severity.MEDIUM));
  }

  @Test
  void aMissingWaiverFileIsAConfigurationErrorNamedRelatively(@TempDir Path dir) throws Exception {
    writeProfile(dir.resolve("team.yaml"), "team");

    assertThatThrownBy(
            () ->
                ScanConfiguration.builder()
                    .workingDirectory(dir)
                    .profile("team.yaml")
                    .waiversFile(Path.of("missing.yaml"))
                    .build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("missing.yaml: waiver file not found");
  }
}
