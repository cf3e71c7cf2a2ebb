package io.anke.core.policy;

import io.anke.core.classification.DataClass;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A cross-department data-sharing agreement: which department ({@code consumer}) may read or export
 * which fields of which resource of the owning department ({@code provider}), for which purposes,
 * between which dates, approved by whom. Fields it lists under {@code masked} are released masked
 * only; fields it does not list are withheld. {@link AccessPolicy} checks an agreement against the
 * resource's classification when it is added.
 *
 * @param id the agreement's number, e.g. {@code GA-MZ-2026-017}
 * @param provider the owning department's id
 * @param consumer the using department's id
 * @param resource the resource name ({@code DataResource#name})
 * @param purposes the purposes of use it allows
 * @param actions what it allows doing (read; export only when named)
 * @param fields fields released in the clear
 * @param masked fields released masked
 * @param dataClasses the data classes it covers: every listed field's classes must be among them
 * @param roles roles of which the user must hold one; empty for any user of the consumer
 * @param validFrom first day it applies (in the policy's time zone)
 * @param validUntil last day it applies
 * @param approvedBy who approved it (person, body or document number)
 */
public record SharingAgreement(
    String id,
    String provider,
    String consumer,
    String resource,
    Set<String> purposes,
    Set<AccessAction> actions,
    Set<String> fields,
    Set<String> masked,
    Set<DataClass> dataClasses,
    Set<String> roles,
    LocalDate validFrom,
    LocalDate validUntil,
    String approvedBy) {

  /** Requires every attribute but roles; copies the sets. */
  public SharingAgreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(approvedBy, "approvedBy");
    purposes = Set.copyOf(purposes);
    actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    fields = Set.copyOf(fields);
    masked = Set.copyOf(masked);
    dataClasses = dataClasses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataClasses));
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** True when {@code day} lies between the first and the last day, both included. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  /** A builder for the agreement with this number. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link SharingAgreement}; reading is the only action unless others are named. */
  public static final class Builder {
    private final String id;
    private String provider;
    private String consumer;
    private String resource;
    private final Set<String> purposes = new LinkedHashSet<>();
    private final Set<AccessAction> actions = EnumSet.noneOf(AccessAction.class);
    private final Set<String> fields = new LinkedHashSet<>();
    private final Set<String> masked = new LinkedHashSet<>();
    private final Set<DataClass> dataClasses = EnumSet.noneOf(DataClass.class);
    private final Set<String> roles = new LinkedHashSet<>();
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String approvedBy;

    private Builder(String id) {
      this.id = id;
    }

    /** The owning department and the using department. */
    public Builder between(String providerId, String consumerId) {
      this.provider = providerId;
      this.consumer = consumerId;
      return this;
    }

    /** The resource name. */
    public Builder resource(String name) {
      this.resource = name;
      return this;
    }

    /** Adds purposes of use. */
    public Builder purposes(String... values) {
      purposes.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds actions. */
    public Builder actions(AccessAction... values) {
      actions.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds fields released in the clear. */
    public Builder fields(String... values) {
      fields.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds fields released masked. */
    public Builder masked(String... values) {
      masked.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds the data classes the agreement covers. */
    public Builder dataClasses(DataClass... values) {
      dataClasses.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds roles of which the user must hold one. */
    public Builder roles(Collection<String> values) {
      roles.addAll(values);
      return this;
    }

    /** Adds roles of which the user must hold one. */
    public Builder roles(String... values) {
      return roles(Arrays.asList(values));
    }

    /** The first and last day, both included. */
    public Builder valid(LocalDate from, LocalDate until) {
      this.validFrom = from;
      this.validUntil = until;
      return this;
    }

    /** Who approved it. */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * The agreement.
     *
     * @throws NullPointerException when the departments, resource, dates or approver are missing
     */
    public SharingAgreement build() {
      Set<AccessAction> a = actions.isEmpty() ? EnumSet.of(AccessAction.READ) : actions;
      return new SharingAgreement(
          id,
          provider,
          consumer,
          resource,
          purposes,
          a,
          fields,
          masked,
          dataClasses,
          roles,
          validFrom,
          validUntil,
          approvedBy);
    }
  }
}
