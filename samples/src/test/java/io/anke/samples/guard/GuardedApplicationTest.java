package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the sample application in child JVMs under the strict domestic-stack profile (the one that
 * judges JDBC drivers), with the test machine's own host findings waived: a compliant class path
 * starts, a foreign JDBC driver put on it stops the start in {@code enforce} mode and is logged in
 * {@code warn} mode. The outputs are kept for {@link StartupGuardDocTest}.
 */
class GuardedApplicationTest {
  static final String STARTED = "GuardedApplication started";
  static final String DRIVER = "pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2";

  @TempDir static Path dir;
  static Path waivers;
  static List<Path> compliant;
  static List<Path> withDriver;

  /** The runs the doc excerpts are compared with, filled by the tests of this class. */
  static GuardedJvm.Run started;

  static GuardedJvm.Run refused;
  static GuardedJvm.Run warned;

  @BeforeAll
  static void classpaths() throws IOException {
    waivers = dir.resolve("anke-waivers.yaml");
    try (var in = GuardedApplicationTest.class.getResourceAsStream("host-waivers.yaml")) {
      Files.copy(in, waivers);
    }
    compliant = GuardedJvm.applicationClasspath();
    withDriver = new ArrayList<>(compliant);
    withDriver.add(GuardedJvm.testJar("mssql-jdbc"));
  }

  static String[] strict(String mode) {
    return new String[] {
      "-Danke.guard.mode=" + mode,
      "-Danke.guard.profile=xinchuang-strict",
      "-Danke.guard.waivers=anke-waivers.yaml"
    };
  }

  static GuardedJvm.Run startCompliant() throws Exception {
    if (started == null) {
      started = GuardedJvm.run(dir, compliant, strict("enforce"));
    }
    return started;
  }

  static GuardedJvm.Run startWithDriver() throws Exception {
    if (refused == null) {
      refused = GuardedJvm.run(dir, withDriver, strict("enforce"));
    }
    return refused;
  }

  static GuardedJvm.Run warnWithDriver() throws Exception {
    if (warned == null) {
      warned = GuardedJvm.run(dir, withDriver, strict("warn"));
    }
    return warned;
  }

  @Test
  void aCompliantClassPathStartsInEnforceMode() throws Exception {
    GuardedJvm.Run r = startCompliant();
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains(STARTED);
    assertThat(r.stderr())
        .contains("INFO io.anke.core.guard.StartupGuard")
        .contains("profile xinchuang-strict")
        .contains(": passed")
        .doesNotContain(" ERROR ");
  }

  @Test
  void aForeignJdbcDriverStopsTheStartInEnforceMode() throws Exception {
    GuardedJvm.Run r = startWithDriver();
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stdout()).doesNotContain(STARTED);
    assertThat(r.stderr())
        .contains("io.anke.core.guard.StartupGuardException: 安可启动检查阻止了应用启动")
        .contains("Anke start-up guard stopped the application")
        .contains("[BOM-FOREIGN-DB-DRIVER] component " + DRIVER)
        .contains("[HOST-JDBC-DRIVER] host jdbc:com.microsoft.sqlserver.jdbc.SQLServerDriver");
  }

  @Test
  void warnModeStartsAndLogsTheDriver() throws Exception {
    GuardedJvm.Run r = warnWithDriver();
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains(STARTED);
    assertThat(r.stderr())
        .contains(
            "ERROR io.anke.core.guard.StartupGuard - [BOM-FOREIGN-DB-DRIVER] high component "
                + DRIVER)
        .contains(": FAILED")
        .doesNotContain("StartupGuardException");
  }
}
