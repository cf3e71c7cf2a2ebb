package io.anke.core.policy;

import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

  /**
   * The reason in Chinese and English. A collection among the arguments is written as its elements
   * joined by commas, sorted unless it is a list (which keeps its order).
   */
  public Text text() {
    Object[] args = arguments.toArray();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Collection<?> c) {
        Collection<?> ordered = c instanceof List<?> ? c : new TreeSet<Object>(c);
        args[i] = ordered.stream().map(String::valueOf).collect(Collectors.joining(", "));
      }
    }
    return TEXT.text("reason." + code, args);
  }

  @Override
  public String toString() {
    return code + ": " + text().en();
  }
}
