package io.anke.crypto.provider;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.provider.internal.KeyEntries;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * Keys in files:
 *
 * <ul>
 *   <li>SM2 private keys as PEM or DER, PKCS#8 ({@code openssl genpkey -algorithm SM2}) or SEC1
 *       ({@code EC PRIVATE KEY}), each optionally with a PEM certificate chain file (leaf first);
 *   <li>SM4 keys as 32 hex digits (whitespace ignored) or exactly 16 raw bytes, used as SM4-GCM.
 * </ul>
 *
 * Files are read when the provider is built, and a malformed file is reported then, with its path.
 * Encrypted PKCS#8 files are not read: protect key files with file permissions, or use a PKCS#12
 * keystore, a keyset under a KEK, or hardware. Immutable.
 */
public final class FileKeyProvider extends EntryBackedKeyProvider {
  private static final long MAX_FILE_SIZE = 1 << 20;

  private FileKeyProvider(KeyEntries entries) {
    super(entries);
  }

  /** A builder that reads the named files. */
  public static Builder builder() {
    return new Builder();
  }

  /** A provider of one SM2 key file (alias: the file name without extension). */
  public static FileKeyProvider sm2(Path keyFile) throws KeyProviderException {
    return builder().sm2(aliasOf(keyFile), keyFile, null).build();
  }

  /** The file name without its last extension: {@code keys/signing.pem} → {@code signing}. */
  public static String aliasOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Reads an SM4 key file: 32 hex digits or 16 raw bytes.
   *
   * @throws KeyProviderException naming the path if the file is unreadable or not an SM4 key
   */
  public static Sm4Key readSm4Key(Path file) throws KeyProviderException {
    byte[] data = read(file, CryptoMessage.WHAT_SM4_KEY_FILE.text());
    try {
      if (data.length == Sm4Key.LENGTH) {
        return Sm4Key.fromBytes(data);
      }
      byte[] key;
      try {
        key = Hex.decode(new String(data, StandardCharsets.US_ASCII));
      } catch (CryptoFormatException e) {
        throw new KeyProviderException(
            CryptoMessage.FILE_SM4_NOT_HEX.text(file, CryptoMessage.causeText(e)));
      }
      try {
        if (key.length != Sm4Key.LENGTH) {
          throw new KeyProviderException(CryptoMessage.FILE_SM4_LENGTH.text(file, key.length));
        }
        return Sm4Key.fromBytes(key);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    } finally {
      Arrays.fill(data, (byte) 0);
    }
  }

  /**
   * Reads an SM2 private key file (PEM or DER, PKCS#8 or SEC1).
   *
   * @throws KeyProviderException naming the path if the file is unreadable or not an SM2 key
   */
  public static Sm2PrivateKey readSm2PrivateKey(Path file) throws KeyProviderException {
    byte[] data = read(file, CryptoMessage.WHAT_SM2_KEY_FILE.text());
    try {
      return Sm2PrivateKey.fromPemOrDer(data);
    } catch (CryptoFormatException e) {
      throw new KeyProviderException(
          CryptoMessage.FILE_SM2_INVALID.text(file, CryptoMessage.causeText(e)), e);
    } finally {
      Arrays.fill(data, (byte) 0);
    }
  }

  /**
   * Reads a certificate file (PEM with one or more certificates, or one DER certificate).
   *
   * @throws KeyProviderException naming the path if the file is unreadable or malformed
   */
  public static List<X509Certificate> readCertificates(Path file) throws KeyProviderException {
    try {
      return Jca.parseCertificates(
          read(file, CryptoMessage.WHAT_CERTIFICATE_FILE.text()),
          CryptoMessage.FILE_NAMED.text(CryptoMessage.WHAT_CERTIFICATE_FILE.text(), file));
    } catch (CryptoFormatException e) {
      throw new KeyProviderException((Bilingual) e, e);
    }
  }

  static byte[] read(Path file, Bilingual what) throws KeyProviderException {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_SIZE) {
        throw new KeyProviderException(CryptoMessage.FILE_TOO_LARGE.text(what, file));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new KeyProviderException(CryptoMessage.FILE_NOT_FOUND.text(what, file), e);
    } catch (IOException e) {
      throw new KeyProviderException(
          CryptoMessage.FILE_UNREADABLE.text(what, file, e.getMessage()), e);
    }
  }

  /** Collects key files; {@link #build()} reads them. */
  public static final class Builder {
    private record Spec(boolean sm2, Path key, Path certs) {}

    private final Map<String, Spec> specs = new LinkedHashMap<>();

    private Builder() {}

    /** An SM2 key file and, if {@code certificateFile} is not null, its certificate chain. */
    public Builder sm2(String alias, Path keyFile, Path certificateFile) {
      return put(alias, new Spec(true, Objects.requireNonNull(keyFile), certificateFile));
    }

    /** An SM4 key file. */
    public Builder sm4(String alias, Path keyFile) {
      return put(alias, new Spec(false, Objects.requireNonNull(keyFile), null));
    }

    private Builder put(String alias, Spec spec) {
      Objects.requireNonNull(alias, "alias");
      if (specs.putIfAbsent(alias, spec) != null) {
        throw new IllegalArgumentException(CryptoMessage.PKCS12_DUPLICATE_ALIAS.english(alias));
      }
      return this;
    }

    /**
     * Reads every file.
     *
     * @throws KeyProviderException naming the first file that is missing or malformed, or a
     *     certificate whose public key is not the key's
     */
    public FileKeyProvider build() throws KeyProviderException {
      Map<String, KeyEntries.Entry> entries = new LinkedHashMap<>();
      List<Destroyable> owned = new ArrayList<>();
      StringBuilder files = new StringBuilder();
      for (Map.Entry<String, Spec> e : specs.entrySet()) {
        Spec s = e.getValue();
        files.append(files.length() == 0 ? "" : ", ").append(s.key());
        if (!s.sm2()) {
          Sm4Key sm4 = readSm4Key(s.key());
          owned.add(sm4);
          entries.put(e.getKey(), KeyEntries.Entry.secret(Sm4Gcm.withKey(sm4)));
          continue;
        }
        Sm2PrivateKey key = readSm2PrivateKey(s.key());
        owned.add(key);
        List<X509Certificate> chain = s.certs() == null ? List.of() : readCertificates(s.certs());
        if (!chain.isEmpty()) {
          checkLeafMatches(key.publicKey(), chain.get(0), s.certs());
        }
        entries.put(e.getKey(), KeyEntries.Entry.sm2(Sm2KeyHandle.of(key), chain));
      }
      Bilingual description =
          files.length() == 0
              ? CryptoMessage.LABEL_KEY_FILES_NONE.text()
              : CryptoMessage.LABEL_KEY_FILES.text(files.toString());
      return new FileKeyProvider(new KeyEntries(description, entries, owned));
    }
  }

  static void checkLeafMatches(Sm2PublicKey key, X509Certificate leaf, Object where)
      throws KeyProviderException {
    Sm2PublicKey certKey;
    try {
      certKey = Sm2PublicKey.fromDer(leaf.getPublicKey().getEncoded());
    } catch (CryptoFormatException e) {
      throw new KeyProviderException(CryptoMessage.FILE_LEAF_NOT_SM2.text(where), e);
    }
    if (!certKey.equals(key)) {
      throw new KeyProviderException(CryptoMessage.FILE_LEAF_OTHER_KEY.text(where));
    }
  }
}
