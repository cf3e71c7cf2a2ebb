package io.anke.core.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly the subject was authenticated. GB/T 22239-2019 8.1.4.1 d asks at level 3 for two or
 * more factors of which at least one is implemented with cryptography (an SM2 certificate on a
 * USBKey, a signed one-time challenge); sensitive, important and core data are released in the
 * clear only to such subjects.
 */
public enum Authentication {
  /** One factor, such as a password. */
  SINGLE_FACTOR("single-factor"),
  /** Two or more factors, none of them cryptographic (password and SMS code). */
  MULTI_FACTOR("multi-factor"),
  /** Two or more factors, at least one cryptographic. */
  CRYPTOGRAPHIC_MULTI_FACTOR("cryptographic-multi-factor");

  private final String id;

  Authentication(String id) {
    this.id = id;
  }

  /** The id used in files and audit records. */
  public String id() {
    return id;
  }

  /** The value with this id (case-insensitive). */
  public static Optional<Authentication> of(String id) {
    for (Authentication a : values()) {
      if (a.id.equals(id == null ? null : id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
