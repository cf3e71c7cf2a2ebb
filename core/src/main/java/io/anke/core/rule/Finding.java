package io.anke.core.rule;

import io.anke.core.Severity;
import io.anke.core.internal.CoreMessage;
import io.anke.core.waiver.Waiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One problem a rule found: the finding contract every report derives from. Rules build findings
 * with {@link #builder(RuleDescriptor)} (or {@link FindingSink#finding()}); the engine then applies
 * the profile's severity, waivers and the baseline through the {@code with…} methods.
 *
 * @param ruleId the id of the rule that reported it
 * @param severity the effective severity (after profile overrides)
 * @param title the rule's short title
 * @param message what exactly is wrong with this subject
 * @param subject what the finding is about
 * @param location where it was seen ({@link Location#NONE} when not known)
 * @param standards the clause references
 * @param remediation how to fix it
 * @param properties free string properties, sorted by key (crypto findings carry {@code algorithm};
 *     a finding whose subject path is elided carries {@link #PATH_DEPTH})
 * @param key an optional discriminator that tells apart findings of one rule on the same subject
 *     and location (for example the algorithm); part of the {@link #fingerprint()}; null when none
 * @param waiver the waiver that accepts this finding, or null
 * @param baselined true when the finding was already in the baseline file
 */
public record Finding(
    String ruleId,
    Severity severity,
    Text title,
    Text message,
    Subject subject,
    Location location,
    List<String> standards,
    Text remediation,
    SortedMap<String, String> properties,
    String key,
    Waiver waiver,
    boolean baselined) {
  /**
   * The property that states the full length of a dependency path that {@link Subject#path()} shows
   * elided.
   */
  public static final String PATH_DEPTH = "pathDepth";

  /** Validates and copies. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    location = location == null ? Location.NONE : location;
    standards = List.copyOf(standards);
    Objects.requireNonNull(remediation, "remediation");
    TreeMap<String, String> props = new TreeMap<>(properties);
    if (subject.pathElided()) {
      // The elided path says how much was left out; this says how deep the component is.
      props.put(PATH_DEPTH, Integer.toString(subject.depth()));
    }
    properties = Collections.unmodifiableSortedMap(props);
    key = key == null || key.isEmpty() ? null : key;
  }

  /** A builder pre-filled from the rule's descriptor. */
  public static Builder builder(RuleDescriptor rule) {
    return new Builder(rule);
  }

  /** True when a waiver accepts this finding. */
  public boolean waived() {
    return waiver != null;
  }

  /** True when the finding counts toward the fail-on threshold: neither waived nor baselined. */
  public boolean counts() {
    return waiver == null && !baselined;
  }

  /** This finding with another severity (a profile override). */
  public Finding withSeverity(Severity newSeverity) {
    return with(newSeverity, waiver, baselined);
  }

  /** This finding accepted by {@code w} (or no longer waived when null). */
  public Finding withWaiver(Waiver w) {
    return with(severity, w, baselined);
  }

  /** This finding marked as present (or not) in the baseline. */
  public Finding withBaselined(boolean inBaseline) {
    return with(severity, waiver, inBaseline);
  }

  /**
   * This finding with the {@link Location#source() source} a build made its location's file from
   * (null for none): a build tool that knows its source roots points reports at the source. Only
   * the source changes, so the {@link #fingerprint()} stays the same.
   *
   * @throws IllegalArgumentException when the location is a {@link Location#fact() fact}
   */
  public Finding withSource(Location.Source source) {
    return new Finding(
        ruleId,
        severity,
        title,
        message,
        subject,
        location.withSource(source),
        standards,
        remediation,
        properties,
        key,
        waiver,
        baselined);
  }

  // The engine changes only these three components; everything else is the rule's.
  private Finding with(Severity newSeverity, Waiver newWaiver, boolean newBaselined) {
    return new Finding(
        ruleId,
        newSeverity,
        title,
        message,
        subject,
        location,
        standards,
        remediation,
        properties,
        key,
        newWaiver,
        newBaselined);
  }

  // Version-like suffix of a nested jar name: "x-1.2.3.jar" -> "x.jar", so that upgrading a
  // library inside a fat jar does not change the fingerprint of its findings.
  private static final Pattern JAR_VERSION =
      Pattern.compile("-\\d[A-Za-z0-9._+-]*(\\.(?:jar|war|ear|zip))(?=$|!/)");

  /**
   * A stable identity for baselines and SARIF {@code partialFingerprints}: SHA-256 (hex, first 32
   * characters) over the rule id, subject kind, version-less subject id, the location's file (with
   * version suffixes of nested archive names removed), class and method, and the {@link #key()}.
   * Line numbers, messages, severities and dependency paths are left out on purpose: they shift
   * when unrelated things change; so is the location's source, which only a build knows.
   */
  public String fingerprint() {
    String file = JAR_VERSION.matcher(location.file()).replaceAll("$1");
    String material =
        String.join(
            "\u0000",
            ruleId,
            subject.kind(),
            subject.versionlessId(),
            file,
            Objects.toString(location.className(), ""),
            Objects.toString(location.method(), ""),
            Objects.toString(key, ""));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(CoreMessage.SHA256_MISSING.english(), e);
    }
  }

  /** Builds a {@link Finding}; {@code subject} and {@code message} are required. */
  public static final class Builder {
    private final String ruleId;
    private Severity severity;
    private Text title;
    private Text message;
    private Subject subject;
    private Location location = Location.NONE;
    private List<String> standards;
    private Text remediation;
    private final SortedMap<String, String> properties = new TreeMap<>();
    private String key;

    private Builder(RuleDescriptor rule) {
      this.ruleId = rule.id();
      this.severity = rule.severity();
      this.title = rule.title();
      this.standards = new ArrayList<>(rule.standards());
      this.remediation = rule.remediation();
    }

    /** Overrides the rule's default severity for this finding. */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** Overrides the rule's title. */
    public Builder title(Text title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** What exactly is wrong with the subject (required). */
    public Builder message(Text message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /** What the finding is about (required). */
    public Builder subject(Subject subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** Where it was seen. */
    public Builder location(Location location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /** Replaces the rule's clause references. */
    public Builder standards(List<String> clauses) {
      this.standards = new ArrayList<>(clauses);
      return this;
    }

    /** Overrides the rule's remediation with a more specific one. */
    public Builder remediation(Text remediation) {
      this.remediation = Objects.requireNonNull(remediation, "remediation");
      return this;
    }

    /** Adds a property (null values are ignored). */
    public Builder property(String name, String value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        properties.put(name, value);
      }
      return this;
    }

    /** A discriminator between findings of this rule on the same subject and location. */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /** The finding. */
    public Finding build() {
      if (subject == null) {
        throw new IllegalStateException(CoreMessage.FINDING_NO_SUBJECT.english(ruleId));
      }
      if (message == null) {
        throw new IllegalStateException(CoreMessage.FINDING_NO_MESSAGE.english(ruleId));
      }
      return new Finding(
          ruleId,
          severity,
          title,
          message,
          subject,
          location,
          standards,
          remediation,
          properties, // the constructor takes its own sorted copy
          key,
          null,
          false);
    }
  }
}
