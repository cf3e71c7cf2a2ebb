package io.anke.scan.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.rules.packs.PackScans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Algorithms that reach the JCA through the common helper libraries — jasypt, Hutool, Shiro, Spring
 * Security crypto, Commons Codec — passed as constructor or setter arguments, as enum constants, or
 * left at the library's default. The application class is compiled against the real libraries (test
 * scope); it is scanned alone (the libraries' bytecode absent, as in a build that scans only its
 * own classes) and inside a fat jar with the real library jars.
 */
class HelperLibrariesTest {
  private static final String APP = "HelperLibraryUsages";

  @TempDir Path dir;

  private static List<String> of(BytecodeScanResult r, String simpleName) {
    return r.usages().stream()
        .filter(u -> u.location().className().equals(Fixtures.className(simpleName)))
        .map(Fixtures::brief)
        .toList();
  }

  @Test
  void applicationClassesAloneYieldTheMarkedUsages() throws IOException {
    Path jar = dir.resolve("app.jar");
    Files.write(
        jar, Fixtures.jar(Map.of(Fixtures.PACKAGE + APP + ".class", Fixtures.classFile(APP))));
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(jar, "app.jar");
    assertThat(of(r, APP)).containsExactlyInAnyOrderElementsOf(Fixtures.expected(APP));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void withTheRealLibrariesInAFatJarTheSameUsagesAreFound() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("BOOT-INF/classes/" + Fixtures.PACKAGE + APP + ".class", Fixtures.classFile(APP));
    for (String prefix :
        List.of(
            "jasypt-",
            "hutool-crypto-",
            "hutool-core-",
            "shiro-crypto-cipher-",
            "shiro-crypto-core-",
            "shiro-crypto-hash-",
            "spring-security-crypto-",
            "commons-codec-")) {
      Path lib = PackScans.classpathJar(prefix);
      entries.put("BOOT-INF/lib/" + lib.getFileName(), Files.readAllBytes(lib));
    }
    Path fat = dir.resolve("fat.jar");
    Files.write(fat, Fixtures.jar(entries));
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(fat, "fat.jar");
    assertThat(of(r, APP)).containsExactlyInAnyOrderElementsOf(Fixtures.expected(APP));
    CryptoUsage md5 =
        r.usages().stream()
            .filter(
                u ->
                    u.location().className().equals(Fixtures.className(APP))
                        && u.location().method().equals("jasyptSetter"))
            .findFirst()
            .orElseThrow();
    assertThat(md5.location().applicationCode()).isTrue();
    assertThat(md5.api())
        .isEqualTo("org.jasypt.encryption.pbe.StandardPBEStringEncryptor.setAlgorithm");
    assertThat(md5.detail()).isEqualTo("PBEWithMD5AndDES");
    // The enum constant's value is read from the enum's static initializer when the library is
    // in the scan (Hutool's DigestAlgorithm.SHA1 is "SHA-1").
    assertThat(
            r.usages().stream()
                .filter(u -> u.location().method().equals("hutoolEnum"))
                .map(CryptoUsage::detail))
        .containsExactly("SHA-1");
  }

  /**
   * The model of the libraries agrees with their real bytecode: jasypt's fixed-algorithm helpers
   * set the algorithm the model says, Shiro's cipher services pass the name the model says to their
   * base class.
   */
  @Test
  void theLibraryModelAgreesWithTheRealLibraries() throws IOException {
    Path jasypt = PackScans.classpathJar("jasypt-");
    BytecodeScanResult j = BytecodeScanner.withDefaults().scan(jasypt, "jasypt.jar");
    assertThat(briefs(j))
        .contains(
            "MD5 org.jasypt.util.text.BasicTextEncryptor#<init>",
            "DES org.jasypt.util.text.BasicTextEncryptor#<init>",
            "3DES org.jasypt.util.text.StrongTextEncryptor#<init>",
            "AES org.jasypt.util.text.AES256TextEncryptor#<init>",
            "SHA-256 org.jasypt.util.password.StrongPasswordEncryptor#<init>",
            "DES org.jasypt.util.binary.BasicBinaryEncryptor#<init>",
            "3DES org.jasypt.util.numeric.StrongIntegerNumberEncryptor#<init>");
    Path shiro = PackScans.classpathJar("shiro-crypto-cipher-");
    BytecodeScanResult s = BytecodeScanner.withDefaults().scan(shiro, "shiro.jar");
    assertThat(briefs(s))
        .contains(
            "AES org.apache.shiro.crypto.cipher.AesCipherService#<init>",
            "Blowfish org.apache.shiro.crypto.cipher.BlowfishCipherService#<init>");
    for (BytecodeScanResult r : List.of(j, s)) {
      assertThat(r.problems()).isEmpty();
      assertThat(r.usages()).noneMatch(u -> u.classification() == Classification.UNKNOWN);
    }
  }

  private static List<String> briefs(BytecodeScanResult r) {
    return r.usages().stream()
        .map(u -> u.algorithm() + " " + u.location().className() + "#" + u.location().method())
        .toList();
  }
}
