package io.anke.crypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What key files and keystores may hold and how they are named: aliases from file names, the order
 * of keystore aliases, certificate chains that do not belong to their key, PKCS#11 errors with
 * their whole cause chain.
 */
class KeyFileAndKeystoreContentsTest {
  static final char[] PASSWORD = KeyProvidersTest.PASSWORD;

  @Test
  void anAliasIsTheFileNameWithoutItsLastExtension() {
    assertThat(FileKeyProvider.aliasOf(Path.of("keys", "signing.pem"))).isEqualTo("signing");
    assertThat(FileKeyProvider.aliasOf(Path.of("a.b.key"))).isEqualTo("a.b");
    assertThat(FileKeyProvider.aliasOf(Path.of("noext"))).isEqualTo("noext");
    // A leading dot starts a hidden file's name, not an extension.
    assertThat(FileKeyProvider.aliasOf(Path.of("keys", ".kek"))).isEqualTo(".kek");
  }

  @Test
  void aFileProviderIsDescribedByItsFilesInOrder(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.key"), "00112233445566778899aabbccddeeff");
    Path b = Files.writeString(dir.resolve("b.key"), "ffeeddccbbaa99887766554433221100");
    FileKeyProvider two = FileKeyProvider.builder().sm4("a", a).sm4("b", b).build();
    assertThat(two.description()).isEqualTo("key files " + a + ", " + b);
    assertThat(FileKeyProvider.builder().build().description()).isEqualTo("key files");
  }

  @Test
  void keystoreAliasesAreListedInOrderWhateverTheKeystoreEnumerates() throws Exception {
    // Bouncy Castle enumerates these two as kilo, alpha (hash order).
    Sm2PrivateKey k = Sm2KeyPair.generate().privateKey();
    List<X509Certificate> chain = List.of(KeyProvidersTest.selfSigned(k, "k"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Pkcs12KeyProvider.writer().add("kilo", k, chain).add("alpha", k, chain).write(out, PASSWORD);
    Pkcs12KeyProvider p = Pkcs12KeyProvider.load(out.toByteArray(), PASSWORD, "two.p12");
    assertThat(p.aliases()).containsExactly("alpha", "kilo");
  }

  @Test
  void aKeystoreEntryWhoseCertificateIsForAnotherKeyIsRefused() throws Exception {
    // Our writer refuses such an entry, so it is written with the JDK's own keystore.
    // An ASCII password: the JDK's keystore refuses others.
    char[] ascii = "changeit".toCharArray();
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    Sm2PrivateKey other = Sm2KeyPair.generate().privateKey();
    BouncyCastleProvider bc = new BouncyCastleProvider();
    PrivateKey jca =
        KeyFactory.getInstance("EC", bc)
            .generatePrivate(
                new PKCS8EncodedKeySpec(key.exportPkcs8Der(InsecureSecretAccess.get())));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(
        "k", jca, ascii, new Certificate[] {KeyProvidersTest.selfSigned(other, "other")});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.store(out, ascii);

    assertThatThrownBy(() -> Pkcs12KeyProvider.load(out.toByteArray(), ascii, "odd.p12"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessage(
            "odd.p12 entry 'k': the first certificate is for another key than the private key");
  }

  @Test
  void unreadableKeystoresSayWhyAndOnlyAMacMismatchBlamesThePassword() throws Exception {
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Pkcs12KeyProvider.writer()
        .add("k", key, List.of(KeyProvidersTest.selfSigned(key, "x")))
        .write(out, PASSWORD);
    byte[] good = out.toByteArray();
    assertThatThrownBy(() -> Pkcs12KeyProvider.load(good, "wrong".toCharArray(), "keys.p12"))
        .hasMessage("keys.p12: wrong password, or the file was modified (integrity MAC mismatch)");
    assertThatThrownBy(
            () ->
                Pkcs12KeyProvider.load(
                    new byte[] {0x30, 0x03, 0x02, 0x01, 0x03}, PASSWORD, "v.p12"))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageStartingWith("v.p12: not a ");
  }

  @Test
  void aBrokenCertificateInAPemFileIsNamedByItsPosition(@TempDir Path dir) throws Exception {
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    String good = Sm2Certificates.toPem(KeyProvidersTest.selfSigned(key, "one"));
    String broken = "-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n";
    Path file = Files.writeString(dir.resolve("chain.pem"), good + broken);
    assertThatThrownBy(() -> FileKeyProvider.readCertificates(file))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageContaining("(certificate 2)");
    Path empty = Files.write(dir.resolve("empty.pem"), new byte[0]);
    assertThatThrownBy(() -> FileKeyProvider.readCertificates(empty))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageEndingWith(": empty input, expected a certificate");
    Path first = Files.writeString(dir.resolve("first.pem"), broken + good);
    assertThatThrownBy(() -> FileKeyProvider.readCertificates(first))
        .hasMessageContaining("(certificate 1)");
  }

  @Test
  void aTokenThatCannotStartReportsEveryCauseInTurn(@TempDir Path dir) throws Exception {
    Path notALibrary = Files.writeString(dir.resolve("libfake.so"), "not an ELF file");
    KeyProviderException e = null;
    try {
      Pkcs11KeyProvider.open(notALibrary, 0, "1234".toCharArray());
    } catch (KeyProviderException thrown) {
      e = thrown;
    }
    assertThat(e).isNotNull();
    List<String> causes = new ArrayList<>();
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c.getMessage() != null) {
        causes.add(c.getMessage());
      }
    }
    assertThat(causes).hasSizeGreaterThan(1);
    assertThat(e)
        .hasMessage(
            "PKCS#11 token libfake.so slot index 0: cannot initialise PKCS#11 ("
                + String.join(": ", causes)
                + ")");
  }
}
