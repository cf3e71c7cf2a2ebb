package io.anke.core.masking.internal;

import io.anke.core.masking.MaskingException;
import io.anke.core.rule.TextBundle;

/** The one place that words the {@link MaskingException}s of masking, from its message bundle. */
public final class Problems {
  private static final TextBundle TEXT =
      TextBundle.of("io.anke.core.masking.Messages", Problems.class.getClassLoader());

  private Problems() {}

  /** A requested field path that is not a dotted list of Java identifiers. */
  public static MaskingException badPath(String path) {
    return new MaskingException(TEXT.text("badPath", path), null, null, path, null);
  }

  /** A named path whose field the class reached does not have. */
  static MaskingException noSuchField(Class<?> type, String field, String namedPath) {
    return new MaskingException(
        TEXT.text("noSuchField", type.getName(), field, namedPath),
        type.getName(),
        field,
        namedPath,
        null);
  }

  /** A builder setting for a field the class does not have. */
  public static MaskingException noSuchFieldToConfigure(Class<?> type, String field) {
    return new MaskingException(
        TEXT.text("noSuchFieldConfig", type.getName(), field), type.getName(), field, null, null);
  }

  /** A maximum depth below 1. */
  public static MaskingException badDepth(int depth) {
    return new MaskingException(
        TEXT.text("badDepth", String.valueOf(depth)), null, null, null, null);
  }

  static MaskingException insideValue(Class<?> type, String field, String where) {
    return new MaskingException(
        TEXT.text("insideValue", type.getName(), field, where), type.getName(), field, where, null);
  }

  static MaskingException notOpen(Class<?> type, Class<?> unreadable, String where) {
    Module module = unreadable.getModule();
    Module self = Problems.class.getModule();
    String target = self.isNamed() ? self.getName() : "ALL-UNNAMED";
    String name = module.getName();
    boolean jdk = name.startsWith("java.") || name.startsWith("jdk.");
    return new MaskingException(
        TEXT.text(
            jdk ? "notOpenJdk" : "notOpen",
            unreadable.getName(),
            name,
            unreadable.getPackageName(),
            target,
            where),
        type.getName(),
        null,
        where,
        null);
  }

  static MaskingException noConstructor(Class<?> type, String where) {
    return new MaskingException(
        TEXT.text("noConstructor", type.getName(), where), type.getName(), null, where, null);
  }

  static MaskingException constructorFailed(Class<?> type, String where, Throwable cause) {
    return new MaskingException(
        TEXT.text("constructorFailed", type.getName(), where, cause.getClass().getName()),
        type.getName(),
        null,
        where,
        cause);
  }

  static MaskingException recordRejected(Class<?> type, String where, Throwable cause) {
    return new MaskingException(
        TEXT.text("recordRejected", type.getName(), where, cause.getClass().getName()),
        type.getName(),
        null,
        where,
        cause);
  }

  static MaskingException recordCycle(Class<?> record, String where, String from) {
    return new MaskingException(
        TEXT.text("recordCycle", record.getName(), where, from),
        record.getName(),
        null,
        where,
        null);
  }

  static MaskingException tooDeep(int maxDepth, String where) {
    return new MaskingException(
        TEXT.text("tooDeep", String.valueOf(maxDepth), where), null, null, where, null);
  }

  static MaskingException cannotSet(Class<?> type, String field, String where, Class<?> value) {
    return new MaskingException(
        TEXT.text("cannotSet", type.getName(), field, where, value.getName()),
        type.getName(),
        field,
        where,
        null);
  }

  static MaskingException cannotRead(Class<?> type, String field, String where, Throwable cause) {
    return new MaskingException(
        TEXT.text("cannotRead", type.getName(), field, where, cause.getClass().getName()),
        type.getName(),
        field,
        where,
        cause);
  }
}
