package io.anke.core.classification;

import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.Text;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification of a {@link DataResource} type: its name, owner, protection level and the
 * classes of each field, read once per type from its annotations and cached.
 *
 * <p>Contradictions are errors at first use ({@link ClassificationException}), never silently
 * resolved: a field classified without {@link DataResource} on its type (no owner), two grades on
 * one field, a level outside 1–4, a blank owner, and — at level 3 and above — sensitive personal
 * information, important or core data not marked {@link Classified#encrypted()}. {@link
 * ClassificationCheck} judges them, the same judge the {@code DATA-} rules ask about class files,
 * so a build or delivery scan reports what this refuses at run time.
 */
public final class Classification {
  private static final ClassValue<Object> CACHE =
      new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
          try {
            return read(type);
          } catch (ClassificationException e) {
            return e; // remembered, so that every use reports the same error
          }
        }
      };

  private final Class<?> type;
  private final String name;
  private final String owner;
  private final int level;
  private final Map<String, FieldClassification> fields;
  private final DataClass grade;

  private Classification(
      Class<?> type, String name, String owner, int level, Map<String, FieldClassification> f) {
    this.type = type;
    this.name = name;
    this.owner = owner;
    this.level = level;
    this.fields = Collections.unmodifiableMap(f);
    DataClass highest = DataClass.GENERAL;
    for (FieldClassification c : f.values()) {
      if (c.grade().atLeast(highest)) {
        highest = c.grade();
      }
    }
    this.grade = highest;
  }

  /**
   * The classification of {@code type}.
   *
   * @throws ClassificationException when {@code type} has no {@link DataResource} annotation or its
   *     annotations contradict each other
   */
  public static Classification of(Class<?> type) {
    Object c = CACHE.get(type);
    if (c instanceof ClassificationException e) {
      throw new ClassificationException(e.type(), e.field(), e.text());
    }
    return (Classification) c;
  }

  /**
   * True when {@code type} carries {@link DataResource} (its classification may still be wrong).
   */
  public static boolean isResource(Class<?> type) {
    return type.isAnnotationPresent(DataResource.class);
  }

  /** The classified type. */
  public Class<?> type() {
    return type;
  }

  /** The resource name used by agreements and audit records. */
  public String name() {
    return name;
  }

  /** The owning department's id. */
  public String owner() {
    return owner;
  }

  /** The MLPS protection level of the system holding the records. */
  public int level() {
    return level;
  }

  /** Every instance field, in declaration order (record components for a record). */
  public Map<String, FieldClassification> fields() {
    return fields;
  }

  /** One field's classification. */
  public Optional<FieldClassification> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName));
  }

  /** The highest grade of any field: a record is graded by its most important part. */
  public DataClass grade() {
    return grade;
  }

  /** True when some field is personal information. */
  public boolean holdsPersonalInformation() {
    return fields.values().stream().anyMatch(FieldClassification::isPersonal);
  }

  @Override
  public String toString() {
    return "Classification[" + name + ", owner=" + owner + ", level=" + level + "]";
  }

  private static Classification read(Class<?> type) {
    DataResource annotation = type.getAnnotation(DataResource.class);
    ClassificationCheck.Resource resource =
        annotation == null
            ? null
            : new ClassificationCheck.Resource(
                annotation.name(), annotation.owner(), annotation.level());
    List<Field> own = instanceFields(type);
    List<ClassificationCheck.ClassifiedField> classified = new ArrayList<>();
    for (Field f : own) {
      Classified c = f.getAnnotation(Classified.class);
      if (c != null) {
        classified.add(
            new ClassificationCheck.ClassifiedField(
                f.getName(), List.of(c.value()), c.encrypted()));
      }
    }
    List<ClassificationCheck.Problem> problems =
        ClassificationCheck.problems(type.getName(), resource, classified);
    if (!problems.isEmpty()) {
      ClassificationCheck.Problem first = problems.get(0);
      Text t = first.message();
      throw new ClassificationException(type, first.field(), t);
    }
    String name = annotation.name().isBlank() ? defaultName(type) : annotation.name().strip();
    Map<String, FieldClassification> fields = new LinkedHashMap<>();
    for (Field f : own) {
      Classified c = f.getAnnotation(Classified.class);
      fields.put(
          f.getName(),
          c == null
              ? new FieldClassification(f.getName(), EnumSet.of(DataClass.GENERAL), false)
              : new FieldClassification(
                  f.getName(), ClassificationCheck.classes(List.of(c.value())), c.encrypted()));
    }
    return new Classification(type, name, annotation.owner().strip(), annotation.level(), fields);
  }

  /** Instance fields of the type itself, or the record components of a record, in order. */
  private static List<Field> instanceFields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        try {
          out.add(type.getDeclaredField(rc.getName()));
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(CoreMessage.CLASSIFICATION_NO_FIELD.english(rc), e);
        }
      }
      return out;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      List<Field> level = new ArrayList<>();
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
          level.add(f);
        }
      }
      out.addAll(0, level); // superclass fields first
    }
    return out;
  }

  private static String defaultName(Class<?> type) {
    String s = type.getSimpleName();
    return s.isEmpty() ? type.getName() : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
