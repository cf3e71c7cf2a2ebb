package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.sm4.Sm4Key;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FieldEncryptor}: round trips of any value in any field and row, the
 * binding to field, row, table and binding kind, rejection of every single changed, missing or
 * added byte and character, hostile text, null handling and argument errors.
 */
class FieldEncryptorTest {
  static final byte[] KEY = Hex.decode("0123456789abcdeffedcba9876543210");
  static final KeysetHandle KEYSET =
      KeysetHandle.importKey(Sm4Key.fromBytes(KEY), OutputPrefix.KEY_ID);
  static final FieldEncryptor EMPLOYEES = FieldEncryptor.create(KEYSET, "hr.employee");

  /** A synthetic resident identity number (GB 11643 check digit X). */
  static final String ID_NUMBER = "11010519491231002X";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static void refused(ThrowingCallable decryption) {
    assertThatThrownBy(decryption).isInstanceOf(DecryptionFailedException.class);
  }

  // ---- any value, any field, any row ----

  /** Names and row ids as people write them: ASCII, Chinese, and any well-formed code points. */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> anyCodePoints =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .list()
            .ofMaxSize(20)
            .map(
                cps ->
                    new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars("_.-").ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(12),
        anyCodePoints);
  }

  @Provide
  Arbitrary<String> names() {
    return text().filter(s -> !s.isEmpty());
  }

  @Property(tries = 300)
  void anyValueRoundTripsInAnyFieldAndRow(
      @ForAll @Size(max = 300) byte[] value,
      @ForAll("names") String field,
      @ForAll @NotEmpty @Size(max = 40) byte[] rowId)
      throws Exception {
    byte[] ct = EMPLOYEES.encrypt(value, field, rowId);
    assertThat(ct).hasSize(value.length + FieldEncryptor.OVERHEAD);
    assertThat(ct[0]).as("format version").isEqualTo((byte) 1);
    assertThat(ct[1]).as("key-ID prefix marker").isEqualTo((byte) 1);
    int id = KEYSET.primaryKeyId();
    assertThat(Arrays.copyOfRange(ct, 2, 6))
        .isEqualTo(
            new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
    assertThat(EMPLOYEES.decrypt(ct, field, rowId)).isEqualTo(value);
    assertThat(EMPLOYEES.decrypt(EMPLOYEES.encrypt(value, field), field)).isEqualTo(value);
  }

  @Property(tries = 300)
  void anyTextRoundTripsAsCanonicalBase64(
      @ForAll("text") String value, @ForAll("names") String field, @ForAll("names") String rowId)
      throws Exception {
    String ct = EMPLOYEES.encryptString(value, field, rowId);
    int n = utf8(value).length + FieldEncryptor.OVERHEAD;
    assertThat(ct)
        .as("standard alphabet, padded, one line")
        .matches("[A-Za-z0-9+/]*={0,2}")
        .hasSize(4 * ((n + 2) / 3));
    assertThat(EMPLOYEES.decryptString(ct, field, rowId)).isEqualTo(value);
    // Text and bytes are the same format: the text row id is its UTF-8 bytes.
    assertThat(EMPLOYEES.decrypt(Base64.getDecoder().decode(ct), field, utf8(rowId)))
        .isEqualTo(utf8(value));
    assertThat(EMPLOYEES.decryptString(EMPLOYEES.encryptString(value, field), field))
        .isEqualTo(value);
  }

  @Property(tries = 200)
  void aValueDoesNotDecryptInAnotherFieldRowTableOrBinding(
      @ForAll @Size(max = 40) byte[] value,
      @ForAll("names") String field,
      @ForAll("names") String otherField,
      @ForAll @NotEmpty @Size(max = 16) byte[] rowId,
      @ForAll @NotEmpty @Size(max = 16) byte[] otherRowId) {
    Assume.that(!field.equals(otherField) && !Arrays.equals(rowId, otherRowId));
    byte[] ct = EMPLOYEES.encrypt(value, field, rowId);
    refused(() -> EMPLOYEES.decrypt(ct, otherField, rowId)); // copied to another column
    refused(() -> EMPLOYEES.decrypt(ct, field, otherRowId)); // copied to another row
    refused(() -> FieldEncryptor.create(KEYSET, "hr.applicant").decrypt(ct, field, rowId));
    refused(() -> FieldEncryptor.create(KEYSET).decrypt(ct, field, rowId)); // no context
    refused(() -> EMPLOYEES.decrypt(ct, field)); // row-bound is not column-only
    byte[] columnOnly = EMPLOYEES.encrypt(value, field);
    refused(() -> EMPLOYEES.decrypt(columnOnly, field, rowId));
    refused(() -> EMPLOYEES.decrypt(columnOnly, otherField));
    refused(
        () ->
            FieldEncryptor.create(KeysetHandle.generateNew(KeyType.SM4_GCM), "hr.employee")
                .decrypt(ct, field, rowId)); // another keyset
  }

  @Test
  void lengthPrefixesKeepAdjacentPartsApart() {
    // Without length prefixes these pairs would give the same associated data bytes.
    FieldEncryptor ab = FieldEncryptor.create(KEYSET, "hr.employee");
    FieldEncryptor a = FieldEncryptor.create(KEYSET, "hr.");
    byte[] ct = ab.encrypt(utf8(ID_NUMBER), "id", utf8("7"));
    refused(() -> a.decrypt(ct, "employeeid", utf8("7")));
    refused(() -> ab.decrypt(ct, "id7", utf8("7")));
    refused(() -> ab.decrypt(ab.encrypt(utf8(ID_NUMBER), "id", utf8("17")), "id1", utf8("7")));
  }

  // ---- tampering ----

  @Test
  void everyChangedMissingOrAddedByteIsRejected() {
    byte[] ct = EMPLOYEES.encrypt(utf8(ID_NUMBER), "id_number", utf8("42"));
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < ct.length; i++) {
      for (int flip : new int[] {0x01, 0x80, 0xff}) {
        byte[] t = ct.clone();
        t[i] ^= (byte) flip;
        if (decrypts(t)) {
          accepted.add("byte " + i + " ^ " + flip);
        }
      }
    }
    for (int len = 0; len < ct.length; len++) {
      if (decrypts(Arrays.copyOf(ct, len))) {
        accepted.add("truncated to " + len);
      }
    }
    if (decrypts(Arrays.copyOf(ct, ct.length + 1))) {
      accepted.add("one byte appended");
    }
    assertThat(accepted).as("tampered ciphertexts that decrypted").isEmpty();
  }

  /** A decryption that either returns or fails with the documented exception. */
  interface Decryption {
    void run() throws DecryptionFailedException;
  }

  static boolean succeeds(Decryption d) {
    try {
      d.run();
      return true;
    } catch (DecryptionFailedException e) {
      return false;
    }
  }

  private static boolean decrypts(byte[] ct) {
    return succeeds(() -> EMPLOYEES.decrypt(ct, "id_number", utf8("42")));
  }

  @Test
  void everyChangedMissingOrAddedCharacterIsRejected() {
    String ct = EMPLOYEES.encryptString(ID_NUMBER, "id_number", "42");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= -_\n";
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < ct.length(); i++) {
      for (char c : alphabet.toCharArray()) {
        if (c != ct.charAt(i)) {
          String t = ct.substring(0, i) + c + ct.substring(i + 1);
          if (decryptsText(t)) {
            accepted.add("position " + i + " = '" + c + "'");
          }
        }
      }
      if (decryptsText(ct.substring(0, i) + ct.substring(i + 1))) {
        accepted.add("position " + i + " deleted");
      }
      if (decryptsText(ct.substring(0, i) + "A" + ct.substring(i))) {
        accepted.add("'A' inserted at " + i);
      }
    }
    for (String extra : new String[] {" ", "\n", "\r\n", "=", "A"}) {
      if (decryptsText(ct + extra)) {
        accepted.add("'" + extra + "' appended");
      }
    }
    assertThat(accepted).as("tampered texts that decrypted").isEmpty();
  }

  private static boolean decryptsText(String ct) {
    return succeeds(() -> EMPLOYEES.decryptString(ct, "id_number", "42"));
  }

  @Test
  void hostileTextIsRefusedWithADecryptionFailureThatSaysWhy() {
    String ct = EMPLOYEES.encryptString(ID_NUMBER, "id_number", "42");
    byte[] raw = Base64.getDecoder().decode(ct);
    String urlSafe = Base64.getUrlEncoder().encodeToString(raw);
    String mime = Base64.getMimeEncoder().encodeToString(new byte[100]);
    String[][] cases = {
      {"", "field ciphertext is empty"},
      {"=", "not Base64"},
      {"not base64!", "not Base64"},
      {"-" + ct.substring(1), "not Base64"}, // the URL-safe alphabet
      {"_" + ct.substring(1), "not Base64"},
      {ct.substring(0, ct.length() - 1), "not Base64"}, // length not a multiple of 4
      {ct + "\n", "not Base64"},
      {mime, "not Base64"}, // line breaks
      {"AQ", "not canonical Base64"}, // padding missing
      {"AR==", "not canonical Base64"}, // non-zero unused bits (decodes to 0x01)
      {"AQ==", "decryption failed"}, // the version byte alone
      {"Ag==", "format version 0x02"},
      {Base64.getEncoder().encodeToString(Arrays.copyOf(raw, 33)), "decryption failed"},
      {ct.toLowerCase(java.util.Locale.ROOT), "decryption failed"}, // a case-folding column
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> EMPLOYEES.decryptString(c[0], "id_number", "42"))
          .as("'%s'", c[0])
          .isInstanceOf(DecryptionFailedException.class)
          .hasMessageContaining(c[1]);
    }
    if (!urlSafe.equals(ct)) {
      refused(() -> EMPLOYEES.decryptString(urlSafe, "id_number", "42"));
    }
    refused(() -> EMPLOYEES.decrypt(new byte[0], "id_number", utf8("42")));
    refused(() -> EMPLOYEES.decrypt(new byte[] {1}, "id_number", utf8("42")));
    refused(() -> EMPLOYEES.decrypt(new byte[FieldEncryptor.OVERHEAD], "id_number", utf8("42")));
  }

  @Test
  void bytesThatAreNotUtf8AreNotReturnedAsText() throws Exception {
    byte[] latin1 = "Müller".getBytes(StandardCharsets.ISO_8859_1);
    String ct = Base64.getEncoder().encodeToString(EMPLOYEES.encrypt(latin1, "name", utf8("1")));
    assertThat(EMPLOYEES.decrypt(Base64.getDecoder().decode(ct), "name", utf8("1")))
        .isEqualTo(latin1);
    assertThatThrownBy(() -> EMPLOYEES.decryptString(ct, "name", "1"))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("not UTF-8");
  }

  // ---- null, empty, arguments ----

  @Test
  void aDatabaseNullStaysNullAndAnEmptyValueIsEncrypted() throws Exception {
    assertThat(EMPLOYEES.encrypt(null, "id_number", utf8("42"))).isNull();
    assertThat(EMPLOYEES.encrypt(null, "id_number")).isNull();
    assertThat(EMPLOYEES.decrypt(null, "id_number", utf8("42"))).isNull();
    assertThat(EMPLOYEES.decrypt(null, "id_number")).isNull();
    assertThat(EMPLOYEES.encryptString(null, "id_number", "42")).isNull();
    assertThat(EMPLOYEES.decryptString(null, "id_number", "42")).isNull();
    assertThat(EMPLOYEES.reencrypt(null, "id_number", utf8("42"))).isNull();
    assertThat(EMPLOYEES.reencryptString(null, "id_number")).isNull();
    assertThat(EMPLOYEES.needsReencryption((byte[]) null)).isFalse();
    assertThat(EMPLOYEES.needsReencryption((String) null)).isFalse();

    String empty = EMPLOYEES.encryptString("", "id_number", "42");
    assertThat(empty).isNotEmpty();
    assertThat(EMPLOYEES.decryptString(empty, "id_number", "42")).isEmpty();
    // The arguments are checked even for a null value: a mistake shows on the first call.
    assertThatThrownBy(() -> EMPLOYEES.encryptString(null, "", "42"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrongArgumentsAreProgrammingErrorsThatSayWhat() {
    byte[] v = utf8(ID_NUMBER);
    assertThatThrownBy(() -> EMPLOYEES.encrypt(v, null, utf8("1")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> EMPLOYEES.encrypt(v, "id_number", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rowId");
    assertThatThrownBy(() -> EMPLOYEES.encryptString(ID_NUMBER, "id_number", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EMPLOYEES.encrypt(v, "", utf8("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field name must not be empty");
    assertThatThrownBy(() -> EMPLOYEES.encrypt(v, "id_number", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row id must not be empty");
    assertThatThrownBy(() -> EMPLOYEES.decryptString("AQ==", "id_number", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row id must not be empty");
    // UTF-8 cannot carry an unpaired surrogate: refused, never replaced by '?'.
    assertThatThrownBy(() -> EMPLOYEES.encryptString("张\ud800", "name", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value contains an unpaired UTF-16 surrogate");
    assertThatThrownBy(() -> EMPLOYEES.encryptString("x", "name\udc00", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field name");
    assertThatThrownBy(() -> EMPLOYEES.encryptString("x", "name", "\ud800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row id");

    assertThatThrownBy(() -> FieldEncryptor.create(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FieldEncryptor.create(KEYSET, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FieldEncryptor.create(KEYSET, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context must not be empty");
    assertThatThrownBy(() -> FieldEncryptor.create(KeysetHandle.generateNew(KeyType.SM2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an sm4-gcm keyset, got a sm2 keyset");
  }

  @Test
  void encryptionIsRandomisedAndToStringShowsNoKey() {
    byte[] a = EMPLOYEES.encrypt(utf8(ID_NUMBER), "id_number", utf8("42"));
    byte[] b = EMPLOYEES.encrypt(utf8(ID_NUMBER), "id_number", utf8("42"));
    assertThat(a).isNotEqualTo(b);
    String s = EMPLOYEES.toString();
    assertThat(s).isEqualTo("FieldEncryptor[SM4-GCM keyset, context 'hr.employee']");
    assertThat(s.toLowerCase(java.util.Locale.ROOT)).doesNotContain(Hex.encode(KEY));
    assertThat(FieldEncryptor.create(KEYSET).toString())
        .isEqualTo("FieldEncryptor[SM4-GCM keyset]");
  }
}
