package io.anke.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.waiver.WaiverSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class BuildLogReportTest {
  /** Collects log lines with their level. */
  static final class Lines extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    String all() {
      return String.join("\n", lines);
    }
  }

  private static final RuleDescriptor FOREIGN =
      RuleDescriptor.builder("TEST-FOREIGN")
          .title(Text.of("境外组件", "Foreign component"))
          .description(Text.of("说明", "Why"))
          .remediation(Text.of("换成国产组件", "Use a domestic one"))
          .severity(Severity.HIGH)
          .standards("GB/T 22239-2019 8.1.4.1")
          .category("bom")
          .build();

  private static final Rule RULE =
      new Rule() {
        @Override
        public RuleDescriptor descriptor() {
          return FOREIGN;
        }

        @Override
        public void evaluate(ScanContext context, FindingSink sink) {
          context
              .components()
              .forEach(
                  c ->
                      sink.report(
                          sink.finding()
                              .subject(Subject.of(c))
                              .location(Location.of(c.origin()))
                              .message(Text.of("发现 " + c.name(), "found " + c.name()))
                              .build()));
        }
      };

  private static ScanResult run(String waivers) {
    Component c =
        Component.builder()
            .group("com.oracle.database.jdbc")
            .name("ojdbc11")
            .version("23.5")
            .purl("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5")
            .dependencyPath(List.of("com.example:app:1.0", "com.oracle.database.jdbc:ojdbc11:23.5"))
            .origin(io.anke.core.bom.Origin.of("pom.xml", 17))
            .build();
    ScanContext ctx = ScanContext.builder().bom(new BillOfMaterials("pom.xml", List.of(c))).build();
    return Engine.builder()
        .addRules(List.of(RULE))
        .waivers(
            waivers == null ? WaiverSet.empty() : WaiverSet.parse("anke-waivers.yaml", waivers))
        .clock(Clock.fixed(java.time.Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC))
        .build()
        .run(ctx);
  }

  @Test
  void failingFindingNamesComponentPathLocationClauseFixAndWaiver() {
    Lines log = new Lines();
    int failing =
        new BuildLogReport(
                log, Locale.ENGLISH, null, LocalDate.of(2026, 11, 27), java.nio.file.Path.of("."))
            .write(run(null), List.of("target/anke/anke-report.json"));
    String out = log.all();
    assertThat(failing).isEqualTo(1);
    assertThat(out)
        .contains("[ERROR] HIGH TEST-FOREIGN Foreign component")
        .contains("component:  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5")
        .contains("path:       com.example:app:1.0 -> com.oracle.database.jdbc:ojdbc11:23.5")
        .contains("where:      pom.xml:17")
        .contains("why:        found ojdbc11")
        .contains("standard:   GB/T 22239-2019 8.1.4.1")
        .contains("fix:        Use a domestic one")
        .contains("create anke-waivers.yaml with 'waivers:' and this entry")
        .contains("    - rule: TEST-FOREIGN")
        .contains("      subject: \"pkg:maven/com.oracle.database.jdbc/ojdbc11@*\"")
        .contains("      expires: 2027-02-25")
        .contains(
            "[ERROR] Anke -: FAILED \u2014 1 finding(s) at or above high (critical 0, high 1,"
                + " medium 0, low 0, info 0); 0 waived, 0 baselined.")
        .contains("[INFO] Reports: target/anke/anke-report.json");
  }

  @Test
  void theSuggestedWaiverIsAcceptedByTheWaiverParserAndWaivesTheFinding() {
    Lines first = new Lines();
    new BuildLogReport(
            first, Locale.ENGLISH, "w.yaml", LocalDate.of(2026, 11, 27), java.nio.file.Path.of("."))
        .write(run(null), List.of());
    StringBuilder yaml = new StringBuilder("waivers:\n");
    boolean in = false;
    for (String l : first.lines) {
      if (l.startsWith("[ERROR]     ")) {
        yaml.append(l.substring("[ERROR]     ".length())).append('\n');
        in = true;
      } else if (in) {
        break;
      }
    }
    Lines second = new Lines();
    int failing =
        new BuildLogReport(
                second,
                Locale.ENGLISH,
                "w.yaml",
                LocalDate.of(2026, 11, 27),
                java.nio.file.Path.of("."))
            .write(run(yaml.toString()), List.of());
    assertThat(failing).isZero();
    assertThat(second.all())
        .contains(
            "[INFO] Waived: TEST-FOREIGN pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5"
                + " (migration-planned until 2027-02-25")
        .contains("PASSED");
  }

  @Test
  void expiredAndUnusedWaiversAreWarnings() {
    String yaml =
        "waivers:\n"
            + "  - rule: TEST-FOREIGN\n"
            + "    subject: \"pkg:maven/com.oracle.database.jdbc/*\"\n"
            + "    reason: migration-planned\n"
            + "    justification: moving to DM8\n"
            + "    approvedBy: CISO\n"
            + "    expires: 2025-01-01\n"
            + "  - rule: TEST-OTHER\n"
            + "    subject: \"*\"\n"
            + "    reason: not-applicable\n"
            + "    justification: none\n"
            + "    approvedBy: CISO\n"
            + "    expires: 2099-01-01\n";
    Lines log = new Lines();
    new BuildLogReport(
            log,
            Locale.ENGLISH,
            "anke-waivers.yaml",
            LocalDate.of(2026, 11, 27),
            java.nio.file.Path.of("."))
        .write(run(yaml), List.of());
    assertThat(log.all())
        .contains(
            "[WARNING] Expired waiver no longer applies: rule TEST-FOREIGN subject"
                + " pkg:maven/com.oracle.database.jdbc/* expired on 2025-01-01"
                + " (anke-waivers.yaml:2); 1 finding(s) count again.")
        .contains(
            "[WARNING] Unused waiver: rule TEST-OTHER subject * (anke-waivers.yaml:8) matched no"
                + " finding; remove it.")
        .contains("[ERROR] HIGH TEST-FOREIGN");
  }

  @Test
  void chineseMessages() {
    Lines log = new Lines();
    new BuildLogReport(
            log,
            Locale.SIMPLIFIED_CHINESE,
            null,
            LocalDate.of(2026, 11, 27),
            java.nio.file.Path.of("."))
        .write(run(null), List.of("target/anke/anke-report.html"));
    assertThat(log.all())
        .contains("[ERROR] HIGH TEST-FOREIGN 境外组件")
        .contains("com.example:app:1.0 → com.oracle.database.jdbc:ojdbc11:23.5")
        .contains("[ERROR]   问题：      发现 ojdbc11")
        .contains("发现 ojdbc11")
        .contains("换成国产组件")
        .contains("未通过")
        .contains("报告：target/anke/anke-report.html");
  }

  @Test
  void subjectGlobReplacesOnlyThePurlVersion() {
    assertThat(BuildLogReport.subjectGlob("pkg:maven/g/a@1.0?type=war"))
        .isEqualTo("pkg:maven/g/a@*");
    assertThat(BuildLogReport.subjectGlob("com.x.Foo")).isEqualTo("com.x.Foo");
  }
}
