package io.anke.rules.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.BytecodeScanner;
import io.anke.scan.bytecode.CryptoUsage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoRulesTest {
  private static final String PACKAGE = "io/anke/scan/bytecode/fixtures/";
  private static final String JCA = "io.anke.scan.bytecode.fixtures.JcaUsages";
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @TempDir Path dir;

  private Path jar(String name, String... fixtures) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String f : fixtures) {
        zip.putNextEntry(new ZipEntry(PACKAGE + f + ".class"));
        zip.write(Files.readAllBytes(Path.of("target/test-classes", PACKAGE + f + ".class")));
        zip.closeEntry();
      }
    }
    Path jar = dir.resolve(name);
    Files.write(jar, bytes.toByteArray());
    return jar;
  }

  private ScanResult run(String profile, String... fixtures) throws IOException {
    BytecodeScanResult scan =
        BytecodeScanner.withDefaults().scan(jar("app.jar", fixtures), "app.jar");
    ScanContext context = ScanContext.builder().fact(scan).facts(scan.usages()).build();
    Engine engine =
        Engine.builder()
            .rules(RuleRegistry.of(new CryptoRules().rules()))
            .profile(ProfileRegistry.bundled().get(profile))
            .build();
    return engine.run(context);
  }

  /** {@code RULE ALGORITHM Class#method:line} of each finding of {@code rule}. */
  private static List<String> of(ScanResult r, String rule) {
    return r.findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .map(
            f ->
                f.properties().get("algorithm")
                    + " "
                    + f.location()
                        .className()
                        .substring(f.location().className().lastIndexOf('.') + 1)
                    + "#"
                    + f.location().method())
        .toList();
  }

  @Test
  void providerIsRegisteredAndEveryRuleIsCompleteAndBilingual() {
    List<Rule> rules =
        ServiceLoader.load(RuleProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p instanceof CryptoRules)
            .findFirst()
            .orElseThrow(() -> new AssertionError("CryptoRules is not registered"))
            .rules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
    Set<String> bundled =
        Set.of(
            "crypto-l2",
            "crypto-l3",
            "mlps-l2",
            "mlps-l3",
            "xinchuang-strict",
            "gov-cloud-baseline");
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      assertThat(d.id()).startsWith("CRYPTO-");
      assertThat(d.category()).isEqualTo("crypto");
      assertThat(d.standards()).isNotEmpty().allMatch(s -> s.startsWith("GB/T "));
      assertThat(d.profiles()).isNotEmpty().isSubsetOf(bundled);
      for (var text : List.of(d.title(), d.description(), d.remediation())) {
        assertThat(text.en()).isNotBlank().doesNotContain("''").doesNotContainPattern(CHINESE);
        assertThat(text.zh()).isNotBlank().doesNotContain("''").containsPattern(CHINESE);
      }
    }
    assertThat(rules.stream().map(r -> r.descriptor().id()).distinct()).hasSameSizeAs(rules);
  }

  @Test
  void levelThreeReportsHighRiskAndNonNationalUsesWithLocationAndAlgorithm() throws IOException {
    ScanResult r = run("crypto-l3", "JcaUsages", "Holder", "BouncyCastleUsages", "CodecUsages");
    assertThat(r.ruleErrors()).isEmpty();

    assertThat(of(r, "CRYPTO-WEAK-HASH"))
        .contains(
            "MD5 JcaUsages#literal",
            "SHA-1 JcaUsages#local",
            "SHA-1 JcaUsages#signature",
            "SHA-1 JcaUsages#pbe",
            "MD5 BouncyCastleUsages#md5",
            "MD5 CodecUsages#md5")
        .noneMatch(s -> s.startsWith("SHA-256") || s.startsWith("SM3"));
    assertThat(of(r, "CRYPTO-WEAK-CIPHER"))
        .containsExactlyInAnyOrder(
            "DES JcaUsages#ownStaticInitializer",
            "RC4 JcaUsages#otherClassStaticInitializer",
            "3DES JcaUsages#tripleDes",
            "DES JcaUsages#keyGenerator",
            "DES BouncyCastleUsages#des");
    assertThat(of(r, "CRYPTO-SHORT-KEY")).containsExactly("RSA JcaUsages#shortRsa");
    assertThat(of(r, "CRYPTO-LEGACY-TLS"))
        .containsExactlyInAnyOrder(
            "TLS 1.0 JcaUsages#legacyTls", "TLS 1.1 JcaUsages#enabledProtocols");
    assertThat(of(r, "CRYPTO-ECB-MODE"))
        .containsExactlyInAnyOrder(
            "DES JcaUsages#ownStaticInitializer",
            "AES JcaUsages#builderChain",
            "AES JcaUsages#bareAes",
            "SM4 JcaUsages#sm4Ecb");
    assertThat(of(r, "CRYPTO-HARDCODED-KEY"))
        .containsExactlyInAnyOrder(
            "AES JcaUsages#constantStringKey",
            "SHA-1 JcaUsages#constantArrayKey",
            "AES JcaUsages#ownFieldKey",
            "SM4 JcaUsages#otherClassFieldKey",
            "null BouncyCastleUsages#keyAndIv");
    assertThat(of(r, "CRYPTO-STATIC-IV"))
        .containsExactlyInAnyOrder(
            "null JcaUsages#zeroIv",
            "null JcaUsages#constantGcmNonce",
            "null BouncyCastleUsages#keyAndIv");
    assertThat(of(r, "CRYPTO-INSECURE-RANDOM"))
        .containsExactlyInAnyOrder("null JcaUsages#randomIv", "AES JcaUsages#randomKey");
    assertThat(of(r, "CRYPTO-NON-NATIONAL-CIPHER"))
        .contains("AES JcaUsages#indyConcat", "AES BouncyCastleUsages#aes")
        .noneMatch(s -> s.startsWith("SM4") || s.startsWith("DES"));
    assertThat(of(r, "CRYPTO-NON-NATIONAL-HASH"))
        .contains(
            "SHA-256 JcaUsages#mac",
            "SHA-512 JcaUsages#summaryCaller",
            "SHA-384 CodecUsages#byName");
    assertThat(of(r, "CRYPTO-NON-NATIONAL-ASYMMETRIC"))
        .contains("RSA JcaUsages#signature", "EC JcaUsages#ecCurve", "RSA BouncyCastleUsages#rsa")
        .noneMatch(s -> s.contains("#sm2Curve") || s.contains("#nationalSignature"));
    assertThat(of(r, "CRYPTO-NON-NATIONAL-TLS"))
        .containsExactlyInAnyOrder(
            "TLS 1.3 JcaUsages#modernTls", "TLS 1.2 JcaUsages#enabledProtocols");
    // SM2/SM3/SM4 are evidence, never findings (ECB mode aside).
    assertThat(r.findings())
        .filteredOn(
            f ->
                !f.ruleId().equals("CRYPTO-ECB-MODE") && !f.ruleId().equals("CRYPTO-HARDCODED-KEY"))
        .noneMatch(
            f ->
                List.of("SM2", "SM3", "SM4")
                    .contains(f.properties().getOrDefault("algorithm", "")));
    assertThat(of(r, "CRYPTO-NO-NATIONAL-ALGORITHM")).isEmpty();
    assertThat(of(r, "CRYPTO-SCAN-INCOMPLETE")).isEmpty();
  }

  @Test
  void unrecognizedAlgorithmNamesAreReportedForReviewKnownNamesAreNot() throws IOException {
    ScanResult r = run("crypto-l3", "UnrecognizedAlgorithms");
    assertThat(of(r, "CRYPTO-UNRECOGNIZED-ALGORITHM"))
        .containsExactlyInAnyOrder(
            "Whirlpool UnrecognizedAlgorithms#whirlpool",
            "IDEA/CBC/PKCS5Padding UnrecognizedAlgorithms#idea");
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("CRYPTO-UNRECOGNIZED-ALGORITHM"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    // SHA-256 is known (a non-national hash), SM3 is national: neither is "unrecognized".
    assertThat(of(r, "CRYPTO-NON-NATIONAL-HASH"))
        .containsExactly("SHA-256 UnrecognizedAlgorithms#sha256");
    // Level 2 judges high-risk algorithms only; a name to review is a level-3 question.
    assertThat(of(run("crypto-l2", "UnrecognizedAlgorithms"), "CRYPTO-UNRECOGNIZED-ALGORITHM"))
        .isEmpty();
  }

  @Test
  void findingCarriesTheContractFields() throws IOException {
    ScanResult r = run("crypto-l3", "JcaUsages", "Holder");
    Finding md5 =
        r.findings().stream()
            .filter(
                f ->
                    f.ruleId().equals("CRYPTO-WEAK-HASH")
                        && f.location().method().equals("literal"))
            .findFirst()
            .orElseThrow();
    assertThat(md5.severity()).isEqualTo(Severity.HIGH);
    assertThat(md5.subject()).isEqualTo(Subject.of(Subject.CLASS, JCA));
    assertThat(md5.location().file()).isEqualTo("app.jar!/" + PACKAGE + "JcaUsages.class");
    assertThat(md5.location().line()).isPositive();
    assertThat(md5.location().className()).isEqualTo(JCA);
    assertThat(md5.properties())
        .containsEntry("algorithm", "MD5")
        .containsEntry("classification", "HIGH_RISK")
        .containsEntry("api", "java.security.MessageDigest.getInstance")
        .containsEntry("origin", "application")
        .containsEntry("archive", "app.jar");
    assertThat(md5.standards()).contains("GB/T 39786-2021 5(a)");
    assertThat(md5.message().en())
        .isEqualTo(
            JCA
                + "#literal:"
                + md5.location().line()
                + " uses the high-risk hash MD5 via java.security.MessageDigest.getInstance"
                + " (application code)");
    assertThat(md5.message().zh())
        .isEqualTo(
            JCA
                + "#literal:"
                + md5.location().line()
                + " 通过 java.security.MessageDigest.getInstance 使用了高风险杂凑算法 MD5（应用自身代码）");

    Finding key =
        r.findings().stream()
            .filter(
                f ->
                    f.ruleId().equals("CRYPTO-HARDCODED-KEY")
                        && f.location().method().equals("constantStringKey"))
            .findFirst()
            .orElseThrow();
    String where = JCA + "#constantStringKey:" + key.location().line();
    assertThat(key.message().en())
        .isEqualTo(
            where
                + " passes a key built from a constant string to javax.crypto.spec.SecretKeySpec"
                + " (algorithm AES) (application code)");
    assertThat(key.message().zh())
        .isEqualTo(where + " 向 javax.crypto.spec.SecretKeySpec 传入了由常量字符串构造的密钥（算法 AES）（应用自身代码）");
    // Key material never reaches a report.
    assertThat(key.message().en() + key.message().zh() + key.properties())
        .doesNotContain("0123456789abcdef")
        .doesNotContain("abcdefghijklmnop");
  }

  @Test
  void levelTwoReportsOnlyHighRiskUses() throws IOException {
    ScanResult r = run("crypto-l2", "JcaUsages", "Holder");
    assertThat(r.findings())
        .extracting(Finding::ruleId)
        .contains("CRYPTO-WEAK-HASH", "CRYPTO-ECB-MODE")
        .doesNotContain(
            "CRYPTO-NON-NATIONAL-HASH",
            "CRYPTO-NON-NATIONAL-CIPHER",
            "CRYPTO-NON-NATIONAL-ASYMMETRIC",
            "CRYPTO-NON-NATIONAL-TLS",
            "CRYPTO-NO-NATIONAL-ALGORITHM");
  }

  @Test
  void applicationWithoutNationalAlgorithmsGetsOneFindingNamingWhatItUses() throws IOException {
    ScanResult r = run("crypto-l3", "CodecUsages");
    List<Finding> none =
        r.findings().stream()
            .filter(f -> f.ruleId().equals("CRYPTO-NO-NATIONAL-ALGORITHM"))
            .toList();
    assertThat(none).hasSize(1);
    assertThat(none.get(0).subject()).isEqualTo(Subject.of(Subject.FILE, "app.jar"));
    assertThat(none.get(0).message().en())
        .isEqualTo(
            "app.jar: no use of SM2, SM3 or SM4 in the 1 application classes analysed; the application"
                + " uses MD5, SHA-1, SHA-256, SHA-384 instead");
    assertThat(none.get(0).properties())
        .containsEntry("algorithms", "MD5, SHA-1, SHA-256, SHA-384");
  }

  /** Runs crypto-l3 over several application targets, each a jar of the given fixtures. */
  private ScanResult runApplication(String[]... targets) throws IOException {
    ScanContext.Builder context = ScanContext.builder();
    for (String[] t : targets) {
      String name = t[0];
      String[] fixtures = java.util.Arrays.copyOfRange(t, 1, t.length);
      BytecodeScanResult scan = BytecodeScanner.withDefaults().scan(jar(name, fixtures), name);
      context.fact(scan).facts(scan.usages()).gathered(BytecodeScanResult.KEY, CryptoUsage.KEY);
    }
    return Engine.builder()
        .rules(RuleRegistry.of(new CryptoRules().rules()))
        .profile(ProfileRegistry.bundled().get("crypto-l3"))
        .build()
        .run(context.build());
  }

  private static List<Finding> noNational(ScanResult r) {
    return r.findings().stream()
        .filter(f -> f.ruleId().equals("CRYPTO-NO-NATIONAL-ALGORITHM"))
        .toList();
  }

  @Test
  void codeWithoutAnyCryptographyIsNotAskedForNationalAlgorithms() throws IOException {
    // A small library module or a module that is only a main class: nothing to replace.
    ScanResult r = runApplication(new String[] {"util.jar", "Holder"});
    assertThat(noNational(r)).isEmpty();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void theModulesOfOneApplicationAreJudgedOnceTogether() throws IOException {
    ScanResult r =
        runApplication(
            new String[] {"core.jar", "CodecUsages"},
            new String[] {"util.jar", "Holder"},
            new String[] {"web.jar", "LegacyKey"});
    List<Finding> once = noNational(r);
    assertThat(once).hasSize(1);
    assertThat(once.get(0).subject()).isEqualTo(Subject.of(Subject.FILE, "core.jar"));
    assertThat(once.get(0).message().en())
        .startsWith("core.jar, web.jar: no use of SM2, SM3 or SM4 in the ")
        .contains(" application classes analysed; the application uses ")
        .contains("MD5");
    assertThat(once.get(0).properties()).containsEntry("targets", "core.jar, web.jar");

    // One module with national cryptography is evidence for the application as a whole.
    ScanResult withSm =
        runApplication(
            new String[] {"core.jar", "CodecUsages"},
            new String[] {"crypto.jar", "BouncyCastleUsages"});
    assertThat(noNational(withSm)).isEmpty();
  }

  @Test
  void libraryTargetIsNotAskedForNationalAlgorithms() throws IOException {
    Path jar = jar("lib.jar", "CodecUsages");
    BytecodeScanResult scan = BytecodeScanner.builder().library(true).build().scan(jar, "lib.jar");
    ScanContext context = ScanContext.builder().fact(scan).facts(scan.usages()).build();
    ScanResult r =
        Engine.builder()
            .rules(RuleRegistry.of(new CryptoRules().rules()))
            .profile(ProfileRegistry.bundled().get("crypto-l3"))
            .build()
            .run(context);
    assertThat(r.findings())
        .extracting(Finding::ruleId)
        .contains("CRYPTO-WEAK-HASH")
        .doesNotContain("CRYPTO-NO-NATIONAL-ALGORITHM");
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("CRYPTO-WEAK-HASH"))
        .allMatch(f -> f.properties().get("origin").equals("library"));
  }

  @Test
  void unanalysableCodeIsReported() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("x/Broken.class"));
      zip.write(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe});
      zip.closeEntry();
    }
    Path jar = dir.resolve("broken.jar");
    Files.write(jar, bytes.toByteArray());
    BytecodeScanResult scan = BytecodeScanner.withDefaults().scan(jar, "broken.jar");
    ScanContext context = ScanContext.builder().fact(scan).facts(scan.usages()).build();
    ScanResult r =
        Engine.builder()
            .rules(RuleRegistry.of(new CryptoRules().rules()))
            .profile(ProfileRegistry.bundled().get("crypto-l2"))
            .build()
            .run(context);
    List<Finding> gaps =
        r.findings().stream().filter(f -> f.ruleId().equals("CRYPTO-SCAN-INCOMPLETE")).toList();
    assertThat(gaps).hasSize(1);
    assertThat(gaps.get(0).location().file()).isEqualTo("broken.jar!/x/Broken.class");
    assertThat(gaps.get(0).message().en())
        .startsWith("broken.jar!/x/Broken.class: not a readable class file");
  }

  @Test
  void withoutBytecodeFactsTheRulesDoNotRunAndSaySoUnlessTheScanDoesNotGatherThem() {
    Engine engine =
        Engine.builder()
            .rules(RuleRegistry.of(new CryptoRules().rules()))
            .profile(ProfileRegistry.bundled().get("crypto-l3"))
            .build();
    // The caller forgot the bytecode facts: no silent pass.
    ScanResult forgot = engine.run(ScanContext.empty());
    assertThat(forgot.findings())
        .extracting(f -> f.ruleId() + "/" + f.subject().id())
        .containsExactly(
            "ANKE-INPUT-MISSING/facts bytecode-scans", "ANKE-INPUT-MISSING/facts crypto-usages");
    assertThat(forgot.findings().get(0).message().en())
        .contains("(CRYPTO-NO-NATIONAL-ALGORITHM, CRYPTO-SCAN-INCOMPLETE)");
    assertThat(forgot.summary().passed()).isFalse();
    assertThat(forgot.ruleErrors()).isEmpty();
    // A scan that does not gather them by design, and says so: the rules judge nothing.
    ScanResult outOfScope =
        engine.run(
            ScanContext.builder().notGathered(BytecodeScanResult.KEY, CryptoUsage.KEY).build());
    assertThat(outOfScope.findings()).isEmpty();
    assertThat(outOfScope.ruleErrors()).isEmpty();
  }
}
