package io.anke.core.policy;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who asks for data, for what purpose, and how strongly they were authenticated. Any attribute may
 * be missing (null); a decision that needs a missing attribute denies and says which.
 *
 * @param id the user's id
 * @param department the id of the user's department
 * @param roles the user's roles
 * @param purpose the purpose of use the request is made for, e.g. {@code
 *     subsistence-allowance-review}
 * @param authentication how the user was authenticated
 */
public record Subject(
    String id,
    String department,
    Set<String> roles,
    String purpose,
    Authentication authentication) {

  /** Copies the roles. */
  public Subject {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** A builder for the subject with this user id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link Subject}. */
  public static final class Builder {
    private final String id;
    private String department;
    private final Set<String> roles = new TreeSet<>();
    private String purpose;
    private Authentication authentication;

    private Builder(String id) {
      this.id = id;
    }

    /** The user's department id. */
    public Builder department(String value) {
      this.department = value;
      return this;
    }

    /** Adds roles. */
    public Builder roles(String... values) {
      return roles(Arrays.asList(values));
    }

    /** Adds roles. */
    public Builder roles(Collection<String> values) {
      roles.addAll(values);
      return this;
    }

    /** The purpose of use. */
    public Builder purpose(String value) {
      this.purpose = value;
      return this;
    }

    /** How the user was authenticated. */
    public Builder authentication(Authentication value) {
      this.authentication = value;
      return this;
    }

    /** The subject. */
    public Subject build() {
      return new Subject(id, department, roles, purpose, authentication);
    }
  }
}
