package io.anke.core.engine;

import io.anke.core.ExitCode;
import io.anke.core.profile.Profile;
import io.anke.core.rule.Finding;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.waiver.Waiver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one engine run: sorted findings, summary, the waiver and baseline bookkeeping, and
 * the exit decision. Everything a report needs.
 *
 * @param context what was scanned
 * @param profile the profile applied, or null when rules were run without one
 * @param rules descriptors of the rules that ran plus the engine's own, with effective severities,
 *     sorted by id
 * @param findings every finding, sorted (severity, rule, subject, location)
 * @param summary the counts and the pass/fail decision
 * @param expiredWaivers expired waivers with the number of findings each would have covered
 * @param unusedWaivers unexpired waivers that matched nothing
 * @param ruleErrors ids of rules that failed, sorted
 * @param baseline what happened with the baseline
 */
public record ScanResult(
    ScanContext context,
    Profile profile,
    List<RuleDescriptor> rules,
    List<Finding> findings,
    Summary summary,
    Map<Waiver, Integer> expiredWaivers,
    List<Waiver> unusedWaivers,
    List<String> ruleErrors,
    BaselineStatus baseline) {

  /** Copies the collections. */
  public ScanResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    expiredWaivers =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expiredWaivers));
    unusedWaivers = List.copyOf(unusedWaivers);
    ruleErrors = List.copyOf(ruleErrors);
  }

  /** The applied profile, if any. */
  public Optional<Profile> profileUsed() {
    return Optional.ofNullable(profile);
  }

  /** The descriptor of a rule that ran (or of an engine rule). */
  public Optional<RuleDescriptor> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The exit code of the contract: {@code 4} when a rule failed, {@code 1} when a counting finding
   * is at or above the threshold, else {@code 0}.
   */
  public ExitCode exitCode() {
    if (!ruleErrors.isEmpty()) {
      return ExitCode.INTERNAL_ERROR;
    }
    return summary.passed() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /**
   * What the baseline did in this run.
   *
   * @param mode {@code NONE}, {@code APPLIED} or {@code CREATED}
   * @param file the baseline file as given, or null
   * @param entries fingerprints in the baseline (after creation, the number recorded)
   * @param matched findings of this run found in the baseline
   * @param stale baseline entries that no finding of this run matched (fixed since)
   */
  public record BaselineStatus(Mode mode, String file, int entries, int matched, int stale) {
    /** No baseline was used. */
    public static final BaselineStatus NONE = new BaselineStatus(Mode.NONE, null, 0, 0, 0);

    /** How the baseline was used. */
    public enum Mode {
      /** No baseline. */
      NONE,
      /** An existing baseline marked known findings. */
      APPLIED,
      /** The baseline file did not exist and was written from this run's findings. */
      CREATED
    }
  }
}
