package io.anke.samples.guard;

import io.anke.core.guard.StartupGuard;

/**
 * The smallest guarded application: its first line proves the stack it stands on. In {@code
 * enforce} mode a non-compliant stack ends {@code main} with a {@link
 * io.anke.core.guard.StartupGuardException} that says why, before the application does anything.
 */
public final class GuardedApplication {
  private GuardedApplication() {}

  /** Starts the application after the guard. */
  public static void main(String[] args) {
    StartupGuard.check();
    System.out.println("GuardedApplication started");
  }
}
