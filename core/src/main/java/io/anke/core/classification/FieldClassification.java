package io.anke.core.classification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one field of a {@link DataResource} holds.
 *
 * @param name the field's name (a record component's name for a record)
 * @param classes its classes: exactly one grade, and PERSONAL when it is personal information (also
 *     when it is sensitive), so that an agreement granting {@code personal} data is asked for every
 *     personal field
 * @param encrypted whether it is stored encrypted
 */
public record FieldClassification(String name, Set<DataClass> classes, boolean encrypted) {

  /** Copies {@code classes} into an unmodifiable set. */
  public FieldClassification {
    classes = Collections.unmodifiableSet(EnumSet.copyOf(classes));
  }

  /** The grade: core, important or general. */
  public DataClass grade() {
    for (DataClass c : classes) {
      if (c.kind() == DataClass.Kind.GRADE) {
        return c;
      }
    }
    return DataClass.GENERAL;
  }

  /** True for personal information, sensitive or not. */
  public boolean isPersonal() {
    return classes.contains(DataClass.PERSONAL);
  }

  /** True for sensitive personal information. */
  public boolean isSensitive() {
    return classes.contains(DataClass.SENSITIVE_PERSONAL);
  }

  /** True when the classes require storage encryption at protection level {@code level}. */
  public boolean requiresEncryption(int level) {
    for (DataClass c : classes) { // a loop, not a stream: asked on every access decision
      if (c.requiresEncryptionAtLevel(level)) {
        return true;
      }
    }
    return false;
  }
}
