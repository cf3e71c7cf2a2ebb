package io.anke.rules.data;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A field of an application class that holds personal information.
 *
 * @param name the field name
 * @param descriptor the JVM type descriptor ({@code Ljava/lang/String;})
 * @param kind what it holds
 * @param annotations the field's annotations as type descriptors ({@code
 *     Ljakarta/persistence/Convert;}), each also with its attributes as {@code descriptor#name}
 *     and, for simple values, {@code descriptor#name=value}
 */
public record DataField(
    String name, String descriptor, PersonalInfo.Kind kind, Set<String> annotations) {

  /** Validates and copies. */
  public DataField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(kind, "kind");
    annotations = Set.copyOf(new TreeSet<>(annotations));
  }

  /** True for a {@code String} field. */
  public boolean isString() {
    return descriptor.equals("Ljava/lang/String;");
  }
}
