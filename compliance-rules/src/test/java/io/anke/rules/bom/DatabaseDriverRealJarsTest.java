package io.anke.rules.bom;

import static io.anke.rules.packs.PackScans.classpathJar;
import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.PackScans.FatJar;
import io.anke.scan.bom.BomReaders;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BOM- database-driver rules on real JDBC drivers from Maven Central (Oracle, SQL Server,
 * MySQL, PostgreSQL, DM, KingbaseES, openGauss, OceanBase), nested in a Spring Boot-style fat jar
 * and read by the real archive reader. Several of these jars carry no pom.properties, so they are
 * identified by the driver class they register.
 */
class DatabaseDriverRealJarsTest {
  @TempDir Path dir;

  private static final List<String> DOMESTIC =
      List.of("DmJdbcDriver18-", "kingbase8-", "opengauss-jdbc-", "oceanbase-client-");

  private FatJar withDrivers(String name, String... prefixes) throws Exception {
    FatJar jar = new FatJar(name);
    for (String p : prefixes) {
      jar.lib(classpathJar(p));
    }
    return jar;
  }

  /** Finding location (nested jar path) to finding. */
  private static Map<String, Finding> byLibrary(List<Finding> findings) {
    return findings.stream()
        .collect(
            Collectors.toMap(
                f -> {
                  String file = f.location().file();
                  return file.substring(file.lastIndexOf('/') + 1);
                },
                f -> f));
  }

  @Test
  void foreignDriversFailStrictProtocolDriversAskDomesticDriversPass() throws Exception {
    Path app =
        withDrivers(
                "mixed-app",
                "ojdbc11-",
                "mssql-jdbc-",
                "mysql-connector-j-",
                "postgresql-",
                "DmJdbcDriver18-",
                "kingbase8-",
                "opengauss-jdbc-",
                "oceanbase-client-")
            .write(dir);
    ScanResult result = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");

    Map<String, Finding> foreign = byLibrary(of(result, "BOM-FOREIGN-DB-DRIVER"));
    assertThat(foreign.keySet())
        .containsExactlyInAnyOrder("ojdbc11-23.26.4.0.0.jar", "mssql-jdbc-13.6.2.jre11.jar");
    Finding oracle = foreign.get("ojdbc11-23.26.4.0.0.jar");
    assertThat(oracle.severity()).isEqualTo(Severity.HIGH);
    assertThat(oracle.properties()).containsEntry("catalogEntry", "oracle-jdbc");
    assertThat(oracle.properties().get("evidence")).contains("oracle.jdbc.OracleDriver");
    assertThat(oracle.location().file())
        .isEqualTo("mixed-app.jar!/BOOT-INF/lib/ojdbc11-23.26.4.0.0.jar");
    // The domestic drivers that would serve instead, from the catalog's Maven coordinates.
    assertThat(oracle.remediation().en())
        .contains("com.dameng:DmJdbcDriver18", "cn.com.kingbase:kingbase8", "oceanbase");
    assertThat(oracle.remediation().zh()).contains("com.dameng:DmJdbcDriver18");
    Finding sqlServer = foreign.get("mssql-jdbc-13.6.2.jre11.jar");
    assertThat(sqlServer.subject().id())
        .isEqualTo(
            "pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2"); // as its pom.properties says
    assertThat(sqlServer.subject().path())
        .containsExactly(
            "com.example:mixed-app:1.0.0", "com.microsoft.sqlserver:mssql-jdbc:13.6.2");
    assertThat(sqlServer.message().en()).contains("(pulled in by com.example:mixed-app:1.0.0)");

    Map<String, Finding> protocol = byLibrary(of(result, "BOM-PROTOCOL-DB-DRIVER"));
    assertThat(protocol.keySet())
        .containsExactlyInAnyOrder("mysql-connector-j-8.4.0.jar", "postgresql-42.7.13.jar");
    assertThat(protocol.values()).allMatch(f -> f.severity() == Severity.MEDIUM);
    assertThat(protocol.get("mysql-connector-j-8.4.0.jar").properties())
        .containsEntry("protocol", "mysql");
    assertThat(protocol.get("postgresql-42.7.13.jar").properties())
        .containsEntry("protocol", "postgresql");
    assertThat(protocol.get("mysql-connector-j-8.4.0.jar").message().en()).contains("TiDB");

    // Domestic drivers are never reported as foreign or protocol drivers, nor as watch-list items.
    for (Finding f : result.findings()) {
      if (f.ruleId().startsWith("BOM-") && !f.ruleId().equals("BOM-NO-IDENTITY")) {
        assertThat(DOMESTIC).noneMatch(d -> f.location().file().contains(d));
      }
    }
    // A domestic driver is present, so nothing is missing.
    assertThat(of(result, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();
    assertThat(result.summary().passed()).isFalse();
  }

  /**
   * One delivery scanned as several archives (the application and the DM driver shipped beside it,
   * as {@code anke scan app.jar DmJdbcDriver18.jar} reads them) is judged as a whole: the DM driver
   * of one archive is the application's domestic driver, and no archive is told on its own that the
   * delivery has none.
   */
  @Test
  void theDeliveryIsJudgedAsAWholeNotEachArchive() throws Exception {
    Path app = withDrivers("orders-app", "mysql-connector-j-").write(dir);
    Path dm = classpathJar("DmJdbcDriver18-");
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(dir)
            .catalog(BundledCatalog.get())
            .bom(BomReaders.read(app, "orders-app.jar"))
            .bom(BomReaders.read(dm, dm.getFileName().toString()))
            .notGathered(PackScans.NOT_GATHERED) // documents only, as anke scan --sbom reads them
            .build();
    ScanResult r = PackScans.run(context, "xinchuang-strict");
    assertThat(of(r, "BOM-PROTOCOL-DB-DRIVER")).hasSize(1);
    assertThat(of(r, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();

    // Without the DM driver, the delivery is told once, on what all of its archives hold.
    Path lib = withDrivers("orders-lib").write(dir);
    ScanContext foreign =
        ScanContext.builder()
            .workingDirectory(dir)
            .catalog(BundledCatalog.get())
            .bom(BomReaders.read(lib, "orders-lib.jar"))
            .bom(BomReaders.read(app, "orders-app.jar"))
            .notGathered(PackScans.NOT_GATHERED)
            .build();
    assertThat(of(PackScans.run(foreign, "xinchuang-strict"), "BOM-DOMESTIC-DB-DRIVER-MISSING"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.properties().get("protocolDrivers")).contains("Connector/J");
              assertThat(f.subject().id()).isEqualTo("orders-lib.jar");
            });
  }

  @Test
  void onlyForeignDriversMeansTheDomesticDriverIsMissing() throws Exception {
    Path app = withDrivers("legacy-app", "ojdbc11-", "mysql-connector-j-").write(dir);
    ScanResult strict = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");

    List<Finding> missing = of(strict, "BOM-DOMESTIC-DB-DRIVER-MISSING");
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(missing.get(0).subject().id()).isEqualTo("legacy-app.jar");
    assertThat(missing.get(0).properties().get("foreignDrivers")).contains("23.26.4.0.0");
    assertThat(missing.get(0).properties().get("protocolDrivers")).contains("8.4.0");

    // The default profile does not run the domestic-stack rules.
    ScanResult baseline = PackScans.run(PackScans.context(app, dir), "gov-cloud-baseline");
    assertThat(of(baseline, "BOM-FOREIGN-DB-DRIVER")).isEmpty();
    assertThat(of(baseline, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();
  }

  @Test
  void aMySqlDriverDoesNotFailStrictOutrightAndADomesticUrlSatisfiesTheDriverCheck()
      throws Exception {
    Path app =
        withDrivers("tidb-app", "mysql-connector-j-")
            .file(
                "BOOT-INF/classes/application.properties",
                "spring.datasource.url=jdbc:mysql://tidb.internal:4000/app\n")
            .write(dir);
    ScanResult result = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");
    assertThat(of(result, "BOM-FOREIGN-DB-DRIVER")).isEmpty();
    assertThat(of(result, "BOM-PROTOCOL-DB-DRIVER")).hasSize(1);
    assertThat(of(result, "BOM-DOMESTIC-DB-DRIVER-MISSING"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    assertThat(of(result, "CONFIG-FOREIGN-DB-URL"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));

    // The server supplies a DM driver: the configuration's jdbc:dm:// URL shows the database.
    Path dm =
        new FatJar("dm-app")
            .file(
                "BOOT-INF/classes/application.yml",
                "spring:\n  datasource:\n    url: jdbc:dm://dm8.internal:5236/APP\n")
            .write(dir);
    ScanResult dmResult = PackScans.run(PackScans.context(dm, dir), "xinchuang-strict");
    assertThat(of(dmResult, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();
    assertThat(of(dmResult, "CONFIG-FOREIGN-DB-URL")).isEmpty();
  }

  /**
   * GoldenDB's driver is a vendor download (not on Maven Central): its jar carries no
   * pom.properties and is known by the driver class it registers, a catalog fact not yet verified.
   * The domestic identification stands, with a note asking for the vendor's evidence; the DM
   * driver, identified by verified coordinates, gets none.
   */
  @Test
  void aDomesticDriverKnownByAnUnverifiedFactIsReportedForEvidence() throws Exception {
    Path golden = dir.resolve("goldendb-jdbc-1.0.jar");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(golden))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/services/java.sql.Driver"));
      zip.write("com.goldendb.jdbc.Driver\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("com/goldendb/jdbc/Driver.class"));
      zip.write(PackScans.classFile("com/goldendb/jdbc/Driver", null));
    }
    Path app = withDrivers("golden-app", "DmJdbcDriver18-").lib(golden).write(dir);
    ScanResult result = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");

    assertThat(of(result, "BOM-DOMESTIC-UNCONFIRMED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.properties()).containsEntry("catalogEntry", "goldendb");
              assertThat(f.location().file())
                  .isEqualTo("golden-app.jar!/BOOT-INF/lib/goldendb-jdbc-1.0.jar");
              assertThat(f.message().en()).contains("com.goldendb.jdbc.Driver");
            });
    // Domestic either way: no foreign-driver finding, and no missing domestic driver.
    assertThat(of(result, "BOM-FOREIGN-DB-DRIVER")).isEmpty();
    assertThat(of(result, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();
    // The default profile does not ask for evidence of domestic identification.
    assertThat(
            of(
                PackScans.run(PackScans.context(app, dir), "gov-cloud-baseline"),
                "BOM-DOMESTIC-UNCONFIRMED"))
        .isEmpty();
  }
}
