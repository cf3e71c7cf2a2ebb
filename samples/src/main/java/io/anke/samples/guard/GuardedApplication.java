package io.anke.samples.guard;

import io.anke.core.classification.Classification;
import io.anke.core.classification.Classified;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.DataResource;
import io.anke.core.guard.StartupGuard;

/**
 * The smallest guarded application: its first line proves the stack it stands on. In {@code
 * enforce} mode a non-compliant stack ends {@code main} with a {@link
 * io.anke.core.guard.StartupGuardException} that says why, before the application does anything.
 */
public final class GuardedApplication {
  private GuardedApplication() {}

  /**
   * The records the application keeps: the identity number is sensitive personal information, so at
   * level 3 it is stored encrypted, and the guard checks that the declaration says so.
   *
   * @param idNumber the resident identity number, stored encrypted
   * @param name the applicant's name
   */
  @DataResource(name = "applicant", owner = "civil-affairs", level = 3)
  public record Applicant(
      @Classified(value = DataClass.SENSITIVE_PERSONAL, encrypted = true) String idNumber,
      @Classified(DataClass.PERSONAL) String name) {}

  /** Starts the application after the guard. */
  public static void main(String[] args) {
    StartupGuard.check();
    // What the guard judged from the class file is what access decisions read at run time.
    Classification.of(Applicant.class);
    System.out.println("GuardedApplication started");
  }
}
