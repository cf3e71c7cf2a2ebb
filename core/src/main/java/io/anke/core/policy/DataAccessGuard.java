package io.anke.core.policy;

import io.anke.core.classification.ClassificationException;
import io.anke.core.internal.CoreMessage;
import io.anke.core.masking.Masker;
import io.anke.core.masking.MaskingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one call an application makes when it reads or exports shared records: validate, decide,
 * record, mask, and return a masked copy — never the caller's object.
 *
 * <ol>
 *   <li><b>Validate</b> each record with the Jakarta {@link Validator}, if one is set (GB/T
 *       22239-2019 8.1.4.4 f, validity of data through interfaces): a violation stops the access
 *       with a {@link ConstraintViolationException}.
 *   <li><b>Decide</b> with the {@link AccessPolicy}.
 *   <li><b>Record</b> the decision with the {@link AccessAuditor}, allowed or denied, before any
 *       data is returned; an auditor that fails stops the access.
 *   <li><b>Mask</b>: fields the decision releases masked take their {@code @Masked} strategy;
 *       fields it withholds are hidden entirely (strings) or left out (null, other types).
 *   <li><b>Return</b> the masked copy, or throw {@link AccessDeniedException} with the reasons.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataAccessGuard {
  private final AccessPolicy policy;
  private final Validator validator;
  private final AccessAuditor auditor;
  private final Clock clock;
  private final Masker masker;
  private final Map<List<Object>, Masker> hiding = new ConcurrentHashMap<>();

  private DataAccessGuard(Builder b) {
    this.policy = b.policy;
    this.validator = b.validator;
    this.auditor = b.auditor;
    this.clock = b.clock;
    this.masker = b.masker;
  }

  /** A guard over {@code policy}: no validator, no auditor, the system clock, default masking. */
  public static Builder builder(AccessPolicy policy) {
    return new Builder(policy);
  }

  /** The policy that decides. */
  public AccessPolicy policy() {
    return policy;
  }

  /**
   * Reads one record.
   *
   * @return a masked copy of {@code record} as the decision allows
   * @throws AccessDeniedException when the policy denies
   * @throws ConstraintViolationException when the record is not valid
   * @throws ClassificationException when the record's type is not a correctly classified {@code
   *     DataResource}
   * @throws MaskingException when the record cannot be copied
   * @throws RuntimeException whatever the auditor throws; the access is then refused
   */
  public <T> T read(Subject subject, T record) {
    return one(subject, record, AccessAction.READ);
  }

  /**
   * Exports one record: as {@link #read}, under the agreements that grant export.
   *
   * @throws AccessDeniedException when the policy denies
   * @throws ConstraintViolationException when the record is not valid
   * @throws ClassificationException when the record's type is not a correctly classified {@code
   *     DataResource}
   * @throws MaskingException when the record cannot be copied
   */
  public <T> T export(Subject subject, T record) {
    return one(subject, record, AccessAction.EXPORT);
  }

  /**
   * Reads records of one type under one decision (one audit record for the lot).
   *
   * @return masked copies, in order
   * @throws IllegalArgumentException when the records are of different types or one is null
   * @throws AccessDeniedException when the policy denies
   * @throws ConstraintViolationException when a record is not valid
   * @throws ClassificationException when the type is not a correctly classified {@code
   *     DataResource}
   * @throws MaskingException when a record cannot be copied
   */
  public <T> List<T> readAll(Subject subject, Collection<T> records) {
    if (records.isEmpty()) {
      return List.of();
    }
    Class<?> type = null;
    for (T r : records) {
      if (r == null) {
        throw new IllegalArgumentException(CoreMessage.POLICY_NULL_RECORD.english());
      }
      if (type == null) {
        type = r.getClass();
      } else if (type != r.getClass()) {
        throw new IllegalArgumentException(
            CoreMessage.POLICY_MIXED_RECORDS.english(type.getName(), r.getClass().getName()));
      }
    }
    validate(records);
    Decision d = decide(subject, type, AccessAction.READ, records.size());
    List<T> out = new ArrayList<>(records.size());
    for (T r : records) {
      out.add(apply(d, r));
    }
    return List.copyOf(out);
  }

  private <T> T one(Subject subject, T record, AccessAction action) {
    Objects.requireNonNull(record, "record");
    validate(List.of(record));
    return apply(decide(subject, record.getClass(), action, 1), record);
  }

  private void validate(Collection<?> records) {
    if (validator == null) {
      return;
    }
    Set<ConstraintViolation<Object>> all = new LinkedHashSet<>();
    for (Object r : records) {
      all.addAll(validator.validate(r));
    }
    if (!all.isEmpty()) {
      throw new ConstraintViolationException(all);
    }
  }

  private Decision decide(Subject subject, Class<?> type, AccessAction action, int count) {
    Instant now = clock.instant(); // the audit record carries the instant the decision used
    Decision d = policy.decide(subject, type, action, now);
    auditor.record(new AccessEvent(now, subject, d, d.allowed() ? count : 0));
    if (!d.allowed()) {
      throw new AccessDeniedException(d);
    }
    return d;
  }

  private <T> T apply(Decision d, T record) {
    if (d.masked().isEmpty() && d.withheld().isEmpty()) {
      return masker.mask(record, Set.of()); // a copy all the same: the caller's object stays theirs
    }
    Class<?> type = record.getClass();
    Masker m =
        d.withheld().isEmpty()
            ? masker
            : hiding.computeIfAbsent(
                List.of(type, d.withheld()), k -> masker.hiding(type, d.withheld()));
    Set<String> fields = new LinkedHashSet<>(d.masked());
    fields.addAll(d.withheld());
    return m.mask(record, fields);
  }

  /** Settings of a {@link DataAccessGuard}. */
  public static final class Builder {
    private final AccessPolicy policy;
    private Validator validator;
    private AccessAuditor auditor = AccessAuditor.NONE;
    private Clock clock = Clock.systemUTC();
    private Masker masker = Masker.defaults();

    private Builder(AccessPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Validates each record before anything is decided. */
    public Builder validator(Validator value) {
      this.validator = value;
      return this;
    }

    /** Receives every decision. */
    public Builder auditor(AccessAuditor value) {
      this.auditor = Objects.requireNonNull(value, "auditor");
      return this;
    }

    /** The clock decisions and audit records use. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The masker for masked fields (its strategies set in code apply). */
    public Builder masker(Masker value) {
      this.masker = Objects.requireNonNull(value, "masker");
      return this;
    }

    /** The guard. */
    public DataAccessGuard build() {
      return new DataAccessGuard(this);
    }
  }
}
