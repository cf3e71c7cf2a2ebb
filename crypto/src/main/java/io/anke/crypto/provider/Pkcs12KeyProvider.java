package io.anke.crypto.provider;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.provider.internal.KeyEntries;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm3.Sm3;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * SM2 key pairs with their certificates in a PKCS#12 keystore.
 *
 * <p>Files written by {@link #writer()} use the protection of the JDK 17 default: PBES2 with
 * AES-256-CBC and PBKDF2-HMAC-SHA256 for keys and certificates, HMAC-SHA256 for the integrity MAC,
 * 10,000 iterations. Who can read them:
 *
 * <ul>
 *   <li>Bouncy Castle: {@code KeyStore.getInstance("PKCS12", new BouncyCastleProvider())}, which is
 *       what this class uses to read;
 *   <li>OpenSSL 3: {@code openssl pkcs12 -in FILE -nodes};
 *   <li>Tencent Kona: {@code KeyStore.getInstance("PKCS12", "KonaPKIX")} with the KonaPKIX provider
 *       (its PKCS12 keystore is the JDK's, extended with SM2; not tested here, Kona is not
 *       available in this build);
 *   <li><b>not</b> the JDK's own {@code KeyStore.getInstance("PKCS12")}: its certificate parser
 *       (SunEC) does not know the curve sm2p256v1 and {@code load} fails with "Unknown named curve:
 *       1.2.156.10197.1.301". This holds for every SM2 keystore, whoever wrote it.
 * </ul>
 *
 * The keystore protection is AES/SHA-256, not SM4/SM3, because no PKCS#12 reader available here
 * (JDK, Bouncy Castle's JCA, OpenSSL 3.0) accepts PBES2 with SM4-CBC and HMAC-SM3. Where an
 * assessment requires national algorithms for key storage, keep keys in a keyset under an SM4 KEK
 * or in hardware.
 */
public final class Pkcs12KeyProvider extends EntryBackedKeyProvider {
  /** PBKDF2 and MAC iteration count of files this class writes (the JDK 17 default). */
  public static final int ITERATIONS = 10_000;

  private Pkcs12KeyProvider(KeyEntries entries) {
    super(entries);
  }

  /**
   * Opens a PKCS#12 file and decrypts its SM2 keys with {@code password} (the same password for the
   * file MAC and every key, as {@code keytool} and OpenSSL write them).
   *
   * @throws KeyProviderException naming the file for a missing file, a wrong password, a damaged
   *     file, or a key that is not SM2
   */
  public static Pkcs12KeyProvider open(Path file, char[] password) throws KeyProviderException {
    byte[] data = FileKeyProvider.read(file, CryptoMessage.WHAT_PKCS12_FILE.text());
    return load(data, password, "PKCS#12 file " + file);
  }

  /** Same as {@link #open} for keystore bytes; {@code description} names them in messages. */
  public static Pkcs12KeyProvider load(byte[] data, char[] password, String description)
      throws KeyProviderException {
    KeyStore ks;
    try {
      ks = KeyStore.getInstance("PKCS12", Jca.BC);
      ks.load(new ByteArrayInputStream(data), password);
    } catch (IOException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.contains("wrong password") || reason.contains("mac invalid")) {
        throw new KeyProviderException(CryptoMessage.PKCS12_WRONG_PASSWORD.text(description), e);
      }
      throw new KeyProviderException(CryptoMessage.PKCS12_UNREADABLE.text(description, reason), e);
    } catch (java.security.GeneralSecurityException e) {
      throw new KeyProviderException(
          CryptoMessage.PKCS12_UNREADABLE.text(description, e.getMessage()), e);
    } catch (RuntimeException e) {
      // BC's ASN.1 parser reports malformed input with unchecked exceptions.
      throw new KeyProviderException(CryptoMessage.PKCS12_MALFORMED.text(description), e);
    }
    Map<String, KeyEntries.Entry> entries = new LinkedHashMap<>();
    List<Destroyable> owned = new ArrayList<>();
    try {
      List<String> aliases = Collections.list(ks.aliases());
      Collections.sort(aliases);
      for (String alias : aliases) {
        if (!ks.isKeyEntry(alias)) {
          continue; // a trusted certificate, not a key
        }
        Key key = ks.getKey(alias, password);
        if (!(key instanceof PrivateKey pk)) {
          throw new KeyProviderException(
              CryptoMessage.PKCS12_SECRET_KEY.text(description, alias, key.getAlgorithm()));
        }
        Sm2PrivateKey sm2;
        try {
          sm2 = Sm2PrivateKey.fromDer(pk.getEncoded());
        } catch (CryptoFormatException e) {
          throw new KeyProviderException(
              CryptoMessage.PKCS12_NOT_SM2.text(description, alias, CryptoMessage.causeText(e)), e);
        }
        List<X509Certificate> chain = new ArrayList<>();
        Certificate[] certs = ks.getCertificateChain(alias);
        if (certs != null) {
          for (Certificate c : certs) {
            chain.add((X509Certificate) c);
          }
        }
        if (!chain.isEmpty()) {
          FileKeyProvider.checkLeafMatches(
              sm2.publicKey(),
              chain.get(0),
              CryptoMessage.LABEL_PKCS12_ENTRY.text(description, alias));
        }
        owned.add(sm2);
        entries.put(alias, KeyEntries.Entry.sm2(Sm2KeyHandle.of(sm2), chain));
      }
    } catch (java.security.GeneralSecurityException e) {
      if (e instanceof KeyProviderException kpe) {
        throw kpe;
      }
      throw new KeyProviderException(
          CryptoMessage.PKCS12_CANNOT_DECRYPT.text(description, e.getMessage()), e);
    }
    return new Pkcs12KeyProvider(new KeyEntries(description, entries, owned));
  }

  /** A writer for a new PKCS#12 file. */
  public static Writer writer() {
    return new Writer();
  }

  /** Collects SM2 keys with their chains and writes them as one PKCS#12 file. */
  public static final class Writer {
    private record Item(String alias, Sm2PrivateKey key, List<X509Certificate> chain) {}

    private final List<Item> items = new ArrayList<>();

    private Writer() {}

    /**
     * Adds a key with its certificate chain (leaf first; the leaf must hold the key's public key;
     * JDK-style keystores require at least the leaf).
     */
    public Writer add(String alias, Sm2PrivateKey key, List<X509Certificate> chain) {
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(key, "key");
      if (chain.isEmpty()) {
        throw new IllegalArgumentException(CryptoMessage.PKCS12_CHAIN_REQUIRED.english(alias));
      }
      try {
        FileKeyProvider.checkLeafMatches(
            key.publicKey(), chain.get(0), CryptoMessage.PKCS12_ALIAS.english(alias));
      } catch (KeyProviderException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      for (Item i : items) {
        if (i.alias().equals(alias)) {
          throw new IllegalArgumentException(CryptoMessage.PKCS12_DUPLICATE_ALIAS.english(alias));
        }
      }
      items.add(new Item(alias, key, List.copyOf(chain)));
      return this;
    }

    /** Writes the keystore to {@code out} (not closed), protected by {@code password}. */
    public void write(OutputStream out, char[] password) throws IOException {
      if (items.isEmpty()) {
        throw new IllegalStateException(CryptoMessage.PKCS12_NO_KEYS.english());
      }
      try {
        PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
        OutputEncryptor certEncryptor = encryptor(password);
        List<PKCS12SafeBag> certBags = new ArrayList<>();
        List<PKCS12SafeBag> keyBags = new ArrayList<>();
        for (Item item : items) {
          byte[] localKeyId = Sm3.digest(item.key().publicKey().toUncompressed());
          for (int i = 0; i < item.chain().size(); i++) {
            PKCS12SafeBagBuilder cert =
                new PKCS12SafeBagBuilder(
                    new X509CertificateHolder(item.chain().get(i).getEncoded()));
            if (i == 0) {
              cert.addBagAttribute(
                  PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(item.alias()));
              cert.addBagAttribute(
                  PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DEROctetString(localKeyId));
            }
            certBags.add(cert.build());
          }
          PKCS12SafeBagBuilder key =
              new PKCS12SafeBagBuilder(
                  PrivateKeyInfo.getInstance(item.key().exportPkcs8Der(InsecureSecretAccess.get())),
                  encryptor(password));
          key.addBagAttribute(
              PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(item.alias()));
          key.addBagAttribute(
              PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DEROctetString(localKeyId));
          keyBags.add(key.build());
        }
        pfx.addEncryptedData(certEncryptor, certBags.toArray(new PKCS12SafeBag[0]));
        for (PKCS12SafeBag bag : keyBags) {
          pfx.addData(bag);
        }
        PKCS12PfxPdu pdu =
            pfx.build(
                new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(Jca.BC)
                    .setIterationCount(ITERATIONS),
                password);
        out.write(pdu.getEncoded("DER"));
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(CryptoMessage.PKCS12_ENCODING_FAILED.english(), e);
      }
    }

    private static OutputEncryptor encryptor(char[] password) throws Exception {
      return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
          .setProvider(Jca.BC)
          .setPRF(
              new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
          .setIterationCount(ITERATIONS)
          .build(password);
    }
  }
}
