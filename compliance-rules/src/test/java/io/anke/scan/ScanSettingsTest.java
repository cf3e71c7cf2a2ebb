package io.anke.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.FactCoverage;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.data.ClassWithPersonalData;
import io.anke.scan.data.ClassificationDeclaration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanSettingsTest {
  @TempDir Path dir;

  private static final Clock NOV_2026 =
      Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

  private static BillOfMaterials sqlServer() {
    return new BillOfMaterials(
        "pom.xml",
        List.of(
            Component.builder()
                .group("com.microsoft.sqlserver")
                .name("mssql-jdbc")
                .version("13.6.2.jre11")
                .purl("pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11")
                .build()));
  }

  @Test
  void resolvesProfileThresholdAndCatalogAndJudgesTheInputs() throws Exception {
    ScanSettings s =
        ScanSettings.builder().workingDirectory(dir).profile("xinchuang-strict").build();
    assertThat(s.profile().id()).isEqualTo("xinchuang-strict");
    assertThat(s.failOn()).isEqualTo(FailOn.parse("medium"));
    assertThat(s.catalog().entry("sqlserver-jdbc")).isPresent();
    ScanResult r = s.run(ScanInputs.builder().bom(sqlServer()).build());
    assertThat(r.findings()).extracting(Finding::ruleId).contains("BOM-FOREIGN-DB-DRIVER");
    assertThat(r.summary().passed()).isFalse();
  }

  @Test
  void waiverFileIsNamedRelativeToTheWorkingDirectoryInErrorsAndReports() throws Exception {
    Path waivers = dir.resolve("conf/anke-waivers.yaml");
    Files.createDirectories(waivers.getParent());
    Files.writeString(
        waivers,
        "waivers:\n"
            + "  - rule: BOM-FOREIGN-DB-DRIVER\n"
            + "    subject: \"pkg:maven/com.microsoft.sqlserver/mssql-jdbc@*\"\n"
            + "    reason: migration-planned\n"
            + "    justification: moving to DM8\n"
            + "    approvedBy: CISO\n"
            + "    expires: 2026-12-31\n");
    ScanSettings s =
        ScanSettings.builder()
            .workingDirectory(dir)
            .profile("xinchuang-strict")
            .waiversFile(Path.of("conf/anke-waivers.yaml"))
            .clock(NOV_2026)
            .build();
    ScanResult r = s.run(ScanInputs.builder().bom(sqlServer()).build());
    Finding f =
        r.findings().stream()
            .filter(x -> x.ruleId().equals("BOM-FOREIGN-DB-DRIVER"))
            .findFirst()
            .orElseThrow();
    assertThat(f.waived()).isTrue();
    assertThat(f.waiver().source()).isEqualTo("conf/anke-waivers.yaml");

    Files.writeString(waivers, "waivers:\n  - rule: X\n    reason: soon\n");
    assertThatThrownBy(
            () ->
                ScanSettings.builder()
                    .workingDirectory(dir)
                    .waiversFile(Path.of("conf/anke-waivers.yaml"))
                    .build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("conf/anke-waivers.yaml:2: ");
    assertThatThrownBy(
            () ->
                ScanSettings.builder()
                    .workingDirectory(dir)
                    .waiversFile(Path.of("none.yaml"))
                    .build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("none.yaml: waiver file not found");
  }

  @Test
  void unknownProfileIsAConfigurationError() {
    assertThatThrownBy(() -> ScanSettings.builder().profile("crypto-l4").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown profile 'crypto-l4'");
  }

  @Test
  void everyFactKindABundledRuleRequiresIsAccountedForWhateverTheInputs() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    Files.writeString(classes.resolve("application.properties"), "server.port=8080\n");
    ScanSettings s = ScanSettings.builder().workingDirectory(dir).bytecodeThreads(1).build();
    Set<FactKey<?>> required = new HashSet<>();
    RuleRegistry.discover().rules().forEach(rule -> required.addAll(rule.requires()));
    // The bundled rules do declare what they read; the list is checked below against each scan.
    assertThat(required)
        .contains(ConfigFile.KEY, BytecodeScanResult.KEY, CryptoUsage.KEY, ProgramIntegrity.KEY);
    for (ScanInputs inputs :
        List.of(
            ScanInputs.builder().bom(sqlServer()).build(),
            ScanInputs.builder().library(classes, "some-library").build(),
            ScanInputs.builder().bytecode(classes, "target/classes", false, false).build())) {
      ScanResult r = s.run(inputs);
      for (FactKey<?> key : required) {
        assertThat(r.context().accountsFor(key)).as(key.name()).isTrue();
      }
      assertThat(r.findings())
          .noneMatch(f -> f.subject().id().startsWith("facts "))
          .noneMatch(f -> f.ruleId().equals("ANKE-INPUT-MISSING"));
    }
  }

  @Test
  void applicationTargetsGiveConfigurationFactsLibrariesOnlyBytecode() throws Exception {
    Path classes = dir.resolve("target/classes");
    Files.createDirectories(classes);
    Files.writeString(
        classes.resolve("application.properties"), "spring.datasource.password=Secret-2026!\n");
    ScanSettings s = ScanSettings.builder().workingDirectory(dir).bytecodeThreads(1).build();

    ScanResult app = s.run(ScanInputs.builder().bytecode(classes, "target/classes", false).build());
    assertThat(app.context().facts(BytecodeScanResult.class)).hasSize(1);
    assertThat(app.context().facts(ConfigFile.class)).hasSize(1);
    assertThat(app.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CONFIG-PLAINTEXT-PASSWORD");
              assertThat(f.location().file()).isEqualTo("target/classes/application.properties");
              assertThat(f.message().en()).doesNotContain("Secret-2026!");
            });

    ScanResult lib = s.run(ScanInputs.builder().library(classes, "some-library").build());
    assertThat(lib.context().facts(BytecodeScanResult.class)).hasSize(1);
    assertThat(lib.context().facts(ConfigFile.class)).isEmpty();
  }

  private static byte[] zip(String[][] entries) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (String[] e : entries) {
        zip.putNextEntry(new java.util.zip.ZipEntry(e[0]));
        zip.write(e[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void theApplicationFactsReadInTheBytecodeWalkAreThoseOfTheirOwnWalk() throws Exception {
    String lib =
        new String(
            zip(new String[][] {{"application.properties", "db.password=library-default\n"}}),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    Path jar = dir.resolve("app.jar");
    Files.write(
        jar,
        zip(
            new String[][] {
              {"application.yml", "spring:\n  datasource:\n    password: Secret-2026!\n"},
              {"BOOT-INF/lib/lib.jar", lib},
              // the folder Spring Boot keeps provided libraries in is a library folder too
              {"BOOT-INF/lib-provided/tomcat-embed-core-10.1.jar", lib},
              {"broken.properties", "a=\\u12\n"}
            }));
    ScanSettings s = ScanSettings.builder().workingDirectory(dir).bytecodeThreads(1).build();

    ScanResult r = s.run(ScanInputs.builder().bytecode(jar, "app.jar", false).build());
    assertThat(r.context().facts(ConfigFile.class))
        .isEqualTo(
            io.anke.scan.data.ApplicationFacts.collect(jar, "app.jar").stream()
                .filter(ConfigFile.class::isInstance)
                .toList())
        .extracting(ConfigFile::path)
        .containsExactly("app.jar!/application.yml", "app.jar!/broken.properties");
  }

  @Test
  void aBillOfMaterialsReadInTheBytecodeWalkIsTheOneReadOnItsOwnInItsPlace() throws Exception {
    // A fat jar whose nested libraries identify by pom.properties (Commons Codec) and by their
    // JDBC driver registration and digest (PostgreSQL), read once for both the bytecode and the
    // components.
    String iso = "ISO-8859-1";
    Path jar = dir.resolve("app.jar");
    Files.write(
        jar,
        zip(
            new String[][] {
              {"application.properties", "spring.datasource.password=Secret-2026!\n"},
              {
                "BOOT-INF/lib/postgresql.jar",
                new String(Files.readAllBytes(jarOf(org.postgresql.Driver.class)), iso)
              },
              {
                "BOOT-INF/lib/commons-codec.jar",
                new String(
                    Files.readAllBytes(jarOf(org.apache.commons.codec.digest.DigestUtils.class)),
                    iso)
              }
            }));
    ScanSettings s = cryptoLevel3();
    java.util.function.UnaryOperator<BillOfMaterials> enrich =
        b -> io.anke.scan.bom.BomEnricher.enrich(b, s.catalog());
    BillOfMaterials before = sqlServer();
    BillOfMaterials after = new BillOfMaterials("after.cdx.json", List.of());

    ScanResult shared =
        s.run(
            ScanInputs.builder()
                .bom(before)
                .applicationWithBom(jar, "app.jar", false, enrich)
                .bom(after)
                .build());
    BillOfMaterials own = enrich.apply(io.anke.scan.bom.BomReaders.read(jar, "app.jar"));
    assertThat(shared.context().boms()).containsExactly(before, own, after);
    assertThat(own.components())
        .allSatisfy(c -> assertThat(c.hashes()).containsKey("SHA-256"))
        .extracting(Component::name)
        .containsExactlyInAnyOrder("app.jar", "PostgreSQL JDBC Driver", "commons-codec");

    // Everything else as when the components are read in a walk of their own.
    ScanResult separate =
        s.run(
            ScanInputs.builder()
                .bom(before)
                .bom(own)
                .bom(after)
                .bytecode(jar, "app.jar", false)
                .build());
    assertThat(shared.findings()).isEqualTo(separate.findings());
    assertThat(shared.context().facts(CryptoUsage.class))
        .isEqualTo(separate.context().facts(CryptoUsage.class));
    assertThat(shared.context().facts(ConfigFile.class))
        .isNotEmpty()
        .isEqualTo(separate.context().facts(ConfigFile.class));
  }

  private ScanSettings cryptoLevel3() {
    return ScanSettings.builder()
        .workingDirectory(dir)
        .profile("crypto-l3")
        .bytecodeThreads(1)
        .build();
  }

  private static Path jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void dependencyJarsAreThirdPartyCodeNamedByCoordinatesAndDependencyPath() throws Exception {
    // What the Maven plugin passes with scanDependencyClasses: each resolved dependency jar, with
    // the coordinates Maven resolved. The PostgreSQL driver carries no pom.properties.
    Path pg = jarOf(org.postgresql.Driver.class);
    Path codec = jarOf(org.apache.commons.codec.digest.DigestUtils.class);
    String pgVersion = pg.getParent().getFileName().toString();
    String codecVersion = codec.getParent().getFileName().toString();
    String pgPurl = "pkg:maven/org.postgresql/postgresql@" + pgVersion;
    BillOfMaterials bom =
        new BillOfMaterials(
            "pom.xml",
            List.of(
                Component.builder()
                    .group("org.postgresql")
                    .name("postgresql")
                    .version(pgVersion)
                    .purl(pgPurl)
                    .dependencyPath(
                        List.of(
                            "com.example:orders:1.0",
                            "com.example:orders-dao:1.0",
                            "org.postgresql:postgresql:" + pgVersion))
                    .build(),
                Component.builder()
                    .group("commons-codec")
                    .name("commons-codec")
                    .version(codecVersion)
                    .purl("pkg:maven/commons-codec/commons-codec@" + codecVersion)
                    .dependencyPath(
                        List.of(
                            "com.example:orders:1.0",
                            "commons-codec:commons-codec:" + codecVersion))
                    .build()));
    ScanSettings s = cryptoLevel3();
    ScanResult r =
        s.run(
            ScanInputs.builder()
                .bom(bom)
                .library(pg, pg.getFileName().toString(), pgPurl)
                .library(codec, codec.getFileName().toString())
                .build());

    List<Finding> crypto =
        r.findings().stream().filter(f -> f.ruleId().startsWith("CRYPTO-")).toList();
    assertThat(crypto).isNotEmpty();
    // Library code is never the application's, and a library is not asked for SM algorithms.
    assertThat(crypto).extracting(Finding::ruleId).doesNotContain("CRYPTO-NO-NATIONAL-ALGORITHM");
    assertThat(crypto)
        .allSatisfy(
            f -> {
              assertThat(f.message().en()).doesNotContain("application code");
              assertThat(f.message().zh()).doesNotContain("应用自身代码");
              assertThat(f.properties()).containsEntry("origin", "library");
            });
    Finding md5 =
        crypto.stream()
            .filter(
                f ->
                    f.ruleId().equals("CRYPTO-WEAK-HASH")
                        && "org.postgresql.util.MD5Digest".equals(f.location().className()))
            .findFirst()
            .orElseThrow();
    assertThat(md5.message().en())
        .endsWith(
            " (in library "
                + pgPurl
                + ", pulled in by com.example:orders:1.0 → com.example:orders-dao:1.0)");
    assertThat(md5.message().zh())
        .endsWith(
            "（位于第三方库 " + pgPurl + "，由 com.example:orders:1.0 → com.example:orders-dao:1.0 引入）");
    assertThat(md5.subject().path())
        .containsExactly(
            "com.example:orders:1.0",
            "com.example:orders-dao:1.0",
            "org.postgresql:postgresql:" + pgVersion);
    assertThat(md5.properties()).containsEntry("component", pgPurl);
    // commons-codec names itself through its pom.properties.
    assertThat(crypto)
        .filteredOn(f -> f.location().className().startsWith("org.apache.commons.codec."))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.message().en())
                    .endsWith(
                        " (in library pkg:maven/commons-codec/commons-codec@"
                            + codecVersion
                            + ", pulled in by com.example:orders:1.0)"));
  }

  @Test
  void anApplicationTargetWithoutAnyClassIsReportedAsNotExamined() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    ScanSettings s = cryptoLevel3();
    ScanResult r = s.run(ScanInputs.builder().bytecode(classes, "target/classes", false).build());
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("ANKE-INPUT-MISSING");
    assertThat(r.findings().get(0).message().en())
        .startsWith(
            "target/classes was not examined: it holds no class file, so there was no code to"
                + " judge; ");
    assertThat(r.summary().passed()).isFalse();

    // A caller that knows the target may hold no code (a module of resources only) says so.
    ScanResult resourcesOnly =
        s.run(ScanInputs.builder().bytecode(classes, "target/classes", false, false).build());
    assertThat(resourcesOnly.findings()).isEmpty();
  }

  /** A fat jar with cryptography in its own classes and in a library, and a configuration file. */
  private Path cryptoApp() throws Exception {
    String own = "io/anke/scan/bytecode/fixtures/JcaUsages.class";
    byte[] ownClass;
    try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(own)) {
      ownClass = in.readAllBytes();
    }
    return new io.anke.rules.packs.PackScans.FatJar("crypto-app")
        .file("BOOT-INF/classes/" + own, ownClass)
        .file(
            "BOOT-INF/classes/application.properties",
            "spring.datasource.url=jdbc:postgresql://db.internal/app\n"
                + "spring.datasource.password=Secret-2026!\n")
        .lib(jarOf(org.apache.commons.codec.digest.DigestUtils.class))
        .lib(jarOf(org.postgresql.Driver.class))
        .write(dir);
  }

  /** A profile file in the working directory that selects by category. */
  private String profileFile(String id, String include, String exclude) throws Exception {
    Path file = dir.resolve(id + ".yaml");
    Files.writeString(
        file,
        "id: "
            + id
            + "\ntitle: {zh: 测试方案, en: Test profile}\ninclude: "
            + include
            + (exclude == null ? "" : "\nexclude: " + exclude)
            + "\n");
    return file.getFileName().toString();
  }

  /** Settings of {@code profile} for these reports (null: as if every bundled one). */
  private ScanSettings settings(String profile, List<ReportFormat> reports) {
    ScanSettings.Builder b =
        ScanSettings.builder().workingDirectory(dir).profile(profile).bytecodeThreads(1);
    if (reports != null) {
      b.reportFormats(reports);
    }
    return b.build();
  }

  private ScanResult scanCryptoApp(String profile, List<ReportFormat> reports) throws Exception {
    ScanSettings s = settings(profile, reports);
    Path jar = dir.resolve("crypto-app.jar");
    if (!Files.exists(jar)) {
      cryptoApp();
    }
    return s.run(
        ScanInputs.builder()
            .applicationWithBom(
                jar, "crypto-app.jar", false, bom -> BomEnricher.enrich(bom, s.catalog()))
            .build());
  }

  /** A report format Anke does not know: it might show any fact, so every fact is gathered. */
  private static final ReportFormat OWN_FORMAT =
      new ReportFormat() {
        @Override
        public String id() {
          return "own";
        }

        @Override
        public String fileName() {
          return "own.txt";
        }

        @Override
        public void write(ScanResult result, ReportOptions options, java.io.OutputStream out) {}
      };

  @Test
  void aProfileOfBillsOfMaterialsAnalysesNoClassAndJudgesTheComponentsAsAFullScan()
      throws Exception {
    String bomOnly =
        profileFile(
            "bom-only", "{categories: [bom, hw]}", "{rules: [BOM-DOMESTIC-DB-DRIVER-MISSING]}");
    ScanResult lean = scanCryptoApp(bomOnly, List.of(ReportFormats.discover().get("json")));

    // No class analysed, no configuration read: nothing but the components of the walk.
    assertThat(lean.context().facts(BytecodeScanResult.class)).isEmpty();
    assertThat(lean.context().facts(CryptoUsage.class)).isEmpty();
    assertThat(lean.context().facts(ConfigFile.class)).isEmpty();
    assertThat(lean.context().facts(FactCoverage.class))
        .contains(
            FactCoverage.notGathered(BytecodeScanResult.KEY, CryptoUsage.KEY),
            FactCoverage.notGathered(ConfigFile.KEY),
            FactCoverage.notGathered(ClassWithPersonalData.KEY, ClassificationDeclaration.KEY))
        .noneMatch(FactCoverage::gathered);
    assertThat(lean.findings()).noneMatch(f -> f.ruleId().startsWith("ANKE-"));

    // The same rules over a scan that gathers everything (for a report format that may show any
    // fact) find the same, from the same bill of materials.
    ScanResult full = scanCryptoApp(bomOnly, List.of(OWN_FORMAT));
    assertThat(full.context().facts(BytecodeScanResult.class))
        .singleElement()
        .satisfies(r -> assertThat(r.classesAnalysed()).isPositive());
    assertThat(full.context().facts(CryptoUsage.class)).isNotEmpty();
    assertThat(full.context().facts(ConfigFile.class)).isNotEmpty();
    assertThat(lean.context().boms()).isEqualTo(full.context().boms());
    assertThat(lean.findings())
        .isNotEmpty()
        .allMatch(f -> f.ruleId().startsWith("BOM-"))
        .isEqualTo(full.findings());
    assertThat(lean.rules()).isEqualTo(full.rules());
  }

  @Test
  void aProfileOfConfigurationRulesReadsTheConfigurationWithoutAnalysingClasses() throws Exception {
    ScanResult r =
        scanCryptoApp(profileFile("config-only", "{categories: [config]}", null), List.of());
    assertThat(r.context().facts(BytecodeScanResult.class)).isEmpty();
    assertThat(r.context().facts(ConfigFile.class))
        .extracting(ConfigFile::path)
        .containsExactly("crypto-app.jar!/BOOT-INF/classes/application.properties");
    assertThat(r.context().facts(FactCoverage.class))
        .contains(
            FactCoverage.gathered(ConfigFile.KEY),
            FactCoverage.notGathered(BytecodeScanResult.KEY, CryptoUsage.KEY));
    assertThat(r.findings()).extracting(Finding::ruleId).contains("CONFIG-PLAINTEXT-PASSWORD");
  }

  @Test
  void aProfileThatNeedsCodeStillHasItAnalysed() throws Exception {
    ScanResult r = scanCryptoApp("crypto-l3", List.of());
    assertThat(r.context().facts(BytecodeScanResult.class))
        .singleElement()
        .satisfies(scan -> assertThat(scan.classesAnalysed()).isPositive());
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CRYPTO-WEAK-HASH");
              assertThat(f.location().className())
                  .isEqualTo("io.anke.scan.bytecode.fixtures.JcaUsages");
            });
    assertThat(r.findings()).extracting(Finding::ruleId).contains("CONFIG-PLAINTEXT-PASSWORD");
  }

  @Test
  void theCycloneDxReportHasTheCodesCryptographyWhateverTheProfile() throws Exception {
    String bomOnly = profileFile("bom-only", "{categories: [bom]}", null);
    // Asked for by the report, or by default (any bundled report may be written from the result).
    for (List<ReportFormat> reports :
        java.util.Arrays.<List<ReportFormat>>asList(
            List.of(ReportFormats.discover().get("cyclonedx")), null)) {
      ScanResult r = scanCryptoApp(bomOnly, reports);
      assertThat(r.context().facts(CryptoUsage.class)).as(String.valueOf(reports)).isNotEmpty();
    }
    assertThat(
            scanCryptoApp(bomOnly, List.of(ReportFormats.discover().get("html")))
                .context()
                .facts(CryptoUsage.class))
        .isEmpty();
  }

  @Test
  void withoutTheBytecodeScannerAnApplicationWithoutClassesIsStillReportedToTheDataRules()
      throws Exception {
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    Files.writeString(classes.resolve("application.properties"), "server.port=8080\n");
    ScanSettings dataOnly =
        settings(profileFile("data-only", "{categories: [data]}", null), List.of());
    ScanResult empty =
        dataOnly.run(ScanInputs.builder().bytecode(classes, "target/classes", false).build());
    assertThat(empty.context().facts(BytecodeScanResult.class)).isEmpty();
    assertThat(empty.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ANKE-INPUT-MISSING");
              assertThat(f.message().en()).contains("it holds no class file");
            });

    // One class file, even in a nested jar only, is code to judge.
    Path jar = dir.resolve("app.jar");
    Files.write(
        jar,
        zip(
            new String[][] {
              {
                "BOOT-INF/lib/lib.jar",
                new String(
                    zip(new String[][] {{"com/example/A.class", "not read"}}),
                    java.nio.charset.StandardCharsets.ISO_8859_1)
              }
            }));
    assertThat(
            dataOnly.run(ScanInputs.builder().bytecode(jar, "app.jar", false).build()).findings())
        .isEmpty();
    // A BOM-only profile judges no code: it is not told about it.
    ScanSettings bomOnly =
        settings(profileFile("bom-only", "{categories: [bom]}", null), List.of());
    assertThat(
            bomOnly
                .run(ScanInputs.builder().bytecode(classes, "target/classes", false).build())
                .findings())
        .isEmpty();
  }
}
