package io.anke.samples.access.jpa;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.FieldEncryptor;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.PersistenceException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A JPA converter that stores a column encrypted with SM4-GCM through Anke's {@link
 * FieldEncryptor}. The JPA provider creates converters itself, so the encryptor is handed over once
 * at start-up ({@link #use}). A converter sees the value but not the row, so the ciphertext is
 * bound to the column only: a value copied into another column fails to decrypt, one copied into
 * another row of the same column does not — bind rows where the entity's id is known (see {@code
 * ResidentStore}).
 */
@Converter
public class EncryptedColumnConverter implements AttributeConverter<String, String> {
  private static final AtomicReference<FieldEncryptor> ENCRYPTOR = new AtomicReference<>();
  static final String COLUMN = "resident_entity.id_number";

  /** The encryptor every converter instance uses. */
  public static void use(FieldEncryptor encryptor) {
    ENCRYPTOR.set(encryptor);
  }

  @Override
  public String convertToDatabaseColumn(String value) {
    return encryptor().encryptString(value, COLUMN);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    try {
      return encryptor().decryptString(stored, COLUMN);
    } catch (DecryptionFailedException e) {
      throw new PersistenceException(
          "column " + COLUMN + " holds a value that does not decrypt", e);
    }
  }

  private static FieldEncryptor encryptor() {
    FieldEncryptor e = ENCRYPTOR.get();
    if (e == null) {
      throw new IllegalStateException(
          "EncryptedColumnConverter.use(...) was not called at start-up");
    }
    return e;
  }
}
