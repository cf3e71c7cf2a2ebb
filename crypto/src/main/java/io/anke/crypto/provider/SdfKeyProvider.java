package io.anke.crypto.provider;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.internal.KeyEntries;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Ciphertexts;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * SM2 keys inside a GM/T 0018 (SDF) device, as handles whose private keys never leave it. For every
 * configured key index the provider offers two aliases, because an SDF device keeps two key pairs
 * per index, each for one purpose:
 *
 * <ul>
 *   <li>{@code sign-N}: the signing key pair, from {@link #sm2SigningKey}; {@link
 *       Sm2SigningKeyHandle#signDigest} runs {@code SDF_InternalSign_ECC} (Z and e are computed on
 *       the host);
 *   <li>{@code enc-N}: the encryption key pair, from {@link #sm2DecryptingKey}; {@link
 *       Sm2DecryptingKeyHandle#decrypt} runs {@code SDF_InternalDecrypt_ECC}. Use it as the
 *       recipient of envelopes and as a keyset KEK.
 * </ul>
 *
 * Neither is an {@link Sm2KeyHandle}: {@link #sm2Key} refuses both, and asking {@code sign-N} to
 * decrypt (or {@code enc-N} to sign) fails at the lookup with a {@link KeyProviderException}.
 *
 * <p>Every operation opens its own session (and unlocks the key with the access password, if one
 * was given), so handles are thread-safe; the public keys are read once, when the provider is
 * built. The keys never leave the device; {@link #destroy()} overwrites the access passwords this
 * provider keeps, after which its handles throw {@link io.anke.crypto.KeyDestroyedException}.
 */
public final class SdfKeyProvider extends EntryBackedKeyProvider {

  private SdfKeyProvider(KeyEntries entries) {
    super(entries);
  }

  /** A builder over {@code device}; {@code description} names it in messages. */
  public static Builder builder(SdfDevice device, String description) {
    return new Builder(device, description);
  }

  /** Chooses the key indexes to expose. */
  public static final class Builder {
    private final SdfDevice device;
    private final String description;
    private final Map<Integer, char[]> indexes = new LinkedHashMap<>();

    private Builder(SdfDevice device, String description) {
      this.device = Objects.requireNonNull(device, "device");
      this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Exposes the key pairs at {@code keyIndex}. {@code accessPassword} (may be null when the
     * device needs none) is copied and used for {@code SDF_GetPrivateKeyAccessRight} before every
     * private-key operation.
     */
    public Builder key(int keyIndex, char[] accessPassword) {
      if (keyIndex < 1) {
        throw new IllegalArgumentException(CryptoMessage.SDF_BAD_INDEX.english(keyIndex));
      }
      indexes.put(keyIndex, accessPassword == null ? null : accessPassword.clone());
      return this;
    }

    /**
     * Reads the public keys of every configured index.
     *
     * @throws KeyProviderException if the device cannot be reached or an index holds no key
     */
    public SdfKeyProvider build() throws KeyProviderException {
      Map<String, KeyEntries.Entry> entries = new LinkedHashMap<>();
      List<Destroyable> owned = new ArrayList<>();
      try (SdfDevice.Session s = device.openSession()) {
        for (Map.Entry<Integer, char[]> e : indexes.entrySet()) {
          int index = e.getKey();
          AccessPassword password = new AccessPassword(e.getValue());
          owned.add(password);
          Sm2PublicKey signPub = s.exportSignPublicKey(index);
          Sm2PublicKey encPub = s.exportEncPublicKey(index);
          entries.put(
              "sign-" + index,
              KeyEntries.Entry.sm2Signing(
                  new SigningKey(device, description, index, signPub, password), List.of()));
          entries.put(
              "enc-" + index,
              KeyEntries.Entry.sm2Decrypting(
                  new DecryptingKey(device, description, index, encPub, password), List.of()));
        }
      } catch (SdfException e) {
        throw new KeyProviderException(
            CryptoMessage.WHERE_DETAIL.text(description, CryptoMessage.causeText(e)), e);
      }
      return new SdfKeyProvider(new KeyEntries(description, entries, owned));
    }
  }

  /** The access password of one key index, or none; destroyed with the provider. */
  private static final class AccessPassword implements Destroyable {
    private char[] chars;
    private boolean destroyed;

    AccessPassword(char[] chars) {
      this.chars = chars;
    }

    /** The password (null when the device needs none). */
    synchronized char[] get(String name) {
      if (destroyed) {
        throw new KeyDestroyedException(name);
      }
      return chars;
    }

    @Override
    public synchronized void destroy() {
      if (chars != null) {
        Arrays.fill(chars, '\0');
        chars = null;
      }
      destroyed = true;
    }

    @Override
    public synchronized boolean isDestroyed() {
      return destroyed;
    }
  }

  /** One key pair on the device. */
  private abstract static class DeviceKey {
    final SdfDevice device;
    final String name;
    final int index;
    final Sm2PublicKey publicKey;
    final AccessPassword password;

    DeviceKey(
        SdfDevice device, String name, int index, Sm2PublicKey publicKey, AccessPassword password) {
      this.device = device;
      this.name = name;
      this.index = index;
      this.publicKey = publicKey;
      this.password = password;
    }

    public Sm2PublicKey publicKey() {
      return publicKey;
    }

    SdfDevice.Session open() throws SdfException {
      char[] secret = password.get(name);
      SdfDevice.Session s = device.openSession();
      if (secret != null) {
        try {
          s.getPrivateKeyAccessRight(index, secret);
        } catch (SdfException e) {
          s.close();
          throw e;
        }
      }
      return s;
    }

    @Override
    public String toString() {
      return "Sm2KeyHandle[" + name + ", " + publicKey + "]";
    }
  }

  /** The signing key pair of an index. */
  private static final class SigningKey extends DeviceKey implements Sm2SigningKeyHandle {
    SigningKey(
        SdfDevice device,
        String description,
        int index,
        Sm2PublicKey publicKey,
        AccessPassword password) {
      super(device, description + " key sign-" + index, index, publicKey, password);
    }

    @Override
    public byte[] signDigest(byte[] e) {
      if (e.length != 32) {
        throw new IllegalArgumentException(CryptoMessage.SDF_E_LENGTH.english(e.length));
      }
      try (SdfDevice.Session s = open()) {
        byte[] rs = s.internalSignEcc(index, e.clone());
        if (rs.length != 64) {
          throw new KeyOperationException(
              CryptoMessage.SDF_SIGNATURE_LENGTH.text(name, rs.length), null);
        }
        return rs;
      } catch (SdfException ex) {
        throw new KeyOperationException(
            CryptoMessage.WHERE_DETAIL.text(name, CryptoMessage.causeText(ex)), ex);
      }
    }
  }

  /** The encryption key pair of an index. */
  private static final class DecryptingKey extends DeviceKey implements Sm2DecryptingKeyHandle {
    DecryptingKey(
        SdfDevice device,
        String description,
        int index,
        Sm2PublicKey publicKey,
        AccessPassword password) {
      super(device, description + " key enc-" + index, index, publicKey, password);
    }

    @Override
    public byte[] decrypt(byte[] c1c3c2) throws DecryptionFailedException {
      SdfDevice.EccCipher cipher;
      try {
        // Check C1 on the curve here: a device that does not would otherwise answer invalid-curve
        // points with distinguishable errors.
        Sm2Ciphertexts.convert(c1c3c2, Sm2CiphertextFormat.C1C3C2, Sm2CiphertextFormat.C1C3C2);
        cipher = SdfDevice.EccCipher.fromC1C3C2(c1c3c2);
      } catch (IllegalArgumentException malformed) {
        throw new DecryptionFailedException();
      }
      try (SdfDevice.Session s = open()) {
        return s.internalDecryptEcc(index, cipher);
      } catch (SdfException ex) {
        // One answer for every device failure during decryption, so that error codes cannot serve
        // as an oracle; the device's own code stays on the chained cause for diagnosis.
        DecryptionFailedException failed = new DecryptionFailedException();
        failed.initCause(ex);
        throw failed;
      }
    }
  }
}
