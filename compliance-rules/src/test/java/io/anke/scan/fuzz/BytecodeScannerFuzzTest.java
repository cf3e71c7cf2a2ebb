package io.anke.scan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.InputException;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.BytecodeScanner;
import io.anke.scan.bytecode.CryptoUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The crypto-usage scanner on malformed class files (seeded with real ones that call the JCA and
 * Bouncy Castle). A class file is analysed or reported as a problem of the scan; the only
 * exceptions are the documented {@link InputException} and {@link IOException}: no runtime
 * exception or error of ASM or of the analysis escapes, and every usage found is located in the
 * class scanned.
 */
class BytecodeScannerFuzzTest {
  private static final String NAME = "Fuzzed.class";
  private static final BytecodeScanner SCANNER = BytecodeScanner.builder().threads(1).build();
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("anke-bytecode-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void classFile(byte[] data) throws IOException {
    Path file = DIR.resolve(NAME);
    Files.write(file, data);
    BytecodeScanResult result;
    try {
      result = SCANNER.scan(file, NAME);
    } catch (InputException e) {
      assertThat(e.source()).startsWith(NAME);
      return;
    } finally {
      Files.delete(file);
    }
    assertThat(result.classes()).isEqualTo(1);
    assertThat(result.problems()).allMatch(p -> p.path().startsWith(NAME));
    for (CryptoUsage u : result.usages()) {
      assertThat(u.location().path()).startsWith(NAME);
    }
  }
}
