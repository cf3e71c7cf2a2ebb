package io.anke.core.report.internal;

import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.TestRules;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Location;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.waiver.WaiverSet;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Scans for exact-output tests of the report writers: code with a source, facts, archive entries, a
 * waiver, and a baseline that is created by one run and applied by the next.
 */
final class ReportScans {
  static final ReportOptions EN = new ReportOptions(Locale.ENGLISH, "1.2.3", false);
  static final ReportOptions ZH = new ReportOptions(Locale.SIMPLIFIED_CHINESE, "1.2.3", false);

  /** A rule whose texts hold every character SARIF markdown escapes. */
  static final RuleDescriptor HASH =
      RuleDescriptor.builder("CRYPTO-WEAK-HASH")
          .title(Text.of("弱哈希 *MD5*", "Weak hash *MD5* [C:\\x]"))
          .description(Text.of("MD5 不安全", "MD5 is <broken> (since 2004)"))
          .remediation(Text.of("改用 SM3", "Use SM3 #now!"))
          .severity(Severity.HIGH)
          .standards("GB/T 39786-2021 8.5(b)")
          .category("crypto")
          .build();

  /** A rule without any clause. */
  static final RuleDescriptor PLAIN =
      RuleDescriptor.builder("HOST-OS")
          .title(Text.of("操作系统", "Operating system"))
          .description(Text.of("说明", "Rationale"))
          .remediation(Text.of("修复", "Fix it"))
          .severity(Severity.LOW)
          .category("host")
          .build();

  /** A rule of 25 clauses: more tags than GitHub keeps. */
  static final RuleDescriptor MANY = manyClauses();

  static final String WAIVERS =
      """
      waivers:
        - rule: HOST-OS
          subject: "os"
          reason: not-applicable
          justification: containers only
          approvedBy: Li
          expires: 2030-01-01
      """;

  private ReportScans() {}

  private static RuleDescriptor manyClauses() {
    String[] clauses = new String[25];
    for (int i = 0; i < clauses.length; i++) {
      clauses[i] = "GB/T 22239-2019 8.1.4." + (i + 1);
    }
    return RuleDescriptor.builder("CONFIG-MANY")
        .title(Text.same("Many"))
        .description(Text.same("Many clauses"))
        .remediation(Text.same("Fix"))
        .severity(Severity.MEDIUM)
        .standards(clauses)
        .category("config")
        .build();
  }

  /**
   * HIGH: code with a source (line 12) and code whose source line is unknown; LOW: a host finding
   * (waived); MEDIUM: a fact and two archive entries (one under a clause of an unknown standard).
   * With {@code extra}, one more HIGH finding.
   */
  static List<Rule> rules(boolean extra) {
    Rule hash =
        TestRules.rule(
            HASH,
            (ctx, sink) -> {
              sink.report(
                  sink.finding()
                      .subject(
                          new Subject(
                              Subject.COMPONENT,
                              "pkg:maven/com.x/lib@1",
                              List.of("com.x:app:1", "com.x:lib:1")))
                      .location(
                          Location.inCode(
                                  "target/classes/com/x/Foo.class",
                                  12,
                                  "com.x.Foo",
                                  "run",
                                  "Foo.java")
                              .withSource(new Location.Source("src/main/java/com/x/Foo.java", 12)))
                      .message(Text.of("使用 MD5", "uses MD5"))
                      .property("algorithm", "MD5")
                      .property("provider", "SUN")
                      .key("foo")
                      .build());
              sink.report(
                  sink.finding()
                      .subject(Subject.of(Subject.CLASS, "com.x.Bar"))
                      .location(
                          Location.inCode(
                                  "target/classes/com/x/Bar.class", 0, "com.x.Bar", null, null)
                              .withSource(new Location.Source("src/main/java/com/x/Bar.java", 0)))
                      .message(Text.of("使用 MD5", "uses MD5"))
                      .key("bar")
                      .build());
              if (extra) {
                sink.report(
                    sink.finding()
                        .subject(Subject.of(Subject.CLASS, "com.x.Baz"))
                        .location(
                            Location.inClass("target/classes/com/x/Baz.class", "com.x.Baz", null))
                        .message(Text.of("使用 SHA-1", "uses SHA-1"))
                        .key("baz")
                        .build());
              }
            });
    Rule os =
        TestRules.rule(
            PLAIN,
            (ctx, sink) ->
                sink.report(
                    sink.finding()
                        .subject(Subject.of(Subject.HOST, "os"))
                        .location(Location.of("/etc/os-release", 2))
                        .message(Text.of("操作系统 Ubuntu", "operating system Ubuntu"))
                        .build()));
    Rule many =
        TestRules.rule(
            MANY,
            (ctx, sink) -> {
              sink.report(
                  sink.finding()
                      .subject(Subject.of(Subject.CONFIG, "jvm"))
                      .location(Location.fact("JVM system properties"))
                      .message(Text.same("fact"))
                      .key("fact")
                      .build());
              sink.report(
                  sink.finding()
                      .subject(Subject.of(Subject.CONFIG, "app.properties"))
                      .location(Location.of("app.jar!/conf/app.properties"))
                      .message(Text.same("entry without line"))
                      .key("entry0")
                      .build());
              sink.report(
                  sink.finding()
                      .subject(Subject.of(Subject.CONFIG, "app.properties"))
                      .location(Location.of("app.jar!/conf/app.properties", 1))
                      .message(Text.same("entry on line 1"))
                      .standards(List.of("ISO/IEC 27001 A.8.24"))
                      .key("entry1")
                      .build());
            });
    return List.of(hash, os, many);
  }

  static Engine.Builder engine(boolean extra) {
    return Engine.builder()
        .addRules(rules(extra))
        .waivers(WaiverSet.parse("waivers.yaml", WAIVERS))
        .clock(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));
  }

  /** No profile, no baseline. */
  static ScanResult plain() {
    return engine(false).build().run(ScanContext.empty());
  }

  /** The first run with {@code baseline} missing: it is created from every finding. */
  static ScanResult created(Path baseline) {
    return engine(false).baselineFile(baseline).build().run(ScanContext.empty());
  }

  /** A run after {@link #created}: one new finding beside the known ones. */
  static ScanResult applied(Path baseline) {
    created(baseline);
    return engine(true).baselineFile(baseline).build().run(ScanContext.empty());
  }

  /**
   * What reaches the stream under a large buffer when {@code format} writes through it: the whole
   * report only when the writer flushes. Closing the stream fails the test.
   */
  static String flushedThroughBuffer(ReportFormat format, ScanResult r, ReportOptions o)
      throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream out =
        new BufferedOutputStream(sink, 1 << 20) {
          @Override
          public void close() {
            throw new AssertionError("the writer closed the stream");
          }
        };
    format.write(r, o, out);
    return sink.toString(StandardCharsets.UTF_8);
  }

  static String render(ReportFormat format, ScanResult r, ReportOptions o) {
    return new String(ReportFormats.render(format, r, o), StandardCharsets.UTF_8);
  }
}
