package io.anke.scan.data;

import io.anke.core.classification.ClassificationCheck;
import io.anke.core.rule.FactKey;
import java.util.List;
import java.util.Objects;

/**
 * What an application class declares with {@code @DataResource} and {@code @Classified}, read from
 * its class file, attached to the scan as a fact ({@code
 * context.facts(ClassificationDeclaration.class)}) for the rules that judge it with {@link
 * ClassificationCheck}: every class with {@code @DataResource}, and every class with a classified
 * field that no {@code @DataResource} class of the application extends.
 *
 * @param path display path of the class file
 * @param className binary name with dots ({@code com.x.Resident}, {@code com.x.Outer$Inner})
 * @param resource the {@code @DataResource} values with their defaults, or null when it has none
 * @param fields the classified fields as {@code Classification.of} sees them: for a resource, those
 *     it inherits from the application's classes first, then its own
 * @param unreadSuperclass for a resource, the first superclass (binary name) that is neither among
 *     the application's classes read nor a JDK class: fields it may declare were not judged; else
 *     null
 */
public record ClassificationDeclaration(
    String path,
    String className,
    ClassificationCheck.Resource resource,
    List<DeclaredField> fields,
    String unreadSuperclass) {
  /** The key under which rules require and read declared classifications. */
  public static final FactKey<ClassificationDeclaration> KEY =
      FactKey.of("classification-declarations", ClassificationDeclaration.class);

  /**
   * One classified field.
   *
   * @param declaringClass the binary name of the class that declares it (a superclass for an
   *     inherited field)
   * @param field its {@code @Classified} values, with the classes this version of Anke knows
   * @param unknownClasses the names of classes it names that this version does not know (the class
   *     was compiled against a newer {@code anke-core}); empty normally
   */
  public record DeclaredField(
      String declaringClass,
      ClassificationCheck.ClassifiedField field,
      List<String> unknownClasses) {
    /** Validates and copies. */
    public DeclaredField {
      Objects.requireNonNull(declaringClass, "declaringClass");
      Objects.requireNonNull(field, "field");
      unknownClasses = List.copyOf(unknownClasses);
    }
  }

  /** Validates and copies. */
  public ClassificationDeclaration {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(className, "className");
    fields = List.copyOf(fields);
  }

  /** The {@code @Classified} values of the fields, in order, for {@link ClassificationCheck}. */
  public List<ClassificationCheck.ClassifiedField> classified() {
    return fields.stream().map(DeclaredField::field).toList();
  }
}
