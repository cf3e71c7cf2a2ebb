package io.anke.core.policy;

import io.anke.core.ConfigurationException;
import io.anke.core.classification.Classification;
import io.anke.core.classification.ClassificationException;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.FieldClassification;
import io.anke.core.internal.CoreMessage;
import io.anke.core.policy.internal.PolicyYamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Decides who may read or export which fields of shared records: the owning department under its
 * own duty, another department only under a {@link SharingAgreement} that names it, the resource,
 * the purpose, the action and the day. Deny by default. Immutable and thread-safe once built.
 *
 * <p>Rules of a decision, in order: a subject without user, department, purpose or authentication
 * is denied ({@code missing-attribute}); a department the policy does not know is denied; the
 * owner's own department gets every field; another department gets the fields of the agreements
 * that apply (its fields in the clear, its {@code masked} fields masked, the rest withheld) or is
 * denied with the reason each candidate agreement failed; at protection level 3 and above, fields
 * that must be stored encrypted (sensitive personal information, important and core data) are
 * released in the clear only to a subject authenticated with a cryptographic second factor, and
 * masked otherwise (core data: withheld).
 */
public final class AccessPolicy {
  private final ZoneId zone;
  private final Map<String, Department> departments;
  private final Map<String, Classification> resources;
  private final List<SharingAgreement> agreements;

  /** Agreements by resource name, then consumer (the provider is the resource's owner). */
  private final Map<String, Map<String, List<SharingAgreement>>> byResource;

  /**
   * Decisions for every field of a resource, remembered per agreement (or per resource for the
   * owner), action and authentication: with these fixed the outcome is too, whoever asks and on
   * whichever day the agreement applies. The policy is immutable, so nothing here goes stale.
   */
  private final Map<SharingAgreement, AtomicReferenceArray<Decision>> agreementMemo;

  private final Map<Classification, AtomicReferenceArray<Decision>> ownMemo =
      new ConcurrentHashMap<>();

  private static final int SLOTS = AccessAction.values().length * Authentication.values().length;

  private AccessPolicy(Builder b) {
    this.zone = b.zone;
    this.departments = Collections.unmodifiableMap(new LinkedHashMap<>(b.departments));
    this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(b.resources));
    this.agreements = List.copyOf(b.agreements);
    Map<String, Map<String, List<SharingAgreement>>> index = new HashMap<>();
    for (SharingAgreement a : agreements) {
      index
          .computeIfAbsent(a.resource(), k -> new HashMap<>())
          .computeIfAbsent(a.consumer(), k -> new ArrayList<>())
          .add(a);
    }
    Map<String, Map<String, List<SharingAgreement>>> frozen = new HashMap<>();
    index.forEach(
        (resource, byConsumer) -> {
          Map<String, List<SharingAgreement>> copy = new HashMap<>();
          byConsumer.forEach((consumer, list) -> copy.put(consumer, List.copyOf(list)));
          frozen.put(resource, Map.copyOf(copy));
        });
    this.byResource = Map.copyOf(frozen);
    Map<SharingAgreement, AtomicReferenceArray<Decision>> memo = new IdentityHashMap<>();
    for (SharingAgreement a : agreements) {
      memo.put(a, new AtomicReferenceArray<>(SLOTS));
    }
    this.agreementMemo = memo;
  }

  /** A builder; the time zone for agreement dates is Asia/Shanghai unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a policy file (format in {@code docs/data-access.md}). Every error — YAML syntax, an
   * unknown key, department, resource, field, data class, action or purpose format, a date range
   * that ends before it starts, a field whose classes the agreement does not cover — rejects the
   * whole file: nothing is half-loaded.
   *
   * @param file the policy file
   * @param resourceTypes the {@code @DataResource} types the agreements may name
   * @throws ConfigurationException naming the file and line of the first error, or the file when it
   *     cannot be read
   * @throws ClassificationException when a resource type's own annotations are wrong
   */
  public static AccessPolicy load(Path file, Collection<Class<?>> resourceTypes) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(
          name, 0, CoreMessage.POLICY_CANNOT_READ.text(e.toString()), e);
    }
    return read(name, text, resourceTypes);
  }

  /**
   * Reads policy text; {@code source} names it in errors.
   *
   * @throws ConfigurationException as {@link #load(Path, Collection)}
   * @throws ClassificationException when a resource type's own annotations are wrong
   */
  public static AccessPolicy read(String source, String text, Collection<Class<?>> resourceTypes) {
    Builder b = builder();
    for (Class<?> t : resourceTypes) {
      b.resource(t);
    }
    return PolicyYamlReader.read(source, text, b);
  }

  /** The departments, by id. */
  public Map<String, Department> departments() {
    return departments;
  }

  /** The resources agreements may name, by name. */
  public Map<String, Classification> resources() {
    return resources;
  }

  /** The agreements, in the order they were added. */
  public List<SharingAgreement> agreements() {
    return agreements;
  }

  /** The time zone in which agreement dates are read. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Decides a request for every field of {@code type}.
   *
   * @throws ClassificationException when {@code type}'s annotations are missing or wrong
   */
  public Decision decide(Subject subject, Class<?> type, AccessAction action, Instant at) {
    Classification c = Classification.of(type);
    return decide(subject, c, action, c.fields().keySet(), at);
  }

  /**
   * Decides a request for some fields of {@code type}.
   *
   * @param fields the fields asked for
   * @throws ClassificationException when {@code type}'s annotations are missing or wrong
   * @throws IllegalArgumentException when a field is not a field of {@code type}
   */
  public Decision decide(
      Subject subject, Class<?> type, AccessAction action, Set<String> fields, Instant at) {
    Classification c = Classification.of(type);
    for (String f : fields) {
      if (!c.fields().containsKey(f)) {
        throw new IllegalArgumentException(
            CoreMessage.POLICY_NO_SUCH_FIELD.english(type.getName(), f));
      }
    }
    return decide(subject, c, action, fields, at);
  }

  private Decision decide(
      Subject s, Classification c, AccessAction action, Set<String> requested, Instant at) {
    if (blank(s.id())
        || blank(s.department())
        || blank(s.purpose())
        || s.authentication() == null
        || !departments.containsKey(s.department())
        || !requested.equals(c.fields().keySet())
        || resources.get(c.name()) != c) {
      return compute(s, c, action, requested, at);
    }
    AtomicReferenceArray<Decision> memo;
    if (s.department().equals(c.owner())) {
      memo = ownMemo.computeIfAbsent(c, k -> new AtomicReferenceArray<>(SLOTS));
    } else {
      SharingAgreement only = onlyApplicable(s, c, action, LocalDate.ofInstant(at, zone));
      if (only == null) {
        return compute(s, c, action, requested, at);
      }
      memo = agreementMemo.get(only);
    }
    int slot = action.ordinal() * Authentication.values().length + s.authentication().ordinal();
    Decision d = memo.get(slot);
    if (d == null) {
      d = compute(s, c, action, requested, at);
      memo.set(slot, d);
    }
    return d;
  }

  /** The one agreement that applies to this request, or null when none or several do. */
  private SharingAgreement onlyApplicable(
      Subject s, Classification c, AccessAction action, LocalDate day) {
    SharingAgreement only = null;
    for (SharingAgreement a :
        byResource.getOrDefault(c.name(), Map.of()).getOrDefault(s.department(), List.of())) {
      if (failure(a, s, action, day) == null) {
        if (only != null) {
          return null;
        }
        only = a;
      }
    }
    return only;
  }

  private Decision compute(
      Subject s, Classification c, AccessAction action, Set<String> requested, Instant at) {
    List<String> missing = new ArrayList<>(4);
    if (blank(s.id())) {
      missing.add("id");
    }
    if (blank(s.department())) {
      missing.add("department");
    }
    if (blank(s.purpose())) {
      missing.add("purpose");
    }
    if (s.authentication() == null) {
      missing.add("authentication");
    }
    if (!missing.isEmpty()) {
      return deny(c, action, requested, Reason.of("missing-attribute", missing));
    }
    if (!departments.containsKey(s.department())) {
      return deny(c, action, requested, Reason.of("unknown-department", s.department()));
    }
    List<Reason> reasons = new ArrayList<>(3);
    Set<String> clear = new LinkedHashSet<>();
    Set<String> masked = new LinkedHashSet<>();
    List<String> used = new ArrayList<>(1);
    if (s.department().equals(c.owner())) {
      clear.addAll(requested);
      reasons.add(Reason.of("own-duty", s.department(), c.name()));
    } else {
      LocalDate day = LocalDate.ofInstant(at, zone);
      // agreements were checked against the registered type of this name, never another one
      List<SharingAgreement> candidates =
          resources.get(c.name()) != c
              ? List.of()
              : byResource.getOrDefault(c.name(), Map.of()).getOrDefault(s.department(), List.of());
      List<Reason> failures = new ArrayList<>(candidates.size());
      for (SharingAgreement a : candidates) {
        Reason failure = failure(a, s, action, day);
        if (failure != null) {
          failures.add(failure);
          continue;
        }
        used.add(a.id());
        reasons.add(Reason.of("agreement", a.id(), a.approvedBy(), a.validUntil().toString()));
        for (String f : requested) {
          if (a.fields().contains(f)) {
            clear.add(f);
          } else if (a.masked().contains(f)) {
            masked.add(f);
          }
        }
      }
      if (used.isEmpty()) {
        if (failures.isEmpty()) {
          failures.add(Reason.of("no-agreement", s.department(), action.id(), c.name(), c.owner()));
        }
        return deny(c, action, requested, failures.toArray(Reason[]::new));
      }
      masked.removeAll(clear);
    }
    strongAuthentication(s, c, clear, masked, reasons);
    Set<String> withheldNow = new LinkedHashSet<>(requested);
    withheldNow.removeAll(clear);
    withheldNow.removeAll(masked);
    // immutable once, shared by the reasons and the decision
    Set<String> maskedFinal = Set.copyOf(masked);
    Set<String> withheld = Set.copyOf(withheldNow);
    if (!maskedFinal.isEmpty()) {
      reasons.add(Reason.of("masked", maskedFinal));
    }
    if (!withheld.isEmpty()) {
      reasons.add(Reason.of("withheld", withheld));
    }
    if (clear.isEmpty() && maskedFinal.isEmpty()) {
      reasons.add(Reason.of("nothing-released", c.name()));
      return deny(c, action, requested, reasons.toArray(Reason[]::new));
    }
    Decision.Effect effect =
        maskedFinal.isEmpty() && withheld.isEmpty()
            ? Decision.Effect.ALLOW
            : Decision.Effect.ALLOW_MASKED;
    return new Decision(effect, c.name(), action, clear, maskedFinal, withheld, reasons, used);
  }

  /** Why {@code a} does not apply, or null when it does. */
  private static Reason failure(SharingAgreement a, Subject s, AccessAction action, LocalDate day) {
    if (!a.actions().contains(action)) {
      return Reason.of("action", a.id(), action.id());
    }
    if (!a.purposes().contains(s.purpose())) {
      return Reason.of("purpose", a.id(), s.purpose(), a.purposes());
    }
    if (day.isBefore(a.validFrom())) {
      return Reason.of("not-yet-valid", a.id(), a.validFrom().toString());
    }
    if (day.isAfter(a.validUntil())) {
      return Reason.of("expired", a.id(), a.validUntil().toString());
    }
    if (!a.roles().isEmpty() && Collections.disjoint(a.roles(), s.roles())) {
      return Reason.of("role", a.id(), a.roles());
    }
    return null;
  }

  /**
   * GB/T 22239-2019 8.1.4.1 d: at level 3 and above, data that must be stored encrypted is shown in
   * the clear only after a cryptographic second factor; otherwise masked, and core data withheld.
   */
  private static void strongAuthentication(
      Subject s, Classification c, Set<String> clear, Set<String> masked, List<Reason> reasons) {
    if (s.authentication() == Authentication.CRYPTOGRAPHIC_MULTI_FACTOR || c.level() < 3) {
      return;
    }
    List<String> lowered = new ArrayList<>(2);
    for (String f : List.copyOf(clear)) {
      FieldClassification fc = c.fields().get(f);
      if (fc.requiresEncryption(c.level())) {
        clear.remove(f);
        if (fc.grade() != DataClass.CORE) {
          masked.add(f);
        }
        lowered.add(f);
      }
    }
    for (String f : List.copyOf(masked)) {
      if (c.fields().get(f).grade() == DataClass.CORE) {
        masked.remove(f);
        lowered.add(f);
      }
    }
    if (!lowered.isEmpty()) {
      reasons.add(Reason.of("strong-authentication", lowered, c.level(), s.authentication().id()));
    }
  }

  private static Decision deny(
      Classification c, AccessAction action, Set<String> requested, Reason... reasons) {
    return new Decision(
        Decision.Effect.DENY,
        c.name(),
        action,
        Set.of(),
        Set.of(),
        requested,
        List.of(reasons),
        List.of());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Builds an {@link AccessPolicy}; every addition is checked at once. */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Classification> resources = new LinkedHashMap<>();
    private final List<SharingAgreement> agreements = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();

    private Builder() {}

    /** The time zone in which agreement dates are read. */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Adds a department.
     *
     * @throws IllegalArgumentException when its id is already known
     */
    public Builder department(Department d) {
      if (departments.putIfAbsent(d.id(), d) != null) {
        throw new IllegalArgumentException(CoreMessage.POLICY_DEPARTMENT_TWICE.english(d.id()));
      }
      return this;
    }

    /** Adds a department by id and names. */
    public Builder department(String id, String zh, String en) {
      return department(new Department(id, zh, en));
    }

    /**
     * Adds a resource type that agreements may name.
     *
     * @throws ClassificationException when its annotations are missing or wrong
     * @throws IllegalArgumentException when another type has the same resource name
     */
    public Builder resource(Class<?> type) {
      Classification c = Classification.of(type);
      Classification before = resources.putIfAbsent(c.name(), c);
      if (before != null && before.type() != type) {
        throw new IllegalArgumentException(
            CoreMessage.POLICY_RESOURCE_NAME_TAKEN.english(
                c.name(), before.type().getName(), type.getName()));
      }
      return this;
    }

    /**
     * Adds an agreement after checking it against the departments and resources added so far.
     *
     * @throws IllegalArgumentException naming what is wrong (attribute first, e.g. {@code fields:
     *     ...}): a duplicate id, an unknown department, a provider that does not own the resource,
     *     an unknown resource or field, a field listed both in the clear and masked, a field whose
     *     classes the agreement's data classes do not cover, no purpose, no field, a range that
     *     ends before it starts
     */
    public Builder agreement(SharingAgreement a) {
      String problem = problem(a);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      ids.add(a.id());
      agreements.add(a);
      return this;
    }

    /** What is wrong with {@code a}, as "attribute: message", or null. */
    private String problem(SharingAgreement a) {
      String at = "agreement " + a.id() + ": ";
      if (ids.contains(a.id())) {
        return "id: " + at + "the id is used twice";
      }
      for (String[] d : new String[][] {{"provider", a.provider()}, {"consumer", a.consumer()}}) {
        if (!departments.containsKey(d[1])) {
          return d[0]
              + ": "
              + at
              + "unknown department '"
              + d[1]
              + "'; declared: "
              + String.join(", ", departments.keySet());
        }
      }
      if (a.provider().equals(a.consumer())) {
        return "consumer: " + at + "a department needs no agreement with itself";
      }
      Classification c = resources.get(a.resource());
      if (c == null) {
        return "resource: "
            + at
            + "unknown resource '"
            + a.resource()
            + "'; known: "
            + String.join(", ", resources.keySet());
      }
      if (!c.owner().equals(a.provider())) {
        return "provider: "
            + at
            + "resource '"
            + c.name()
            + "' is owned by '"
            + c.owner()
            + "', not '"
            + a.provider()
            + "'";
      }
      if (a.purposes().isEmpty() || a.purposes().stream().anyMatch(AccessPolicy::blank)) {
        return "purposes: " + at + "name at least one purpose of use";
      }
      if (a.actions().isEmpty()) {
        return "actions: " + at + "name at least one action";
      }
      if (a.fields().isEmpty() && a.masked().isEmpty()) {
        return "fields: " + at + "name at least one field";
      }
      for (String[] list :
          new String[][] {a.fields().toArray(String[]::new), a.masked().toArray(String[]::new)}) {
        for (String f : list) {
          FieldClassification fc = c.fields().get(f);
          String key = a.fields().contains(f) ? "fields" : "masked";
          if (fc == null) {
            return key
                + ": "
                + at
                + "resource '"
                + c.name()
                + "' has no field '"
                + f
                + "'; fields: "
                + String.join(", ", c.fields().keySet());
          }
          if (a.fields().contains(f) && a.masked().contains(f)) {
            return "masked: " + at + "field '" + f + "' is listed both in the clear and masked";
          }
          for (DataClass d : fc.classes()) {
            if (d != DataClass.GENERAL && !a.dataClasses().contains(d)) {
              return "dataClasses: "
                  + at
                  + "field '"
                  + f
                  + "' is "
                  + d.id()
                  + " data, which the agreement's dataClasses do not cover";
            }
          }
        }
      }
      if (a.validUntil().isBefore(a.validFrom())) {
        return "validUntil: "
            + at
            + "ends ("
            + a.validUntil()
            + ") before it starts ("
            + a.validFrom()
            + ")";
      }
      if (a.approvedBy().isBlank()) {
        return "approvedBy: " + at + "say who approved it";
      }
      return null;
    }

    /** The policy. */
    public AccessPolicy build() {
      return new AccessPolicy(this);
    }
  }
}
