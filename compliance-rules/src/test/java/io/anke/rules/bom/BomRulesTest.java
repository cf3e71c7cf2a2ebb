package io.anke.rules.bom;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import io.anke.scan.bom.BomReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BOM- middleware, crypto-library and catalog rules on CycloneDX documents. */
class BomRulesTest {
  @TempDir Path dir;

  private static String component(String group, String name, String version) {
    String purl =
        group == null ? "" : ",\"purl\":\"pkg:maven/" + group + "/" + name + "@" + version + "\"";
    return "{\"type\":\"library\","
        + (group == null ? "" : "\"group\":\"" + group + "\",")
        + "\"name\":\""
        + name
        + "\",\"version\":\""
        + version
        + "\",\"bom-ref\":\""
        + (group == null ? "" : group + ":")
        + name
        + "\""
        + purl
        + "}";
  }

  private Path cyclonedx(String file, String... components) throws Exception {
    List<String> list = new ArrayList<>(List.of(components));
    String json =
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,"
            + "\"metadata\":{\"component\":{\"type\":\"application\",\"group\":\"com.example\","
            + "\"name\":\"demo\",\"version\":\"1.0\",\"bom-ref\":\"demo\"}},"
            + "\"components\":["
            + list.stream().collect(Collectors.joining(","))
            + "]}";
    Path p = dir.resolve(file);
    Files.writeString(p, json);
    return p;
  }

  private ScanResult scan(Path sbom, String profile) {
    return scan(profile, sbom);
  }

  /** One scan of several documents (the SBOMs of one delivery). */
  private ScanResult scan(String profile, Path... sboms) {
    ScanContext.Builder context =
        ScanContext.builder().workingDirectory(dir).catalog(BundledCatalog.get());
    for (Path sbom : sboms) {
      context.bom(BomReaders.read(sbom, sbom.getFileName().toString()));
    }
    return PackScans.run(context.build(), profile);
  }

  private static List<String> subjects(List<Finding> findings) {
    return findings.stream().map(f -> f.subject().id() + " " + f.severity()).toList();
  }

  @Test
  void middlewareIsJudgedByWhatItIsNotByItsNamespace() throws Exception {
    Path sbom =
        cyclonedx(
            "app.cdx.json",
            component("com.oracle.weblogic", "weblogic-server-pom", "14.1.1"),
            component("org.wildfly", "wildfly-ee", "30.0.0.Final"),
            component("org.jboss.logging", "jboss-logging", "3.6.1.Final"),
            component("org.jboss.xnio", "xnio-api", "3.8.16.Final"),
            component("com.ibm.mq", "com.ibm.mq.allclient", "9.4.5.0"),
            component("org.apache.tomcat.embed", "tomcat-embed-core", "11.0.27"));
    ScanResult r = scan(sbom, "xinchuang-strict");
    assertThat(subjects(of(r, "BOM-FOREIGN-MIDDLEWARE")))
        .containsExactlyInAnyOrder(
            "pkg:maven/com.oracle.weblogic/weblogic-server-pom@14.1.1 HIGH",
            "pkg:maven/org.wildfly/wildfly-ee@30.0.0.Final MEDIUM",
            "pkg:maven/com.ibm.mq/com.ibm.mq.allclient@9.4.5.0 HIGH");
    Finding mq =
        of(r, "BOM-FOREIGN-MIDDLEWARE").stream()
            .filter(f -> f.subject().id().contains("ibm.mq"))
            .findFirst()
            .orElseThrow();
    assertThat(mq.properties().get("note")).contains("TongLINK/Q");
    assertThat(mq.remediation().en()).contains("com.tongweb");
    assertThat(subjects(of(r, "BOM-EMBEDDED-WEB-CONTAINER")))
        .containsExactly("pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@11.0.27 LOW");
  }

  @Test
  void theDocumentsOfOneDeliveryAreAskedForAnSmProviderOnceTogether() throws Exception {
    Path frontend =
        cyclonedx("frontend.cdx.json", component("org.apache.commons", "commons-lang3", "3.17.0"));
    Path backend =
        cyclonedx(
            "backend.cdx.json", component("com.fasterxml.jackson.core", "jackson-core", "2.18.2"));
    Path crypto =
        cyclonedx("crypto.cdx.json", component("org.bouncycastle", "bcprov-jdk18on", "1.87"));
    ScanResult none = scan("crypto-l3", frontend, backend);
    assertThat(subjects(of(none, "BOM-NO-SM-CRYPTO-PROVIDER")))
        .containsExactly("frontend.cdx.json LOW");
    // one library and the described application (metadata.component) in each document
    assertThat(of(none, "BOM-NO-SM-CRYPTO-PROVIDER").get(0).message().en())
        .isEqualTo("None of the 4 components provides SM2/SM3/SM4");

    // One document of the delivery brings Bouncy Castle: the application has a provider.
    ScanResult withProvider = scan("crypto-l3", frontend, crypto);
    assertThat(of(withProvider, "BOM-NO-SM-CRYPTO-PROVIDER")).isEmpty();
  }

  @Test
  void cryptoLibrariesUnderTheCryptoProfiles() throws Exception {
    Path withoutSm =
        cyclonedx(
            "nosm.cdx.json",
            component("com.google.crypto.tink", "tink", "1.15.0"),
            component("io.jsonwebtoken", "jjwt-api", "0.12.6"),
            component("org.apache.commons", "commons-lang3", "3.17.0"));
    ScanResult r = scan(withoutSm, "crypto-l3");
    assertThat(subjects(of(r, "BOM-CRYPTO-LIB-NO-SM")))
        .containsExactlyInAnyOrder(
            "pkg:maven/com.google.crypto.tink/tink@1.15.0 MEDIUM",
            "pkg:maven/io.jsonwebtoken/jjwt-api@0.12.6 LOW");
    assertThat(subjects(of(r, "BOM-NO-SM-CRYPTO-PROVIDER"))).containsExactly("nosm.cdx.json LOW");
    assertThat(of(r, "BOM-CRYPTO-LIB-UNCERTIFIED")).isEmpty();

    Path withSm =
        cyclonedx(
            "sm.cdx.json",
            component("org.bouncycastle", "bcprov-jdk18on", "1.87"),
            component("io.anke", "anke-crypto", "0.1.0"));
    ScanResult sm = scan(withSm, "crypto-l3");
    assertThat(of(sm, "BOM-NO-SM-CRYPTO-PROVIDER")).isEmpty();
    assertThat(of(sm, "BOM-CRYPTO-LIB-NO-SM")).isEmpty();
    assertThat(subjects(of(sm, "BOM-CRYPTO-LIB-UNCERTIFIED")))
        .containsExactlyInAnyOrder(
            "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.87 LOW",
            "pkg:maven/io.anke/anke-crypto@0.1.0 LOW");
    // Level 2 does not ask for certified modules.
    assertThat(of(scan(withSm, "crypto-l2"), "BOM-CRYPTO-LIB-UNCERTIFIED")).isEmpty();
  }

  /**
   * A package of a foreign operating system, as a container image's SBOM lists it, is on the watch
   * list; no more specific rule judges it.
   */
  @Test
  void watchListReportsAForeignDistributionsPackage() throws Exception {
    Path sbom =
        cyclonedx(
            "image.cdx.json",
            "{\"type\":\"library\",\"name\":\"openssl\",\"version\":\"3.0.15-1~deb12u1\","
                + "\"bom-ref\":\"deb-openssl\","
                + "\"purl\":\"pkg:deb/debian/openssl@3.0.15-1~deb12u1?arch=amd64\"}",
            component("com.example", "internal-util", "1.0"));
    assertThat(of(scan(sbom, "xinchuang-strict"), "BOM-WATCH-LIST"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).contains("pkg:deb/debian/openssl");
              assertThat(f.properties()).containsEntry("category", "os");
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            });
  }

  @Test
  void watchListUnconfirmedAndAnonymousComponents() throws Exception {
    Path sbom =
        cyclonedx(
            "misc.cdx.json",
            component("org.bouncycastle", "bcpkix-jdk18on", "1.87"),
            component(null, "vendor-blob", "2.0"),
            component("com.example", "internal-util", "1.0"));
    ScanResult r = scan(sbom, "xinchuang-strict");
    // Bouncy Castle is a crypto library: judged by the crypto rules, not as a generic watch-list
    // item
    assertThat(of(r, "BOM-WATCH-LIST")).isEmpty();
    assertThat(of(r, "BOM-NO-IDENTITY"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("vendor-blob:2.0");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
  }
}
