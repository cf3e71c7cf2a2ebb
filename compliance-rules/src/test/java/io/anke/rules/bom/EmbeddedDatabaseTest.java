package io.anke.rules.bom;

import static io.anke.rules.packs.PackScans.classpathJar;
import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.PackScans.FatJar;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded databases (H2, HSQLDB, Derby, SQLite) are databases an application runs on: they are
 * judged, and the "no domestic database driver" finding says exactly which drivers it found. The
 * inputs are the SBOM of spring-petclinic (whose default database is H2), the real H2 jar nested in
 * a Spring Boot fat jar, and a Spring {@code application.properties} with {@code jdbc:h2:mem:}.
 */
class EmbeddedDatabaseTest {
  @TempDir Path dir;

  private Path resource(String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private ScanResult scanSbom(Path sbom) {
    return PackScans.runDocument(sbom, dir, "xinchuang-strict");
  }

  private Path sbomOf(String file, String... coordinates) throws Exception {
    StringBuilder components = new StringBuilder();
    for (String gav : coordinates) {
      String[] p = gav.split(":");
      String purl = "pkg:maven/" + p[0] + "/" + p[1] + "@" + p[2];
      components
          .append(components.length() == 0 ? "" : ",")
          .append("{\"type\":\"library\",\"group\":\"")
          .append(p[0])
          .append("\",\"name\":\"")
          .append(p[1])
          .append("\",\"version\":\"")
          .append(p[2])
          .append("\",\"purl\":\"")
          .append(purl)
          .append("\",\"bom-ref\":\"")
          .append(purl)
          .append("\"}");
    }
    Path sbom = dir.resolve(file);
    Files.writeString(
        sbom,
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,"
            + "\"metadata\":{\"component\":{\"type\":\"application\",\"group\":\"gov.example\","
            + "\"name\":\"permit-service\",\"version\":\"2.3.0\",\"bom-ref\":\"app\"}},"
            + "\"components\":["
            + components
            + "]}");
    return sbom;
  }

  @Test
  void petclinicShipsH2AndTheMissingDriverFindingSaysSo() throws Exception {
    ScanResult r = scanSbom(resource("spring-petclinic.cdx.json"));

    Finding h2 = of(r, "BOM-EMBEDDED-DATABASE").stream().findFirst().orElseThrow();
    assertThat(of(r, "BOM-EMBEDDED-DATABASE")).hasSize(1);
    assertThat(h2.subject().id()).isEqualTo("pkg:maven/com.h2database/h2@2.4.240?type=jar");
    assertThat(h2.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(h2.properties()).containsEntry("catalogEntry", "h2");
    assertThat(h2.message().en())
        .contains("com.h2database:h2:2.4.240", "H2", "embedded")
        .contains("(pulled in by org.springframework.samples:spring-petclinic:4.0.0-SNAPSHOT)");
    assertThat(h2.message().zh()).contains("com.h2database:h2:2.4.240", "嵌入式数据库");

    // mysql and postgresql are still protocol drivers; H2 is not one of them.
    assertThat(of(r, "BOM-PROTOCOL-DB-DRIVER"))
        .extracting(f -> f.properties().get("catalogEntry"))
        .containsExactlyInAnyOrder("mysql-connector", "postgresql-mariadb-drivers");
    assertThat(of(r, "BOM-FOREIGN-DB-DRIVER")).isEmpty();

    Finding missing = of(r, "BOM-DOMESTIC-DB-DRIVER-MISSING").stream().findFirst().orElseThrow();
    assertThat(missing.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(missing.message().en())
        .doesNotContain("only")
        .contains("embedded database engines (com.h2database:h2:2.4.240)")
        .contains("com.mysql:mysql-connector-j:9.6.0", "org.postgresql:postgresql:42.7.10");
    assertThat(missing.message().zh()).doesNotContain("仅").contains("com.h2database:h2:2.4.240");
    assertThat(missing.properties())
        .containsEntry("embeddedDatabases", "com.h2database:h2:2.4.240")
        .containsEntry(
            "protocolDrivers",
            "com.mysql:mysql-connector-j:9.6.0, org.postgresql:postgresql:42.7.10");
  }

  @Test
  void everyEmbeddedEngineIsACatalogEntryWithAStanding() throws Exception {
    List<String> engines =
        List.of(
            "com.h2database:h2:2.3.232 h2",
            "org.hsqldb:hsqldb:2.7.4 hsqldb",
            "hsqldb:hsqldb:1.8.0.10 hsqldb",
            "org.apache.derby:derby:10.17.1.0 derby",
            "org.apache.derby:derbyclient:10.17.1.0 derby",
            "org.xerial:sqlite-jdbc:3.50.3.0 sqlite");
    for (String e : engines) {
      String gav = e.split(" ")[0];
      ScanResult r = scanSbom(sbomOf("only-" + e.split(" ")[1] + ".cdx.json", gav));
      assertThat(of(r, "BOM-EMBEDDED-DATABASE"))
          .as(gav)
          .singleElement()
          .satisfies(
              f -> assertThat(f.properties()).containsEntry("catalogEntry", e.split(" ")[1]));
      // The application does use a database: the missing-driver finding names it and is not the
      // informational "no database driver" one.
      assertThat(of(r, "BOM-DOMESTIC-DB-DRIVER-MISSING"))
          .as(gav)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.message().en()).contains(gav);
              });
    }
  }

  @Test
  void aDomesticDriverBesideH2SatisfiesTheDriverCheckButH2IsStillReported() throws Exception {
    ScanResult r =
        scanSbom(
            sbomOf(
                "dm-and-h2.cdx.json",
                "com.dameng:DmJdbcDriver18:8.1.3.140",
                "com.h2database:h2:2.3.232"));
    assertThat(of(r, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();
    assertThat(of(r, "BOM-EMBEDDED-DATABASE")).hasSize(1);
  }

  @Test
  void realH2JarInAFatJarAndAnH2UrlInTheConfiguration() throws Exception {
    Path app =
        new FatJar("petclinic")
            .lib(classpathJar("h2-"))
            .file(
                "BOOT-INF/classes/application.properties",
                "database=h2\nspring.datasource.url=jdbc:h2:mem:petclinic\n")
            .write(dir);
    ScanResult r = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");

    Finding h2 = of(r, "BOM-EMBEDDED-DATABASE").stream().findFirst().orElseThrow();
    assertThat(of(r, "BOM-EMBEDDED-DATABASE")).hasSize(1);
    assertThat(h2.location().file()).isEqualTo("petclinic.jar!/BOOT-INF/lib/h2-2.3.232.jar");
    // H2's jar has no pom.properties: it is recognised by the driver class it registers.
    assertThat(h2.properties().get("evidence")).contains("org.h2.Driver");

    Finding url = of(r, "CONFIG-FOREIGN-DB-URL").stream().findFirst().orElseThrow();
    assertThat(of(r, "CONFIG-FOREIGN-DB-URL")).hasSize(1);
    assertThat(url.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(url.location().line()).isEqualTo(2);
    assertThat(url.properties()).containsEntry("catalogEntry", "h2");
    assertThat(url.message().en()).contains("spring.datasource.url", "jdbc:h2:", "embedded");

    assertThat(of(r, "BOM-DOMESTIC-DB-DRIVER-MISSING"))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("embedded", "2.3.232"));
  }

  @Test
  void aJdbcUrlThatIsAPlaceholdersDefaultIsJudged() throws Exception {
    // spring-petclinic's application-mysql.properties, as its repository has it.
    Path app =
        new FatJar("petclinic-mysql")
            .lib(classpathJar("h2-"))
            .file(
                "BOOT-INF/classes/application-mysql.properties",
                "# database init, supports mysql too\n"
                    + "database=mysql\n"
                    + "spring.datasource.url=${MYSQL_URL:jdbc:mysql://localhost/petclinic}\n"
                    + "spring.datasource.username=${MYSQL_USER:petclinic}\n")
            .write(dir);
    ScanResult r = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");
    assertThat(of(r, "CONFIG-FOREIGN-DB-URL"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().line()).isEqualTo(3);
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.properties()).containsEntry("catalogEntry", "mysql-connector");
            });
  }

  @Test
  void aDriverTheCatalogDoesNotKnowIsNeverCalledNoDriver() throws Exception {
    // A real-shaped ClickHouse JDBC jar: coordinates and the driver it registers.
    Path lib = dir.resolve("clickhouse-jdbc-0.9.0.jar");
    try (OutputStream os = Files.newOutputStream(lib);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(
          new ZipEntry("META-INF/maven/com.clickhouse/clickhouse-jdbc/pom.properties"));
      zip.write(
          "groupId=com.clickhouse\nartifactId=clickhouse-jdbc\nversion=0.9.0\n"
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/services/java.sql.Driver"));
      zip.write("com.clickhouse.jdbc.ClickHouseDriver\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path app = new FatJar("analytics").lib(lib).write(dir);
    ScanResult r = PackScans.run(PackScans.context(app, dir), "xinchuang-strict");
    assertThat(of(r, "BOM-DOMESTIC-DB-DRIVER-MISSING"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message().en())
                  .doesNotContain("No database driver among")
                  .contains("com.clickhouse.jdbc.ClickHouseDriver");
              assertThat(f.properties())
                  .containsEntry("unidentifiedDrivers", "com.clickhouse:clickhouse-jdbc:0.9.0");
            });
  }
}
