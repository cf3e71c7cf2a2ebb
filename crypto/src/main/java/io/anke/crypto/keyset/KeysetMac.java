package io.anke.crypto.keyset;

import io.anke.crypto.sm3.HmacSm3;
import java.util.List;
import java.util.Objects;

/**
 * HMAC-SM3 message authentication over an hmac-sm3 keyset ({@link KeysetHandle#mac()}): tags are
 * made with the primary key and checked with the key they name, so that data authenticated before a
 * rotation still verifies after it.
 *
 * <p>Output of {@link #computeMac}: {@code [0x01 ‖ key ID (u32, big-endian)] ‖ tag}, where the tag
 * is the 32-byte HMAC-SM3 of the data under the primary key ({@link HmacSm3}) and the prefix is
 * written only when the primary key has {@link OutputPrefix#KEY_ID} (37 bytes); with {@link
 * OutputPrefix#RAW} the output is the bare tag (32 bytes), as any HMAC-SM3 implementation computes
 * it. {@link #verifyMac} tries the enabled key the prefix names, then every enabled RAW key, and
 * compares tags in constant time.
 *
 * <p>Immutable and thread-safe; one instance may serve every thread. It uses the key objects of the
 * {@link KeysetHandle} it came from and reflects that handle as it was when {@link
 * KeysetHandle#mac()} was called (later rotation steps return new handles; call {@code mac()} on
 * them). Once that handle is {@linkplain KeysetHandle#destroy() destroyed}, {@link #computeMac} and
 * {@link #verifyMac} throw {@link io.anke.crypto.KeyDestroyedException}: the keys are secret, so
 * unlike a {@link KeysetVerifier} nothing here keeps working.
 */
public final class KeysetMac {
  /** Length of the HMAC-SM3 tag at the end of every output, in bytes. */
  public static final int TAG_LENGTH = HmacSm3.TAG_LENGTH;

  private final KeyEntry primaryEntry;
  private final MacKey primary;
  private final KeyRouter<MacKey> router;

  KeysetMac(KeyEntry primaryEntry, List<KeyEntry> keys) {
    this.router = new KeyRouter<>(keys, KeyEntry::macKey);
    this.primaryEntry = primaryEntry;
    this.primary = primaryEntry.macKey();
  }

  /**
   * The output-prefixed HMAC-SM3 tag of {@code data} under the primary key.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the keyset handle has been destroyed
   */
  public byte[] computeMac(byte[] data) {
    Objects.requireNonNull(data, "data");
    return computeMac(data, 0, data.length);
  }

  /**
   * The output-prefixed HMAC-SM3 tag of {@code length} bytes of {@code data} from {@code offset}.
   *
   * @throws IndexOutOfBoundsException if the range lies outside {@code data}
   * @throws io.anke.crypto.KeyDestroyedException if the keyset handle has been destroyed
   */
  public byte[] computeMac(byte[] data, int offset, int length) {
    Objects.requireNonNull(data, "data");
    Objects.checkFromIndexSize(offset, length, data.length);
    return primaryEntry.withOutputPrefix(primary.tag(data, offset, length));
  }

  /**
   * True if {@code mac} was made by {@link #computeMac} over {@code data} with a key of this
   * keyset.
   *
   * @throws KeyUnavailableException if {@code mac} names a disabled or destroyed key of this keyset
   *     (and no RAW key verifies it): the answer would otherwise be a misleading "invalid"
   * @throws io.anke.crypto.KeyDestroyedException if the keyset handle has been destroyed
   */
  public boolean verifyMac(byte[] mac, byte[] data) throws KeyUnavailableException {
    Objects.requireNonNull(data, "data");
    return verifyMac(mac, data, 0, data.length);
  }

  /**
   * True if {@code mac} was made by {@link #computeMac} over {@code length} bytes of {@code data}
   * from {@code offset} with a key of this keyset. False for a wrong tag, for an output of the
   * wrong length, and for one that names a key this keyset does not have (deleted, or another
   * keyset's).
   *
   * @throws KeyUnavailableException if {@code mac} names a disabled or destroyed key of this keyset
   *     (and no RAW key verifies it): the answer would otherwise be a misleading "invalid"
   * @throws IndexOutOfBoundsException if the range lies outside {@code data}
   * @throws io.anke.crypto.KeyDestroyedException if the keyset handle has been destroyed
   */
  public boolean verifyMac(byte[] mac, byte[] data, int offset, int length)
      throws KeyUnavailableException {
    Objects.requireNonNull(mac, "mac");
    Objects.requireNonNull(data, "data");
    Objects.checkFromIndexSize(offset, length, data.length);
    // The handle's destruction reaches every key; without this check a MAC naming an unknown key
    // would still answer "invalid" from a destroyed handle.
    primary.requireNotDestroyed();
    Integer id = KeyRouter.prefixedId(mac);
    if (id != null) {
      MacKey k = router.usable(id);
      if (k != null && k.verify(KeyRouter.body(mac), data, offset, length)) {
        return true;
      }
    }
    for (MacKey k : router.raw()) {
      if (k.verify(mac, data, offset, length)) {
        return true;
      }
    }
    router.requireNotUnavailable(id);
    return false;
  }

  /** The ID of the key that {@link #computeMac} uses (the primary when this object was made). */
  public int primaryKeyId() {
    return primaryEntry.id();
  }

  /**
   * The output prefix of the primary key: {@link OutputPrefix#KEY_ID} when every output names its
   * key, {@link OutputPrefix#RAW} when outputs are bare tags.
   */
  public OutputPrefix primaryPrefix() {
    return primaryEntry.prefix();
  }

  @Override
  public String toString() {
    return "KeysetMac[primary "
        + KeyInfo.formatId(primaryEntry.id())
        + ", "
        + router.size()
        + " keys]";
  }
}
