package io.anke.scan.data;

import io.anke.core.classification.DataClass;
import io.anke.core.classification.FieldClassification;
import io.anke.scan.internal.ScanMessage;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A field of an application class that holds personal information.
 *
 * @param name the field name
 * @param descriptor the JVM type descriptor ({@code Ljava/lang/String;})
 * @param kind what its name says it holds, or null when the name says nothing
 * @param declared what its {@code @Classified} annotation declares, or null when it has none; a
 *     declaration is authoritative over the name
 * @param annotations the field's annotations as type descriptors ({@code
 *     Ljakarta/persistence/Convert;}), each also with its attributes as {@code descriptor#name}
 *     and, for simple values, {@code descriptor#name=value}
 */
public record DataField(
    String name,
    String descriptor,
    PersonalInfo.Kind kind,
    FieldClassification declared,
    Set<String> annotations) {

  /** Validates and copies. */
  public DataField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(descriptor, "descriptor");
    if (kind == null && declared == null) {
      throw new IllegalArgumentException(ScanMessage.DATA_FIELD_UNNAMED.english(name));
    }
    annotations = Set.copyOf(new TreeSet<>(annotations));
  }

  /** True for a {@code String} field. */
  public boolean isString() {
    return descriptor.equals("Ljava/lang/String;");
  }

  /** True when the field is personal information: as declared, else as its name says. */
  public boolean isPersonal() {
    return declared != null ? declared.isPersonal() : kind != null;
  }

  /** True for sensitive personal information: as declared, else as its name says. */
  public boolean isSensitive() {
    return declared != null ? declared.isSensitive() : kind != null && kind.sensitive();
  }

  /** The declared class that makes the field personal, or null when it declares none. */
  public DataClass declaredClass() {
    if (declared == null || !declared.isPersonal()) {
      return null;
    }
    return declared.isSensitive() ? DataClass.SENSITIVE_PERSONAL : DataClass.PERSONAL;
  }
}
