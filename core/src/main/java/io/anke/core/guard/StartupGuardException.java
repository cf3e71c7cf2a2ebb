package io.anke.core.guard;

import io.anke.core.engine.ScanResult;
import io.anke.crypto.Bilingual;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown by the start-up guard in {@link GuardMode#ENFORCE} mode to stop the application: its
 * message is a readable bilingual summary of why (the findings at or above the threshold, a failed
 * self-test, a configuration error, or the guard's own failure).
 */
public class StartupGuardException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final transient ScanResult result;
  private final transient Bilingual text;

  /**
   * @param message the summary shown to the operator
   * @param result the result that stopped the start-up, or null when no scan completed
   * @param cause the underlying failure, or null
   */
  public StartupGuardException(String message, ScanResult result, Throwable cause) {
    super(message, cause);
    this.result = result;
    this.text = null;
  }

  /**
   * A refusal whose summary exists in both languages; {@link #getMessage()} shows both, {@code
   * Chinese | English}, as the operator's log line does.
   *
   * @param message the summary shown to the operator
   * @param result the result that stopped the start-up, or null when no scan completed
   * @param cause the underlying failure, or null
   */
  public StartupGuardException(Bilingual message, ScanResult result, Throwable cause) {
    super(
        message.messageIn(Locale.SIMPLIFIED_CHINESE) + " | " + message.messageIn(Locale.ENGLISH),
        cause);
    this.result = result;
    this.text = message;
  }

  /** The scan result that stopped the start-up, when a scan completed. */
  public Optional<ScanResult> result() {
    return Optional.ofNullable(result);
  }

  /** The message in the language of {@code locale}. */
  @Override
  public String messageIn(Locale locale) {
    return text == null ? getMessage() : text.messageIn(locale);
  }

  /** {@link #messageIn(Locale)} of the JVM's default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
