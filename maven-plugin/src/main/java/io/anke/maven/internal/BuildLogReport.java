package io.anke.maven.internal;

import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.engine.EngineRules;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.engine.Summary;
import io.anke.core.report.DisplayWidth;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.core.waiver.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a scan result into the Maven build log the way a build engineer needs it: every finding
 * that fails the build as a block naming the component, the dependency path that pulled it in, the
 * rule, the standard clauses, the fix and the waiver entry to add; findings below the threshold as
 * one-line warnings; expired and unused waivers as warnings; then one summary line and the report
 * paths.
 */
public final class BuildLogReport {
  /** At most this many full blocks; the rest are counted (the reports list them all). */
  static final int MAX_BLOCKS = 100;

  private static final TextBundle TEXT =
      TextBundle.of("io.anke.maven.Messages", BuildLogReport.class.getClassLoader());

  private final Log log;
  private final Locale locale;
  private final String waiversFile;
  private final boolean waiversConfigured;
  private final LocalDate today;
  private final java.nio.file.Path root;

  /**
   * @param log the mojo's log
   * @param locale chooses Chinese ({@code zh}) or English
   * @param waiversFile the configured waiver file, or null when there is none yet
   * @param today the date the suggested waiver expiry is computed from
   * @param root the directory paths in messages are shown relative to
   */
  public BuildLogReport(
      Log log, Locale locale, String waiversFile, LocalDate today, java.nio.file.Path root) {
    this.log = log;
    this.locale = locale;
    this.waiversConfigured = waiversFile != null && !waiversFile.isBlank();
    this.waiversFile = waiversConfigured ? waiversFile.strip() : "anke-waivers.yaml";
    this.today = today;
    this.root = root;
  }

  /** A message of this plugin in the chosen language. */
  public String text(String key, Object... args) {
    return TEXT.text(key, args).in(locale);
  }

  /** A message of this plugin in the chosen language. */
  public static String text(Locale locale, String key, Object... args) {
    return TEXT.text(key, args).in(locale);
  }

  /** A message of this plugin in both languages, for reports. */
  public static Text texts(String key, Object... args) {
    return TEXT.text(key, args);
  }

  /** Writes the findings, waiver notes and the summary; returns the number of failing findings. */
  public int write(ScanResult result, List<String> reportFiles) {
    FailOn failOn = result.summary().failOn();
    int failing = 0;
    for (Finding f : result.findings()) {
      if (EngineRules.isBookkeeping(f.ruleId())) {
        continue; // waivers and rule errors have their own lines below
      }
      if (f.waived()) {
        Waiver w = f.waiver();
        log.info(
            text(
                "waived",
                f.ruleId(),
                f.subject().id(),
                w.reason().id(),
                w.expires().toString(),
                w.approvedBy()));
      } else if (f.counts() && failOn.failsOn(f.severity())) {
        if (failing < MAX_BLOCKS) {
          block(f);
        }
        failing++;
      } else if (f.counts()) {
        String line =
            text(
                "below",
                f.severity().id().toUpperCase(Locale.ROOT),
                f.ruleId(),
                subject(f),
                msg(f));
        if (f.severity().isAtLeast(Severity.LOW)) {
          log.warn(line);
        } else {
          log.info(line);
        }
      }
    }
    if (failing > MAX_BLOCKS) {
      log.error(text("finding.more", failing - MAX_BLOCKS));
    }
    for (Map.Entry<Waiver, Integer> e : result.expiredWaivers().entrySet()) {
      Waiver w = e.getKey();
      log.warn(
          text(
              "waiverExpired",
              w.rule(),
              w.subject(),
              w.expires().toString(),
              w.source(),
              w.line(),
              e.getValue()));
    }
    for (Waiver w : result.unusedWaivers()) {
      log.warn(text("waiverUnused", w.rule(), w.subject(), w.source(), w.line()));
    }
    for (String rule : result.ruleErrors()) {
      log.error(text("ruleError", rule));
    }
    baseline(result.baseline());
    summary(result, failing);
    if (!reportFiles.isEmpty()) {
      log.info(text("reports", String.join(", ", reportFiles)));
    }
    return failing;
  }

  private void baseline(BaselineStatus b) {
    switch (b.mode()) {
      case CREATED -> log.warn(text("baselineCreated", shown(b.file()), b.entries()));
      case APPLIED -> log.info(text("baselineApplied", shown(b.file()), b.matched(), b.stale()));
      default -> {}
    }
  }

  private String shown(String file) {
    return file == null ? "" : MavenBom.relative(java.nio.file.Path.of(file), root);
  }

  private void summary(ScanResult result, int failing) {
    Summary s = result.summary();
    String profile = result.profile() == null ? "-" : result.profile().id();
    String counts =
        text(
            "counts",
            s.count(Severity.CRITICAL),
            s.count(Severity.HIGH),
            s.count(Severity.MEDIUM),
            s.count(Severity.LOW),
            s.count(Severity.INFO));
    if (s.failOn().isNever()) {
      log.info(text("summary.never", profile, "never", counts, s.waived(), s.baselined()));
    } else if (s.passed()) {
      log.info(text("summary.passed", profile, s.failOn().id(), counts, s.waived(), s.baselined()));
    } else {
      log.error(
          text(
              "summary.failed",
              profile,
              s.failOn().id(),
              counts,
              s.waived(),
              s.baselined(),
              failing));
    }
  }

  private void block(Finding f) {
    log.error(
        text(
            "finding.head",
            f.severity().id().toUpperCase(Locale.ROOT),
            f.ruleId(),
            f.title().in(locale)));
    Subject subject = f.subject();
    boolean component =
        Subject.COMPONENT.equals(subject.kind()) || Subject.DEVICE.equals(subject.kind());
    field(component ? "finding.component" : "finding.subject", subject.id());
    if (!subject.path().isEmpty()) {
      field("finding.path", String.join(text("path.arrow"), subject.path()));
    }
    Location loc = f.location();
    if (!loc.isUnknown()) {
      field("finding.where", loc.display());
    }
    field("finding.why", msg(f));
    if (!f.standards().isEmpty()) {
      field("finding.standard", String.join("; ", f.standards()));
    }
    field("finding.fix", f.remediation().in(locale));
    if (EngineRules.isEngineRule(f.ruleId())) {
      return; // the engine's own findings cannot be waived
    }
    log.error("  " + text(waiversConfigured ? "finding.waive" : "finding.waiveNew", waiversFile));
    for (String line : waiverSnippet(f)) {
      log.error("    " + line);
    }
  }

  private void field(String key, String value) {
    String label = text(key);
    List<String> lines = value.lines().toList();
    String cell = DisplayWidth.pad(label, 12, 1);
    String indent = " ".repeat(DisplayWidth.of(cell));
    for (int i = 0; i < lines.size(); i++) {
      log.error("  " + (i == 0 ? cell : indent) + lines.get(i));
    }
  }

  private String msg(Finding f) {
    return f.message().in(locale);
  }

  private static String subject(Finding f) {
    return f.subject().id();
  }

  /**
   * The YAML entry that would waive this finding: rule id, the subject (with the version of a
   * package URL replaced by {@code *}, so that the waiver survives an upgrade), a reason and
   * placeholders for the justification and approver, expiring in 90 days.
   */
  List<String> waiverSnippet(Finding f) {
    List<String> out = new ArrayList<>();
    out.add("- rule: " + f.ruleId());
    out.add("  subject: " + yaml(subjectGlob(f.subject().id())));
    out.add("  reason: migration-planned");
    out.add("  justification: " + yaml(text("waiverTemplate.justification")));
    out.add("  approvedBy: " + yaml(text("waiverTemplate.approvedBy")));
    out.add("  expires: " + today.plusDays(90));
    return out;
  }

  /** {@code pkg:maven/g/a@1.0?type=war} becomes {@code pkg:maven/g/a@*}; other ids unchanged. */
  static String subjectGlob(String id) {
    if (id.startsWith("pkg:")) {
      int at = id.indexOf('@');
      if (at > 0) {
        return id.substring(0, at) + "@*";
      }
    }
    return id;
  }

  private static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The Chinese or English half of a text. */
  public String in(Text t) {
    return t.in(locale);
  }
}
