package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code anke scan} end to end, in process: real documents in, report files and exit codes out. */
@ExtendWith(EnglishLocale.class)
class ScanCommandTest {
  static final String SBOM =
      """
      {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "version": 1,
        "metadata": {
          "component": { "bom-ref": "app", "type": "application", "group": "gov.example",
                         "name": "permit-service", "version": "2.3.0" }
        },
        "components": [
          { "bom-ref": "ojdbc", "type": "library", "group": "com.oracle.database.jdbc",
            "name": "ojdbc11", "version": "23.5.0.24.07",
            "purl": "pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0.24.07" },
          { "bom-ref": "dm", "type": "library", "group": "com.dameng", "name": "DmJdbcDriver18",
            "version": "8.1.3.140", "purl": "pkg:maven/com.dameng/DmJdbcDriver18@8.1.3.140" }
        ],
        "dependencies": [ { "ref": "app", "dependsOn": [ "ojdbc", "dm" ] } ]
      }
      """;

  static final String INVENTORY =
      """
      类别,厂商,型号,数量,序列号,位置,固件
      服务器,华为,TaiShan 200 2280,12,,机房A-01,iBMC 3.03
      服务器,戴尔,PowerEdge R740,3,,机房C-01,BIOS 2.21.2
      """;

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void sbomInventoryAndHostToSarifHtmlAndCycloneDx(@TempDir Path dir) throws Exception {
    Path sbom = write(dir, "app.cdx.json", SBOM);
    Path hw = write(dir, "hw.csv", INVENTORY);
    Path out = dir.resolve("out");
    Run r =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--inventory",
            hw.toString(),
            "--host",
            "--format",
            "sarif",
            "--format",
            "html",
            "--format",
            "cyclonedx,json",
            "--output",
            out.toString(),
            "--fail-on",
            "never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Findings: ")
        .contains("fail-on never: passed")
        .contains("anke-report.sarif")
        .contains("anke-report.html");
    assertThat(out.resolve("anke-report.sarif")).exists();
    assertThat(out.resolve("anke-report.html")).exists();
    assertThat(out.resolve("anke-report.json")).exists();

    JsonNode sarif = new ObjectMapper().readTree(out.resolve("anke-report.sarif").toFile());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    for (JsonNode result : sarif.path("runs").get(0).path("results")) {
      assertThat(
              result
                  .path("locations")
                  .get(0)
                  .path("physicalLocation")
                  .path("artifactLocation")
                  .path("uri")
                  .asText())
          .isNotEmpty();
    }

    byte[] cdx = Files.readAllBytes(out.resolve("anke-report.cdx.json"));
    assertThat(new JsonParser().validate(cdx, Version.VERSION_16)).isEmpty();
    String cdxText = new String(cdx, StandardCharsets.UTF_8);
    assertThat(cdxText)
        .contains("Dameng Database")
        .contains("\"country\" : \"CN\"")
        .contains("TaiShan 200 2280")
        .contains("Oracle Corporation");

    JsonNode json = new ObjectMapper().readTree(out.resolve("anke-report.json").toFile());
    assertThat(json.path("findings").isArray()).isTrue();
    assertThat(json.path("summary").isObject()).isTrue();
  }

  @Test
  void defaultThresholdFailsOnAForeignDatabaseDriverAndSaysWhy(@TempDir Path dir)
      throws IOException {
    Path sbom = write(dir, "app.cdx.json", SBOM);
    Run r = MainTest.run("scan", "--sbom", sbom.toString(), "--profile", "xinchuang-strict");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ojdbc11");
    assertThat(r.err()).contains("findings at or above the fail-on threshold");
  }

  @Test
  void baselineRecordsTodayAndLaterRunsFailOnlyOnNewFindings(@TempDir Path dir) throws IOException {
    Path sbom = write(dir, "app.cdx.json", SBOM);
    Path baseline = dir.resolve("anke-baseline.json");
    Run first =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--profile",
            "xinchuang-strict",
            "--baseline",
            baseline.toString());
    assertThat(first.exit()).as(first.out()).isZero();
    assertThat(baseline).exists();
    Run again =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--profile",
            "xinchuang-strict",
            "--baseline",
            baseline.toString());
    assertThat(again.exit()).isZero();
    // a new foreign driver in the same document is not in the baseline: the run fails again
    write(
        dir,
        "app.cdx.json",
        SBOM.replace(
            "\"components\": [",
            "\"components\": [ { \"type\": \"library\", \"group\": \"com.ibm.db2\","
                + " \"name\": \"jcc\", \"version\": \"12.1.0.0\","
                + " \"purl\": \"pkg:maven/com.ibm.db2/jcc@12.1.0.0\" },"));
    Run grown =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--profile",
            "xinchuang-strict",
            "--baseline",
            baseline.toString());
    assertThat(grown.exit()).isEqualTo(1);
    assertThat(grown.out()).contains("jcc").contains("in baseline");
  }

  /**
   * A CycloneDX 1.6 CBOM (CycloneDX bom-examples, CBOM/Algorithm) declaring AES-128-GCM and
   * SHA512withRSA: under crypto-l3 each algorithm is a finding on its asset, with the canonical
   * algorithm in the JSON report, and the run fails.
   */
  @Test
  void cbomAssetsAreJudgedByTheCryptoRules(@TempDir Path dir) throws IOException {
    Path cbom = dir.resolve("cbom.json");
    try (var in = ScanCommandTest.class.getResourceAsStream("bom-examples-algorithm.cdx.json")) {
      Files.write(cbom, in.readAllBytes());
    }
    Path out = dir.resolve("out");
    Run r =
        MainTest.run(
            "scan",
            "--sbom",
            cbom.toString(),
            "--profile",
            "crypto-l3",
            "--format",
            "json,sarif,cyclonedx",
            "--output",
            out.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);

    JsonNode json = new ObjectMapper().readTree(out.resolve("anke-report.json").toFile());
    java.util.List<String> crypto = new java.util.ArrayList<>();
    for (JsonNode f : json.path("findings")) {
      if (f.path("ruleId").asText().startsWith("CRYPTO-")) {
        crypto.add(
            f.path("ruleId").asText()
                + " "
                + f.path("properties").path("algorithm").asText("-")
                + " "
                + f.path("subject").path("kind").asText()
                + ":"
                + f.path("subject").path("id").asText()
                + " "
                + f.path("location").path("file").asText()
                + ":"
                + f.path("location").path("line").asInt());
      }
    }
    assertThat(crypto)
        .contains(
            "CRYPTO-NON-NATIONAL-CIPHER AES crypto-asset:AES-128-GCM " + cbom(dir) + ":15",
            "CRYPTO-NON-NATIONAL-HASH SHA-512 crypto-asset:SHA512withRSA " + cbom(dir) + ":34",
            "CRYPTO-NON-NATIONAL-ASYMMETRIC RSA crypto-asset:SHA512withRSA " + cbom(dir) + ":34")
        .anyMatch(f -> f.startsWith("CRYPTO-NO-NATIONAL-ALGORITHM"));

    JsonNode sarif = new ObjectMapper().readTree(out.resolve("anke-report.sarif").toFile());
    assertThat(sarif.path("runs").get(0).path("results").toString())
        .contains("CRYPTO-NON-NATIONAL-CIPHER");
    // The assets stay cryptographic assets in the CycloneDX output, which stays valid 1.6.
    byte[] cdx = Files.readAllBytes(out.resolve("anke-report.cdx.json"));
    assertThat(new JsonParser().validate(cdx, Version.VERSION_16)).isEmpty();
    assertThat(new String(cdx, StandardCharsets.UTF_8))
        .contains("\"type\" : \"cryptographic-asset\"");
  }

  /** How the CLI names a file in the temporary directory (absolute: outside the working dir). */
  private static String cbom(Path dir) {
    return dir.resolve("cbom.json").toAbsolutePath().normalize().toString().replace('\\', '/');
  }

  @Test
  void jsonToStandardOutputWithoutOutputDir(@TempDir Path dir) throws IOException {
    Path sbom = write(dir, "app.cdx.json", SBOM);
    Run r =
        MainTest.run("scan", "--sbom", sbom.toString(), "--format", "json", "--fail-on", "never");
    assertThat(r.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.has("findings")).isTrue();
    assertThat(doc.has("summary")).isTrue();
  }

  @Test
  void scanningAnArchiveReadsItsComponents(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("app.jar");
    Files.write(
        jar,
        zip(
            entry(
                "META-INF/maven/gov.example/app/pom.properties",
                "groupId=gov.example\nartifactId=app\nversion=1.0\n"
                    .getBytes(StandardCharsets.UTF_8)),
            entry(
                "BOOT-INF/lib/ojdbc11-23.5.jar",
                zip(
                    entry(
                        "META-INF/maven/com.oracle.database.jdbc/ojdbc11/pom.properties",
                        ("groupId=com.oracle.database.jdbc\nartifactId=ojdbc11\nversion=23.5\n")
                            .getBytes(StandardCharsets.UTF_8))))));
    Run r = MainTest.run("scan", jar.toString(), "--format", "cyclonedx", "--fail-on", "never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"ojdbc11\"").contains("BOOT-INF/lib/ojdbc11-23.5.jar");
  }

  /** Compiles one class with the JDK's compiler and returns its class file. */
  static byte[] compile(Path dir, String className, String source) throws IOException {
    Path src = dir.resolve("src/" + className.replace('.', '/') + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("classes"));
    int rc =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-g", "-d", out.toString(), src.toString());
    assertThat(rc).as("javac " + src).isZero();
    return Files.readAllBytes(out.resolve(className.replace('.', '/') + ".class"));
  }

  static byte[] pomProperties(String group, String artifact, String version) {
    return ("groupId=" + group + "\nartifactId=" + artifact + "\nversion=" + version + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A Spring Boot fat jar: its own MD5 hasher and a bundled library that hashes with SHA-1. */
  static Path fatJar(Path dir, String name, String artifact) throws IOException {
    byte[] hasher =
        compile(
            dir.resolve("build-" + artifact),
            "gov.example." + artifact + ".Hasher",
            "package gov.example."
                + artifact
                + ";\npublic class Hasher {\n  public static byte[] hash(byte[] b) throws"
                + " Exception {\n    return"
                + " java.security.MessageDigest.getInstance(\"MD5\").digest(b);\n  }\n}\n");
    byte[] codec =
        compile(
            dir.resolve("build-codec-" + artifact),
            "org.example.codec.Digests",
            "package org.example.codec;\npublic class Digests {\n  public static byte[] sha1(byte[]"
                + " b) throws Exception {\n    return"
                + " java.security.MessageDigest.getInstance(\"SHA-1\").digest(b);\n  }\n}\n");
    Path jar = dir.resolve(name);
    Files.write(
        jar,
        zip(
            entry(
                "META-INF/maven/gov.example/" + artifact + "/pom.properties",
                pomProperties("gov.example", artifact, "1.0")),
            entry("BOOT-INF/classes/gov/example/" + artifact + "/Hasher.class", hasher),
            stored(
                "BOOT-INF/lib/codec-1.4.jar",
                zip(
                    entry(
                        "META-INF/maven/org.example/codec/pom.properties",
                        pomProperties("org.example", "codec", "1.4")),
                    entry("org/example/codec/Digests.class", codec)))));
    return jar;
  }

  @Test
  void bundledLibrariesAreNamedByCoordinatesAndPathAndTheDeliveryIsJudgedOnce(@TempDir Path dir)
      throws IOException {
    Path orders = fatJar(dir, "orders.jar", "orders");
    Path permits = fatJar(dir, "permits.jar", "permits");
    Path out = dir.resolve("out");
    Run r =
        MainTest.run(
            "scan",
            orders.toString(),
            permits.toString(),
            "--profile",
            "crypto-l3",
            "--format",
            "json",
            "--output",
            out.toString(),
            "--fail-on",
            "never");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode findings =
        new ObjectMapper().readTree(out.resolve("anke-report.json").toFile()).get("findings");
    java.util.List<JsonNode> sha1 = new java.util.ArrayList<>();
    java.util.List<JsonNode> national = new java.util.ArrayList<>();
    for (JsonNode f : findings) {
      String msg = f.get("i18n").get("en").get("message").asText();
      if (f.get("ruleId").asText().equals("CRYPTO-WEAK-HASH")
          && f.get("location").get("class").asText().equals("org.example.codec.Digests")) {
        sha1.add(f);
        assertThat(msg)
            .doesNotContain("application code")
            .endsWith(
                " (in library pkg:maven/org.example/codec@1.4, pulled in by gov.example:"
                    + f.get("location").get("file").asText().replaceAll(".*/(\\w+)\\.jar!.*", "$1")
                    + ":1.0)");
        assertThat(f.get("subject").get("path").toString()).contains("org.example:codec:1.4");
      }
      if (f.get("ruleId").asText().equals("CRYPTO-NO-NATIONAL-ALGORITHM")) {
        national.add(f);
      }
    }
    assertThat(sha1).hasSize(2);
    // Two archives of one delivery: one verdict on its code, not one per archive.
    assertThat(national).hasSize(1);
    assertThat(national.get(0).get("i18n").get("en").get("message").asText())
        .contains("orders.jar")
        .contains("permits.jar")
        .contains("uses MD5 instead");
  }

  /**
   * A profile without code rules has no class analysed (ScanSettingsTest shows it), but the
   * CycloneDX report lists the code's cryptography whatever the profile: asked for, it has the
   * classes analysed, and the findings stay those of the profile.
   */
  @Test
  void aProfileOfBillsOfMaterialsStillGivesTheCycloneDxReportTheCodesCryptography(@TempDir Path dir)
      throws IOException {
    Path orders = fatJar(dir, "orders.jar", "orders");
    Path profile =
        write(
            dir,
            "bom-only.yaml",
            "id: bom-only\ntitle: {zh: 仅物料清单, en: Bills of materials only}\n"
                + "include: {categories: [bom, hw]}\n");
    java.util.List<JsonNode> findings = new java.util.ArrayList<>();
    for (String formats : java.util.List.of("json", "json,cyclonedx")) {
      Path out = dir.resolve("out-" + formats.replace(',', '-'));
      Run r =
          MainTest.run(
              "scan",
              orders.toString(),
              "--profile",
              profile.toString(),
              "--format",
              formats,
              "--output",
              out.toString(),
              "--fail-on",
              "never");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode json = new ObjectMapper().readTree(out.resolve("anke-report.json").toFile());
      findings.add(json.get("findings"));
      for (JsonNode f : json.get("findings")) {
        assertThat(f.get("ruleId").asText()).as(formats).startsWith("BOM-");
      }
    }
    assertThat(findings.get(0)).isNotEmpty().isEqualTo(findings.get(1));
    String cdx =
        Files.readString(
            dir.resolve("out-json-cyclonedx/anke-report.cdx.json"), StandardCharsets.UTF_8);
    assertThat(cdx).contains("\"type\" : \"cryptographic-asset\"").contains("\"MD5\"");
  }

  @Test
  void reportsOfAnEarlierRunInOtherFormatsAreRemoved(@TempDir Path dir) throws IOException {
    Path sbom = write(dir, "app.cdx.json", SBOM);
    Path out = dir.resolve("reports");
    Run first =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--format",
            "json,sarif,html",
            "--output",
            out.toString(),
            "--fail-on",
            "never");
    assertThat(first.exit()).as(first.err()).isZero();
    Run second =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--format",
            "text",
            "--output",
            out.toString(),
            "--fail-on",
            "never");
    assertThat(second.exit()).as(second.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("anke-report.txt");
    }
  }

  @Test
  void aDirectoryWithoutClassesIsNotPassedAsClean(@TempDir Path dir) throws IOException {
    // Scanning target/classes before anything was compiled.
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    Run r = MainTest.run("scan", classes.toString(), "--profile", "crypto-l3");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    // The text report wraps long values: read it with line breaks as spaces.
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("ANKE-INPUT-MISSING")
        .contains("holds no class file");
  }

  // ---- bad input: exit 3 with the file and, where known, the line ----------------------------

  @Test
  void malformedSbom(@TempDir Path dir) throws IOException {
    Path bad =
        write(
            dir,
            "bad.cdx.json",
            "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n  \"components\": [\n"
                + "    { \"type\": \"library\" \"name\": \"x\" }\n  ]\n}\n");
    Run r = MainTest.run("scan", "--sbom", bad.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("bad.cdx.json:5: CycloneDX JSON: not well-formed JSON")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void csvWithABadRow(@TempDir Path dir) throws IOException {
    Path hw = write(dir, "hw.csv", "类别,厂商,型号,数量\n服务器,华为,TaiShan 200,4\n服务器,浪潮,NF5280M6,x\n");
    Run r = MainTest.run("scan", "--inventory", hw.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("hw.csv:3: inventory CSV: quantity (数量) 'x' is not a positive integer");
  }

  @Test
  void inventoryRowWithACategoryNoRuleUnderstandsIsRefused(@TempDir Path dir) throws IOException {
    Path hw =
        write(
            dir,
            "hw.csv",
            "category,vendor,model,quantity\nswitch,Cisco,Catalyst 9300,2\n"
                + "telephony,Cisco,CUCM 12.5,1\n");
    Run r = MainTest.run("scan", "--inventory", hw.toString(), "--profile", "xinchuang-strict");
    assertThat(r.exit()).as(r.out()).isEqualTo(3);
    assertThat(r.err())
        .contains("hw.csv:3: inventory CSV: category (类别) 'telephony' is not a category")
        .contains("server (服务器)", "network (网络设备)", "virtualization (虚拟化)")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void xmlWithExternalEntities(@TempDir Path dir) throws IOException {
    Path xxe =
        write(
            dir,
            "xxe.cdx.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\"><components>"
                + "<component type=\"library\"><name>&x;</name></component></components></bom>\n");
    Run r = MainTest.run("scan", "--sbom", xxe.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("xxe.cdx.xml:2: CycloneDX XML: document type declarations")
        .doesNotContain("root:x:0:0");
  }

  @Test
  void zipBomb(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.jar");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Run r = MainTest.run("scan", bomb.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("bomb.jar!/zeros.bin").contains("zip bomb");
  }

  @Test
  void nestedArchiveLoop(@TempDir Path dir) throws IOException {
    // A zip quine holds itself: its nested copy starts with the same bytes as its container.
    byte[] filler = new byte[70 * 1024];
    new Random(7).nextBytes(filler);
    byte[] copy = zip(stored("filler.bin", filler), entry("x.txt", new byte[] {'x'}));
    Path loop = dir.resolve("loop.jar");
    Files.write(loop, zip(stored("filler.bin", filler), entry("lib/copy.jar", copy)));
    Run r = MainTest.run("scan", loop.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("loop.jar!/lib/copy.jar").contains("archive loop");
  }

  @Test
  void usageAndConfigurationErrorsExit2(@TempDir Path dir) throws IOException {
    assertThat(MainTest.run("scan").exit()).isEqualTo(2);
    Path sbom = write(dir, "app.cdx.json", SBOM);
    Run several =
        MainTest.run("scan", "--sbom", sbom.toString(), "--format", "json", "--format", "sarif");
    assertThat(several.exit()).isEqualTo(2);
    assertThat(several.err()).contains("need --output");
    Run unknown = MainTest.run("scan", "--sbom", sbom.toString(), "--format", "pdf");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("invalid value for --format: 'pdf'; expected one of cyclonedx, html, json");
    Run failOn = MainTest.run("scan", "--sbom", sbom.toString(), "--fail-on", "severe");
    assertThat(failOn.exit()).isEqualTo(2);
    Path cat = write(dir, "cat.yaml", "entries:\n  - id: x\n    colour: red\n");
    Run badCatalog = MainTest.run("scan", "--sbom", sbom.toString(), "--catalog", cat.toString());
    assertThat(badCatalog.exit()).isEqualTo(2);
    assertThat(badCatalog.err()).contains("cat.yaml:3:");
    Run archiveAsSbom = MainTest.run("scan", "--sbom", dir.toString());
    assertThat(archiveAsSbom.exit()).isEqualTo(2);
    Run missing = MainTest.run("scan", dir.resolve("nope.jar").toString());
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.jar: no such file");
  }

  // ---- tiny zip builder ----------------------------------------------------------------------

  record Entry(String name, byte[] data, boolean stored) {}

  static Entry entry(String name, byte[] data) {
    return new Entry(name, data, false);
  }

  static Entry stored(String name, byte[] data) {
    return new Entry(name, data, true);
  }

  static byte[] zip(Entry... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry e : entries) {
        ZipEntry z = new ZipEntry(e.name());
        if (e.stored()) {
          CRC32 crc = new CRC32();
          crc.update(e.data());
          z.setMethod(ZipEntry.STORED);
          z.setSize(e.data().length);
          z.setCompressedSize(e.data().length);
          z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        zip.write(e.data());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
