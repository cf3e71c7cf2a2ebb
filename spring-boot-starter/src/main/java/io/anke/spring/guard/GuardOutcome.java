package io.anke.spring.guard;

import io.anke.core.engine.ScanResult;
import java.util.Optional;

/**
 * What the start-up guard reported when this application started. It is a bean of the application
 * context (registered before any other bean is created), so that the Actuator health indicator and
 * endpoint show the result of this application's start, not of another application in the same JVM.
 */
public final class GuardOutcome {
  /** The name of the bean. */
  public static final String BEAN_NAME = "ankeGuardOutcome";

  private final ScanResult result;

  /**
   * @param result the guard's result, or null when it returned none (mode {@code off}, or a
   *     configuration error in {@code warn} mode, which the guard logged)
   */
  public GuardOutcome(ScanResult result) {
    this.result = result;
  }

  /** The result of the checks, empty when the guard is off or could not finish. */
  public Optional<ScanResult> result() {
    return Optional.ofNullable(result);
  }
}
