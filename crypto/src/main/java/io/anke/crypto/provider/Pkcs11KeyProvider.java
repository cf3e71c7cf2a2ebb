package io.anke.crypto.provider;

import io.anke.crypto.Aead;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.internal.JcaAesGcmAead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * Keys on a PKCS#11 token through the JDK's SunPKCS11 provider, configured per instance (never
 * registered globally).
 *
 * <p>What works: symmetric AES keys on the token, used as AES-GCM {@link Aead}s (for example as a
 * keyset KEK), and creating such keys with {@link #createAesKey}. What does not: SM2 and SM4.
 * SunPKCS11 (JDK 17) knows no SM2, SM3 or SM4 mechanism, PKCS#11 v2.40/v3.0 standardise none, and
 * vendors expose them as {@code CKM_VENDOR_DEFINED} mechanisms that SunPKCS11 cannot call; SoftHSM
 * 2.6 has none either. For SM2 keys in hardware use a GM/T 0018 device through {@link
 * SdfKeyProvider}, or the vendor's own JCA provider.
 */
public final class Pkcs11KeyProvider implements KeyProvider {
  private final Provider provider;
  private final KeyStore keyStore;
  private final String description;

  private Pkcs11KeyProvider(Provider provider, KeyStore keyStore, String description) {
    this.provider = provider;
    this.keyStore = keyStore;
    this.description = description;
  }

  /**
   * Opens slot {@code slotListIndex} of the PKCS#11 module {@code library} and logs in with {@code
   * pin}.
   *
   * @throws KeyProviderException with a clear message if the library is missing or cannot be
   *     loaded, the slot does not exist, or the PIN is wrong
   */
  public static Pkcs11KeyProvider open(Path library, int slotListIndex, char[] pin)
      throws KeyProviderException {
    if (!Files.isRegularFile(library)) {
      throw new KeyProviderException(CryptoMessage.PKCS11_NO_LIBRARY.text(library));
    }
    if (slotListIndex < 0) {
      throw new KeyProviderException(CryptoMessage.PKCS11_BAD_SLOT_INDEX.text(slotListIndex));
    }
    String config =
        "name = anke"
            + System.lineSeparator()
            + "library = "
            + library.toAbsolutePath()
            + System.lineSeparator()
            + "slotListIndex = "
            + slotListIndex
            + System.lineSeparator();
    return open(
        config, pin, "PKCS#11 token " + library.getFileName() + " slot index " + slotListIndex);
  }

  /**
   * Opens a token from a SunPKCS11 configuration text (see the JDK PKCS#11 Reference Guide) and
   * logs in with {@code pin}; {@code description} names the token in messages.
   */
  public static Pkcs11KeyProvider open(String sunPkcs11Config, char[] pin, String description)
      throws KeyProviderException {
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new KeyProviderException(CryptoMessage.PKCS11_NO_SUNPKCS11.text(description));
    }
    Provider provider;
    try {
      provider = base.configure("--" + sunPkcs11Config);
    } catch (ProviderException | IllegalArgumentException e) {
      throw new KeyProviderException(
          CryptoMessage.PKCS11_CANNOT_INIT.text(description, rootMessage(e)), e);
    }
    KeyStore ks;
    try {
      ks = KeyStore.getInstance("PKCS11", provider);
      ks.load(null, pin);
    } catch (IOException e) {
      String reason = rootMessage(e);
      if (reason.contains("CKR_PIN_INCORRECT") || reason.contains("CKR_PIN_LEN_RANGE")) {
        throw new KeyProviderException(CryptoMessage.PKCS11_WRONG_PIN.text(description), e);
      }
      throw new KeyProviderException(
          CryptoMessage.PKCS11_CANNOT_LOG_IN.text(description, reason), e);
    } catch (java.security.GeneralSecurityException | ProviderException e) {
      throw new KeyProviderException(
          CryptoMessage.PKCS11_CANNOT_OPEN.text(description, rootMessage(e)), e);
    }
    return new Pkcs11KeyProvider(provider, ks, description);
  }

  /** The configured SunPKCS11 instance, for JCA operations this class does not wrap. */
  public Provider jcaProvider() {
    return provider;
  }

  /**
   * Generates a 256-bit AES key on the token under {@code alias} (a token object, kept after the
   * session ends).
   *
   * @throws KeyProviderException if the alias exists or the token refuses
   */
  public synchronized void createAesKey(String alias) throws KeyProviderException {
    try {
      if (keyStore.containsAlias(alias)) {
        throw new KeyProviderException(CryptoMessage.PKCS11_ALIAS_EXISTS.text(description, alias));
      }
      KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
      generator.init(256);
      SecretKey key = generator.generateKey();
      keyStore.setKeyEntry(alias, key, null, null);
    } catch (KeyProviderException e) {
      throw e;
    } catch (java.security.GeneralSecurityException | ProviderException e) {
      throw new KeyProviderException(
          CryptoMessage.PKCS11_CANNOT_CREATE.text(description, alias, rootMessage(e)), e);
    }
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public synchronized List<String> aliases() throws KeyProviderException {
    try {
      List<String> out = new ArrayList<>(Collections.list(keyStore.aliases()));
      Collections.sort(out);
      return out;
    } catch (KeyStoreException e) {
      throw new KeyProviderException(
          CryptoMessage.PKCS11_CANNOT_LIST.text(description, rootMessage(e)), e);
    }
  }

  @Override
  public synchronized KeyKind kindOf(String alias) throws KeyProviderException {
    Key key = key(alias);
    return key instanceof SecretKey ? KeyKind.SECRET_KEY : KeyKind.SM2_KEY_PAIR;
  }

  @Override
  public Sm2KeyHandle sm2Key(String alias) throws KeyProviderException {
    Key key = key(alias);
    throw new KeyProviderException(
        CryptoMessage.PKCS11_NO_SM2.text(description, alias, key.getAlgorithm()));
  }

  @Override
  public List<X509Certificate> certificateChain(String alias) throws KeyProviderException {
    key(alias);
    return List.of();
  }

  @Override
  public Aead aead(String alias) throws KeyProviderException {
    Key key = key(alias);
    if (!(key instanceof SecretKey secret) || !"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new KeyProviderException(
          CryptoMessage.PKCS11_NOT_AES.text(description, alias, key.getAlgorithm()));
    }
    return new JcaAesGcmAead(secret, provider, description + " key '" + alias + "'");
  }

  private synchronized Key key(String alias) throws KeyProviderException {
    try {
      if (alias == null || !keyStore.isKeyEntry(alias)) {
        throw new KeyProviderException(
            CryptoMessage.PKCS11_NO_SUCH_KEY.text(
                description, alias, String.join(", ", aliases())));
      }
      return keyStore.getKey(alias, null);
    } catch (KeyProviderException e) {
      throw e;
    } catch (java.security.GeneralSecurityException | ProviderException e) {
      throw new KeyProviderException(
          CryptoMessage.PKCS11_CANNOT_READ.text(description, alias, rootMessage(e)), e);
    }
  }

  private static String rootMessage(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null) {
        if (sb.length() > 0) {
          sb.append(": ");
        }
        sb.append(c.getMessage());
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return sb.length() == 0 ? t.getClass().getSimpleName() : sb.toString();
  }

  @Override
  public String toString() {
    return "Pkcs11KeyProvider[" + description + "]";
  }
}
