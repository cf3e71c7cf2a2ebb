package io.anke.samples.portal;

import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.KeyEncryptionKeys;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The keys of the portal, kept in one directory and made on the first start.
 *
 * <p><b>This is a sample's shortcut.</b> The key-encryption key ({@value #KEK}) lies in a file
 * beside the keysets it protects, so anyone who can read the directory has every key. In production
 * the key-encryption key stays in a KMS or a cryptographic device (an HSM through {@code
 * Pkcs11KeyProvider}, an SDF device through {@code SdfKeyProvider}) and never touches the disk; the
 * checkpoint key can sign inside the device too. Everything else here — keysets that are only ever
 * stored encrypted, one key per purpose, the public key handed to auditors — is as in production.
 *
 * <ul>
 *   <li>{@value #KEK}: the SM4 key-encryption key (32 hex digits), the file {@code anke keyset
 *       --kek} and {@code anke audit verify --kek} read;
 *   <li>{@value #AUDIT_MAC}: the hmac-sm3 keyset that authenticates each audit record;
 *   <li>{@value #AUDIT_CHECKPOINT}: the SM2 keyset whose key signs the audit checkpoints, and
 *       {@value #AUDIT_CHECKPOINT_PUBLIC}, its public key for whoever verifies the trail;
 *   <li>{@value #RESIDENT_FIELDS}: the SM4-GCM keyset of the encrypted columns of {@code resident};
 *   <li>{@value #RESIDENT_INDEX}: the key of the identity number's blind index, encrypted under the
 *       key-encryption key.
 * </ul>
 *
 * A key file that exists is read and never replaced: the audit trail and the stored values need the
 * keys they were made with.
 */
public final class PortalKeys {
  static final String KEK = "kek.hex";
  static final String AUDIT_MAC = "audit-mac.keyset";
  static final String AUDIT_CHECKPOINT = "audit-checkpoint.keyset";
  static final String AUDIT_CHECKPOINT_PUBLIC = "audit-checkpoint.pub.pem";
  static final String RESIDENT_FIELDS = "resident-fields.keyset";
  static final String RESIDENT_INDEX = "resident-index.key";

  /** Binds the encrypted index key to what it is for: it decrypts as nothing else. */
  private static final byte[] INDEX_KEY_PURPOSE =
      "portal resident.id_number blind index".getBytes(StandardCharsets.UTF_8);

  private final Path directory;
  private final KeysetHandle auditMacKeys;
  private final KeysetHandle checkpointKeys;
  private final KeysetHandle residentFieldKeys;
  private final byte[] residentIndexKey;

  private PortalKeys(Path directory, Aead kek) {
    this.directory = directory;
    this.auditMacKeys = keyset(AUDIT_MAC, KeyType.HMAC_SM3, kek);
    this.checkpointKeys = keyset(AUDIT_CHECKPOINT, KeyType.SM2, kek);
    writeIfAbsent(
        AUDIT_CHECKPOINT_PUBLIC,
        () -> checkpointPublicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII),
        false);
    this.residentFieldKeys = keyset(RESIDENT_FIELDS, KeyType.SM4_GCM, kek);
    this.residentIndexKey = indexKey(kek);
  }

  /**
   * The keys in {@code directory}, each made and stored there when it is missing.
   *
   * @throws IllegalStateException naming the file when a key file cannot be read, does not open
   *     with the key-encryption key, or keysets exist without their key-encryption key
   */
  public static PortalKeys openOrCreate(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path kekFile = directory.resolve(KEK);
    if (!Files.exists(kekFile)) {
      for (String name : List.of(AUDIT_MAC, AUDIT_CHECKPOINT, RESIDENT_FIELDS, RESIDENT_INDEX)) {
        if (Files.exists(directory.resolve(name))) {
          throw problem("keys.kek-missing", kekFile, directory.resolve(name));
        }
      }
      Sm4Key fresh = Sm4Key.generate();
      write(
          kekFile,
          Hex.encode(fresh.toBytes(InsecureSecretAccess.get())).getBytes(StandardCharsets.US_ASCII),
          true);
      fresh.destroy();
    }
    Aead kek;
    try {
      kek =
          KeyEncryptionKeys.fromProvider(
              FileKeyProvider.builder().sm4("kek", kekFile).build(), "kek");
    } catch (KeyProviderException e) {
      throw problem("keys.unreadable", kekFile, e.getMessage());
    }
    return new PortalKeys(directory, kek);
  }

  /** The hmac-sm3 keyset of the audit records. */
  public KeysetHandle auditMacKeys() {
    return auditMacKeys;
  }

  /** The key that signs the audit checkpoints. */
  public Sm2KeyHandle checkpointKey() {
    return checkpointKeys.primarySm2Key();
  }

  /** The public half of {@link #checkpointKey()}, what a verifier of the trail trusts. */
  public Sm2PublicKey checkpointPublicKey() {
    return checkpointKeys.publicKey(checkpointKeys.primaryKeyId());
  }

  /** The SM4-GCM keyset of the residents' encrypted columns. */
  public KeysetHandle residentFieldKeys() {
    return residentFieldKeys;
  }

  /** The key of the identity number's blind index (a copy). */
  public byte[] residentIndexKey() {
    return residentIndexKey.clone();
  }

  private KeysetHandle keyset(String name, KeyType type, Aead kek) {
    Path file = directory.resolve(name);
    writeIfAbsent(name, () -> encrypted(KeysetHandle.generateNew(type), kek), true);
    KeysetHandle keys;
    try {
      keys = KeysetHandle.read(new ByteArrayInputStream(Files.readAllBytes(file)), kek);
    } catch (DecryptionFailedException e) {
      throw problem("keys.wrong-kek", file, directory.resolve(KEK));
    } catch (CryptoFormatException | IOException e) {
      throw problem("keys.unreadable", file, e.getMessage());
    }
    if (keys.type() != type) {
      throw problem("keys.wrong-type", file, type.cliName(), keys.type().cliName());
    }
    return keys;
  }

  private byte[] indexKey(Aead kek) {
    Path file = directory.resolve(RESIDENT_INDEX);
    writeIfAbsent(
        RESIDENT_INDEX,
        () -> {
          byte[] key = new byte[32];
          new SecureRandom().nextBytes(key);
          return kek.encrypt(key, INDEX_KEY_PURPOSE);
        },
        true);
    try {
      return kek.decrypt(Files.readAllBytes(file), INDEX_KEY_PURPOSE);
    } catch (DecryptionFailedException e) {
      throw problem("keys.wrong-kek", file, directory.resolve(KEK));
    } catch (IOException e) {
      throw problem("keys.unreadable", file, e.getMessage());
    }
  }

  private static byte[] encrypted(KeysetHandle keys, Aead kek) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      keys.write(out, kek);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void writeIfAbsent(String name, Supplier<byte[]> content, boolean secret) {
    Path file = directory.resolve(name);
    if (!Files.exists(file)) {
      write(file, content.get(), secret);
    }
  }

  /**
   * Writes a new file. A secret one is created readable by its owner only where the file system has
   * POSIX permissions, so that it is never readable by others, not even for a moment.
   */
  private static void write(Path file, byte[] content, boolean secret) {
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    FileAttribute<?>[] attributes =
        secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    try (SeekableByteChannel out = Files.newByteChannel(file, options, attributes)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    } catch (FileAlreadyExistsException e) {
      throw problem("keys.raced", file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalStateException problem(String key, Object... args) {
    return new IllegalStateException(PortalMessages.text(key, args).bothLanguages());
  }
}
