package io.anke.samples.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.samples.secrets.LeakScanner.Leak;
import io.anke.testing.Canaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak scanner finds planted canaries in every form, and nothing in clean output. */
class LeakScannerTest {
  @TempDir Path dir;

  private final LeakScanner scanner = new LeakScanner(Canaries.all());

  private Path plant(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String forms(List<Leak> leaks) {
    return leaks.stream().map(l -> l.canary() + " / " + l.form()).toList().toString();
  }

  @Test
  void findsEachFormAndNamesFileAndLine() throws Exception {
    byte[] sm4 = HexFormat.of().parseHex(Canaries.SM4_KEY_HEX);
    byte[] hmac = HexFormat.of().parseHex(Canaries.HMAC_KEY_HEX);
    // The key 2 bytes into an encoded structure, with a byte after it.
    byte[] structure = new byte[2 + sm4.length + 1];
    Arrays.fill(structure, (byte) 7);
    System.arraycopy(sm4, 0, structure, 2, sm4.length);
    String sm4Base64AtOffset2 = Base64.getEncoder().encodeToString(structure);
    Path log =
        plant(
            "TestX-output.txt",
            String.join(
                "\n",
                "[main] INFO starting",
                "[main] DEBUG key=" + Canaries.SM4_KEY_HEX.toUpperCase(java.util.Locale.ROOT),
                "Caused by: java.sql.SQLException: login failed, password " + Canaries.DB_PASSWORD,
                "blob " + sm4Base64AtOffset2 + " end",
                "mac key " + Arrays.toString(hmac),
                "url-safe " + Base64.getUrlEncoder().encodeToString(hmac),
                "chars " + Arrays.toString(Canaries.KEYSTORE_PASSWORD.toCharArray()),
                ""));
    List<Leak> leaks = scanner.scan(log);
    assertThat(leaks)
        .extracting(l -> l.line() + " " + l.canary() + " / " + l.form())
        .contains(
            "2 SM4 key / hex, uppercase",
            "3 database password / text",
            "4 SM4 key / Base64 at byte offset 2",
            "5 HMAC-SM3 key / Arrays.toString of the bytes",
            "6 HMAC-SM3 key / Base64url at byte offset 0",
            "7 keystore password / Arrays.toString of the characters");
    assertThat(leaks.get(0).toString())
        .startsWith(log + ":2: SM4 key (hex, uppercase)")
        .doesNotContain(Canaries.SM4_KEY_HEX)
        .doesNotContainIgnoringCase(Canaries.SM4_KEY_HEX);
  }

  @Test
  void findsAPrivateKeyInsideAPemFileWrappedInLines() throws Exception {
    String pem =
        Sm2PrivateKey.fromHex(Canaries.SM2_D_HEX).exportPkcs8Pem(InsecureSecretAccess.get());
    Path report =
        plant("anke-report.json", "{\"evidence\" : \"" + pem.replace("\n", "\\n") + "\"}\n");
    Path file = plant("key.log", "key follows\n" + pem);
    assertThat(forms(scanner.scan(file))).contains("SM2 private key d / Base64 at byte offset");
    // In a JSON string the line breaks are escapes, the key's encoding may still be found whole.
    assertThat(scanner.scan(report)).extracting(Leak::canary).contains("SM2 private key d");
    byte[] der =
        Sm2PrivateKey.fromHex(Canaries.SM2_D_HEX).exportPkcs8Der(InsecureSecretAccess.get());
    Path hexDump = plant("der.txt", HexFormat.ofDelimiter(":").formatHex(der));
    assertThat(forms(scanner.scan(hexDump))).contains("SM2 private key d / hex with colons");
  }

  @Test
  void cleanOutputAndNearMissesAreNotLeaks() throws Exception {
    String almost = Canaries.SM4_KEY_HEX.substring(0, 30) + "00";
    Path clean =
        plant(
            "clean.txt",
            "Tests run: 12, Failures: 0\nkey 0x" + almost + "\n" + "canary-Db-Pw-7Kx\n");
    assertThat(scanner.scan(clean)).isEmpty();
    assertThat(scanner.scan(List.of(clean, clean))).isEmpty();
  }

  @Test
  void base64CoresDependOnTheSecretAlone() {
    byte[] secret = HexFormat.of().parseHex(Canaries.SM4_KEY_HEX);
    for (int offset = 0; offset < 3; offset++) {
      String core = LeakScanner.base64Core(secret, offset);
      assertThat(core.length()).as("offset %d", offset).isGreaterThanOrEqualTo(16);
      for (byte before = 0; before < 5; before++) {
        byte[] around = new byte[offset + secret.length + 2];
        Arrays.fill(around, before);
        System.arraycopy(secret, 0, around, offset, secret.length);
        assertThat(Base64.getEncoder().encodeToString(around)).contains(core);
      }
    }
  }
}
