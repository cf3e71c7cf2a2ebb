package io.anke.scan.bom;

import static io.anke.rules.packs.PackScans.classpathJar;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.catalog.CatalogMatch;
import io.anke.rules.catalog.BundledCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real jars from Maven Central that carry no {@code pom.properties}, read by the archive reader and
 * identified by the bundled catalog through their manifest, their packages or the JDBC driver they
 * register. Where the file name names an artifact the entry lists and the manifest agrees on the
 * version, the jar gets its Maven coordinates, as the same library has in an SBOM; where the
 * manifest states another version (KingbaseES), it is identified without them.
 */
class JarsWithoutPomPropertiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bcprov-jdk18on-  | bouncycastle               | manifest    | org.bouncycastle:bcprov-jdk18on",
        "bcpkix-jdk18on-  | bouncycastle               | manifest    | org.bouncycastle:bcpkix-jdk18on",
        "bcutil-jdk18on-  | bouncycastle               | manifest    | org.bouncycastle:bcutil-jdk18on",
        "hutool-all-      | hutool-crypto              | manifest    | cn.hutool:hutool-all",
        "kona-crypto-     | kona-sm-suite              | classPrefix | com.tencent.kona:kona-crypto",
        "ojdbc11-         | oracle-jdbc                | driverClass | com.oracle.database.jdbc:ojdbc11",
        "mysql-connector-j- | mysql-connector          | driverClass | com.mysql:mysql-connector-j",
        "postgresql-      | postgresql-mariadb-drivers | driverClass | org.postgresql:postgresql",
        // DM's manifest states no plausible version ("- 8.1.3.140 - Production"): the file name
        // decides
        "DmJdbcDriver18-  | dameng                     | driverClass | com.dameng:DmJdbcDriver18",
        "kingbase8-       | kingbase                   | driverClass |",
        "spring-security-crypto- | spring-security-crypto | manifest | org.springframework.security:spring-security-crypto",
        "tomcat-embed-core- | embedded-servlet-containers | manifest | org.apache.tomcat.embed:tomcat-embed-core",
      })
  void identifiedByTheBundledCatalog(String prefix, String entry, String fact, String coordinates)
      throws IOException {
    Path jar = classpathJar(prefix);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(zip.stream().map(e -> e.getName()))
          .as("%s carries no pom.properties", jar.getFileName())
          .noneMatch(n -> n.endsWith("/pom.properties"));
    }
    String name = jar.getFileName().toString();
    Component read = BomReaders.read(jar, name).components().get(0);
    assertThat(read.purl()).isNull();
    assertThat(read.property(ArchiveFacts.FILE_NAME)).isEqualTo(name);

    Component c = BomEnricher.enrich(read, BundledCatalog.get().matcher());
    assertThat(c.property(CatalogMatch.ENTRY)).isEqualTo(entry);
    assertThat(c.property(CatalogMatch.EVIDENCE)).startsWith(fact + " ");
    if (coordinates == null) {
      assertThat(c.purl()).isNull();
      assertThat(c.property(ArchiveFacts.IDENTITY)).isEqualTo("manifest");
    } else {
      String version = jar.getParent().getFileName().toString();
      String[] ga = coordinates.split(":");
      assertThat(c.purl()).isEqualTo("pkg:maven/" + ga[0] + "/" + ga[1] + "@" + version);
      assertThat(c.property(ArchiveFacts.IDENTITY)).isEqualTo("catalog");
    }
  }

  /**
   * Libraries built by Gradle, which writes no {@code pom.properties}: jars shaped as Maven Central
   * serves them (file name, the manifest attributes they carry, the packages of their classes),
   * identified as their SBOM's purl is.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "java-jwt-4.6.2.jar | auth0-java-jwt | classPrefix | pkg:maven/com.auth0/java-jwt@4.6.2"
            + " | | com/auth0/jwt/JWT.class com/auth0/jwt/algorithms/Algorithm.class",
        "mongodb-driver-sync-5.14.0.jar | mongodb | manifest"
            + " | pkg:maven/org.mongodb/mongodb-driver-sync@5.14.0"
            + " | Automatic-Module-Name=org.mongodb.driver.sync.client Bundle-Name=mongodb-driver-sync"
            + " Bundle-SymbolicName=org.mongodb.driver-sync Bundle-Version=5.14.0"
            + " | com/mongodb/client/MongoClients.class com/mongodb/client/internal/MongoClientImpl.class",
      })
  void gradleBuiltLibrariesAreIdentifiedLikeTheirSbom(
      String file, String entry, String fact, String purl, String manifest, String classes)
      throws IOException {
    java.util.jar.Manifest mf = new java.util.jar.Manifest();
    mf.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    if (manifest != null) {
      for (String kv : manifest.split(" ")) {
        String[] p = kv.split("=", 2);
        mf.getMainAttributes().putValue(p[0], p[1]);
      }
    }
    Path jar = dir.resolve(file);
    try (java.util.jar.JarOutputStream out =
        new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), mf)) {
      for (String c : classes.split(" ")) {
        out.putNextEntry(new java.util.zip.ZipEntry(c));
        out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
        out.closeEntry();
      }
    }
    Component read = BomReaders.read(jar, file).components().get(0);
    assertThat(read.purl()).isNull();
    Component c = BomEnricher.enrich(read, BundledCatalog.get().matcher());
    assertThat(c.property(CatalogMatch.ENTRY)).isEqualTo(entry);
    if (fact != null) {
      assertThat(c.property(CatalogMatch.EVIDENCE)).startsWith(fact + " ");
    }
    assertThat(c.purl()).isEqualTo(purl);
  }

  /**
   * The driver's core jar is a transitive part of the driver, which the entry does not list by
   * coordinates either: the jar gets no verdict of its own, as in the SBOM, where only the driver
   * the application depends on is identified.
   */
  @org.junit.jupiter.api.Test
  void theMongoDbCoreJarIsNotASecondDriver() throws IOException {
    gradleBuiltLibrariesAreIdentifiedLikeTheirSbom(
        "mongodb-driver-core-5.14.0.jar",
        null,
        null,
        null,
        "Automatic-Module-Name=org.mongodb.driver.core Bundle-Name=mongodb-driver-core"
            + " Bundle-SymbolicName=org.mongodb.driver-core Bundle-Version=5.14.0",
        "com/mongodb/ConnectionString.class com/mongodb/internal/connection/Connection.class");
  }

  @org.junit.jupiter.api.io.TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bcprov-jdk18on- | org.bouncycastle | Bundle-SymbolicName | bcprov",
        "hutool-all-     | cn.hutool        | Automatic-Module-Name | cn.hutool",
        "ojdbc11-        | oracle           | Automatic-Module-Name | com.oracle.database.jdbc",
        "DmJdbcDriver18- | dm.jdbc          | Implementation-Vendor | DAMENG",
      })
  void theFactsOfTheArchiveAreKept(String prefix, String pkg, String attribute, String value) {
    Path jar = classpathJar(prefix);
    Component c = BomReaders.read(jar, jar.getFileName().toString()).components().get(0);
    assertThat(c.property(ArchiveFacts.PACKAGE)).isEqualTo(pkg);
    assertThat(c.property(ArchiveFacts.MANIFEST + attribute)).isEqualTo(value);
    assertThat(c.hashes()).containsKey("SHA-256");
  }
}
