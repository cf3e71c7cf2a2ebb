package io.anke.crypto.keyset;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The binary keyset layout (version 1) and its PEM-style armour. All integers big-endian.
 *
 * <pre>
 * keyset   = version (u8 = 1) ‖ primary key ID (u32) ‖ key count (u16, 1..4096) ‖ key*
 * key      = id (u32) ‖ type (u8: 1 sm4-gcm, 2 sm2, 3 hmac-sm3) ‖ status (u8: 1 enabled,
 *            2 disabled, 3 destroyed) ‖ output prefix (u8: 1 key-id, 2 raw) ‖
 *            created (i64, epoch seconds) ‖
 *            material kind (u8: 0 none, 1 SM4 key (16 bytes), 2 SM2 private d (32 bytes),
 *            3 SM2 public point (65 bytes), 4 HMAC-SM3 key (32 bytes)) ‖
 *            [material length (u16) ‖ material]     -- only in full form, not in metadata
 * </pre>
 *
 * Each material kind belongs to one key type: 1 to sm4-gcm, 2 and 3 to sm2, 4 to hmac-sm3.
 *
 * <p>Metadata is the same structure without the bracketed material fields: what an encrypted keyset
 * file carries in clear and authenticates as associated data.
 */
final class KeysetCodec {
  static final int VERSION = 1;
  static final int MAX_KEYS = 4096;
  static final int MAX_FILE = 1 << 20;

  static final int MATERIAL_NONE = 0;
  static final int MATERIAL_SM4 = 1;
  static final int MATERIAL_SM2_PRIVATE = 2;
  static final int MATERIAL_SM2_PUBLIC = 3;
  static final int MATERIAL_HMAC_SM3 = 4;

  private KeysetCodec() {}

  record Decoded(int primaryId, List<KeyEntry> keys) {}

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
        byte[] material = material(k);
        out.writeByte(materialKind(k));
        if (withMaterial) {
          out.writeShort(material.length);
          out.write(material);
        }
        Arrays.fill(material, (byte) 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static int materialKind(KeyEntry k) {
    if (k.key() instanceof Sm4Key) {
      return MATERIAL_SM4;
    }
    if (k.key() instanceof Sm2PrivateKey) {
      return MATERIAL_SM2_PRIVATE;
    }
    if (k.key() instanceof Sm2PublicKey) {
      return MATERIAL_SM2_PUBLIC;
    }
    if (k.key() instanceof MacKey) {
      return MATERIAL_HMAC_SM3;
    }
    return MATERIAL_NONE;
  }

  private static byte[] material(KeyEntry k) {
    if (k.key() instanceof Sm4Key s) {
      return s.toBytes();
    }
    if (k.key() instanceof Sm2PrivateKey p) {
      return p.exportRaw();
    }
    if (k.key() instanceof Sm2PublicKey p) {
      return p.toUncompressed();
    }
    if (k.key() instanceof MacKey m) {
      return m.toBytes();
    }
    return new byte[0];
  }

  /**
   * Decodes and validates a keyset; {@code what} names the source in messages.
   *
   * @throws CryptoFormatException if the structure or any key is invalid
   */
  static Decoded decode(byte[] data, String what) {
    ByteBuffer in = ByteBuffer.wrap(data);
    try {
      int version = in.get() & 0xff;
      if (version != VERSION) {
        throw new CryptoFormatException(
            what + ": unknown keyset version " + version + ", expected 1");
      }
      int primaryId = in.getInt();
      int count = in.getShort() & 0xffff;
      if (count == 0 || count > MAX_KEYS) {
        throw new CryptoFormatException(what + ": key count " + count + " outside 1.." + MAX_KEYS);
      }
      List<KeyEntry> keys = new ArrayList<>(count);
      Set<Integer> ids = new HashSet<>();
      for (int i = 0; i < count; i++) {
        int id = in.getInt();
        String where = what + ": key " + KeyInfo.formatId(id);
        KeyType type = KeyType.ofCode(in.get() & 0xff);
        KeyStatus status = KeyStatus.ofCode(in.get() & 0xff);
        OutputPrefix prefix = OutputPrefix.ofCode(in.get() & 0xff);
        long created = in.getLong();
        int kind = in.get() & 0xff;
        if (type == null || status == null || prefix == null || kind > MATERIAL_HMAC_SM3) {
          throw new CryptoFormatException(
              where + ": unknown type, status, output prefix or material code");
        }
        if (id == 0 || !ids.add(id)) {
          throw new CryptoFormatException(where + ": key IDs must be non-zero and unique");
        }
        byte[] material = new byte[in.getShort() & 0xffff];
        in.get(material);
        Object key;
        try {
          key = key(kind, type, material, where);
        } finally {
          Arrays.fill(material, (byte) 0);
        }
        boolean destroyed = status == KeyStatus.DESTROYED;
        if (destroyed != (kind == MATERIAL_NONE)) {
          throw new CryptoFormatException(
              where
                  + (destroyed
                      ? ": destroyed but still has key material"
                      : ": has no key material"));
        }
        keys.add(new KeyEntry(id, type, status, prefix, created, key));
      }
      if (in.hasRemaining()) {
        throw new CryptoFormatException(what + ": " + in.remaining() + " bytes after the last key");
      }
      check(primaryId, keys, what);
      return new Decoded(primaryId, keys);
    } catch (BufferUnderflowException e) {
      throw new CryptoFormatException(what + ": truncated keyset structure", e);
    }
  }

  private static Object key(int kind, KeyType type, byte[] material, String where) {
    switch (kind) {
      case MATERIAL_NONE:
        if (material.length != 0) {
          throw new CryptoFormatException(where + ": material present for material kind 'none'");
        }
        return null;
      case MATERIAL_SM4:
        if (type != KeyType.SM4_GCM || material.length != Sm4Key.LENGTH) {
          throw new CryptoFormatException(
              where + ": an SM4 key must be 16 bytes of an sm4-gcm key");
        }
        return Sm4Key.fromBytes(material);
      case MATERIAL_SM2_PRIVATE:
        if (type != KeyType.SM2 || material.length != 32) {
          throw new CryptoFormatException(
              where + ": an SM2 private key must be 32 bytes of an sm2 key");
        }
        try {
          return Sm2PrivateKey.fromRaw(material);
        } catch (CryptoFormatException e) {
          throw new CryptoFormatException(where + ": " + e.getMessage(), e);
        }
      case MATERIAL_SM2_PUBLIC:
        if (type != KeyType.SM2 || material.length != 65) {
          throw new CryptoFormatException(where + ": an SM2 public key must be a 65-byte point");
        }
        try {
          return Sm2PublicKey.fromRaw(material);
        } catch (CryptoFormatException e) {
          throw new CryptoFormatException(where + ": " + e.getMessage(), e);
        }
      default:
        if (type != KeyType.HMAC_SM3 || material.length != MacKey.LENGTH) {
          throw new CryptoFormatException(
              where + ": an HMAC-SM3 key must be 32 bytes of an hmac-sm3 key");
        }
        return MacKey.fromBytes(material);
    }
  }

  /** The rules every keyset obeys, whoever built it. */
  static void check(int primaryId, List<KeyEntry> keys, String what) {
    if (keys.isEmpty()) {
      throw new CryptoFormatException(what + ": a keyset needs at least one key");
    }
    KeyType type = keys.get(0).type();
    KeyEntry primary = null;
    Boolean publicOnly = null;
    for (KeyEntry k : keys) {
      if (k.type() != type) {
        throw new CryptoFormatException(
            what
                + ": keys of different types ("
                + type.cliName()
                + " and "
                + k.type().cliName()
                + ")");
      }
      if (k.key() != null) {
        boolean isPublic = k.key() instanceof Sm2PublicKey;
        if (publicOnly != null && publicOnly != isPublic) {
          throw new CryptoFormatException(what + ": mixes public and private keys");
        }
        publicOnly = isPublic;
      }
      if (k.id() == primaryId) {
        primary = k;
      }
    }
    if (primary == null) {
      throw new CryptoFormatException(
          what + ": primary key " + KeyInfo.formatId(primaryId) + " is not in the keyset");
    }
    if (primary.status() != KeyStatus.ENABLED) {
      throw new CryptoFormatException(
          what + ": primary key " + KeyInfo.formatId(primaryId) + " is " + primary.status());
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
  static byte[] unarmor(byte[] text, String label, String what) {
    if (text.length > MAX_FILE) {
      throw new CryptoFormatException(what + ": larger than 1 MiB, not a keyset");
    }
    String s = new String(text, StandardCharsets.ISO_8859_1);
    String begin = "-----BEGIN " + label + "-----";
    if (!s.contains("-----BEGIN ")) {
      throw new CryptoFormatException(what + ": no '" + begin + "' line");
    }
    if (s.contains(begin) && !s.contains("-----END " + label + "-----")) {
      throw new CryptoFormatException(
          what + ": no '-----END " + label + "-----' line (truncated file?)");
    }
    List<Pem.Block> blocks = Pem.decodeAll(s, what);
    List<Pem.Block> ours = Pem.blocks(blocks, label);
    if (ours.isEmpty()) {
      throw new CryptoFormatException(
          what + ": found a '" + blocks.get(0).label() + "' block, expected '" + label + "'");
    }
    byte[] body = ours.get(0).der();
    String written = armor(label, body);
    if (blocks.size() != 1 || !(written.equals(s) || written.replace("\n", "\r\n").equals(s))) {
      Arrays.fill(body, (byte) 0);
      throw new CryptoFormatException(
          what
              + ": the file is not exactly as written (extra text, other line ends or line"
              + " lengths, or a second block); keyset files must not be edited");
    }
    return body;
  }
}
