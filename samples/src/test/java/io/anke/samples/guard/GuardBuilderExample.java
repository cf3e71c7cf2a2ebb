package io.anke.samples.guard;

import io.anke.core.guard.GuardMode;
import io.anke.core.guard.StartupGuard;
import java.nio.file.Path;

/**
 * The settings-in-code example of docs/startup-guard.md ("Plain Java: one line"), as the first
 * lines of a {@code main}: {@link StartupGuardDocExamplesTest} starts it in a child JVM.
 */
public final class GuardBuilderExample {
  private GuardBuilderExample() {}

  /** Runs the guard with settings given in code, then "starts". */
  public static void main(String[] args) {
    StartupGuard.builder()
        .mode(GuardMode.WARN)
        .profile("xinchuang-strict")
        .waivers(Path.of("anke-waivers.yaml"))
        .report(Path.of("logs/anke-guard.json"))
        .build()
        .run();
    System.out.println("GuardBuilderExample started");
  }
}
