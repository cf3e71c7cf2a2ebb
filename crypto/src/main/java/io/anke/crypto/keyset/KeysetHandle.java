package io.anke.crypto.keyset;

import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm4.Sm4Key;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.security.auth.Destroyable;

/**
 * A keyset: keys of one type, each with an ID and a status, one of them primary. New data is
 * encrypted, signed or authenticated with the primary key; data made with any enabled key stays
 * readable, because the output starts with the key ID ({@link OutputPrefix#KEY_ID}). This is how
 * keys are rotated without re-encrypting everything at once (the design of Google Tink's keysets).
 *
 * <pre>{@code
 * KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
 * byte[] ct = ks.aead().encrypt(plaintext, aad);
 *
 * KeysetHandle next = ks.rotate();                     // new primary; the old key stays enabled
 * next.aead().decrypt(ct, aad);                       // still works
 * int old = ks.primaryKeyId();
 * KeysetHandle retired = next.disable(old).destroy(old); // after re-encrypting old data
 *
 * handle.write(out, kek);                             // only encrypted under a KEK
 * KeysetHandle again = KeysetHandle.read(in, kek);
 * }</pre>
 *
 * <p>Handles are immutable; each rotation step returns a new handle. Destroying a key ({@link
 * #destroy(int)}) removes its material from the new handle and from everything written from it;
 * older handles still hold it until they are destroyed themselves.
 *
 * <p>Each handle owns its key material: handles derived from it (rotation steps, {@link
 * #importKey}) take their own copies. {@link #destroy()} overwrites every secret key of this handle
 * with zeros; afterwards every method except {@link #isDestroyed()} and {@code toString} throws
 * {@link KeyDestroyedException}, and so do the {@link #aead()}, {@link #signer()} and {@link
 * #mac()} primitives made from it. Verifiers ({@link #verifier()}) hold only public keys and keep
 * working. Other handles, derived before or after, are unaffected. Thread-safe.
 */
public final class KeysetHandle implements Destroyable {
  /** The most keys a keyset holds: the most its file format reads back. */
  public static final int MAX_KEYS = KeysetCodec.MAX_KEYS;

  /** The largest keyset file read, in bytes (1 MiB), armour included. */
  public static final int MAX_FILE_BYTES = KeysetCodec.MAX_FILE;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int primaryId;
  private final List<KeyEntry> keys;
  private volatile boolean destroyed;

  /**
   * @param owned true when the key objects in {@code keys} were made for this handle and nothing
   *     else refers to them; otherwise the handle takes its own copies, so that destroying one
   *     handle never affects another
   */
  private KeysetHandle(int primaryId, List<KeyEntry> keys, boolean owned) {
    KeysetCodec.check(primaryId, keys, CryptoMessage.LABEL_KEYSET.text());
    this.primaryId = primaryId;
    List<KeyEntry> mine = new ArrayList<>(keys.size());
    for (KeyEntry k : keys) {
      mine.add(owned ? k : k.withOwnMaterial());
    }
    this.keys = List.copyOf(mine);
  }

  private static KeysetHandle owning(int primaryId, List<KeyEntry> keys) {
    return new KeysetHandle(primaryId, keys, true);
  }

  private static KeysetHandle copying(int primaryId, List<KeyEntry> keys) {
    return new KeysetHandle(primaryId, keys, false);
  }

  // ---- creation ----

  /** A new keyset with one fresh key of {@code type}, primary, with the key-ID prefix. */
  public static KeysetHandle generateNew(KeyType type) {
    return generateNew(type, OutputPrefix.KEY_ID);
  }

  /** A new keyset with one fresh key of {@code type} and the given output prefix. */
  public static KeysetHandle generateNew(KeyType type, OutputPrefix prefix) {
    KeyEntry k = newEntry(Set.of(), type, prefix, KeysetKey.generate(type, RANDOM));
    return owning(k.id(), List.of(k));
  }

  /**
   * A keyset holding a copy of an existing SM4 key as its primary (for example one shared with a
   * partner, with {@link OutputPrefix#RAW} so that the output matches plain SM4-GCM). The handle
   * and {@code key} can be destroyed independently.
   */
  public static KeysetHandle importKey(Sm4Key key, OutputPrefix prefix) {
    KeyEntry k = newEntry(Set.of(), KeyType.SM4_GCM, prefix, new KeysetKey.Sm4GcmKey(key));
    return copying(k.id(), List.of(k));
  }

  /** A keyset holding a copy of an existing SM2 private key as its primary. */
  public static KeysetHandle importKey(Sm2PrivateKey key, OutputPrefix prefix) {
    KeyEntry k = newEntry(Set.of(), KeyType.SM2, prefix, new KeysetKey.Sm2SigningKey(key));
    return copying(k.id(), List.of(k));
  }

  // ---- information ----

  /** The type of every key in this keyset. */
  public KeyType type() {
    requireNotDestroyed();
    return keys.get(0).type();
  }

  /** The ID of the primary key. */
  public int primaryKeyId() {
    requireNotDestroyed();
    return primaryId;
  }

  /** The ID of the key added last (after {@link #addKey()}, the new key). */
  public int newestKeyId() {
    requireNotDestroyed();
    return keys.get(keys.size() - 1).id();
  }

  /** Every key, in the order they were added. */
  public List<KeyInfo> keys() {
    requireNotDestroyed();
    List<KeyInfo> out = new ArrayList<>();
    for (KeyEntry k : keys) {
      out.add(k.info(primaryId));
    }
    return out;
  }

  /** The key with {@code id}. */
  public KeyInfo key(int id) {
    requireNotDestroyed();
    return entry(id).info(primaryId);
  }

  /**
   * The SM2 public key of key {@code id} (for a certificate request, or for verifiers that take
   * plain keys).
   *
   * @throws IllegalStateException if this is not an sm2 keyset or the key is destroyed
   */
  public io.anke.crypto.sm2.Sm2PublicKey publicKey(int id) {
    requireNotDestroyed();
    requireType(KeyType.SM2);
    KeyEntry k = entry(id);
    if (k.key() == null) {
      throw new IllegalStateException(
          CryptoMessage.KEYSET_KEY_IS_DESTROYED.english(KeyInfo.formatId(id)));
    }
    return k.sm2PublicKey();
  }

  /** True unless this is a public keyset (SM2 public keys only). */
  public boolean hasSecretKeys() {
    requireNotDestroyed();
    return KeysetCodec.hasSecretKeys(keys);
  }

  /**
   * True when {@code output}, a ciphertext or signature of this keyset, starts with the key-ID
   * prefix of the primary key: how a rotation job skips data that is already under the current key
   * without decrypting it. It reads the prefix only and proves nothing (decryption or verification
   * does); it is false when the primary key is {@link OutputPrefix#RAW}, whose output names no key.
   */
  public boolean namesPrimaryKey(byte[] output) {
    requireNotDestroyed();
    Objects.requireNonNull(output, "output");
    return primaryEntry().prefix() == OutputPrefix.KEY_ID
        && Integer.valueOf(primaryId).equals(KeyRouter.prefixedId(output));
  }

  // ---- rotation ----

  /**
   * Adds a fresh enabled key (key-ID prefix), not primary.
   *
   * @throws IllegalStateException if the keyset already holds {@value #MAX_KEYS} keys
   */
  public KeysetHandle addKey() {
    return addKey(OutputPrefix.KEY_ID);
  }

  /**
   * Adds a fresh enabled key with the given prefix, not primary.
   *
   * @throws IllegalStateException if the keyset already holds {@value #MAX_KEYS} keys
   */
  public KeysetHandle addKey(OutputPrefix prefix) {
    requireNotDestroyed();
    requireSecret("add a key");
    return withAdded(newEntry(ids(), type(), prefix, KeysetKey.generate(type(), RANDOM)), true);
  }

  /**
   * Adds an existing SM4 key (the keyset must be of type sm4-gcm), enabled, not primary.
   *
   * @throws IllegalStateException if the keyset already holds {@value #MAX_KEYS} keys
   */
  public KeysetHandle addKey(Sm4Key key, OutputPrefix prefix) {
    requireNotDestroyed();
    requireType(KeyType.SM4_GCM);
    return withAdded(newEntry(ids(), KeyType.SM4_GCM, prefix, new KeysetKey.Sm4GcmKey(key)), false);
  }

  /**
   * Adds an existing SM2 private key (the keyset must be of type sm2), enabled, not primary.
   *
   * @throws IllegalStateException if the keyset already holds {@value #MAX_KEYS} keys
   */
  public KeysetHandle addKey(Sm2PrivateKey key, OutputPrefix prefix) {
    requireNotDestroyed();
    requireType(KeyType.SM2);
    requireSecret("add a key");
    return withAdded(newEntry(ids(), KeyType.SM2, prefix, new KeysetKey.Sm2SigningKey(key)), false);
  }

  /**
   * Adds a fresh key and makes it primary at once; the old primary stays enabled. Where several
   * processes share the keyset, prefer {@link #addKey()} first and {@link #promote} after every
   * reader has the new key, so that nobody meets data under a key it does not know yet.
   *
   * @throws IllegalStateException if the keyset already holds {@value #MAX_KEYS} keys
   */
  public KeysetHandle rotate() {
    KeysetHandle added = addKey();
    return added.promote(added.newestKeyId());
  }

  /**
   * Makes the enabled key {@code id} primary.
   *
   * @throws IllegalArgumentException if there is no such key or it is not enabled
   */
  public KeysetHandle promote(int id) {
    requireNotDestroyed();
    KeyEntry k = entry(id);
    if (k.status() != KeyStatus.ENABLED) {
      throw new IllegalArgumentException(
          CryptoMessage.KEYSET_CANNOT_PROMOTE.english(KeyInfo.formatId(id), k.status()));
    }
    return copying(id, keys);
  }

  /**
   * Disables key {@code id}: data under it is refused until it is enabled again.
   *
   * @throws IllegalArgumentException if it is the primary, unknown, or destroyed
   */
  public KeysetHandle disable(int id) {
    return change(
        id,
        "disable",
        k -> {
          if (k.status() == KeyStatus.DESTROYED) {
            throw new IllegalArgumentException(
                CryptoMessage.KEYSET_CANNOT_DISABLE_DESTROYED.english(KeyInfo.formatId(id)));
          }
          return k.withStatus(KeyStatus.DISABLED);
        });
  }

  /**
   * Enables the disabled key {@code id} again.
   *
   * @throws IllegalArgumentException if it is unknown or destroyed
   */
  public KeysetHandle enable(int id) {
    requireNotDestroyed();
    KeyEntry k = entry(id);
    if (k.status() == KeyStatus.DESTROYED) {
      throw new IllegalArgumentException(
          CryptoMessage.KEYSET_CANNOT_ENABLE_DESTROYED.english(KeyInfo.formatId(id)));
    }
    return replace(k.withStatus(KeyStatus.ENABLED));
  }

  /**
   * Destroys key {@code id}: its material is dropped, its ID and metadata stay so that data under
   * it fails with an error naming it. Irreversible once the old handle and files are gone.
   *
   * @throws IllegalArgumentException if it is the primary or unknown
   */
  public KeysetHandle destroy(int id) {
    return change(id, "destroy", k -> k.withStatus(KeyStatus.DESTROYED));
  }

  /**
   * Removes key {@code id} entirely, metadata included; data under it then fails as "unknown key".
   *
   * @throws IllegalArgumentException if it is the primary or unknown
   */
  public KeysetHandle delete(int id) {
    requireNotDestroyed();
    KeyEntry k = entry(id);
    requireNotPrimary(k, "delete");
    List<KeyEntry> rest = new ArrayList<>(keys);
    rest.remove(k);
    return copying(primaryId, rest);
  }

  // ---- primitives ----

  /**
   * SM4-GCM over this keyset: encrypts with the primary key, decrypts with the key named by the
   * prefix (or any enabled RAW key).
   *
   * @throws IllegalStateException if this is not an sm4-gcm keyset
   */
  public Aead aead() {
    requireNotDestroyed();
    requireType(KeyType.SM4_GCM);
    return new KeysetAead(primaryEntry(), keys);
  }

  /** SM3withSM2 signing with the primary key, default ID {@code 1234567812345678}, DER. */
  public KeysetSigner signer() {
    return signer(Sm2.defaultId());
  }

  /** SM3withSM2 signing with the primary key and the distinguishing ID {@code id}. */
  public KeysetSigner signer(byte[] id) {
    requireNotDestroyed();
    requireType(KeyType.SM2);
    requireSecret("sign");
    return new KeysetSigner(primaryEntry(), id);
  }

  /**
   * The primary key of an sm2 keyset as an {@link Sm2KeyHandle}, for formats that sign through one
   * (CMS signatures, certificates, delivery manifests). Its signatures carry no key-ID prefix; the
   * handle holds the keyset's key object, so destroying this keyset handle disables it too.
   *
   * @throws IllegalStateException if this is not an sm2 keyset or holds public keys only
   */
  public Sm2KeyHandle primarySm2Key() {
    requireNotDestroyed();
    requireType(KeyType.SM2);
    requireSecret("sign");
    return Sm2KeyHandle.of(primaryEntry().sm2PrivateKey());
  }

  /**
   * HMAC-SM3 over this keyset: {@link KeysetMac#computeMac} tags with the primary key, {@link
   * KeysetMac#verifyMac} checks with the key the tag's prefix names (or any enabled RAW key).
   *
   * @throws IllegalStateException if this is not an hmac-sm3 keyset
   */
  public KeysetMac mac() {
    requireNotDestroyed();
    requireType(KeyType.HMAC_SM3);
    return new KeysetMac(primaryEntry(), keys);
  }

  /** Verification with every key of this (private or public) sm2 keyset, default ID. */
  public KeysetVerifier verifier() {
    return verifier(Sm2.defaultId());
  }

  /** Verification with every key of this sm2 keyset and the distinguishing ID {@code id}. */
  public KeysetVerifier verifier(byte[] id) {
    requireNotDestroyed();
    requireType(KeyType.SM2);
    return new KeysetVerifier(keys, id);
  }

  /**
   * The same sm2 keyset with public keys only (statuses, IDs and primary kept): for distributing to
   * verifiers. It can be written without a KEK ({@link #writePublic}).
   *
   * @throws IllegalStateException if this is not an sm2 keyset: sm4-gcm and hmac-sm3 keys are
   *     secret keys with no public half
   */
  public KeysetHandle publicKeysetHandle() {
    requireNotDestroyed();
    requireAsymmetric();
    List<KeyEntry> pub = new ArrayList<>();
    for (KeyEntry k : keys) {
      pub.add(
          new KeyEntry(
              k.id(),
              k.type(),
              k.status(),
              k.prefix(),
              k.created(),
              k.key() == null ? null : new KeysetKey.Sm2VerifyingKey(k.sm2PublicKey())));
    }
    return copying(primaryId, pub);
  }

  // ---- persistence ----

  /** {@link #write(OutputStream, Aead, byte[])} without associated data. */
  public void write(OutputStream out, Aead kek) throws IOException {
    write(out, kek, null);
  }

  /**
   * Writes this keyset encrypted under {@code kek} as text ({@code -----BEGIN ANKE ENCRYPTED
   * KEYSET-----}). The key metadata (IDs, types, statuses, primary; no material) is stored in clear
   * and authenticated together with {@code associatedData} (for example the keyset's name or
   * purpose, which then must be given again to read it). The output stream is not closed.
   */
  public void write(OutputStream out, Aead kek, byte[] associatedData) throws IOException {
    requireNotDestroyed();
    Objects.requireNonNull(kek, "kek");
    out.write(KeysetCodec.writeEncrypted(primaryId, keys, kek, associatedData));
  }

  /** {@link #read(InputStream, Aead, byte[])} without associated data. */
  public static KeysetHandle read(InputStream in, Aead kek)
      throws IOException, DecryptionFailedException {
    return read(in, kek, null);
  }

  /**
   * Reads a keyset written by {@link #write}. Nothing is returned unless the whole file
   * authenticates: a wrong KEK, wrong associated data, or any modified byte is rejected.
   *
   * @throws DecryptionFailedException if the KEK or associated data is wrong or the file was
   *     modified
   * @throws CryptoFormatException if the file is not an encrypted keyset or its content is invalid
   */
  public static KeysetHandle read(InputStream in, Aead kek, byte[] associatedData)
      throws IOException, DecryptionFailedException {
    Objects.requireNonNull(kek, "kek");
    KeysetCodec.Decoded d =
        KeysetCodec.readEncrypted(KeysetCodec.readLimited(in), kek, associatedData);
    return owning(d.primaryId(), d.keys());
  }

  /**
   * Writes a public keyset ({@code -----BEGIN ANKE PUBLIC KEYSET-----}) in clear.
   *
   * @throws IllegalStateException if the keyset holds secret keys (see {@link
   *     #publicKeysetHandle()})
   */
  public void writePublic(OutputStream out) throws IOException {
    requireNotDestroyed();
    if (hasSecretKeys()) {
      requireAsymmetric();
      throw new IllegalStateException(CryptoMessage.KEYSET_SECRET_WRITE_PUBLIC.english());
    }
    out.write(KeysetCodec.writePublic(primaryId, keys));
  }

  /**
   * Reads a public keyset written by {@link #writePublic}. It is not authenticated: obtain it the
   * way you would obtain a public key or certificate.
   *
   * @throws CryptoFormatException if it is malformed or holds secret keys
   */
  public static KeysetHandle readPublic(InputStream in) throws IOException {
    KeysetCodec.Decoded d = KeysetCodec.readPublic(KeysetCodec.readLimited(in));
    return owning(d.primaryId(), d.keys());
  }

  /**
   * Overwrites every secret key of this handle with zeros (see the class description); idempotent.
   * Handles derived from this one, and files written from it, are not affected.
   */
  @Override
  public void destroy() {
    destroyed = true;
    for (KeyEntry k : keys) {
      k.destroyMaterial();
    }
  }

  /** True once {@link #destroy()} has run. */
  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  /** Describes the keyset without key material. */
  @Override
  public String toString() {
    return "KeysetHandle["
        + keys.get(0).type().cliName()
        + ", primary "
        + KeyInfo.formatId(primaryId)
        + ", "
        + keys.size()
        + " keys"
        + (destroyed ? ", destroyed" : "")
        + "]";
  }

  // ---- package-private for CleartextKeysetHandle ----

  byte[] writeCleartext() {
    requireNotDestroyed();
    return KeysetCodec.writeCleartext(primaryId, keys);
  }

  static KeysetHandle readCleartext(InputStream in) throws IOException {
    KeysetCodec.Decoded d = KeysetCodec.readCleartext(KeysetCodec.readLimited(in));
    return owning(d.primaryId(), d.keys());
  }

  // ---- helpers ----

  private static KeyEntry newEntry(
      Set<Integer> taken, KeyType type, OutputPrefix prefix, KeysetKey key) {
    int id;
    do {
      id = RANDOM.nextInt();
    } while (id == 0 || taken.contains(id));
    return new KeyEntry(
        id,
        type,
        KeyStatus.ENABLED,
        Objects.requireNonNull(prefix),
        Instant.now().getEpochSecond(),
        key);
  }

  private Set<Integer> ids() {
    Set<Integer> ids = new HashSet<>();
    for (KeyEntry k : keys) {
      ids.add(k.id());
    }
    return ids;
  }

  /** {@code entry} is taken over when {@code owned} (a fresh key), else copied. */
  private KeysetHandle withAdded(KeyEntry entry, boolean owned) {
    if (keys.size() >= MAX_KEYS) {
      // A keyset the files cannot hold would be written, and then refused when read back.
      if (owned) {
        entry.destroyMaterial();
      }
      throw new IllegalStateException(CryptoMessage.KEYSET_FULL.english(MAX_KEYS));
    }
    List<KeyEntry> more = new ArrayList<>(keys.size() + 1);
    for (KeyEntry k : keys) {
      more.add(k.withOwnMaterial());
    }
    more.add(owned ? entry : entry.withOwnMaterial());
    return owning(primaryId, more);
  }

  private KeysetHandle change(int id, String action, UnaryOperator<KeyEntry> f) {
    requireNotDestroyed();
    KeyEntry k = entry(id);
    requireNotPrimary(k, action);
    return replace(f.apply(k));
  }

  private KeysetHandle replace(KeyEntry changed) {
    List<KeyEntry> out = new ArrayList<>(keys);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).id() == changed.id()) {
        out.set(i, changed);
      }
    }
    return copying(primaryId, out);
  }

  private void requireNotPrimary(KeyEntry k, String action) {
    if (k.id() == primaryId) {
      throw new IllegalArgumentException(
          CryptoMessage.KEYSET_CANNOT_CHANGE_PRIMARY.english(action, KeyInfo.formatId(k.id())));
    }
  }

  private void requireNotDestroyed() {
    if (destroyed) {
      throw new KeyDestroyedException(CryptoMessage.WHAT_KEYSET_HANDLE.text());
    }
  }

  private KeyEntry entry(int id) {
    for (KeyEntry k : keys) {
      if (k.id() == id) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        CryptoMessage.KEYSET_NO_SUCH_KEY.english(KeyInfo.formatId(id)));
  }

  private KeyEntry primaryEntry() {
    return entry(primaryId);
  }

  private void requireType(KeyType wanted) {
    if (type() != wanted) {
      throw new IllegalStateException(
          CryptoMessage.KEYSET_WRONG_TYPE.english(type().cliName(), wanted.cliName()));
    }
  }

  /** Refuses the public-keyset operations for key types that have no public keys. */
  private void requireAsymmetric() {
    if (type() != KeyType.SM2) {
      throw new IllegalStateException(
          CryptoMessage.KEYSET_NO_PUBLIC_HALF.english(type().cliName()));
    }
  }

  private void requireSecret(String action) {
    if (!hasSecretKeys()) {
      throw new IllegalStateException(CryptoMessage.KEYSET_PUBLIC_CANNOT.english(action));
    }
  }
}
