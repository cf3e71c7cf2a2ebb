package io.anke.spring.guard.internal;

import io.anke.core.guard.StartupGuardException;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the guard's refusal into Spring Boot's "APPLICATION FAILED TO START" report: the guard's
 * bilingual summary as the description, what to do as the action, and no stack trace in the log.
 */
public class StartupGuardFailureAnalyzer extends AbstractFailureAnalyzer<StartupGuardException> {
  private static final TextBundle MESSAGES =
      TextBundle.of(
          "io.anke.spring.guard.internal.Messages",
          StartupGuardFailureAnalyzer.class.getClassLoader());

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupGuardException cause) {
    Text action =
        MESSAGES.text(
            cause.result().isPresent() ? "failure.action.findings" : "failure.action.error");
    return new FailureAnalysis(
        cause.getMessage(), action.zh() + System.lineSeparator() + action.en(), cause);
  }
}
