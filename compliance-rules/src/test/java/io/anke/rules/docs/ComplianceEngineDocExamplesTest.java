package io.anke.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.waiver.WaiverSet;
import io.anke.rules.packs.PackScans;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.UsageKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/compliance-engine.md, run: the embedding code ({@link EmbeddingExample}), a
 * team's rule ({@link WeakHashRule}) registered through {@code ServiceLoader}, the profile and
 * waiver files (test resources the doc shows), the input gap, and the baseline file and JSON
 * report, which the doc shows from the golden files {@code anke-baseline.json} and {@code
 * anke-report.json} that this test compares with what the engine writes.
 */
class ComplianceEngineDocExamplesTest {
  private static final String RESOURCES = "/io/anke/rules/docs/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  // ---- Embedding ----

  @Test
  void theEmbeddingExampleWritesSarifAndRecordsThenAppliesItsBaseline() throws Exception {
    copy("/io/anke/scan/cbom/legacy-gateway.cbom.json", dir.resolve("legacy-gateway.cbom.json"));
    Files.writeString(
        dir.resolve("waivers.yaml"),
        """
        waivers:
          - rule: CRYPTO-WEAK-HASH
            subject: "com.acme.*"
            reason: migration-planned
            justification: Hashes.digest moves to SM3 in release 2.4
            approvedBy: security officer
            expires: 2999-12-31
        """);

    // First run: no baseline file yet, so the run records one and passes on what it found.
    Run first = runEmbeddingExample();
    assertThat(first.exit()).as(first.output()).isZero();
    JsonNode baseline = JSON.readTree(dir.resolve("anke-baseline.json").toFile());
    List<String> baselined = new ArrayList<>();
    baseline.path("findings").forEach(f -> baselined.add(f.path("ruleId").asText()));
    // The CBOM's facts came with its bill of materials: its MD5 is a finding on the asset.
    assertThat(baseline.path("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.path("ruleId").asText()).isEqualTo("CRYPTO-WEAK-HASH");
              assertThat(f.path("location").asText()).startsWith("legacy-gateway.cbom.json:");
            });
    // The waived finding on the fact's class stays out of the baseline.
    assertThat(baseline.path("findings"))
        .noneSatisfy(f -> assertThat(f.path("subject").asText()).isEqualTo("com.acme.Hashes"));

    JsonNode run = sarifRun();
    assertThat(run.path("automationDetails").path("id").asText())
        .isEqualTo("anke/gov-cloud-baseline/");
    JsonNode hashes = result(run, "com.acme.Hashes");
    assertThat(hashes.path("ruleId").asText()).isEqualTo("CRYPTO-WEAK-HASH");
    assertThat(hashes.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
    assertThat(
            hashes
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("app.jar");

    // Second run: the file is applied; nothing is new.
    Run second = runEmbeddingExample();
    assertThat(second.exit()).as(second.output()).isZero();
    List<String> states = new ArrayList<>();
    JsonNode again = sarifRun();
    again.path("results").forEach(r -> states.add(r.path("baselineState").asText()));
    assertThat(states).isNotEmpty().containsOnly("unchanged", "new");
    // Only the waived finding is "new": waived findings never enter a baseline.
    assertThat(result(again, "com.acme.Hashes").path("baselineState").asText()).isEqualTo("new");
    assertThat(states.stream().filter("new"::equals)).hasSize(1);

    // Without the baseline the same findings fail the run at the threshold high.
    Files.delete(dir.resolve("anke-baseline.json"));
    Files.writeString(dir.resolve("anke-baseline.json"), "{\"schemaVersion\":1,\"findings\":[]}");
    Run third = runEmbeddingExample();
    assertThat(third.exit()).as(third.output()).isEqualTo(1);
  }

  private record Run(int exit, String output) {}

  private Run runEmbeddingExample() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-Duser.language=en",
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddingExample.class.getName(),
                "legacy-gateway.cbom.json",
                "reports")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private JsonNode sarifRun() throws IOException {
    return JSON.readTree(dir.resolve("reports/anke-report.sarif").toFile()).path("runs").get(0);
  }

  private static JsonNode result(JsonNode run, String className) {
    for (JsonNode r : run.path("results")) {
      for (JsonNode l : r.path("locations").get(0).path("logicalLocations")) {
        if (l.path("fullyQualifiedName").asText().startsWith(className + ".")) {
          return r;
        }
      }
    }
    throw new AssertionError("no SARIF result on " + className + ": " + run.path("results"));
  }

  // ---- Writing a rule ----

  @Test
  void aTeamRuleRegisteredThroughServiceLoaderRunsInTheProfilesItJoins() throws IOException {
    Path jar = dir.resolve("team-rules");
    Path services = jar.resolve("META-INF/services/io.anke.core.rule.RuleProvider");
    Files.createDirectories(services.getParent());
    Files.writeString(services, WeakHashRuleProvider.class.getName() + "\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      RuleRegistry rules = RuleRegistry.discover(loader);
      assertThat(rules.get("ACME-WEAK-HASH")).isPresent();
      assertThat(rules.get("CRYPTO-WEAK-HASH")).isPresent(); // the bundled rules are there too

      ProfileRegistry profiles = ProfileRegistry.bundled();
      ScanContext context =
          ScanContext.builder()
              .notGathered(PackScans.NOT_GATHERED)
              .fact(EmbeddingExample.MD5_IN_HASHES)
              .build();
      ScanResult l2 =
          Engine.builder().rules(rules).profile(profiles.get("crypto-l2")).build().run(context);
      Finding f = only(l2, "ACME-WEAK-HASH");
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.subject()).isEqualTo(Subject.of(Subject.CLASS, "com.acme.Hashes"));
      assertThat(f.location().display())
          .isEqualTo(
              "app.jar!/BOOT-INF/lib/acme-1.2.jar!/com/acme/Hashes.class com.acme.Hashes#digest");
      assertThat(f.message().en()).isEqualTo("MD5 is used in com.acme.Hashes#digest:12");
      assertThat(f.message().zh()).isEqualTo("com.acme.Hashes#digest:12 使用了 MD5");
      assertThat(f.title().en()).isEqualTo("MD5 in our code");
      assertThat(f.standards()).containsExactly("GB/T 39786-2021 8.4(f)");
      assertThat(f.properties()).containsEntry("algorithm", "MD5");

      // Membership is what puts it in a bundled profile: mlps-l2 is not among its profiles.
      ScanResult mlps =
          Engine.builder().rules(rules).profile(profiles.get("mlps-l2")).build().run(context);
      assertThat(mlps.findings()).noneMatch(x -> x.ruleId().equals("ACME-WEAK-HASH"));
      // A fact without an algorithm (a key of unknown algorithm) is no MD5, and no failure.
      CryptoUsage key =
          new CryptoUsage(
              UsageKind.CONSTANT_KEY,
              null,
              Classification.HIGH_RISK,
              "javax.crypto.spec.SecretKeySpec.<init>",
              "constant bytes",
              0,
              EmbeddingExample.MD5_IN_HASHES.location());
      ScanResult withKey =
          Engine.builder()
              .rules(rules)
              .profile(profiles.get("crypto-l2"))
              .build()
              .run(ScanContext.builder().notGathered(PackScans.NOT_GATHERED).fact(key).build());
      assertThat(withKey.ruleErrors()).isEmpty();
      assertThat(withKey.findings()).noneMatch(x -> x.ruleId().equals("ACME-WEAK-HASH"));
    }
  }

  // ---- Profiles ----

  @Test
  void theProfileFileExtendsIncludesExcludesAndOverrides() throws IOException {
    Path file = copy(RESOURCES + "ministry-strict.yaml", dir.resolve("ministry-strict.yaml"));
    ProfileRegistry profiles = ProfileRegistry.bundled();
    Profile p = profiles.resolve(file.toString());
    assertThat(p.id()).isEqualTo("ministry-strict");
    assertThat(p.title()).isEqualTo(Text.of("部委严格方案", "Ministry, strict"));
    assertThat(p.parents())
        .extracting(Profile::id)
        .containsExactly("gov-cloud-baseline", "crypto-l3");
    assertThat(p.failOn()).contains(FailOn.parse("medium"));

    RuleRegistry rules = RuleRegistry.discover();
    List<String> selected = p.select(rules.rules()).stream().map(r -> r.descriptor().id()).toList();
    assertThat(selected)
        .contains("HOST-OS-NOT-DOMESTIC", "BOM-WATCH-LIST", "CRYPTO-NON-NATIONAL-CIPHER")
        .doesNotContain("CONFIG-SESSION-TIMEOUT");
    assertThat(selected).contains(idOfCategory(rules, "hw"));
    RuleDescriptor weakHash = rules.get("CRYPTO-WEAK-HASH").orElseThrow().descriptor();
    RuleDescriptor random = rules.get("CRYPTO-INSECURE-RANDOM").orElseThrow().descriptor();
    assertThat(p.severityOverride(weakHash)).contains(Severity.CRITICAL);
    assertThat(p.severityOverride(random)).contains(Severity.MEDIUM);
  }

  private static String idOfCategory(RuleRegistry rules, String category) {
    return rules.descriptors().stream()
        .filter(d -> d.category().equals(category))
        .map(RuleDescriptor::id)
        .findFirst()
        .orElseThrow();
  }

  // ---- Waivers ----

  @Test
  void theWaiverFileWaivesUntilItsLastDayThenCountsAgain() throws IOException {
    Path file = copy(RESOURCES + "waivers.yaml", dir.resolve("waivers.yaml"));
    WaiverSet waivers = WaiverSet.read(file);
    ScanContext context =
        ScanContext.builder().notGathered(PackScans.NOT_GATHERED).fact(CACHE_KEYS).build();

    ScanResult lastDay = scan(context, waivers, on("2026-12-31"));
    Finding waived = only(lastDay, "CRYPTO-WEAK-HASH");
    assertThat(waived.waived()).isTrue();
    assertThat(waived.waiver().approvedBy()).isEqualTo("李伟 (security officer)");
    assertThat(lastDay.summary().passed()).isTrue();

    ScanResult dayAfter = scan(context, waivers, on("2027-01-01"));
    assertThat(only(dayAfter, "CRYPTO-WEAK-HASH").waived()).isFalse();
    Finding expired = only(dayAfter, "ANKE-WAIVER-EXPIRED");
    assertThat(expired.severity()).isEqualTo(Severity.LOW);
    assertThat(expired.location().display()).endsWith("waivers.yaml:2");
    assertThat(dayAfter.summary().passed()).isFalse();

    // Its subject glob is over the class: other classes are not waived.
    ScanResult other =
        scan(
            ScanContext.builder().notGathered(PackScans.NOT_GATHERED).fact(TOKENS).build(),
            waivers,
            on("2026-12-02"));
    assertThat(only(other, "CRYPTO-WEAK-HASH").waived()).isFalse();
    assertThat(only(other, "ANKE-WAIVER-UNUSED").severity()).isEqualTo(Severity.INFO);
  }

  // ---- Baselines and the JSON report ----

  @Test
  void theBaselineFileAndTheJsonReportAreWhatTheEngineWrites() throws IOException {
    Path baselineFile = dir.resolve("anke-baseline.json");
    WaiverSet waivers =
        WaiverSet.read(copy(RESOURCES + "waivers.yaml", dir.resolve("waivers.yaml")));

    // Release 1 of the application: the first run records its baseline.
    ScanResult recorded =
        engine(waivers, on("2026-12-02"), baselineFile)
            .run(
                ScanContext.builder()
                    .notGathered(PackScans.NOT_GATHERED)
                    .facts(List.of(HASHES_1_2, OLD_DIGEST))
                    .build());
    assertThat(recorded.summary().passed()).isTrue();
    assertGolden("anke-baseline.json", Files.readString(baselineFile));

    // Release 2: acme upgraded to 1.3 (same fingerprint), Old removed, two new uses.
    ScanResult applied =
        engine(waivers, on("2026-12-02"), baselineFile)
            .run(
                ScanContext.builder()
                    .notGathered(PackScans.NOT_GATHERED)
                    .facts(List.of(HASHES_1_3, CACHE_KEYS, TOKENS, ECB))
                    .build());
    ReportOptions options = new ReportOptions(Locale.ENGLISH, "0.1.0", false);
    String json =
        new String(
            ReportFormats.render(ReportFormats.discover().get("json"), applied, options),
            StandardCharsets.UTF_8);
    // Paths are written as given; the doc runs in the directory that holds the files.
    assertGolden("anke-report.json", json.replace(dir + "/", ""));
    assertThat(applied.summary().baselined()).isEqualTo(1);
    assertThat(applied.baseline().stale()).isEqualTo(1);
  }

  private static Engine engine(WaiverSet waivers, Clock clock, Path baselineFile) {
    return Engine.builder()
        .rules(RuleRegistry.discover())
        .profile(ProfileRegistry.bundled().resolve("gov-cloud-baseline"))
        .waivers(waivers)
        .baselineFile(baselineFile)
        .clock(clock)
        .build();
  }

  /**
   * The doc shows the golden file; it must be exactly what the engine writes. When it is not, the
   * real output is left in target/docs-actual/ to compare (and copy, when the change is right).
   */
  private static void assertGolden(String name, String actual) throws IOException {
    String golden;
    try (InputStream in =
        ComplianceEngineDocExamplesTest.class.getResourceAsStream(RESOURCES + name)) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!golden.equals(actual)) {
      Path out = Path.of("target/docs-actual", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertThat(actual)
        .as("src/test/resources" + RESOURCES + name + " (real output in target/docs-actual)")
        .isEqualTo(golden);
  }

  // ---- Inputs that were not examined ----

  @Test
  void anInputGapIsReportedWhenTheProfileJudgesItsCategories() {
    ScanContext context =
        ScanContext.builder()
            .fact(
                InputGap.missing(
                    "target/classes",
                    Set.of("crypto", "config", "data"),
                    Text.of(
                        "src/main/java 有 30 个源文件，但输出目录不存在",
                        "src/main/java holds 30 source file(s) but the output directory does not exist")))
            .notGathered(PackScans.NOT_GATHERED)
            .build();
    ProfileRegistry profiles = ProfileRegistry.bundled();
    ScanResult result =
        Engine.builder()
            .rules(RuleRegistry.discover())
            .profile(profiles.resolve("gov-cloud-baseline"))
            .build()
            .run(context);
    Finding gap = only(result, "ANKE-INPUT-MISSING");
    assertThat(gap.severity()).isEqualTo(Severity.HIGH);
    assertThat(gap.message().en())
        .contains("target/classes")
        .contains("src/main/java holds 30 source file(s) but the output directory does not exist")
        .contains("rule(s) of this profile (CONFIG-*, CRYPTO-*, DATA-*)");
    assertThat(result.exitCode().code()).isEqualTo(1);

    // A profile that selects no rule of those categories gets no finding.
    ProfileRegistry bomOnly =
        profiles.withDocument(
            "bom-only.yaml",
            "id: bom-only\ntitle: {zh: 仅软件物料清单, en: BOM only}\ninclude: {categories: [bom]}\n");
    ScanResult none =
        Engine.builder()
            .rules(RuleRegistry.discover())
            .profile(bomOnly.get("bom-only"))
            .build()
            .run(context);
    assertThat(none.findings()).noneMatch(f -> f.ruleId().startsWith("ANKE-INPUT-"));
  }

  // ---- Facts ----

  private static CryptoUsage usage(
      UsageKind kind,
      String algorithm,
      String detail,
      String jar,
      String purl,
      String cls,
      String method,
      int line) {
    String path = "app.jar!/BOOT-INF/lib/" + jar + "!/" + cls.replace('.', '/') + ".class";
    return new CryptoUsage(
        kind,
        algorithm,
        Classification.HIGH_RISK,
        kind == UsageKind.ECB_MODE
            ? "javax.crypto.Cipher.getInstance"
            : "java.security.MessageDigest.getInstance",
        detail,
        0,
        new CodeLocation(
            path,
            List.of("app.jar", "app.jar!/BOOT-INF/lib/" + jar),
            cls,
            method,
            "([B)[B",
            line,
            0,
            purl,
            false));
  }

  private static final CryptoUsage HASHES_1_2 = EmbeddingExample.MD5_IN_HASHES;
  private static final CryptoUsage HASHES_1_3 =
      usage(
          UsageKind.ALGORITHM,
          "MD5",
          "MD5",
          "acme-1.3.jar",
          "pkg:maven/com.acme/acme@1.3",
          "com.acme.Hashes",
          "digest",
          12);
  private static final CryptoUsage OLD_DIGEST =
      usage(
          UsageKind.ALGORITHM,
          "MD5",
          "MD5",
          "acme-1.2.jar",
          "pkg:maven/com.acme/acme@1.2",
          "com.acme.OldDigest",
          "hash",
          20);
  private static final CryptoUsage CACHE_KEYS =
      usage(
          UsageKind.ALGORITHM,
          "MD5",
          "MD5",
          "legacy-1.0.jar",
          "pkg:maven/com.acme/legacy@1.0",
          "com.acme.legacy.CacheKeys",
          "key",
          31);
  private static final CryptoUsage TOKENS =
      usage(
          UsageKind.ALGORITHM,
          "SHA-1",
          "SHA-1",
          "acme-1.3.jar",
          "pkg:maven/com.acme/acme@1.3",
          "com.acme.Tokens",
          "sign",
          40);
  private static final CryptoUsage ECB =
      usage(
          UsageKind.ECB_MODE,
          "AES",
          "AES/ECB/PKCS5Padding",
          "acme-1.3.jar",
          "pkg:maven/com.acme/acme@1.3",
          "com.acme.Tokens",
          "seal",
          57);

  private static ScanResult scan(ScanContext context, WaiverSet waivers, Clock clock) {
    return Engine.builder()
        .rules(RuleRegistry.discover())
        .profile(ProfileRegistry.bundled().resolve("gov-cloud-baseline"))
        .waivers(waivers)
        .clock(clock)
        .build()
        .run(context);
  }

  private static Clock on(String date) {
    return Clock.fixed(
        LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant(),
        ZoneOffset.UTC);
  }

  private static Finding only(ScanResult result, String ruleId) {
    List<Finding> found =
        result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    assertThat(found).as(ruleId + " in " + result.findings()).hasSize(1);
    return found.get(0);
  }

  private static Path copy(String resource, Path to) throws IOException {
    try (InputStream in = ComplianceEngineDocExamplesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, to);
    }
    return to;
  }
}
