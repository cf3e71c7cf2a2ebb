package io.anke.core.rule;

import io.anke.core.internal.CoreMessage;
import java.util.Objects;
import java.util.Set;

/**
 * An input a scan should have examined but did not: missing, empty or out of date (a module whose
 * sources were never compiled, a dependency without a resolved file), or left out on purpose by
 * configuration. Whoever assembles the scan attaches it as a fact; the engine reports it as {@code
 * ANKE-INPUT-MISSING} (high) or {@code ANKE-INPUT-EXCLUDED} (info) when the profile selects a rule
 * of one of the categories that judge such an input, so that a rule with nothing to look at is
 * never mistaken for a rule that found nothing.
 *
 * @param input the input as reports name it, relative to the working directory, e.g. {@code
 *     target/classes}
 * @param categories the rule categories that judge this input, e.g. {@code crypto}, {@code config},
 *     {@code data}
 * @param reason why it was not examined, in both languages
 * @param excluded true when configuration left it out on purpose, false when it was expected but
 *     absent
 */
public record InputGap(String input, Set<String> categories, Text reason, boolean excluded) {

  /** Validates and copies. */
  public InputGap {
    Objects.requireNonNull(input, "input");
    if (input.isBlank()) {
      throw new IllegalArgumentException(CoreMessage.INPUT_GAP_BLANK.english());
    }
    categories = Set.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException(CoreMessage.INPUT_GAP_NO_CATEGORIES.english());
    }
    Objects.requireNonNull(reason, "reason");
  }

  /** An input that was expected and is missing, empty or out of date. */
  public static InputGap missing(String input, Set<String> categories, Text reason) {
    return new InputGap(input, categories, reason, false);
  }

  /** An input that configuration left out on purpose. */
  public static InputGap excluded(String input, Set<String> categories, Text reason) {
    return new InputGap(input, categories, reason, true);
  }
}
