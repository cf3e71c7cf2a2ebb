package io.anke.core.policy;

/**
 * Thrown by {@link DataAccessGuard} when the policy denies an access; carries the {@link Decision}
 * with its reasons. The message gives them in Chinese and English.
 */
public final class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  AccessDeniedException(Decision decision) {
    super(message(decision));
    this.decision = decision;
  }

  /** The denial. */
  public Decision decision() {
    return decision;
  }

  private static String message(Decision d) {
    StringBuilder out = new StringBuilder();
    for (Reason r : d.reasons()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(r.text().bothLanguages());
    }
    return out.toString();
  }
}
