package io.anke.crypto.field;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.HkdfSm3;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.sm3.HmacSm3;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A blind index for equality search on an encrypted column: a keyed HMAC-SM3 of the normalised
 * value, truncated, stored beside the ciphertext. To find rows whose value equals a search term,
 * compute the term's index, select the rows with that index, decrypt them and keep those whose
 * value really is equal.
 *
 * <pre>{@code
 * BlindIndex idx = BlindIndex.forColumn(indexKey, "hr.employee.id_number", IndexNormalizer.IDENTIFIER);
 * String stored = idx.computeHex("11010519491231002x");      // 32 hex digits, beside the ciphertext
 * // SELECT ... WHERE id_number_idx = ?   with idx.computeHex(searchTerm), then decrypt and compare
 * }</pre>
 *
 * <p><b>Keys.</b> The index key is not the encryption key: keep it separate (a key from the
 * encryption keyset must never be used here). From one index key of at least {@value
 * #MIN_KEY_LENGTH} random bytes, each column gets its own key:
 *
 * <pre>
 * columnKey = HKDF-SM3(IKM = index key, salt = none, info = "anke/blind-index/v1" ‖ 0x00 ‖ UTF-8(column), L = 32)
 * index     = first length bytes of HMAC-SM3(columnKey, UTF-8(normalizer.normalize(value)))
 * </pre>
 *
 * <p>(HKDF as in RFC 5869 with HMAC-SM3; "no salt" means 32 zero bytes.) Equal values in two
 * columns therefore get unrelated indexes, so the columns cannot be joined on them. The column
 * label is just a name for the derivation ({@code "table.column"} is a good choice); it must never
 * change, or every index of the column must be computed again, as after changing the normaliser,
 * the length or the key.
 *
 * <p><b>What an index reveals.</b> Equal normalised values give equal indexes: anyone who reads the
 * column sees which rows share a value and how often each value occurs, and can guess frequent
 * values from their frequency. That is the price of searching without decrypting; do not index a
 * column whose values are few (sex, province, a yes/no flag) — a frequency count then gives them
 * away. The key keeps an attacker from computing indexes of guessed values, so guard it like the
 * encryption key. Truncating to fewer bytes makes unrelated values share an index (a search then
 * returns extra rows, which the application drops after decrypting) but does not hide equality. The
 * shortest length accepted is {@value #MIN_LENGTH} bytes: a search in a table of n rows then
 * returns about n / 2³² unrelated rows (0.02 for a hundred million rows), while 2 bytes would
 * return n / 65,536 of them (1,500 for a hundred million) and turn every search into a bulk
 * decryption.
 *
 * <p><b>Null.</b> A {@code null} value has a {@code null} index, so a database NULL stays NULL.
 *
 * <p>Immutable and thread-safe. Holds the derived column key, never the index key it came from;
 * {@link #destroy()} overwrites it, and every later {@code compute} throws {@link
 * io.anke.crypto.KeyDestroyedException}. {@code toString} shows no key.
 */
public final class BlindIndex implements Destroyable {
  /** Shortest index key accepted, in bytes (as {@link HmacSm3#MIN_KEY_LENGTH}). */
  public static final int MIN_KEY_LENGTH = HmacSm3.MIN_KEY_LENGTH;

  /** Shortest index accepted, in bytes (see the class description). */
  public static final int MIN_LENGTH = 4;

  /** Longest index: the whole HMAC-SM3 tag, in bytes. */
  public static final int MAX_LENGTH = HmacSm3.TAG_LENGTH;

  /** The length {@link #forColumn(byte[], String, IndexNormalizer)} uses, in bytes. */
  public static final int DEFAULT_LENGTH = 16;

  private static final byte[] LABEL = "anke/blind-index/v1".getBytes(StandardCharsets.US_ASCII);

  private final HmacSm3 mac;
  private final String column;
  private final IndexNormalizer normalizer;
  private final int length;

  private BlindIndex(HmacSm3 mac, String column, IndexNormalizer normalizer, int length) {
    this.mac = mac;
    this.column = column;
    this.normalizer = normalizer;
    this.length = length;
  }

  /**
   * The blind index of {@code column}, {@value #DEFAULT_LENGTH} bytes long.
   *
   * @see #forColumn(byte[], String, IndexNormalizer, int)
   */
  public static BlindIndex forColumn(byte[] indexKey, String column, IndexNormalizer normalizer) {
    return forColumn(indexKey, column, normalizer, DEFAULT_LENGTH);
  }

  /**
   * The blind index of {@code column}, with the column's own key derived from {@code indexKey}.
   *
   * @param indexKey at least {@value #MIN_KEY_LENGTH} random bytes, separate from every encryption
   *     key; not kept (only the derived column key is), so the caller may wipe it afterwards
   * @param column a non-empty label of the column, e.g. {@code "hr.employee.id_number"}
   * @param normalizer how values are normalised before indexing ({@link IndexNormalizer#TEXT},
   *     {@link IndexNormalizer#IDENTIFIER}, {@link IndexNormalizer#EXACT} or your own)
   * @param lengthBytes the index length, {@value #MIN_LENGTH} to {@value #MAX_LENGTH} bytes
   * @throws NullPointerException if an argument is null
   * @throws CryptoFormatException (an {@link IllegalArgumentException}) if the key is shorter than
   *     {@value #MIN_KEY_LENGTH} bytes
   * @throws IllegalArgumentException if the column label is empty or holds an unpaired surrogate,
   *     or the length is out of range
   */
  public static BlindIndex forColumn(
      byte[] indexKey, String column, IndexNormalizer normalizer, int lengthBytes) {
    SelfTestGate.requireNotFailed();
    Objects.requireNonNull(indexKey, "indexKey");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(normalizer, "normalizer");
    if (indexKey.length < MIN_KEY_LENGTH) {
      throw new CryptoFormatException(
          CryptoMessage.BLIND_INDEX_KEY_LENGTH.text(MIN_KEY_LENGTH, indexKey.length));
    }
    if (lengthBytes < MIN_LENGTH || lengthBytes > MAX_LENGTH) {
      throw new IllegalArgumentException(
          CryptoMessage.BLIND_INDEX_LENGTH.english(MIN_LENGTH, MAX_LENGTH, lengthBytes));
    }
    byte[] label = StrictUtf8.encode(column, CryptoMessage.LABEL_COLUMN_LABEL.text());
    if (label.length == 0) {
      throw new IllegalArgumentException(CryptoMessage.BLIND_INDEX_EMPTY_LABEL.english());
    }
    byte[] info = Arrays.copyOf(LABEL, LABEL.length + 1 + label.length);
    System.arraycopy(label, 0, info, LABEL.length + 1, label.length);
    byte[] columnKey = HkdfSm3.derive(indexKey, null, info, HmacSm3.TAG_LENGTH);
    try {
      return new BlindIndex(HmacSm3.withKey(columnKey), column, normalizer, lengthBytes);
    } finally {
      KeyMaterial.wipe(columnKey);
    }
  }

  /**
   * The index of {@code value}: the first {@link #length()} bytes of HMAC-SM3 over its normalised
   * UTF-8 bytes.
   *
   * @return the index; {@code null} if {@code value} is null
   * @throws IllegalArgumentException if the normalised value holds an unpaired UTF-16 surrogate
   * @throws NullPointerException if the normaliser returned null
   * @throws io.anke.crypto.KeyDestroyedException if this index has been destroyed
   */
  public byte[] compute(String value) {
    if (value == null) {
      return null;
    }
    String normalized =
        Objects.requireNonNull(
            normalizer.normalize(value), () -> "normaliser " + normalizer + " returned null");
    byte[] bytes = StrictUtf8.encode(normalized, CryptoMessage.LABEL_VALUE.text());
    byte[] tag = null;
    try {
      tag = mac.mac(bytes);
      return Arrays.copyOf(tag, length);
    } finally {
      KeyMaterial.wipe(bytes, tag);
    }
  }

  /**
   * {@link #compute} as lowercase hex ({@code 2 × length()} characters), for a {@code CHAR} or
   * {@code VARCHAR} column. Hex rather than Base64 because the default collations of several
   * databases (MySQL's {@code utf8mb4_0900_ai_ci}) compare text without regard to case, which would
   * merge Base64 values that differ only in case.
   *
   * @return the hex text; {@code null} if {@code value} is null
   */
  public String computeHex(String value) {
    byte[] index = compute(value);
    return index == null ? null : Hex.encode(index);
  }

  /** The index length in bytes. */
  public int length() {
    return length;
  }

  /** The column label the key was derived for. */
  public String column() {
    return column;
  }

  /** Overwrites the column key with zeros; idempotent. */
  @Override
  public void destroy() {
    mac.destroy();
  }

  /** True once {@link #destroy()} has run. */
  @Override
  public boolean isDestroyed() {
    return mac.isDestroyed();
  }

  /** The column, the length and the normaliser; never the key. */
  @Override
  public String toString() {
    return "BlindIndex[column '"
        + column
        + "', "
        + length
        + " bytes, "
        + normalizer
        + (isDestroyed() ? ", destroyed" : "")
        + "]";
  }
}
