package io.anke.core.engine;

import io.anke.core.Severity;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.TextBundle;
import java.util.List;

/**
 * The findings the engine itself reports, described like rules so that every report format can list
 * and explain them. They run under every profile; a profile may override their severity.
 */
public final class EngineRules {
  private static final TextBundle TEXT =
      TextBundle.of("io.anke.core.engine.Messages", EngineRules.class.getClassLoader());

  /** A rule threw while evaluating; the run exits 4. */
  public static final RuleDescriptor RULE_ERROR =
      descriptor("ANKE-RULE-ERROR", "ruleError", Severity.CRITICAL);

  /** A waiver is past its expiry date. */
  public static final RuleDescriptor WAIVER_EXPIRED =
      descriptor("ANKE-WAIVER-EXPIRED", "waiverExpired", Severity.LOW);

  /** A waiver matched no finding. */
  public static final RuleDescriptor WAIVER_UNUSED =
      descriptor("ANKE-WAIVER-UNUSED", "waiverUnused", Severity.INFO);

  /**
   * An input the selected rules judge was missing, empty or out of date (see {@link
   * io.anke.core.rule.InputGap}): the scan did not see what the profile needs.
   */
  public static final RuleDescriptor INPUT_MISSING =
      descriptor("ANKE-INPUT-MISSING", "inputMissing", Severity.HIGH);

  /** An input the selected rules judge was left out by configuration. */
  public static final RuleDescriptor INPUT_EXCLUDED =
      descriptor("ANKE-INPUT-EXCLUDED", "inputExcluded", Severity.INFO);

  private EngineRules() {}

  /** The engine's descriptors, sorted by id. */
  public static List<RuleDescriptor> all() {
    return List.of(INPUT_EXCLUDED, INPUT_MISSING, RULE_ERROR, WAIVER_EXPIRED, WAIVER_UNUSED);
  }

  /**
   * True for the engine findings about waivers and failed rules, which build logs and summaries
   * show in their own way; the input findings are shown like any other finding.
   */
  public static boolean isBookkeeping(String id) {
    return id.equals(RULE_ERROR.id())
        || id.equals(WAIVER_EXPIRED.id())
        || id.equals(WAIVER_UNUSED.id());
  }

  /** True for an id the engine reserves for its own findings. */
  public static boolean isEngineRule(String id) {
    return id.startsWith("ANKE-");
  }

  static TextBundle text() {
    return TEXT;
  }

  private static RuleDescriptor descriptor(String id, String key, Severity severity) {
    return RuleDescriptor.builder(id)
        .title(TEXT.text(key + ".title"))
        .description(TEXT.text(key + ".description"))
        .remediation(TEXT.text(key + ".remediation"))
        .severity(severity)
        .category("config")
        .build();
  }
}
