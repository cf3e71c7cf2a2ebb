package io.anke.core.classification;

import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one judge of what a type declares with {@link DataResource} and {@link Classified}, whoever
 * read the declaration: {@link Classification#of(Class)} by reflection (it refuses the first
 * problem at the type's first use) and the {@code DATA-CLASSIFIED-NOT-ENCRYPTED} and {@code
 * DATA-CLASSIFICATION-INVALID} rules from class files (they report every problem). Pure: it reads
 * no class, only the values given.
 *
 * <pre>{@code
 * List<ClassificationCheck.Problem> problems =
 *     ClassificationCheck.problems(
 *         "com.example.Resident",
 *         new ClassificationCheck.Resource("resident", "public-security", 3),
 *         List.of(new ClassificationCheck.ClassifiedField(
 *             "idNumber", List.of(DataClass.SENSITIVE_PERSONAL), false)));
 * // one NOT_ENCRYPTED problem: sensitive personal information at level 3 must be encrypted
 * }</pre>
 */
public final class ClassificationCheck {
  private static final TextBundle TEXT =
      TextBundle.of(
          "io.anke.core.classification.Messages", ClassificationCheck.class.getClassLoader());

  /** The protection levels a {@link DataResource} may name. */
  private static final int LOWEST_LEVEL = 1;

  private static final int HIGHEST_LEVEL = 4;

  private ClassificationCheck() {}

  /**
   * The values of a type's {@link DataResource}.
   *
   * @param name the resource name as written ({@code ""} when left to its default)
   * @param owner the owning department's id as written (may be blank: that is a problem)
   * @param level the protection level as written (may be out of range: that is a problem)
   */
  public record Resource(String name, String owner, int level) {
    /** Rejects null texts. */
    public Resource {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(owner, "owner");
    }
  }

  /**
   * The values of one field's {@link Classified}.
   *
   * @param name the field's (or record component's) name
   * @param classes the classes as written, in order, repetitions included
   * @param encrypted the {@code encrypted} flag as written
   */
  public record ClassifiedField(String name, List<DataClass> classes, boolean encrypted) {
    /** Copies the list. */
    public ClassifiedField {
      Objects.requireNonNull(name, "name");
      classes = List.copyOf(classes);
    }
  }

  /** What is wrong. */
  public enum Kind {
    /** The type has no {@link DataResource} and no classified field: it is not a resource. */
    NOT_RESOURCE,
    /** A field is classified but its type has no {@link DataResource}, so no owner. */
    NO_RESOURCE,
    /** {@link DataResource#owner()} is blank. */
    BLANK_OWNER,
    /** {@link DataResource#level()} is not 1 to 4. */
    LEVEL,
    /** A field names two different grades. */
    TWO_GRADES,
    /** A field whose classes require storage encryption at the level is not marked encrypted. */
    NOT_ENCRYPTED
  }

  /**
   * One problem.
   *
   * @param kind what is wrong
   * @param type the type's binary name
   * @param field the field concerned, or null when the type's own annotation is wrong
   * @param message what is wrong and what to do, in Chinese and English
   */
  public record Problem(Kind kind, String type, String field, Text message) {
    /** Rejects nulls other than the field. */
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Every problem of one type's declaration, in the order {@link Classification#of(Class)} meets
   * them: without {@link DataResource}, each classified field ({@link Kind#NO_RESOURCE}) or else
   * {@link Kind#NOT_RESOURCE}, and nothing more (there is no level to judge by); else a blank
   * owner, a level out of range, then per field two grades and missing encryption. At a level out
   * of range, encryption is not judged: the level it depends on is unknown.
   *
   * @param type the type's binary name, as messages name it
   * @param resource the type's {@link DataResource}, or null when it has none
   * @param classified the type's fields that carry {@link Classified}, inherited ones first
   * @return the problems; empty when the declaration is sound
   */
  public static List<Problem> problems(
      String type, Resource resource, Collection<ClassifiedField> classified) {
    Objects.requireNonNull(type, "type");
    List<Problem> out = new ArrayList<>();
    if (resource == null) {
      for (ClassifiedField f : classified) {
        out.add(problem(Kind.NO_RESOURCE, type, f.name(), "noResource", f.name()));
      }
      if (out.isEmpty()) {
        out.add(problem(Kind.NOT_RESOURCE, type, null, "notResource"));
      }
      return out;
    }
    if (resource.owner().isBlank()) {
      out.add(problem(Kind.BLANK_OWNER, type, null, "blankOwner"));
    }
    boolean levelKnown = resource.level() >= LOWEST_LEVEL && resource.level() <= HIGHEST_LEVEL;
    if (!levelKnown) {
      out.add(problem(Kind.LEVEL, type, null, "level", resource.level()));
    }
    for (ClassifiedField f : classified) {
      DataClass grade = null;
      for (DataClass d : f.classes()) {
        if (d.kind() == DataClass.Kind.GRADE) {
          if (grade != null && grade != d) {
            out.add(
                problem(
                    Kind.TWO_GRADES, type, f.name(), "twoGrades", f.name(), grade.id(), d.id()));
            break;
          }
          grade = d;
        }
      }
      if (levelKnown && !f.encrypted()) {
        for (DataClass d : classes(f.classes())) {
          if (d.requiresEncryptionAtLevel(resource.level())) {
            out.add(
                problem(
                    Kind.NOT_ENCRYPTED,
                    type,
                    f.name(),
                    "notEncrypted",
                    f.name(),
                    d.id(),
                    resource.level()));
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * The classes a field belongs to by what it declares: those named, its grade (general when it
   * names none), and {@link DataClass#PERSONAL} when it is sensitive personal information.
   */
  public static Set<DataClass> classes(Collection<DataClass> declared) {
    Set<DataClass> out = EnumSet.noneOf(DataClass.class);
    out.addAll(declared);
    if (out.stream().noneMatch(d -> d.kind() == DataClass.Kind.GRADE)) {
      out.add(DataClass.GENERAL);
    }
    if (out.contains(DataClass.SENSITIVE_PERSONAL)) {
      out.add(DataClass.PERSONAL);
    }
    return out;
  }

  private static Problem problem(Kind kind, String type, String field, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = type;
    System.arraycopy(args, 0, all, 1, args.length);
    return new Problem(kind, type, field, TEXT.text(key, all));
  }
}
