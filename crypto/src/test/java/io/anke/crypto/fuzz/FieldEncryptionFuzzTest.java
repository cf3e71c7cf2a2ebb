package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.latin1;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.sm4.Sm4Gcm;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Column encryption ({@code FieldEncryptor.decrypt}, {@code decryptString}, {@code
 * needsReencryption}): only {@link DecryptionFailedException} escapes, and a committed field
 * ciphertext refuses every changed byte and every changed character of its Base64 text.
 */
class FieldEncryptionFuzzTest {
  private static final Class<?> DFE = DecryptionFailedException.class;
  private static final String FIELD = "id_number";
  private static final String ROW = "42";
  private static final FieldEncryptor FIELDS;
  private static final String VALID_TEXT = Fixtures.hostileText("field-ciphertext.txt").strip();
  private static final byte[] VALID_BYTES = Base64.getDecoder().decode(VALID_TEXT);

  static {
    try {
      KeysetHandle keyset =
          KeysetHandle.read(
              new ByteArrayInputStream(Fixtures.hostile("sm4.keyset")),
              Sm4Gcm.withKey(Fixtures.sm4Key()),
              "hostile".getBytes(StandardCharsets.US_ASCII));
      FIELDS = FieldEncryptor.create(keyset, "hr.employee");
    } catch (Exception e) {
      throw new IllegalStateException("the committed keyset no longer reads", e);
    }
  }

  @FuzzTest
  void fieldText(byte[] input) {
    String text = latin1(input);
    acceptedOrRefused(
        "FieldEncryptor.decryptString", () -> FIELDS.decryptString(text, FIELD, ROW), DFE);
    acceptedOrRefused(
        "FieldEncryptor.decryptString (column)", () -> FIELDS.decryptString(text, FIELD), DFE);
    acceptedOrRefused(
        "FieldEncryptor.decrypt", () -> FIELDS.decrypt(input, FIELD, bytes(ROW)), DFE);
    FIELDS.needsReencryption(text);
    FIELDS.needsReencryption(input);
  }

  @FuzzTest
  void fieldCiphertextRefusesEveryChange(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      String text = latin1(Mutator.mutate(bytes(VALID_TEXT), data));
      String value =
          acceptedOrRefused(
              "FieldEncryptor.decryptString", () -> FIELDS.decryptString(text, FIELD, ROW), DFE);
      check(
          (value != null) == text.equals(VALID_TEXT), "field text decrypts exactly when unchanged");
    } else {
      byte[] changed = Mutator.mutate(VALID_BYTES, data);
      byte[] value =
          acceptedOrRefused(
              "FieldEncryptor.decrypt", () -> FIELDS.decrypt(changed, FIELD, bytes(ROW)), DFE);
      check(
          (value != null) == Arrays.equals(changed, VALID_BYTES),
          "a field ciphertext decrypts exactly when unchanged");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
