package io.anke.core.waiver;

import io.anke.core.internal.Glob;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a waiver file: findings of {@code rule} on {@code subject} are accepted until {@code
 * expires}, for a stated reason, by a named approver.
 *
 * @param rule a rule id or a glob over rule ids ({@code CRYPTO-*}); case-insensitive
 * @param subject a glob over subject ids ({@code pkg:maven/com.mysql/*}); case-sensitive
 * @param reason why the finding is accepted
 * @param justification the reviewer-readable explanation
 * @param approvedBy who approved it
 * @param expires the last day on which the waiver applies
 * @param source the waiver file as given by the user, for messages
 * @param line the 1-based line of the entry in {@code source}, 0 when not from a file
 */
public record Waiver(
    String rule,
    String subject,
    WaiverReason reason,
    String justification,
    String approvedBy,
    LocalDate expires,
    String source,
    int line) {

  /** Validates that every field is present. */
  public Waiver {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(expires, "expires");
    source = source == null ? "" : source;
  }

  /** True when the waiver covers a finding of {@code ruleId} on {@code subjectId}. */
  public boolean matches(String ruleId, String subjectId) {
    return Glob.ignoringCase(rule).matches(ruleId) && Glob.of(subject).matches(subjectId);
  }

  /** True when {@code today} is after the expiry date (the expiry day itself still applies). */
  public boolean isExpired(LocalDate today) {
    return today.isAfter(expires);
  }

  /** {@code file:line} of the entry, for messages and reports. */
  public String where() {
    return line > 0 ? source + ":" + line : source;
  }
}
