package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sample application in child JVMs ({@link GuardedRuns}). */
class GuardedApplicationTest {
  static final String DRIVER = "pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2";
  static final String STARTED = GuardedRuns.STARTED;

  @Test
  void offChecksNothingEvenWithTheDriver() throws Exception {
    GuardedJvm.Run r = GuardedRuns.off();
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains(STARTED);
    assertThat(r.stderr()).contains("nothing was checked").doesNotContain("[BOM-");
  }

  @Test
  void aCompliantClassPathStartsInEnforceMode() throws Exception {
    GuardedJvm.Run r = GuardedRuns.started();
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
    GuardedJvm.Run r = GuardedRuns.refused();
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
    GuardedJvm.Run r = GuardedRuns.warned();
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains(STARTED);
    assertThat(r.stderr())
        .contains(
            "ERROR io.anke.core.guard.StartupGuard - [BOM-FOREIGN-DB-DRIVER] high component "
                + DRIVER)
        .contains(": FAILED")
        .doesNotContain("StartupGuardException");
  }

  @Test
  void aDataClassNotStoredEncryptedStopsTheStartInEnforceMode() throws Exception {
    GuardedJvm.Run r = GuardedRuns.classified();
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stdout()).doesNotContain(STARTED);
    assertThat(r.stderr())
        .contains("[DATA-CLASSIFIED-NOT-ENCRYPTED] class gov.example.Resident")
        .contains(
            "gov.example.Resident.idNumber is sensitive-personal at protection level 3 but not"
                + " marked encrypted")
        .contains("io.anke.core.guard.StartupGuardException");
  }

  @Test
  void theSameClassInALibraryIsNotReadAndTheSamplesOwnRecordPasses() throws Exception {
    GuardedJvm.Run r = GuardedRuns.classifiedInLibrary();
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains(STARTED);
    assertThat(r.stderr()).doesNotContain("DATA-CLASSIFIED").doesNotContain("DATA-CLASSIFICATION");
  }
}
