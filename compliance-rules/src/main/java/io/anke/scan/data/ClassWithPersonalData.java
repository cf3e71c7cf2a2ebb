package io.anke.scan.data;

import io.anke.core.rule.FactKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An application class with personal-information fields, attached to the scan as a fact ({@code
 * context.facts(ClassWithPersonalData.class)}) for the {@code DATA-PI-} rules. A field is personal
 * information when its {@code @Classified} says so, or, when it declares nothing, when its name
 * says so ({@link PersonalInfo}).
 *
 * @param path display path of the class file ({@code app.jar!/BOOT-INF/classes/com/x/User.class})
 * @param className binary name with dots ({@code com.x.User})
 * @param annotations the class's annotations as type descriptors
 * @param fields its personal-information fields in declaration order (not inherited ones)
 */
public record ClassWithPersonalData(
    String path, String className, Set<String> annotations, List<DataField> fields) {
  /** The key under which rules require and read classes with personal-information fields. */
  public static final FactKey<ClassWithPersonalData> KEY =
      FactKey.of("personal-data-classes", ClassWithPersonalData.class);

  /** Persistence annotations that make a class a stored entity. */
  static final Set<String> ENTITY =
      Set.of(
          "Ljakarta/persistence/Entity;",
          "Ljavax/persistence/Entity;",
          "Lcom/baomidou/mybatisplus/annotation/TableName;",
          "Lorg/springframework/data/mongodb/core/mapping/Document;",
          "Lorg/springframework/data/relational/core/mapping/Table;");

  /** Validates and copies. */
  public ClassWithPersonalData {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(className, "className");
    annotations = Set.copyOf(new TreeSet<>(annotations));
    fields = List.copyOf(fields);
  }

  /** True when a persistence annotation marks the class as stored in a database. */
  public boolean isEntity() {
    return annotations.stream().anyMatch(ENTITY::contains);
  }

  /** The simple name ({@code User} for {@code com.x.User}, {@code Inner} for {@code A$Inner}). */
  public String simpleName() {
    String n = className.substring(className.lastIndexOf('.') + 1);
    return n.substring(n.lastIndexOf('$') + 1);
  }
}
