package io.anke.core.validation.internal;

import io.anke.core.validation.Defect;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * Turns a {@link Defect} into the violation of one constraint, with the message that says what is
 * wrong ({@code {io.anke.core.validation.ResidentId.checkCharacter}}) instead of the constraint's
 * general one. When the user gave the constraint a message of their own, that message stays.
 */
final class Violations {
  private final String keyPrefix;
  private final String defaultTemplate;
  private final String[] templates;

  Violations(Class<? extends Annotation> constraint) {
    keyPrefix = "{" + constraint.getName() + ".";
    defaultTemplate = keyPrefix + "message}";
    Defect[] defects = Defect.values();
    templates = new String[defects.length];
    for (Defect d : defects) {
      templates[d.ordinal()] = template(d);
    }
  }

  /** True for {@link Defect#NONE}; otherwise reports the defect and answers false. */
  boolean accept(Defect defect, ConstraintValidatorContext context) {
    return defect == Defect.NONE || reject(templates[defect.ordinal()], context);
  }

  /** The message template of a reason: the constraint's key prefix and the reason in camel case. */
  String template(Enum<?> reason) {
    String name = reason.name();
    StringBuilder b = new StringBuilder(keyPrefix.length() + name.length() + 1).append(keyPrefix);
    boolean wordStart = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        wordStart = true;
      } else {
        b.append(wordStart ? c : Character.toLowerCase(c));
        wordStart = false;
      }
    }
    return b.append('}').toString();
  }

  /** Reports a violation with {@code template} unless the user chose the message; false. */
  boolean reject(String template, ConstraintValidatorContext context) {
    if (defaultTemplate.equals(context.getDefaultConstraintMessageTemplate())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
    return false;
  }
}
