package io.anke.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class RuleApiTest {

  static final RuleDescriptor WEAK_HASH =
      RuleDescriptor.builder("CRYPTO-WEAK-HASH")
          .title(Text.of("弱杂凑算法", "Weak hash algorithm"))
          .description(Text.of("理由", "Rationale"))
          .remediation(Text.of("改用 SM3", "Use SM3"))
          .severity(Severity.HIGH)
          .standards("GB/T 39786-2021 8.5(b)")
          .profiles("crypto-l3", "crypto-l2")
          .category("crypto")
          .build();

  @Test
  void textPicksLanguageByLocale() {
    Text t = Text.of("中文", "English");
    assertThat(t.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("中文");
    assertThat(t.in(Locale.CHINESE)).isEqualTo("中文");
    assertThat(t.in(Locale.ENGLISH)).isEqualTo("English");
    assertThat(t.in(Locale.GERMANY)).isEqualTo("English");
    assertThat(t.otherThan(Locale.ENGLISH)).isEqualTo("中文");
  }

  @Test
  void listOfPunctuatesEachLanguageItsOwnWay() {
    Text list = Text.listOf(List.of(Text.of("甲", "a"), Text.of("乙", "b"), Text.of("丙", "c")));
    assertThat(list).isEqualTo(Text.of("甲；乙；丙", "a; b; c"));
    assertThat(Text.listOf(List.of(Text.of("甲", "a")))).isEqualTo(Text.of("甲", "a"));
    assertThat(Text.listOf(List.of())).isEqualTo(Text.of("", ""));
  }

  @Test
  void textBundleReadsBothLanguagesAndFormats() {
    TextBundle b = TextBundle.of("io.anke.core.rule.TestMessages", getClass().getClassLoader());
    assertThat(b.text("hello", "Anke")).isEqualTo(Text.of("你好 Anke", "Hello Anke"));
    assertThat(b.text("plain")).isEqualTo(Text.of("纯文本", "It's plain"));
    assertThat(b.has("hello")).isTrue();
    assertThat(b.has("nope")).isFalse();
    assertThatThrownBy(() -> b.text("nope"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void textBundleRequiresChineseTranslation() {
    assertThatThrownBy(
            () -> TextBundle.of("io.anke.core.rule.EnglishOnly", getClass().getClassLoader()))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("zh_CN");
  }

  @Test
  void descriptorValidatesIdAndSortsProfiles() {
    assertThat(WEAK_HASH.profiles()).containsExactly("crypto-l2", "crypto-l3");
    assertThatThrownBy(() -> RuleDescriptor.builder("weak-hash").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weak-hash");
    assertThatThrownBy(
            () ->
                RuleDescriptor.builder("X-Y")
                    .title(Text.same("t"))
                    .description(Text.same("d"))
                    .remediation(Text.same("r"))
                    .severity(Severity.LOW)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("X-Y: category");
  }

  @Test
  void builderPrefillsFromDescriptorAndRequiresSubjectAndMessage() {
    Finding f =
        Finding.builder(WEAK_HASH)
            .subject(Subject.of(Subject.CLASS, "com.x.Foo"))
            .message(Text.of("使用 MD5", "uses MD5"))
            .property("algorithm", "MD5")
            .build();
    assertThat(f.ruleId()).isEqualTo("CRYPTO-WEAK-HASH");
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.standards()).containsExactly("GB/T 39786-2021 8.5(b)");
    assertThat(f.remediation().en()).isEqualTo("Use SM3");
    assertThat(f.location()).isEqualTo(Location.NONE);
    assertThat(f.counts()).isTrue();
    assertThatThrownBy(() -> Finding.builder(WEAK_HASH).message(Text.same("m")).build())
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> Finding.builder(WEAK_HASH).subject(Subject.of("class", "X")).build())
        .hasMessageContaining("message");
  }

  @Test
  void fingerprintIgnoresLinesMessagesAndVersionsButNotRuleSubjectOrKey() {
    Finding base =
        Finding.builder(WEAK_HASH)
            .subject(Subject.of(Subject.COMPONENT, "pkg:maven/com.x/lib@1.0?type=jar"))
            .location(new Location("app.jar!/BOOT-INF/lib/lib-1.0.jar", 0, "com.x.A", "run"))
            .message(Text.same("a"))
            .key("MD5")
            .build();
    Finding shifted =
        Finding.builder(WEAK_HASH)
            .subject(Subject.of(Subject.COMPONENT, "pkg:maven/com.x/lib@1.1?type=jar"))
            .location(new Location("app.jar!/BOOT-INF/lib/lib-1.1.jar", 42, "com.x.A", "run"))
            .message(Text.same("b"))
            .severity(Severity.LOW)
            .key("MD5")
            .build();
    assertThat(shifted.fingerprint()).isEqualTo(base.fingerprint()).hasSize(32);
    Finding otherKey =
        Finding.builder(WEAK_HASH)
            .subject(base.subject())
            .location(base.location())
            .message(base.message())
            .key("SHA-1")
            .build();
    assertThat(otherKey.fingerprint()).isNotEqualTo(base.fingerprint());
    Finding otherClass =
        Finding.builder(WEAK_HASH)
            .subject(base.subject())
            .location(new Location(base.location().file(), 0, "com.x.B", "run"))
            .message(base.message())
            .key("MD5")
            .build();
    assertThat(otherClass.fingerprint()).isNotEqualTo(base.fingerprint());
  }

  @Test
  void versionlessIdStripsOnlyThePurlVersion() {
    assertThat(Subject.of("component", "pkg:maven/g/a@1.0?type=jar#sub").versionlessId())
        .isEqualTo("pkg:maven/g/a?type=jar#sub");
    assertThat(Subject.of("component", "pkg:npm/%40scope/a@2").versionlessId())
        .isEqualTo("pkg:npm/%40scope/a");
    assertThat(Subject.of("component", "g:a:1.0").versionlessId()).isEqualTo("g:a:1.0");
  }

  @Test
  void subjectAndLocationFromComponent() {
    Component c =
        Component.builder()
            .group("com.mysql")
            .name("mysql-connector-j")
            .version("8.4.0")
            .purl("pkg:maven/com.mysql/mysql-connector-j@8.4.0")
            .dependencyPath(List.of("com.example:app:1.0", "com.mysql:mysql-connector-j:8.4.0"))
            .origin(new Origin("app.jar", 0, "app.jar!/BOOT-INF/lib/mysql-connector-j-8.4.0.jar"))
            .build();
    Subject s = Subject.of(c);
    assertThat(s.kind()).isEqualTo("component");
    assertThat(s.id()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.4.0");
    assertThat(s.path()).hasSize(2);
    Location l = Location.of(c.origin());
    assertThat(l.file()).isEqualTo("app.jar!/BOOT-INF/lib/mysql-connector-j-8.4.0.jar");
    assertThat(l.outerFile()).isEqualTo("app.jar");
    assertThat(Location.of(Origin.of("bom.json", 7))).isEqualTo(Location.of("bom.json", 7));
    Component hw =
        Component.builder()
            .kind(ComponentKind.DEVICE)
            .manufacturer("Huawei")
            .name("TaiShan 200")
            .build();
    assertThat(Subject.of(hw).kind()).isEqualTo("device");
  }

  record CryptoUsage(String algorithm) {}

  @Test
  void contextExposesBomsHostFactsAndRelativePaths() {
    BillOfMaterials sbom = new BillOfMaterials("bom.json", List.of());
    BillOfMaterials host = new BillOfMaterials("host", List.of());
    Path wd = Path.of("/work/project");
    ScanContext ctx =
        ScanContext.builder()
            .workingDirectory(wd)
            .bom(sbom)
            .host(host)
            .fact(new CryptoUsage("MD5"))
            .fact("unrelated")
            .build();
    assertThat(ctx.boms()).containsExactly(sbom, host);
    assertThat(ctx.host()).contains(host);
    assertThat(ctx.facts(CryptoUsage.class)).containsExactly(new CryptoUsage("MD5"));
    assertThat(ctx.facts(Integer.class)).isEmpty();
    assertThat(ctx.relativize(Path.of("/work/project/target/app.jar"))).isEqualTo("target/app.jar");
    assertThat(ctx.relativize(Path.of("/etc/os-release"))).isEqualTo("/etc/os-release");
    assertThat(ScanContext.empty().boms()).isEmpty();
  }

  @Test
  void aDocumentsOwnFactsReachTheRulesWithItAndSurviveRewrites() {
    Component lib = Component.builder().name("lib").build();
    BillOfMaterials cbom =
        new BillOfMaterials("cbom.json", List.of(lib)).withFacts(List.of(new CryptoUsage("AES")));
    // A step that replaces the components (catalog enrichment) keeps what else the document said.
    BillOfMaterials enriched = cbom.withComponents(List.of(lib.toBuilder().version("1").build()));
    assertThat(enriched.facts()).containsExactly(new CryptoUsage("AES"));
    assertThat(new BillOfMaterials("bom.json", List.of()).facts()).isEmpty();

    ScanContext ctx = ScanContext.builder().fact(new CryptoUsage("MD5")).bom(enriched).build();
    assertThat(ctx.facts(CryptoUsage.class))
        .containsExactly(new CryptoUsage("MD5"), new CryptoUsage("AES"));
  }

  @Test
  void memoComputesOncePerNameAndKeyIncludingNull() {
    ScanContext ctx = ScanContext.empty();
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    assertThat(ctx.<String, Integer>memo("len", "abc", k -> calls.incrementAndGet() + k.length()))
        .isEqualTo(4);
    assertThat(ctx.<String, Integer>memo("len", "abc", k -> calls.incrementAndGet() + k.length()))
        .isEqualTo(4);
    assertThat(ctx.<String, Integer>memo("other", "abc", k -> -1)).isEqualTo(-1);
    assertThat(
            ctx.<String, String>memo(
                "none",
                "x",
                k -> {
                  calls.incrementAndGet();
                  return null;
                }))
        .isNull();
    assertThat(ctx.<String, String>memo("none", "x", k -> "late")).isNull();
    assertThat(calls.get()).isEqualTo(2);
    // Another scan has its own cache.
    assertThat(ScanContext.empty().<String, Integer>memo("len", "abc", k -> 0)).isEqualTo(0);
  }
}
