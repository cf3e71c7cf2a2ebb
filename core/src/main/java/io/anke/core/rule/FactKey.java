package io.anke.core.rule;

import io.anke.core.internal.CoreMessage;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of fact a rule reads from the {@link ScanContext}: a stable name and the type of the
 * objects. The module that owns a fact type declares its key once (for example {@code
 * ConfigFile.KEY}); a rule names the keys it cannot judge without in {@link Rule#requires()}, and
 * reads them with {@link ScanContext#facts(FactKey)}.
 *
 * @param name lower-case words joined by {@code -}, e.g. {@code config-files}; reports show it
 * @param type the class of the facts
 * @param <T> the facts' type
 */
public record FactKey<T>(String name, Class<T> type) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Validates.
   *
   * @throws IllegalArgumentException when the name is not lower-case words joined by {@code -}
   */
  public FactKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(CoreMessage.FACT_KEY_NAME.english(name));
    }
  }

  /**
   * The key for facts of {@code type} called {@code name}.
   *
   * @throws IllegalArgumentException when the name is not lower-case words joined by {@code -}
   */
  public static <T> FactKey<T> of(String name, Class<T> type) {
    return new FactKey<>(name, type);
  }
}
