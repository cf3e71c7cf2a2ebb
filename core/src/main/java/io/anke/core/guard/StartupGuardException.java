package io.anke.core.guard;

import io.anke.core.engine.ScanResult;
import java.util.Optional;

/**
 * Thrown by the start-up guard in {@link GuardMode#ENFORCE} mode to stop the application: its
 * message is a readable bilingual summary of why (the findings at or above the threshold, a failed
 * self-test, a configuration error, or the guard's own failure).
 */
public class StartupGuardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ScanResult result;

  /**
   * @param message the summary shown to the operator
   * @param result the result that stopped the start-up, or null when no scan completed
   * @param cause the underlying failure, or null
   */
  public StartupGuardException(String message, ScanResult result, Throwable cause) {
    super(message, cause);
    this.result = result;
  }

  /** The scan result that stopped the start-up, when a scan completed. */
  public Optional<ScanResult> result() {
    return Optional.ofNullable(result);
  }
}
