package io.anke.core.audit;

import io.anke.core.internal.CoreMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event for the audit trail, before the log gives it a sequence number, a time and its chain
 * fields. Every attribute except {@code type} is optional (null or empty is left out of the
 * record).
 *
 * <pre>{@code
 * AuditEvent e = AuditEvent.builder("data.export")
 *     .user("u-1024").department("civil-affairs")
 *     .action("export").resource("resident").decision("allow")
 *     .attribute("rows", "120")
 *     .build();
 * }</pre>
 *
 * @param type what happened: lowercase letters, digits, {@code .}, {@code _} and {@code -}, at most
 *     64 characters; types starting with {@code audit.} are the log's own
 * @param user who acted, or null
 * @param department the user's department, or null
 * @param action what was done, e.g. {@code read}
 * @param resource what it was done to, e.g. {@code resident}
 * @param decision the outcome, e.g. {@code allow}, {@code deny}, {@code pass}
 * @param reasons why, in order
 * @param attributes anything else, in the order given
 */
public record AuditEvent(
    String type,
    String user,
    String department,
    String action,
    String resource,
    String decision,
    List<String> reasons,
    Map<String, String> attributes) {

  /** The type of the records {@link AuditLog} writes for the data-access guard. */
  public static final String DATA_ACCESS = "data.access";

  /** The type of the record the start-up guard writes. */
  public static final String STARTUP_GUARD = "startup.guard";

  private static final String RESERVED = "audit.";
  private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * Checks the type and copies the collections.
   *
   * @throws IllegalArgumentException if the type is malformed or reserved, or a reason or attribute
   *     is null
   */
  public AuditEvent {
    Objects.requireNonNull(type, "type");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(CoreMessage.AUDIT_EVENT_TYPE_MALFORMED.english(type));
    }
    if (type.startsWith(RESERVED)) {
      throw new IllegalArgumentException(CoreMessage.AUDIT_EVENT_TYPE_RESERVED.english(type));
    }
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    Map<String, String> copy = new LinkedHashMap<>();
    if (attributes != null) {
      attributes.forEach(
          (k, v) ->
              copy.put(
                  Objects.requireNonNull(k, "attribute name"),
                  Objects.requireNonNull(v, "attribute " + k)));
    }
    attributes = Collections.unmodifiableMap(copy);
  }

  /** A builder for an event of {@code type}. */
  public static Builder builder(String type) {
    return new Builder(type);
  }

  /** Builds an {@link AuditEvent}. */
  public static final class Builder {
    private final String type;
    private String user;
    private String department;
    private String action;
    private String resource;
    private String decision;
    private final List<String> reasons = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(String type) {
      this.type = type;
    }

    /** Who acted. */
    public Builder user(String value) {
      this.user = value;
      return this;
    }

    /** The user's department. */
    public Builder department(String value) {
      this.department = value;
      return this;
    }

    /** What was done. */
    public Builder action(String value) {
      this.action = value;
      return this;
    }

    /** What it was done to. */
    public Builder resource(String value) {
      this.resource = value;
      return this;
    }

    /** The outcome. */
    public Builder decision(String value) {
      this.decision = value;
      return this;
    }

    /** Adds a reason. */
    public Builder reason(String value) {
      reasons.add(Objects.requireNonNull(value, "reason"));
      return this;
    }

    /** Adds (or replaces) an attribute. */
    public Builder attribute(String name, String value) {
      attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * The event.
     *
     * @throws IllegalArgumentException if the type is malformed or reserved
     */
    public AuditEvent build() {
      return new AuditEvent(
          type, user, department, action, resource, decision, reasons, attributes);
    }
  }
}
