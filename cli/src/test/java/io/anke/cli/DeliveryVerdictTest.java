package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import oracle.jdbc.OracleDriver;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * One delivery, one verdict: a Spring Boot application built by Spring Boot's repackager with the
 * real Bouncy Castle provider, Oracle JDBC driver and Spring Security Crypto from Maven Central in
 * {@code BOOT-INF/lib} — jars without {@code pom.properties} — gets the same component findings
 * (rule and subject) whether {@code anke scan} reads the jar or the CycloneDX SBOM of the build.
 */
@ExtendWith(EnglishLocale.class)
class DeliveryVerdictTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path app;
  static Path sbom;
  static String bcprovPurl;

  @BeforeAll
  static void build() throws Exception {
    Path bcprov = SpringBootJars.jarOf(BouncyCastleProvider.class);
    Path ojdbc = SpringBootJars.jarOf(OracleDriver.class);
    Path securityCrypto = SpringBootJars.jarOf(BCryptPasswordEncoder.class);
    bcprovPurl = "pkg:maven/org.bouncycastle/bcprov-jdk18on@" + version(bcprov);
    app =
        SpringBootJars.build(
            dir, "permit-service.jar", false, List.of(bcprov, ojdbc, securityCrypto));
    sbom = dir.resolve("permit-service.cdx.json");
    Files.writeString(sbom, cycloneDx(bcprov, ojdbc, securityCrypto), StandardCharsets.UTF_8);
  }

  /**
   * The SBOM cyclonedx-maven-plugin writes for this build (CycloneDX 1.6: the application as the
   * metadata component, each library with group, name, version, purl and SHA-256, the graph).
   */
  private static String cycloneDx(Path bcprov, Path ojdbc, Path securityCrypto) throws Exception {
    StringBuilder components = new StringBuilder();
    StringBuilder refs = new StringBuilder();
    for (Object[] lib :
        new Object[][] {
          {"org.bouncycastle", "bcprov-jdk18on", bcprov},
          {"com.oracle.database.jdbc", "ojdbc11", ojdbc},
          {"org.springframework.security", "spring-security-crypto", securityCrypto}
        }) {
      Path jar = (Path) lib[2];
      String version = version(jar);
      assertThat(jar.getFileName().toString()).isEqualTo(lib[1] + "-" + version + ".jar");
      String purl = "pkg:maven/" + lib[0] + "/" + lib[1] + "@" + version + "?type=jar";
      if (components.length() > 0) {
        components.append(",\n");
        refs.append(", ");
      }
      components.append(
          """
              { "type": "library", "bom-ref": "%s", "group": "%s", "name": "%s",
                "version": "%s", "scope": "required", "purl": "%s",
                "hashes": [ { "alg": "SHA-256", "content": "%s" } ] }"""
              .formatted(purl, lib[0], lib[1], version, purl, sha256(jar)));
      refs.append('"').append(purl).append('"');
    }
    String root = "pkg:maven/gov.example/permit-service@2.3.0?type=jar";
    return """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "version": 1,
          "metadata": {
            "component": { "type": "application", "bom-ref": "%s", "group": "gov.example",
                           "name": "permit-service", "version": "2.3.0", "purl": "%s" }
          },
          "components": [
        %s
          ],
          "dependencies": [
            { "ref": "%s", "dependsOn": [ %s ] }
          ]
        }
        """
        .formatted(root, root, components, root, refs);
  }

  /** The version of a jar in a Maven repository, from its folder. */
  private static String version(Path jar) {
    return jar.getParent().getFileName().toString();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /**
   * The component findings of a report: rule, subject kind and identity (a purl without its
   * qualifiers, which say how the file was packaged, not what it is); a finding on the document as
   * a whole is keyed by its rule alone, since the two documents have different names.
   */
  private static TreeSet<String> verdict(Run r) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode f : JSON.readTree(r.out()).path("findings")) {
      String rule = f.path("ruleId").asText();
      if (!rule.startsWith("BOM-")) {
        continue; // bytecode and configuration findings need the classes, which an SBOM lacks
      }
      String kind = f.path("subject").path("kind").asText();
      String id = f.path("subject").path("id").asText();
      int q = id.indexOf('?');
      out.add(
          rule
              + " "
              + kind
              + " "
              + (kind.equals("file") ? "(document)" : q < 0 ? id : id.substring(0, q)));
    }
    return out;
  }

  /** The jar's verdict under each profile, scanned once for all tests. */
  private static final Map<String, TreeSet<String>> JAR = new HashMap<>();

  private static TreeSet<String> jarVerdict(String profile) throws Exception {
    TreeSet<String> v = JAR.get(profile);
    if (v == null) {
      v = verdict(scan(profile, app.toString()));
      JAR.put(profile, v);
    }
    return v;
  }

  private static Run scan(String profile, String... input) {
    List<String> args = new ArrayList<>(List.of("scan"));
    args.addAll(List.of(input));
    args.addAll(List.of("--profile", profile, "--format", "json", "--app-only"));
    return MainTest.run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"crypto-l3", "xinchuang-strict", "gov-cloud-baseline"})
  void theJarAndItsSbomGetTheSameComponentFindings(String profile) throws Exception {
    TreeSet<String> fromJar = jarVerdict(profile);
    TreeSet<String> fromSbom = verdict(scan(profile, "--sbom", sbom.toString()));
    assertThat(fromJar).isEqualTo(fromSbom);
  }

  @Test
  void bouncyCastleIsTheSmCapableProviderAndOracleTheForeignDriver() throws Exception {
    TreeSet<String> l3 = jarVerdict("crypto-l3");
    assertThat(l3)
        .contains("BOM-CRYPTO-LIB-UNCERTIFIED component " + bcprovPurl)
        .anyMatch(
            f ->
                f.startsWith(
                    "BOM-CRYPTO-LIB-NO-SM component"
                        + " pkg:maven/org.springframework.security/spring-security-crypto@"))
        .noneMatch(f -> f.startsWith("BOM-NO-SM-CRYPTO-PROVIDER"));
    TreeSet<String> strict = jarVerdict("xinchuang-strict");
    assertThat(strict)
        .anyMatch(
            f ->
                f.startsWith(
                    "BOM-FOREIGN-DB-DRIVER component pkg:maven/com.oracle.database.jdbc/ojdbc11@"))
        .noneMatch(f -> f.startsWith("BOM-NO-IDENTITY"));
  }

  @Test
  void theBouncyCastleJarAloneIsRecognised() throws Exception {
    Path bcprov = SpringBootJars.jarOf(BouncyCastleProvider.class);
    Path copy = Files.copy(bcprov, dir.resolve(bcprov.getFileName()));
    Run r = scan("crypto-l3", copy.toString());
    assertThat(verdict(r)).containsExactly("BOM-CRYPTO-LIB-UNCERTIFIED component " + bcprovPurl);
  }
}
