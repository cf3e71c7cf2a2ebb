package io.anke.core.policy;

import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.util.List;

/**
 * Why a decision came out as it did: a stable code (which check decided) and the text in both
 * languages, formatted only when asked for, so that a decision costs no message formatting.
 *
 * @param code what decided, e.g. {@code agreement}, {@code expired}, {@code missing-attribute}
 * @param arguments the values the text names
 */
public record Reason(String code, List<Object> arguments) {
  private static final TextBundle TEXT =
      TextBundle.of("io.anke.core.policy.Messages", Reason.class.getClassLoader());

  /** Copies the arguments. */
  public Reason {
    arguments = List.copyOf(arguments);
  }

  static Reason of(String code, Object... arguments) {
    return new Reason(code, List.of(arguments));
  }

  /** The reason in Chinese and English. */
  public Text text() {
    return TEXT.text("reason." + code, arguments.toArray());
  }

  @Override
  public String toString() {
    return code + ": " + text().en();
  }
}
