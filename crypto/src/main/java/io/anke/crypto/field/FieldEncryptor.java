package io.anke.crypto.field;

import io.anke.crypto.Aead;
import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CanonicalBase64;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encrypts database column values one at a time with SM4-GCM under a keyset, bound to where they
 * belong: the field (column) name, the row's identity and, optionally, a context such as the table
 * name are authenticated as associated data, so a ciphertext copied into another column, row or
 * table does not decrypt there.
 *
 * <pre>{@code
 * FieldEncryptor enc = FieldEncryptor.create(keyset, "hr.employee");      // an sm4-gcm keyset
 * String stored = enc.encryptString("11010519491231002X", "id_number", "42");
 * String value = enc.decryptString(stored, "id_number", "42");            // same field and row
 * }</pre>
 *
 * <p><b>Output.</b> {@code 0x01} (format version) followed by the keyset's output {@code [0x01 ‖
 * key ID] ‖ nonce(12) ‖ ciphertext ‖ tag(16)}: 34 bytes more than the value under a key-ID key. The
 * key ID names the key, so after {@linkplain KeysetHandle#rotate() rotation} new values are
 * encrypted under the new primary key while old ones stay readable; {@link #reencrypt} moves a
 * value to the primary key. The {@code String} methods take and give UTF-8 text and store the
 * ciphertext as Base64 in the standard alphabet with padding (RFC 4648 §4), on one line: plain
 * ASCII for a {@code VARCHAR} column, and the form that the databases' own functions read ({@code
 * FROM_BASE64} in MySQL, {@code decode(…, 'base64')} in PostgreSQL), so a column can be moved to a
 * binary type in SQL. docs/formats.md gives the layout and the associated data byte for byte.
 *
 * <p><b>Binding.</b> Row-bound methods take the row's identity as bytes or as text (the UTF-8 bytes
 * of the text; a numeric key as its decimal digits, {@code "42"}); it must be the same value at
 * every later decryption, so use an identity that never changes, such as the primary key. The
 * methods without a row id bind the value to its field and context only, for code that does not
 * know the row when it converts a value (a JPA {@code AttributeConverter}): such a value can be
 * copied to another row of the same column unnoticed. The two kinds never decrypt as each other.
 * Field names, row ids and the context are compared as bytes, exactly: {@code "id_number"} and
 * {@code "ID_NUMBER"} are different fields.
 *
 * <p><b>Null.</b> A {@code null} value gives {@code null} and a {@code null} ciphertext decrypts to
 * {@code null}, so that a database NULL stays NULL; the column therefore shows which rows have no
 * value. An empty value is encrypted like any other. The ciphertext reveals the value's length.
 *
 * <p><b>Errors.</b> Anything wrong with a ciphertext (wrong key, another field, row, table or
 * binding, a changed or missing byte, text that is not canonical Base64, an unknown version) throws
 * {@link DecryptionFailedException}; a value made with a disabled or destroyed key throws its
 * subclass {@link io.anke.crypto.keyset.KeyUnavailableException}, which names the key. Wrong
 * arguments throw {@link NullPointerException} (a null field name, row id or context) or {@link
 * IllegalArgumentException} (an empty one, or text with an unpaired UTF-16 surrogate). Once the
 * keyset handle is {@linkplain KeysetHandle#destroy() destroyed}, every method that uses a key
 * throws {@link io.anke.crypto.KeyDestroyedException}.
 *
 * <p>Immutable and thread-safe: share one instance. It holds no key material of its own (it uses
 * the keyset handle's), and {@code toString} shows none.
 */
public final class FieldEncryptor {
  /** The first byte of every field ciphertext: the version of this format. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Bytes a ciphertext adds to the value under a key-ID key: version, key-ID prefix, nonce, tag.
   */
  public static final int OVERHEAD = 1 + 5 + 12 + 16;

  /** The domain-separation label that starts the associated data (format version 1). */
  private static final byte[] LABEL = "anke/field/v1".getBytes(StandardCharsets.US_ASCII);

  private static final byte COLUMN_ONLY = 0;
  private static final byte ROW_BOUND = 1;
  private static final byte[] NONE = new byte[0];

  private final KeysetHandle keyset;
  private final Aead aead;
  private final byte[] context;
  private final String description;

  private FieldEncryptor(KeysetHandle keyset, byte[] context, String description) {
    this.keyset = keyset;
    this.aead = keyset.aead();
    this.context = context;
    this.description = description;
  }

  /**
   * An encryptor without a context: values are bound to field and row only.
   *
   * @param keyset an {@code sm4-gcm} keyset; it is used, not copied, so destroying it ends this
   *     encryptor too
   * @throws IllegalArgumentException if the keyset is not of type {@code sm4-gcm}
   */
  public static FieldEncryptor create(KeysetHandle keyset) {
    return new FieldEncryptor(requireSm4Gcm(keyset), NONE, "FieldEncryptor[SM4-GCM keyset]");
  }

  /**
   * An encryptor whose values are bound to {@code context} as well, typically the table's name
   * ({@code "hr.employee"}): the same field and row id in another table then do not decrypt them.
   *
   * @param keyset an {@code sm4-gcm} keyset; it is used, not copied
   * @param context a non-empty name; it must be the same at every later decryption
   * @throws IllegalArgumentException if the keyset is not of type {@code sm4-gcm}, or the context
   *     is empty or holds an unpaired surrogate
   */
  public static FieldEncryptor create(KeysetHandle keyset, String context) {
    Objects.requireNonNull(context, "context");
    byte[] c = StrictUtf8.encode(context, CryptoMessage.LABEL_CONTEXT.text());
    if (c.length == 0) {
      throw new IllegalArgumentException(CryptoMessage.FIELD_CONTEXT_EMPTY.english());
    }
    return new FieldEncryptor(
        requireSm4Gcm(keyset), c, "FieldEncryptor[SM4-GCM keyset, context '" + context + "']");
  }

  // ---- bytes ----

  /**
   * Encrypts {@code value} for field {@code field} of the row {@code rowId}, under the primary key.
   *
   * @return the ciphertext, a fresh one at every call; {@code null} if {@code value} is null
   */
  public byte[] encrypt(byte[] value, String field, byte[] rowId) {
    return seal(value, associatedData(field, requireRowId(rowId)));
  }

  /**
   * Encrypts {@code value} for field {@code field}, bound to the column but to no row (see the
   * class description for what that gives up).
   *
   * @return the ciphertext; {@code null} if {@code value} is null
   */
  public byte[] encrypt(byte[] value, String field) {
    return seal(value, associatedData(field, null));
  }

  /**
   * Decrypts a value made by {@link #encrypt(byte[], String, byte[])} with the same field and row
   * id, under any enabled key of the keyset.
   *
   * @return the value; {@code null} if {@code ciphertext} is null
   * @throws DecryptionFailedException if the ciphertext does not authenticate here
   */
  public byte[] decrypt(byte[] ciphertext, String field, byte[] rowId)
      throws DecryptionFailedException {
    return open(ciphertext, associatedData(field, requireRowId(rowId)));
  }

  /**
   * Decrypts a value made by {@link #encrypt(byte[], String)} (column-bound) with the same field.
   *
   * @return the value; {@code null} if {@code ciphertext} is null
   * @throws DecryptionFailedException if the ciphertext does not authenticate here
   */
  public byte[] decrypt(byte[] ciphertext, String field) throws DecryptionFailedException {
    return open(ciphertext, associatedData(field, null));
  }

  /**
   * Decrypts under whichever enabled key made the ciphertext and encrypts again under the primary
   * key, with the same binding: the step of a key-rotation job (see {@link #needsReencryption}).
   *
   * @return the new ciphertext; {@code null} if {@code ciphertext} is null
   * @throws DecryptionFailedException if the ciphertext does not authenticate here
   */
  public byte[] reencrypt(byte[] ciphertext, String field, byte[] rowId)
      throws DecryptionFailedException {
    return reseal(ciphertext, associatedData(field, requireRowId(rowId)));
  }

  /**
   * {@link #reencrypt(byte[], String, byte[])} for a column-bound value.
   *
   * @throws DecryptionFailedException if the ciphertext does not authenticate here
   */
  public byte[] reencrypt(byte[] ciphertext, String field) throws DecryptionFailedException {
    return reseal(ciphertext, associatedData(field, null));
  }

  /**
   * Whether a rotation job should {@linkplain #reencrypt re-encrypt} this ciphertext: false when it
   * names the keyset's primary key (or is null: a NULL needs nothing), true otherwise. It reads the
   * key ID only and proves nothing; it is always true when the primary key writes no key ID ({@link
   * io.anke.crypto.keyset.OutputPrefix#RAW}), and true for bytes that are no field ciphertext at
   * all, so that {@code reencrypt} reports them instead of a job skipping them.
   */
  public boolean needsReencryption(byte[] ciphertext) {
    if (ciphertext == null) {
      return false;
    }
    return ciphertext.length == 0
        || ciphertext[0] != FORMAT_VERSION
        || !keyset.namesPrimaryKey(
            Arrays.copyOfRange(ciphertext, 1, Math.min(ciphertext.length, 6)));
  }

  // ---- text ----

  /**
   * Encrypts the UTF-8 bytes of {@code value} for field {@code field} of row {@code rowId} and
   * returns the ciphertext as Base64 text (standard alphabet, padded, one line).
   *
   * @return {@code null} if {@code value} is null
   * @throws IllegalArgumentException also if {@code value} holds an unpaired UTF-16 surrogate,
   *     which UTF-8 cannot carry (nothing is silently replaced)
   */
  public String encryptString(String value, String field, String rowId) {
    return sealText(value, associatedData(field, textRowId(rowId)));
  }

  /**
   * {@link #encryptString(String, String, String)} bound to the column but to no row.
   *
   * @throws IllegalArgumentException also if {@code value} holds an unpaired UTF-16 surrogate
   */
  public String encryptString(String value, String field) {
    return sealText(value, associatedData(field, null));
  }

  /**
   * Decrypts text made by {@link #encryptString(String, String, String)} with the same field and
   * row id.
   *
   * @return the value; {@code null} if {@code ciphertext} is null
   * @throws DecryptionFailedException if the text is not canonical Base64, does not authenticate
   *     here, or holds bytes that are not UTF-8 (a value encrypted with the byte methods)
   */
  public String decryptString(String ciphertext, String field, String rowId)
      throws DecryptionFailedException {
    return openText(ciphertext, associatedData(field, textRowId(rowId)));
  }

  /**
   * Decrypts text made by {@link #encryptString(String, String)} (column-bound).
   *
   * @throws DecryptionFailedException as {@link #decryptString(String, String, String)}
   */
  public String decryptString(String ciphertext, String field) throws DecryptionFailedException {
    return openText(ciphertext, associatedData(field, null));
  }

  /**
   * {@link #reencrypt(byte[], String, byte[])} for text made by {@link #encryptString(String,
   * String, String)}.
   *
   * @throws DecryptionFailedException if the text is not canonical Base64 or does not authenticate
   */
  public String reencryptString(String ciphertext, String field, String rowId)
      throws DecryptionFailedException {
    return resealText(ciphertext, associatedData(field, textRowId(rowId)));
  }

  /**
   * {@link #reencryptString(String, String, String)} for a column-bound value.
   *
   * @throws DecryptionFailedException if the text is not canonical Base64 or does not authenticate
   */
  public String reencryptString(String ciphertext, String field) throws DecryptionFailedException {
    return resealText(ciphertext, associatedData(field, null));
  }

  /**
   * {@link #needsReencryption(byte[])} for Base64 text; true for text that is not canonical Base64.
   */
  public boolean needsReencryption(String ciphertext) {
    if (ciphertext == null) {
      return false;
    }
    try {
      return needsReencryption(fromBase64(ciphertext));
    } catch (DecryptionFailedException notBase64) {
      return true;
    }
  }

  /** Names the algorithm and the context; never key material. */
  @Override
  public String toString() {
    return description;
  }

  // ---- implementation ----

  private byte[] seal(byte[] value, byte[] associatedData) {
    if (value == null) {
      return null;
    }
    byte[] body = aead.encrypt(value, associatedData);
    byte[] out = new byte[1 + body.length];
    out[0] = FORMAT_VERSION;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }

  private byte[] open(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    if (ciphertext == null) {
      return null;
    }
    if (ciphertext.length == 0) {
      throw new DecryptionFailedException(CryptoMessage.FIELD_CIPHERTEXT_EMPTY.text());
    }
    if (ciphertext[0] != FORMAT_VERSION) {
      throw new DecryptionFailedException(
          CryptoMessage.FIELD_FORMAT_VERSION.text(
              String.format("0x%02x", ciphertext[0] & 0xff),
              String.format("0x%02x", FORMAT_VERSION)));
    }
    return aead.decrypt(Arrays.copyOfRange(ciphertext, 1, ciphertext.length), associatedData);
  }

  private byte[] reseal(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    byte[] value = open(ciphertext, associatedData);
    try {
      return seal(value, associatedData);
    } finally {
      KeyMaterial.wipe(value);
    }
  }

  private String sealText(String value, byte[] associatedData) {
    if (value == null) {
      return null;
    }
    byte[] bytes = StrictUtf8.encode(value, CryptoMessage.LABEL_VALUE.text());
    try {
      return CanonicalBase64.encode(seal(bytes, associatedData));
    } finally {
      KeyMaterial.wipe(bytes);
    }
  }

  private String openText(String ciphertext, byte[] associatedData)
      throws DecryptionFailedException {
    if (ciphertext == null) {
      return null;
    }
    byte[] bytes = open(fromBase64(ciphertext), associatedData);
    try {
      return StrictUtf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new DecryptionFailedException(CryptoMessage.FIELD_NOT_UTF8.text());
    } finally {
      KeyMaterial.wipe(bytes);
    }
  }

  private String resealText(String ciphertext, byte[] associatedData)
      throws DecryptionFailedException {
    if (ciphertext == null) {
      return null;
    }
    return CanonicalBase64.encode(reseal(fromBase64(ciphertext), associatedData));
  }

  private static byte[] fromBase64(String text) throws DecryptionFailedException {
    try {
      return CanonicalBase64.decode(
          text,
          true,
          CryptoMessage.FIELD_NOT_BASE64.text(),
          CryptoMessage.FIELD_NOT_CANONICAL_BASE64.text());
    } catch (CryptoFormatException e) {
      throw new DecryptionFailedException((Bilingual) e);
    }
  }

  /**
   * The associated data of format version 1; every part is length-prefixed, so no two different
   * bindings give the same bytes:
   *
   * <pre>
   * u32 len ‖ "anke/field/v1" ‖ u32 len ‖ context ‖ u32 len ‖ field
   *   ‖ binding u8 (0 column only, 1 row) ‖ u32 len ‖ row id (empty when column only)
   * </pre>
   *
   * @param rowId the row id, or null for a column-bound value
   */
  private byte[] associatedData(String field, byte[] rowId) {
    Objects.requireNonNull(field, "field");
    byte[] f = StrictUtf8.encode(field, CryptoMessage.LABEL_FIELD_NAME.text());
    if (f.length == 0) {
      throw new IllegalArgumentException(CryptoMessage.FIELD_NAME_EMPTY.english());
    }
    byte[] row = rowId == null ? NONE : rowId;
    ByteBuffer b =
        ByteBuffer.allocate(4 * 4 + 1 + LABEL.length + context.length + f.length + row.length);
    putWithLength(b, LABEL);
    putWithLength(b, context);
    putWithLength(b, f);
    b.put(rowId == null ? COLUMN_ONLY : ROW_BOUND);
    putWithLength(b, row);
    return b.array();
  }

  private static void putWithLength(ByteBuffer b, byte[] part) {
    b.putInt(part.length).put(part);
  }

  private static byte[] requireRowId(byte[] rowId) {
    Objects.requireNonNull(rowId, "rowId");
    if (rowId.length == 0) {
      throw new IllegalArgumentException(CryptoMessage.FIELD_ROW_ID_EMPTY.english());
    }
    return rowId;
  }

  private static byte[] textRowId(String rowId) {
    Objects.requireNonNull(rowId, "rowId");
    return requireRowId(StrictUtf8.encode(rowId, CryptoMessage.LABEL_ROW_ID.text()));
  }

  private static KeysetHandle requireSm4Gcm(KeysetHandle keyset) {
    Objects.requireNonNull(keyset, "keyset");
    if (keyset.type() != KeyType.SM4_GCM) {
      throw new IllegalArgumentException(
          CryptoMessage.FIELD_NEEDS_SM4_GCM.english(keyset.type().cliName()));
    }
    return keyset;
  }
}
