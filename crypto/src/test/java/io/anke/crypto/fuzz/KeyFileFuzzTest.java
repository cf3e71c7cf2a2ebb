package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.provider.Pkcs12KeyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Key files as a deployment holds them ({@code FileKeyProvider.readSm2PrivateKey}, {@code
 * readSm4Key}, {@code readCertificates}) and PKCS#12 files ({@code Pkcs12KeyProvider.load}): only
 * {@link KeyProviderException} escapes.
 */
class KeyFileFuzzTest {
  private static final Class<?> KPE = KeyProviderException.class;
  private static final Path FILE;

  static {
    try {
      Path dir = Files.createTempDirectory("anke-key-file-fuzz");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("key");
      FILE.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void keyFiles(byte[] input) throws IOException {
    Files.write(FILE, input);
    acceptedOrRefused(
        "FileKeyProvider.readSm2PrivateKey", () -> FileKeyProvider.readSm2PrivateKey(FILE), KPE);
    acceptedOrRefused("FileKeyProvider.readSm4Key", () -> FileKeyProvider.readSm4Key(FILE), KPE);
    acceptedOrRefused(
        "FileKeyProvider.readCertificates", () -> FileKeyProvider.readCertificates(FILE), KPE);
  }

  @FuzzTest
  void pkcs12(byte[] input) {
    acceptedOrRefused(
        "Pkcs12KeyProvider.load",
        () -> Pkcs12KeyProvider.load(input, "hostile-p12".toCharArray(), "p12"),
        KPE);
  }
}
