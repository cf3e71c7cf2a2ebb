package io.anke.core.rule;

import io.anke.core.Severity;
import io.anke.core.internal.CoreMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a rule checks and why: its stable id, bilingual title, rationale and fix, default severity,
 * the standard clauses it maps to, the bundled profiles it belongs to and its category.
 *
 * @param id stable upper-case id such as {@code CRYPTO-WEAK-HASH}; never reused for another check
 * @param title a short name of the problem
 * @param description why it matters (the rationale an assessor reads)
 * @param remediation how to fix it
 * @param severity the default severity; a profile may override it
 * @param standards clause references such as {@code GB/T 39786-2021 8.5(b)}, in the rule's order
 * @param profiles ids of the bundled profiles that include this rule (sorted)
 * @param category one of {@code crypto}, {@code bom}, {@code hw}, {@code host}, {@code data},
 *     {@code config} (lower-case; profiles select by it)
 */
public record RuleDescriptor(
    String id,
    Text title,
    Text description,
    Text remediation,
    Severity severity,
    List<String> standards,
    Set<String> profiles,
    String category) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*");
  private static final Pattern LOWER_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** Validates the fields and copies the collections. */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(CoreMessage.RULE_ID_MALFORMED.english(id));
    }
    Objects.requireNonNull(title, () -> id + ": title");
    Objects.requireNonNull(description, () -> id + ": description");
    Objects.requireNonNull(remediation, () -> id + ": remediation");
    Objects.requireNonNull(severity, () -> id + ": severity");
    standards = List.copyOf(standards);
    TreeSet<String> sortedProfiles = new TreeSet<>();
    for (String p : profiles) {
      if (!LOWER_ID.matcher(p).matches()) {
        throw new IllegalArgumentException(CoreMessage.RULE_BAD_PROFILE.english(id, p));
      }
      sortedProfiles.add(p);
    }
    profiles = Collections.unmodifiableSet(sortedProfiles);
    Objects.requireNonNull(category, () -> id + ": category");
    if (!LOWER_ID.matcher(category).matches()) {
      throw new IllegalArgumentException(CoreMessage.RULE_BAD_CATEGORY.english(id, category));
    }
  }

  /** Starts a descriptor for the rule {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Builds a {@link RuleDescriptor}; title, description, remediation, severity and category are
   * required.
   */
  public static final class Builder {
    private final String id;
    private Text title;
    private Text description;
    private Text remediation;
    private Severity severity;
    private final List<String> standards = new ArrayList<>();
    private final Set<String> profiles = new TreeSet<>();
    private String category;

    private Builder(String id) {
      this.id = id;
    }

    /** A short name of the problem. */
    public Builder title(Text title) {
      this.title = title;
      return this;
    }

    /** Why it matters. */
    public Builder description(Text description) {
      this.description = description;
      return this;
    }

    /** How to fix it. */
    public Builder remediation(Text remediation) {
      this.remediation = remediation;
      return this;
    }

    /** The default severity. */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** Adds clause references such as {@code GB/T 39786-2021 8.5(b)}. */
    public Builder standards(String... clauses) {
      standards.addAll(List.of(clauses));
      return this;
    }

    /** Adds the ids of bundled profiles that include the rule. */
    public Builder profiles(String... ids) {
      profiles.addAll(List.of(ids));
      return this;
    }

    /** Adds the ids of bundled profiles that include the rule. */
    public Builder profiles(Collection<String> ids) {
      profiles.addAll(ids);
      return this;
    }

    /**
     * The category ({@code crypto}, {@code bom}, {@code hw}, {@code host}, {@code data}, {@code
     * config}).
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /** The descriptor; throws when a required field is missing or malformed. */
    public RuleDescriptor build() {
      return new RuleDescriptor(
          id, title, description, remediation, severity, standards, profiles, category);
    }
  }
}
