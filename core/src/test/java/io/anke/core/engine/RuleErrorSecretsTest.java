package io.anke.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.testing.Canaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A rule that crashes with secrets in its exception's message and its cause's: the {@code
 * ANKE-RULE-ERROR} finding names the exception types and where the rule threw, and no report format
 * carries the secrets. The reports stay in {@code target/leak-check/rule-error}, where the leak
 * scan of the {@code samples} module reads them again.
 */
class RuleErrorSecretsTest {
  static final RuleDescriptor CONFIG =
      TestRules.descriptor("CONFIG-TEST-READER", Severity.HIGH, "config");

  /** Fails the way a careless configuration reader might: quoting what it could not parse. */
  static void readDataSource() {
    IOException cause =
        new IOException("bad key " + Canaries.SM4_KEY_HEX + " / " + Canaries.HMAC_KEY_HEX);
    throw new UncheckedIOException(
        "cannot use spring.datasource.password="
            + Canaries.DB_PASSWORD
            + " with sm2 key d="
            + Canaries.SM2_D_HEX
            + " (keystore "
            + Canaries.KEYSTORE_PASSWORD
            + ")",
        cause);
  }

  static ScanResult crash() {
    Rule crashing = TestRules.rule(CONFIG, (ctx, sink) -> readDataSource());
    return Engine.builder().addRules(List.of(crashing)).build().run(ScanContext.empty());
  }

  @Test
  void theFindingNamesTypesAndPlaceButNotTheMessage() {
    ScanResult r = crash();
    Finding f = r.findings().get(0);
    assertThat(f.ruleId()).isEqualTo("ANKE-RULE-ERROR");
    String frame =
        java.util.regex.Pattern.quote(RuleErrorSecretsTest.class.getName())
            + "\\.readDataSource\\(RuleErrorSecretsTest\\.java:\\d+\\)";
    assertThat(f.message().en())
        .matches(
            "Rule CONFIG-TEST-READER failed: java\\.io\\.UncheckedIOException <-"
                + " java\\.io\\.IOException at "
                + frame
                + " \\(the exception message is left out: it may hold secrets\\)");
    assertThat(f.message().zh())
        .matches(
            "规则 CONFIG-TEST-READER 运行失败：java\\.io\\.UncheckedIOException <-"
                + " java\\.io\\.IOException，位置 "
                + frame
                + "（异常信息可能含有密钥或口令，不予显示）");
    assertThat(f.properties()).containsEntry("exception", "java.io.UncheckedIOException");
    assertThat(f.properties().get("frame")).matches(frame);
    assertThat(r.exitCode()).isEqualTo(io.anke.core.ExitCode.INTERNAL_ERROR);
  }

  @Test
  void noReportFormatInEitherLanguageCarriesTheSecrets() throws IOException {
    ScanResult r = crash();
    ReportFormats formats = ReportFormats.builtIn();
    for (Locale lang : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      ReportOptions options = new ReportOptions(lang, "1.2.3", false, ReportOptions.DEFAULT_WIDTH);
      Path dir = Path.of("target", "leak-check", "rule-error", lang.getLanguage());
      for (String id : formats.ids()) {
        ReportFormat format = formats.get(id);
        String text = new String(ReportFormats.render(format, r, options), StandardCharsets.UTF_8);
        assertThat(text)
            .as("%s %s", id, lang)
            .contains("CONFIG-TEST-READER", "UncheckedIOException");
        for (String canary : Canaries.texts()) {
          assertThat(text)
              .as("%s report (%s)", id, lang)
              .doesNotContain(canary)
              .doesNotContainIgnoringCase(canary.substring(0, 16));
        }
        ReportFormats.writeTo(dir, format, r, options);
      }
    }
  }

  @Test
  void theFrameIsTheRulesOwnPackageThenAnkeCodeThenTheTopOfTheStack() {
    Throwable e = new IllegalStateException();
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 233),
          new StackTraceElement("io.anke.core.files.Reader", "read", "Reader.java", 10),
          new StackTraceElement("io.anke.core.engine.XRule", "evaluate", "XRule.java", 42),
          new StackTraceElement(Engine.class.getName(), "run", "Engine.java", 140),
        });
    // A rule of this package: its own frame, though another Anke frame is nearer the top.
    assertThat(Engine.throwingFrame(TestRules.class, e))
        .isEqualTo("io.anke.core.engine.XRule.evaluate(XRule.java:42)");
    // A rule of a package with no frame here: the innermost frame of Anke's code.
    assertThat(Engine.throwingFrame(java.time.Instant.class, e))
        .isEqualTo("io.anke.core.files.Reader.read(Reader.java:10)");
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Objects", "requireNonNull", null, -1),
          new StackTraceElement(Engine.class.getName(), "run", "Engine.java", 140),
        });
    assertThat(Engine.throwingFrame(java.time.Instant.class, e))
        .isEqualTo("java.util.Objects.requireNonNull(?)");
    e.setStackTrace(new StackTraceElement[0]);
    assertThat(Engine.throwingFrame(java.time.Instant.class, e)).isNull();
    ScanResult r =
        Engine.builder()
            .addRules(
                List.of(
                    TestRules.rule(
                        CONFIG,
                        (ctx, sink) -> {
                          throw new WithoutStack(Canaries.DB_PASSWORD);
                        })))
            .build()
            .run(ScanContext.empty());
    assertThat(r.findings().get(0).message().en())
        .startsWith("Rule CONFIG-TEST-READER failed: " + WithoutStack.class.getName())
        .endsWith(" (the exception message is left out: it may hold secrets)")
        .doesNotContain(" at ", Canaries.DB_PASSWORD);
  }

  /** An exception thrown without a stack trace, as the JVM may throw a repeated one. */
  private static final class WithoutStack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WithoutStack(String message) {
      super(message, null, false, false);
    }
  }
}
