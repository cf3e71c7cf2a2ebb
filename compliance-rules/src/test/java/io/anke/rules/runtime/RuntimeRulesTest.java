package io.anke.rules.runtime;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.core.runtime.RuntimeSecurityFacts.BouncyCastleFacts;
import io.anke.core.runtime.RuntimeSecurityFacts.SecureRandomFacts;
import io.anke.crypto.selftest.SelfTestResult;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.ProfileId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RUNTIME- rules on the live JVM, on a child JVM with weakened settings, and by hand. */
class RuntimeRulesTest {
  static final List<String> ALL =
      List.of(
          "RUNTIME-TLS-LEGACY-ENABLED",
          "RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK",
          "RUNTIME-CERTPATH-DISABLED-ALGORITHMS-WEAK",
          "RUNTIME-SECURE-RANDOM-WEAK",
          "RUNTIME-BC-UNSUPPORTED",
          "RUNTIME-SELF-TEST-FAILED");

  // JDK 17.0.15's defaults, as in conf/security/java.security.
  static final String JDK17_TLS =
      "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, "
          + "EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH, include jdk.disabled.namedCurves";
  static final String JDK17_CERTPATH =
      "MD2, MD5, SHA1 jdkCA & usage TLSServer, RSA keySize < 1024, DSA keySize < 1024, "
          + "EC keySize < 224, SHA1 usage SignedJAR & denyAfter 2019-01-01, "
          + "include jdk.disabled.namedCurves";

  @TempDir Path dir;

  static ScanResult scan(Path dir, String profile, RuntimeSecurityFacts... facts) {
    ScanContext.Builder b =
        ScanContext.builder().workingDirectory(dir).catalog(BundledCatalog.get());
    for (RuntimeSecurityFacts f : facts) {
      b.fact(f);
    }
    return PackScans.run(b.build(), profile);
  }

  /** Facts of a JVM that passes every rule; each test spoils one thing. */
  static RuntimeSecurityFacts good() {
    return new RuntimeSecurityFacts(
        List.of("TLSv1.3", "TLSv1.2"),
        JDK17_TLS,
        JDK17_CERTPATH,
        Map.of("jdk.disabled.namedCurves", "secp112r1, secp112r2"),
        SecureRandomFacts.of("NativePRNG", "file:/dev/random"),
        new BouncyCastleFacts(
            "1.87",
            "/app/lib/bcprov-jdk18on-1.87.jar",
            List.of("/app/lib/bcprov-jdk18on-1.87.jar")),
        SelfTestResult.of(List.of()),
        List.of());
  }

  static RuntimeSecurityFacts with(
      List<String> protocols,
      String tls,
      String certPath,
      SecureRandomFacts random,
      BouncyCastleFacts bc,
      SelfTestResult selfTest) {
    return new RuntimeSecurityFacts(
        protocols, tls, certPath, good().includedProperties(), random, bc, selfTest, List.of());
  }

  static RuntimeSecurityFacts withProtocols(List<String> protocols) {
    RuntimeSecurityFacts g = good();
    return with(
        protocols, JDK17_TLS, JDK17_CERTPATH, g.secureRandom(), g.bouncyCastle(), g.selfTest());
  }

  static RuntimeSecurityFacts withTls(String tls) {
    RuntimeSecurityFacts g = good();
    return with(
        g.enabledTlsProtocols(),
        tls,
        JDK17_CERTPATH,
        g.secureRandom(),
        g.bouncyCastle(),
        g.selfTest());
  }

  static RuntimeSecurityFacts withCertPath(String certPath) {
    RuntimeSecurityFacts g = good();
    return with(
        g.enabledTlsProtocols(),
        JDK17_TLS,
        certPath,
        g.secureRandom(),
        g.bouncyCastle(),
        g.selfTest());
  }

  static RuntimeSecurityFacts withRandom(SecureRandomFacts random) {
    RuntimeSecurityFacts g = good();
    return with(
        g.enabledTlsProtocols(), JDK17_TLS, JDK17_CERTPATH, random, g.bouncyCastle(), g.selfTest());
  }

  static RuntimeSecurityFacts withBc(BouncyCastleFacts bc) {
    RuntimeSecurityFacts g = good();
    return with(
        g.enabledTlsProtocols(), JDK17_TLS, JDK17_CERTPATH, g.secureRandom(), bc, g.selfTest());
  }

  static RuntimeSecurityFacts withSelfTest(SelfTestResult selfTest) {
    RuntimeSecurityFacts g = good();
    return with(
        g.enabledTlsProtocols(),
        JDK17_TLS,
        JDK17_CERTPATH,
        g.secureRandom(),
        g.bouncyCastle(),
        selfTest);
  }

  static List<String> runtimeIds(ScanResult r) {
    return r.findings().stream()
        .map(Finding::ruleId)
        .filter(id -> id.startsWith("RUNTIME-"))
        .toList();
  }

  @Test
  void theLiveJvmPassesEveryRuntimeRule() {
    RuntimeSecurityFacts live = RuntimeSecurityFacts.probe(getClass().getClassLoader());
    // This machine's JDK 17 already disables SSLv3, TLSv1 and TLSv1.1 and the weak algorithms.
    assertThat(live.enabledTlsProtocols()).doesNotContain("TLSv1", "TLSv1.1", "SSLv3");
    ScanResult r = scan(dir, ProfileId.MLPS_L3.id(), live);
    assertThat(runtimeIds(r)).as(r.findings().toString()).isEmpty();
    assertThat(runtimeIds(scan(dir, ProfileId.MLPS_L3.id(), good()))).isEmpty();
  }

  @Test
  void aScanWithoutTheFactReportsNothingAboutTheScanningJvm() {
    ScanResult r = scan(dir, ProfileId.XINCHUANG_STRICT.id());
    assertThat(runtimeIds(r)).isEmpty();
  }

  @Test
  void everyRuntimeRuleIsSelectedByTheAssessmentProfiles() {
    for (String profile :
        List.of(
            ProfileId.CRYPTO_L2.id(),
            ProfileId.CRYPTO_L3.id(),
            ProfileId.MLPS_L3.id(),
            ProfileId.GOV_CLOUD_BASELINE.id())) {
      RuntimeSecurityFacts bad =
          with(
              List.of("TLSv1.2", "TLSv1.1"),
              "SSLv3",
              "MD5",
              SecureRandomFacts.of("SHA1PRNG", null),
              BouncyCastleFacts.absent(),
              SelfTestResult.of(List.of("SM3")));
      assertThat(runtimeIds(scan(dir, profile, bad))).as(profile).containsAll(ALL);
    }
  }

  @Test
  void legacyProtocolsEnabledByDefault() {
    RuntimeSecurityFacts f = withProtocols(List.of("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1"));
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), f), "RUNTIME-TLS-LEGACY-ENABLED"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.HIGH);
              assertThat(x.properties()).containsEntry("legacy", "TLSv1.1, TLSv1");
              assertThat(x.message().en()).contains("TLSv1.1, TLSv1");
              assertThat(x.message().zh()).contains("默认 SSLContext 启用了 TLSv1.1, TLSv1");
            });
  }

  @Test
  void anUnreadableSslContextIsReportedNotPassed() {
    RuntimeSecurityFacts f =
        new RuntimeSecurityFacts(
            null,
            JDK17_TLS,
            JDK17_CERTPATH,
            Map.of(),
            good().secureRandom(),
            good().bouncyCastle(),
            good().selfTest(),
            List.of(
                Text.of("无法创建默认 SSLContext：密钥库口令错误", "the SSLContext: wrong keystore password"),
                Text.of("无法读取清单", "the manifest could not be read")));
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), f), "RUNTIME-TLS-LEGACY-ENABLED"))
        .singleElement()
        .satisfies(
            x -> {
              // each language gets the reasons in its own language
              assertThat(x.message().en())
                  .endsWith(
                      "the SSLContext: wrong keystore password; the manifest could not be read")
                  .doesNotContain("无法");
              assertThat(x.message().zh())
                  .endsWith("无法创建默认 SSLContext：密钥库口令错误；无法读取清单")
                  .doesNotContain("could not");
            });
  }

  @Test
  void tlsListMissingEntriesOrOnlyConstrainingThem() {
    // TLSv1.1 missing, 3DES only for small keys (not disabled), MD5 covers MD5withRSA.
    String weak =
        "SSLv3, TLSv1, RC4, DES, MD5, DH keySize < 1024, 3DES_EDE_CBC keySize < 112, anon, NULL";
    RuntimeSecurityFacts f = withTls(weak);
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), f), "RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.properties()).containsEntry("missing", "TLSv1.1, 3DES_EDE_CBC");
              assertThat(x.message().en())
                  .isEqualTo(
                      "The JVM security property jdk.tls.disabledAlgorithms does not disable TLSv1.1, 3DES_EDE_CBC");
              assertThat(x.message().zh()).contains("未禁用 TLSv1.1, 3DES_EDE_CBC");
            });
  }

  @Test
  void anIncludedPropertyCountsAsPartOfTheList() {
    RuntimeSecurityFacts f =
        new RuntimeSecurityFacts(
            good().enabledTlsProtocols(),
            "include my.legacy, RC4, DES, 3DES_EDE_CBC, NULL, anon, MD5withRSA, DH keySize <= 1023",
            JDK17_CERTPATH,
            Map.of("my.legacy", "SSLv3, TLSv1, TLSv1.1"),
            good().secureRandom(),
            good().bouncyCastle(),
            good().selfTest(),
            List.of());
    assertThat(runtimeIds(scan(dir, ProfileId.CRYPTO_L2.id(), f))).isEmpty();
    RuntimeSecurityFacts unset =
        new RuntimeSecurityFacts(
            f.enabledTlsProtocols(),
            f.tlsDisabledAlgorithms(),
            JDK17_CERTPATH,
            Map.of(),
            f.secureRandom(),
            f.bouncyCastle(),
            f.selfTest(),
            List.of());
    assertThat(
            of(scan(dir, ProfileId.CRYPTO_L2.id(), unset), "RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.properties()).containsEntry("missing", "SSLv3, TLSv1, TLSv1.1");
              assertThat(x.properties()).containsEntry("unresolvedIncludes", "my.legacy");
            });
  }

  @Test
  void anUnsetTlsPropertyDisablesNothing() {
    RuntimeSecurityFacts f = withTls(null);
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), f), "RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK"))
        .singleElement()
        .satisfies(x -> assertThat(x.message().en()).contains("is not set").contains("SSLv3"));
  }

  @Test
  void certPathListMissingEntries() {
    // SHA1 only for signed jars does not protect TLS server certificates; RSA floor too low.
    String weak =
        "MD2, MD5, SHA1 usage SignedJAR, RSA keySize < 512, DSA keySize < 1024, EC keySize < 224";
    RuntimeSecurityFacts f = withCertPath(weak);
    assertThat(
            of(scan(dir, ProfileId.CRYPTO_L3.id(), f), "RUNTIME-CERTPATH-DISABLED-ALGORITHMS-WEAK"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(x.properties())
                  .containsEntry("missing", "SHA1 jdkCA & usage TLSServer, RSA keySize < 1024");
            });
    // A SHA1 entry with a past denyAfter, or with no constraint, does protect them.
    for (String ok :
        List.of(
            "MD2, MD5, SHA1 usage TLSServer & denyAfter 2020-01-01, RSA keySize < 1024, DSA keySize < 1024, EC keySize < 224",
            "MD2, MD5, SHA1, RSA keySize < 2048, DSA, EC keySize < 256")) {
      RuntimeSecurityFacts g = withCertPath(ok);
      assertThat(runtimeIds(scan(dir, ProfileId.CRYPTO_L3.id(), g))).as(ok).isEmpty();
    }
  }

  @Test
  void sha1prngAndBlockingSources() {
    RuntimeSecurityFacts sha1 = withRandom(SecureRandomFacts.of("SHA1PRNG", "file:/dev/random"));
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), sha1), "RUNTIME-SECURE-RANDOM-WEAK"))
        .extracting(x -> x.properties().get("reason"))
        .containsExactlyInAnyOrder("sha1prng", "blocking");
    RuntimeSecurityFacts blocking =
        withRandom(SecureRandomFacts.of("NativePRNGBlocking", "file:/dev/urandom"));
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), blocking), "RUNTIME-SECURE-RANDOM-WEAK"))
        .singleElement()
        .satisfies(
            x -> assertThat(x.message().en()).contains("NativePRNGBlocking").contains("stall"));
  }

  @Test
  void theRequiredBouncyCastleVersionComesFromTheBuildNotALiteral() throws Exception {
    Path bcprov =
        Path.of(
            BouncyCastleProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile jar = new JarFile(bcprov.toFile())) {
      assertThat(BouncyCastleRule.builtAgainst())
          .isEqualTo(jar.getManifest().getMainAttributes().getValue("Bundle-Version"));
    }
  }

  @Test
  void anOldOrShadowingBouncyCastleIsNamedWithItsJar() {
    String required = BouncyCastleRule.builtAgainst();
    BouncyCastleFacts shadowing =
        new BouncyCastleFacts(
            "1.60",
            "/app/lib/legacy-sdk-all.jar",
            List.of("/app/lib/legacy-sdk-all.jar", "/app/lib/bcprov-jdk18on-" + required + ".jar"));
    RuntimeSecurityFacts f = withBc(shadowing);
    List<Finding> found =
        of(scan(dir, ProfileId.XINCHUANG_STRICT.id(), f), "RUNTIME-BC-UNSUPPORTED");
    assertThat(found)
        .extracting(x -> x.properties().get("reason"))
        .containsExactly("old", "shadowed");
    assertThat(found.get(0).message().en())
        .isEqualTo(
            "Bouncy Castle 1.60 is loaded from /app/lib/legacy-sdk-all.jar, older than "
                + required
                + ", the release Anke is built against");
    assertThat(found.get(0).location().file()).isEqualTo("/app/lib/legacy-sdk-all.jar");
    assertThat(found.get(1).message().en())
        .contains("/app/lib/legacy-sdk-all.jar")
        .contains("/app/lib/bcprov-jdk18on-" + required + ".jar");
    assertThat(found.get(1).message().zh()).contains("遮蔽");

    // A newer release is fine; an unreadable version or no copy at all is reported.
    BouncyCastleFacts newer =
        new BouncyCastleFacts("9.1", "/x/bcprov.jar", List.of("/x/bcprov.jar"));
    BouncyCastleFacts unknown =
        new BouncyCastleFacts(null, "/x/bcprov.jar", List.of("/x/bcprov.jar"));
    assertThat(bcReasons(newer)).isEmpty();
    assertThat(bcReasons(unknown)).containsExactly("unknown");
    assertThat(bcReasons(BouncyCastleFacts.absent())).containsExactly("absent");
    assertThat(new BouncyCastleRule("1.85.2").required()).isEqualTo("1.85.2");
  }

  private List<String> bcReasons(BouncyCastleFacts bc) {
    RuntimeSecurityFacts f = withBc(bc);
    return of(scan(dir, ProfileId.CRYPTO_L2.id(), f), "RUNTIME-BC-UNSUPPORTED").stream()
        .map(x -> x.properties().get("reason"))
        .toList();
  }

  @Test
  void aFailedSelfTestIsCriticalAndNamesTheTests() {
    RuntimeSecurityFacts f = withSelfTest(SelfTestResult.of(List.of("SM3", "SM4-GCM decrypt")));
    assertThat(of(scan(dir, ProfileId.CRYPTO_L2.id(), f), "RUNTIME-SELF-TEST-FAILED"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(x.message().en())
                  .isEqualTo("The power-on self-test failed: SM3, SM4-GCM decrypt");
              assertThat(x.message().zh()).isEqualTo("上电自检失败：SM3, SM4-GCM decrypt");
            });
  }

  /**
   * Real settings: a child JVM whose java.security is overridden the way an operator would do it
   * (-Djava.security.properties) re-enables TLS 1.0/1.1, drops 3DES from the TLS list, lets MD5
   * certificates through and seeds the default DRBG from /dev/random; the probe and the rules see
   * it.
   */
  @Test
  void aWeakenedJvmIsReportedFromItsRealSettings() throws Exception {
    Path props = dir.resolve("weak.security");
    Files.writeString(
        props,
        String.join(
            "\n",
            "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, DH keySize < 1024, anon, NULL",
            "jdk.certpath.disabledAlgorithms=MD2, RSA keySize < 1024, DSA keySize < 1024, EC keySize < 224, SHA1 jdkCA & usage TLSServer",
            // Not the literal file:/dev/random, so the JDK's default becomes DRBG seeded from it.
            "securerandom.source=file:/dev/./random",
            ""),
        StandardCharsets.ISO_8859_1);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-Djava.security.properties=" + props,
                "-cp",
                System.getProperty("java.class.path"),
                RuntimeProbeMain.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    assertThat(out)
        .contains("RUNTIME-TLS-LEGACY-ENABLED|The default SSLContext enables TLSv1.1, TLSv1 ")
        .contains(
            "RUNTIME-TLS-DISABLED-ALGORITHMS-WEAK|The JVM security property jdk.tls.disabledAlgorithms does not disable TLSv1, TLSv1.1, 3DES_EDE_CBC")
        .contains(
            "RUNTIME-CERTPATH-DISABLED-ALGORITHMS-WEAK|The JVM security property jdk.certpath.disabledAlgorithms does not disable MD5")
        .contains(
            "RUNTIME-SECURE-RANDOM-WEAK|The default SecureRandom DRBG draws from a blocking source (file:/dev/./random)")
        .doesNotContain("RUNTIME-SELF-TEST-FAILED")
        .doesNotContain("RUNTIME-BC-UNSUPPORTED");
  }
}
