package io.anke.crypto.keyset;

import io.anke.crypto.Aead;
import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keyset file format, version 1, written and read in this class only: the binary keyset, the
 * header of an encrypted keyset, and the PEM-style armour around both. All integers big-endian.
 *
 * <pre>
 * keyset   = version (u8 = 1) ‖ primary key ID (u32) ‖ key count (u16, 1..4096) ‖ key*
 * key      = id (u32) ‖ type (u8: 1 sm4-gcm, 2 sm2, 3 hmac-sm3) ‖ status (u8: 1 enabled,
 *            2 disabled, 3 destroyed) ‖ output prefix (u8: 1 key-id, 2 raw) ‖
 *            created (i64, epoch seconds) ‖
 *            material kind (u8: 0 none, 1 SM4 key (16 bytes), 2 SM2 private d (32 bytes),
 *            3 SM2 public point (65 bytes), 4 HMAC-SM3 key (32 bytes)) ‖
 *            [material length (u16) ‖ material]     -- only in full form, not in metadata
 *
 * encrypted body = header ‖ SM4-GCM (or other KEK) ciphertext of the full-form keyset
 * header         = "ANKS" ‖ version (u8 = 1) ‖ metadata length (u32) ‖ metadata
 * KEK associated data = "anke-keyset-v1" ‖ header length (u32) ‖ header ‖ caller's associated data
 * </pre>
 *
 * Each material kind belongs to one key type ({@link Material}): 1 to sm4-gcm, 2 and 3 to sm2, 4 to
 * hmac-sm3. Metadata is the keyset without the bracketed material fields: what an encrypted keyset
 * file carries in clear and authenticates as associated data. Files are armoured as one PEM block
 * labelled {@value #ENCRYPTED_LABEL}, {@value #CLEARTEXT_LABEL} or {@value #PUBLIC_LABEL} ({@link
 * #unarmor}).
 *
 * <p>Malformed input fails with {@link CryptoFormatException}, its message starting with what was
 * read ({@code encrypted keyset}, {@code cleartext keyset}, {@code public keyset}) and, for one
 * key, the key's ID:
 *
 * <ul>
 *   <li>armour: larger than 1 MiB; no BEGIN line; no END line (truncated file?); a block with
 *       another label; any byte other than as written (extra text, other line ends or lengths, a
 *       second block);
 *   <li>header of an encrypted keyset: missing {@code ANKS} magic; unknown file version; metadata
 *       length beyond the file; clear metadata that does not describe the decrypted keys (a wrong
 *       KEK, wrong associated data or a changed ciphertext fail earlier, with {@link
 *       DecryptionFailedException});
 *   <li>keyset: unknown keyset version; key count outside 1..4096; truncated structure; bytes after
 *       the last key; an unknown type, status, output prefix or material code; a zero or repeated
 *       key ID; material of the wrong length or of another key type's kind; an invalid SM2 private
 *       key or point; a destroyed key with material, or another key without; keys of different
 *       types; public and private keys mixed; a primary key that is missing or not enabled; in a
 *       public keyset, secret keys.
 * </ul>
 */
final class KeysetCodec {
  static final int VERSION = 1;
  static final int MAX_KEYS = 4096;
  static final int MAX_FILE = 1 << 20;
  static final String ENCRYPTED_LABEL = "ANKE ENCRYPTED KEYSET";
  static final String CLEARTEXT_LABEL = "ANKE CLEARTEXT KEYSET";
  static final String PUBLIC_LABEL = "ANKE PUBLIC KEYSET";

  private static final byte[] MAGIC_ENCRYPTED = "ANKS".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEK_CONTEXT = "anke-keyset-v1".getBytes(StandardCharsets.US_ASCII);

  /** Magic, version and metadata length. */
  private static final int HEADER_FIXED = MAGIC_ENCRYPTED.length + 5;

  /** The kinds of key material the format stores: its code, key type and length. */
  enum Material {
    /** No material: a destroyed key. */
    NONE(0, null, 0, CryptoMessage.KEYSET_MISFIT_NONE),
    SM4(1, KeyType.SM4_GCM, Sm4Key.LENGTH, CryptoMessage.KEYSET_MISFIT_SM4),
    SM2_PRIVATE(2, KeyType.SM2, 32, CryptoMessage.KEYSET_MISFIT_SM2_PRIVATE),
    SM2_PUBLIC(3, KeyType.SM2, 65, CryptoMessage.KEYSET_MISFIT_SM2_PUBLIC),
    HMAC_SM3(4, KeyType.HMAC_SM3, MacKey.LENGTH, CryptoMessage.KEYSET_MISFIT_HMAC_SM3);

    private final int code;
    private final KeyType type;
    private final int length;
    private final CryptoMessage misfit;

    Material(int code, KeyType type, int length, CryptoMessage misfit) {
      this.code = code;
      this.type = type;
      this.length = length;
      this.misfit = misfit;
    }

    int code() {
      return code;
    }

    /** The key type whose keys this material belongs to; null for {@link #NONE}. */
    KeyType type() {
      return type;
    }

    /** The length of the material in bytes. */
    int length() {
      return length;
    }

    static Material ofCode(int code) {
      for (Material m : values()) {
        if (m.code == code) {
          return m;
        }
      }
      return null;
    }

    static Material of(KeysetKey key) {
      return key == null ? NONE : key.material();
    }
  }

  private KeysetCodec() {}

  record Decoded(int primaryId, List<KeyEntry> keys) {}

  // ---- files ----

  /**
   * An encrypted keyset file: the header in clear, the full keyset encrypted under {@code kek} with
   * the header and {@code associatedData} (may be null) as associated data.
   */
  static byte[] writeEncrypted(
      int primaryId, List<KeyEntry> keys, Aead kek, byte[] associatedData) {
    byte[] header = header(encode(primaryId, keys, false));
    byte[] secret = encode(primaryId, keys, true);
    byte[] ct;
    try {
      ct = kek.encrypt(secret, kekAad(header, associatedData));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    byte[] body = Arrays.copyOf(header, header.length + ct.length);
    System.arraycopy(ct, 0, body, header.length, ct.length);
    return ascii(armor(ENCRYPTED_LABEL, body));
  }

  /**
   * Reads an encrypted keyset file; nothing is returned unless the whole file authenticates.
   *
   * @throws DecryptionFailedException if the KEK or associated data is wrong or the file modified
   * @throws CryptoFormatException if the file is not an encrypted keyset or its content is invalid
   */
  static Decoded readEncrypted(byte[] file, Aead kek, byte[] associatedData)
      throws DecryptionFailedException {
    Bilingual what = CryptoMessage.LABEL_ENCRYPTED_KEYSET.text();
    byte[] body = unarmor(file, ENCRYPTED_LABEL, what);
    if (body.length < HEADER_FIXED
        || !Arrays.equals(Arrays.copyOf(body, MAGIC_ENCRYPTED.length), MAGIC_ENCRYPTED)) {
      throw new CryptoFormatException(CryptoMessage.KEYSET_NO_MAGIC.text(what));
    }
    ByteBuffer b = ByteBuffer.wrap(body);
    b.position(MAGIC_ENCRYPTED.length);
    int version = b.get() & 0xff;
    if (version != VERSION) {
      throw new CryptoFormatException(
          CryptoMessage.KEYSET_UNKNOWN_FILE_VERSION.text(what, version, VERSION));
    }
    int metadataLength = b.getInt();
    if (metadataLength < 0 || metadataLength > b.remaining()) {
      throw new CryptoFormatException(
          CryptoMessage.KEYSET_METADATA_TOO_LONG.text(what, metadataLength));
    }
    int headerLength = HEADER_FIXED + metadataLength;
    byte[] header = Arrays.copyOf(body, headerLength);
    byte[] metadata = Arrays.copyOfRange(body, HEADER_FIXED, headerLength);
    byte[] ct = Arrays.copyOfRange(body, headerLength, body.length);
    byte[] secret;
    try {
      secret = kek.decrypt(ct, kekAad(header, associatedData));
    } catch (DecryptionFailedException e) {
      throw new DecryptionFailedException(CryptoMessage.KEYSET_UNWRAP_FAILED.text(what));
    }
    try {
      Decoded d = decode(secret, what);
      // The authenticated clear metadata must describe exactly the decrypted keys.
      if (!MessageDigest.isEqual(metadata, encode(d.primaryId(), d.keys(), false))) {
        destroyAll(d.keys());
        throw new CryptoFormatException(CryptoMessage.KEYSET_METADATA_MISMATCH.text(what));
      }
      return d;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** A cleartext keyset file, secret keys included. */
  static byte[] writeCleartext(int primaryId, List<KeyEntry> keys) {
    byte[] body = encode(primaryId, keys, true);
    try {
      return ascii(armor(CLEARTEXT_LABEL, body));
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  /**
   * Reads a cleartext keyset file.
   *
   * @throws CryptoFormatException if it is malformed
   */
  static Decoded readCleartext(byte[] file) {
    Bilingual what = CryptoMessage.LABEL_CLEARTEXT_KEYSET.text();
    byte[] body = unarmor(file, CLEARTEXT_LABEL, what);
    try {
      return decode(body, what);
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  /** A public keyset file; the caller has checked that {@code keys} hold no secret. */
  static byte[] writePublic(int primaryId, List<KeyEntry> keys) {
    return ascii(armor(PUBLIC_LABEL, encode(primaryId, keys, true)));
  }

  /**
   * Reads a public keyset file.
   *
   * @throws CryptoFormatException if it is malformed or holds secret keys
   */
  static Decoded readPublic(byte[] file) {
    Bilingual what = CryptoMessage.LABEL_PUBLIC_KEYSET.text();
    Decoded d = decode(unarmor(file, PUBLIC_LABEL, what), what);
    if (hasSecretKeys(d.keys())) {
      destroyAll(d.keys());
      throw new CryptoFormatException(CryptoMessage.KEYSET_HOLDS_SECRET_KEYS.text(what));
    }
    return d;
  }

  /**
   * The bytes of a keyset file, at most {@link #MAX_FILE}.
   *
   * @throws CryptoFormatException if there are more
   */
  static byte[] readLimited(InputStream in) throws IOException {
    byte[] data = in.readNBytes(MAX_FILE + 1);
    if (data.length > MAX_FILE) {
      throw new CryptoFormatException(
          CryptoMessage.KEYSET_TOO_LARGE.text(CryptoMessage.WHAT_KEYSET.text()));
    }
    return data;
  }

  /**
   * False for keys of a public keyset (SM2 public keys only): the first key with material decides;
   * a keyset whose keys are all destroyed counts as secret, it came from a secret keyset.
   */
  static boolean hasSecretKeys(List<KeyEntry> keys) {
    for (KeyEntry k : keys) {
      if (k.key() != null) {
        return k.key().isSecret();
      }
    }
    return true;
  }

  private static byte[] header(byte[] metadata) {
    ByteBuffer b = ByteBuffer.allocate(HEADER_FIXED + metadata.length);
    b.put(MAGIC_ENCRYPTED).put((byte) VERSION).putInt(metadata.length).put(metadata);
    return b.array();
  }

  private static byte[] kekAad(byte[] header, byte[] associatedData) {
    byte[] extra = associatedData == null ? new byte[0] : associatedData;
    ByteBuffer b = ByteBuffer.allocate(KEK_CONTEXT.length + 4 + header.length + extra.length);
    b.put(KEK_CONTEXT).putInt(header.length).put(header).put(extra);
    return b.array();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static void destroyAll(List<KeyEntry> keys) {
    for (KeyEntry k : keys) {
      k.destroyMaterial();
    }
  }

  // ---- the binary keyset ----

  static byte[] encode(int primaryId, List<KeyEntry> keys, boolean withMaterial) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(primaryId);
      out.writeShort(keys.size());
      for (KeyEntry k : keys) {
        out.writeInt(k.id());
        out.writeByte(k.type().code());
        out.writeByte(k.status().code());
        out.writeByte(k.prefix().code());
        out.writeLong(k.created());
        out.writeByte(Material.of(k.key()).code());
        if (withMaterial) {
          byte[] material = k.key() == null ? new byte[0] : k.key().encoded();
          try {
            out.writeShort(material.length);
            out.write(material);
          } finally {
            Arrays.fill(material, (byte) 0);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes and validates a keyset; {@code what} names the source in messages.
   *
   * @throws CryptoFormatException if the structure or any key is invalid
   */
  static Decoded decode(byte[] data, Bilingual what) {
    ByteBuffer in = ByteBuffer.wrap(data);
    List<KeyEntry> keys = new ArrayList<>();
    boolean done = false;
    try {
      int version = in.get() & 0xff;
      if (version != VERSION) {
        throw new CryptoFormatException(
            CryptoMessage.KEYSET_UNKNOWN_VERSION.text(what, version, VERSION));
      }
      int primaryId = in.getInt();
      int count = in.getShort() & 0xffff;
      if (count == 0 || count > MAX_KEYS) {
        throw new CryptoFormatException(CryptoMessage.KEYSET_KEY_COUNT.text(what, count, MAX_KEYS));
      }
      Set<Integer> ids = new HashSet<>();
      for (int i = 0; i < count; i++) {
        int id = in.getInt();
        Bilingual where = CryptoMessage.LABEL_KEYSET_KEY.text(what, KeyInfo.formatId(id));
        KeyType type = KeyType.ofCode(in.get() & 0xff);
        KeyStatus status = KeyStatus.ofCode(in.get() & 0xff);
        OutputPrefix prefix = OutputPrefix.ofCode(in.get() & 0xff);
        long created = in.getLong();
        Material kind = Material.ofCode(in.get() & 0xff);
        if (type == null || status == null || prefix == null || kind == null) {
          throw new CryptoFormatException(CryptoMessage.KEYSET_UNKNOWN_CODE.text(where));
        }
        if (id == 0 || !ids.add(id)) {
          throw new CryptoFormatException(CryptoMessage.KEYSET_KEY_ID_NOT_UNIQUE.text(where));
        }
        // KeyInfo reports it as an Instant: a time no Instant holds is refused here, not there.
        if (created < Instant.MIN.getEpochSecond() || created > Instant.MAX.getEpochSecond()) {
          throw new CryptoFormatException(
              CryptoMessage.KEYSET_CREATED_OUT_OF_RANGE.text(where, created));
        }
        byte[] material = new byte[in.getShort() & 0xffff];
        in.get(material);
        KeysetKey key;
        try {
          key = material(kind, type, material, where);
        } finally {
          Arrays.fill(material, (byte) 0);
        }
        boolean destroyed = status == KeyStatus.DESTROYED;
        if (destroyed != (kind == Material.NONE)) {
          if (key != null) {
            key.destroy();
          }
          throw new CryptoFormatException(
              (destroyed
                      ? CryptoMessage.KEYSET_DESTROYED_WITH_MATERIAL
                      : CryptoMessage.KEYSET_NO_MATERIAL)
                  .text(where));
        }
        keys.add(new KeyEntry(id, type, status, prefix, created, key));
      }
      if (in.hasRemaining()) {
        throw new CryptoFormatException(
            CryptoMessage.KEYSET_TRAILING_BYTES.text(what, in.remaining()));
      }
      check(primaryId, keys, what);
      done = true;
      return new Decoded(primaryId, keys);
    } catch (BufferUnderflowException e) {
      throw new CryptoFormatException(CryptoMessage.KEYSET_TRUNCATED.text(what), e);
    } finally {
      if (!done) {
        destroyAll(keys);
      }
    }
  }

  /** Material of {@code kind} from the bytes {@link KeysetKey#encoded()} gives (a key's copy). */
  static KeysetKey decode(Material kind, byte[] bytes) {
    return material(kind, kind.type(), bytes, CryptoMessage.LABEL_KEY_MATERIAL.text());
  }

  /**
   * The material stored as {@code kind} for a key of {@code type}. Exhaustive over {@link
   * Material}: a kind added there fails to compile here until it says how it is read.
   */
  private static KeysetKey material(Material kind, KeyType type, byte[] bytes, Bilingual where) {
    boolean fits =
        kind == Material.NONE
            ? bytes.length == 0
            : type == kind.type && bytes.length == kind.length;
    if (!fits) {
      throw new CryptoFormatException(CryptoMessage.WHERE_DETAIL.text(where, kind.misfit.text()));
    }
    try {
      return switch (kind) {
        case NONE -> null;
        case SM4 -> new KeysetKey.Sm4GcmKey(Sm4Key.fromBytes(bytes));
        case SM2_PRIVATE -> new KeysetKey.Sm2SigningKey(Sm2PrivateKey.fromRaw(bytes));
        case SM2_PUBLIC -> new KeysetKey.Sm2VerifyingKey(Sm2PublicKey.fromRaw(bytes));
        case HMAC_SM3 -> new KeysetKey.HmacSm3Key(MacKey.fromBytes(bytes));
      };
    } catch (CryptoFormatException e) {
      throw new CryptoFormatException(
          CryptoMessage.WHERE_DETAIL.text(where, CryptoMessage.causeText(e)), e);
    }
  }

  /** The rules every keyset obeys, whoever built it. */
  static void check(int primaryId, List<KeyEntry> keys, Bilingual what) {
    if (keys.isEmpty()) {
      throw new CryptoFormatException(CryptoMessage.KEYSET_EMPTY.text(what));
    }
    KeyType type = keys.get(0).type();
    KeyEntry primary = null;
    Boolean publicOnly = null;
    for (KeyEntry k : keys) {
      if (k.type() != type) {
        throw new CryptoFormatException(
            CryptoMessage.KEYSET_MIXED_TYPES.text(what, type.cliName(), k.type().cliName()));
      }
      if (k.key() != null) {
        boolean isPublic = !k.key().isSecret();
        if (publicOnly != null && publicOnly != isPublic) {
          throw new CryptoFormatException(CryptoMessage.KEYSET_MIXED_PUBLIC_PRIVATE.text(what));
        }
        publicOnly = isPublic;
      }
      if (k.id() == primaryId) {
        primary = k;
      }
    }
    if (primary == null) {
      throw new CryptoFormatException(
          CryptoMessage.KEYSET_PRIMARY_MISSING.text(what, KeyInfo.formatId(primaryId)));
    }
    if (primary.status() != KeyStatus.ENABLED) {
      throw new CryptoFormatException(
          CryptoMessage.KEYSET_PRIMARY_NOT_ENABLED.text(
              what, KeyInfo.formatId(primaryId), primary.status()));
    }
  }

  // ---- armour ----

  static String armor(String label, byte[] body) {
    return Pem.encode(label, body);
  }

  /**
   * The body of a keyset file, which must be exactly what {@link #armor} writes: one PEM block with
   * {@code label}, strict Base64 in 64-character lines, LF line ends, nothing before or after. The
   * one other form accepted is the same text with every LF turned into CRLF, which is how Git for
   * Windows checks text files out ({@code core.autocrlf}) and carries the same bytes. Any other
   * byte sequence is refused, even one that a lenient reader would decode to the same body, so that
   * every changed byte of a keyset file is noticed (an encrypted keyset authenticates the body;
   * this covers the armour around it).
   */
  static byte[] unarmor(byte[] text, String label, Bilingual what) {
    if (text.length > MAX_FILE) {
      throw new CryptoFormatException(CryptoMessage.KEYSET_TOO_LARGE.text(what));
    }
    String s = new String(text, StandardCharsets.ISO_8859_1);
    String begin = "-----BEGIN " + label + "-----";
    if (!s.contains("-----BEGIN ")) {
      throw new CryptoFormatException(CryptoMessage.KEYSET_NO_BEGIN_LINE.text(what, begin));
    }
    if (s.contains(begin) && !s.contains("-----END " + label + "-----")) {
      throw new CryptoFormatException(CryptoMessage.KEYSET_NO_END_LINE.text(what, label));
    }
    List<Pem.Block> blocks = Pem.decodeAll(s, what);
    List<Pem.Block> ours = Pem.blocks(blocks, label);
    if (ours.isEmpty()) {
      throw new CryptoFormatException(
          CryptoMessage.KEYSET_WRONG_BLOCK.text(what, blocks.get(0).label(), label));
    }
    byte[] body = ours.get(0).der();
    String written = armor(label, body);
    if (blocks.size() != 1 || !(written.equals(s) || written.replace("\n", "\r\n").equals(s))) {
      Arrays.fill(body, (byte) 0);
      throw new CryptoFormatException(CryptoMessage.KEYSET_EDITED.text(what));
    }
    return body;
  }
}
