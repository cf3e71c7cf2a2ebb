package io.anke.core.masking;

import io.anke.core.rule.Text;
import io.anke.crypto.Bilingual;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by {@link Masker} when a value cannot be masked as asked: a named field that does not
 * exist, a class that cannot be copied (no no-argument constructor, a package its module does not
 * open, a record whose constructor rejects the masked values), a cycle through a record, or a graph
 * nested deeper than the limit. The message says in Chinese and English what and where: the class,
 * the field and the path from the root object. It never carries a field's value.
 *
 * <p>{@link MaskStrategy#mask(String)} never throws it.
 */
public class MaskingException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final Text text;
  private final String typeName;
  private final String field;
  private final String path;

  /**
   * @param text what went wrong, in both languages
   * @param typeName the class concerned, or null
   * @param field the field concerned, or null
   * @param path the dotted path from the root object to the place, or null
   * @param cause the underlying failure, or null
   */
  public MaskingException(Text text, String typeName, String field, String path, Throwable cause) {
    super(Objects.requireNonNull(text, "text").bothLanguages(), cause);
    this.text = text;
    this.typeName = typeName;
    this.field = field;
    this.path = path;
  }

  /** The message in both languages. */
  public Text text() {
    return text;
  }

  /** The fully qualified name of the class concerned, when there is one. */
  public Optional<String> typeName() {
    return Optional.ofNullable(typeName);
  }

  /** The name of the field concerned, when there is one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Where in the object graph, as the root class's simple name followed by field names ({@code
   * Citizen.address.street}), when known.
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The message in the language of {@code locale}. */
  @Override
  public String messageIn(Locale locale) {
    return text == null ? getMessage() : text.in(locale);
  }

  /** {@link #messageIn(Locale)} of the JVM's default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
