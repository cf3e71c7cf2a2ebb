package io.anke.scan.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner on real third-party jars resolved by the build (test scope): Commons Codec (MD5,
 * SHA-1 and friends behind DigestUtils), the PostgreSQL driver (MD5 password authentication) and
 * MySQL Connector/J (SHA-1 scrambles, RSA-OAEP password encryption, SCRAM).
 */
class RealArtifactsTest {

  private static BytecodeScanResult scan(Class<?> member) throws IOException {
    Path jar = Fixtures.jarOf(member);
    return BytecodeScanner.withDefaults().scan(jar, jar.getFileName().toString());
  }

  private static List<String> briefs(BytecodeScanResult r) {
    return r.usages().stream()
        .map(
            u ->
                u.kind()
                    + " "
                    + u.algorithm()
                    + " "
                    + u.location().className()
                    + "#"
                    + u.location().method())
        .toList();
  }

  @Test
  void commonsCodecDigestUtilsAndCrypt() throws IOException {
    BytecodeScanResult r = scan(org.apache.commons.codec.digest.DigestUtils.class);
    String du = "org.apache.commons.codec.digest.DigestUtils#";
    assertThat(briefs(r))
        .contains(
            "ALGORITHM MD2 " + du + "getMd2Digest",
            "ALGORITHM MD5 " + du + "getMd5Digest",
            "ALGORITHM SHA-1 " + du + "getSha1Digest",
            "ALGORITHM SHA-256 " + du + "getSha256Digest",
            "ALGORITHM SHA-512/256 " + du + "getSha512_256Digest",
            "ALGORITHM SHA3-512 " + du + "getSha3_512Digest",
            "ALGORITHM MD5 org.apache.commons.codec.digest.Md5Crypt#md5Crypt",
            "ALGORITHM DES org.apache.commons.codec.digest.Crypt#crypt");
    CryptoUsage md5 =
        r.usages().stream()
            .filter(u -> u.location().method().equals("getMd5Digest"))
            .findFirst()
            .orElseThrow();
    assertThat(md5.classification()).isEqualTo(Classification.HIGH_RISK);
    assertThat(md5.api()).isEqualTo("java.security.MessageDigest.getInstance");
    assertThat(md5.location().line()).isPositive();
    assertThat(md5.location().purl()).isEqualTo("pkg:maven/commons-codec/commons-codec@1.23.0");

    // Must not appear: the helper's own plumbing (md5Hex calling md5), the codecs that are not
    // cryptography, constants that are not keys, names the scanner does not know.
    assertThat(r.usages())
        .noneMatch(
            u ->
                u.location().className().equals("org.apache.commons.codec.digest.DigestUtils")
                    && !u.location().method().startsWith("get"))
        .noneMatch(u -> u.location().className().startsWith("org.apache.commons.codec.binary."))
        .noneMatch(u -> u.kind() == UsageKind.CONSTANT_KEY || u.kind() == UsageKind.CONSTANT_IV)
        .noneMatch(u -> u.classification() == Classification.UNKNOWN);
    assertThat(r.problems()).isEmpty();
    assertThat(r.classes()).isGreaterThan(100);
  }

  @Test
  void postgresqlDriverHashesPasswordsWithMd5() throws IOException {
    BytecodeScanResult r = scan(org.postgresql.Driver.class);
    assertThat(briefs(r))
        .contains(
            "ALGORITHM MD5 org.postgresql.util.MD5Digest#encode",
            "ALGORITHM MD5 org.postgresql.util.PasswordUtil#encodeMd5",
            "PROTOCOL TLS org.postgresql.ssl.NonValidatingFactory#<init>");
    assertThat(r.usages().stream().filter(u -> u.kind() == UsageKind.PROTOCOL))
        .isNotEmpty()
        .allMatch(u -> u.algorithm().equals("TLS"), "generic TLS contexts only, no legacy version");
    assertThat(r.usages())
        .noneMatch(u -> "SHA-1".equals(u.algorithm()))
        .noneMatch(u -> u.kind() == UsageKind.CONSTANT_KEY)
        .noneMatch(u -> u.kind() == UsageKind.ECB_MODE);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void mysqlConnectorUsesSha1AndRsa() throws IOException {
    BytecodeScanResult r = scan(com.mysql.cj.jdbc.Driver.class);
    assertThat(briefs(r))
        .contains(
            "ALGORITHM SHA-1 com.mysql.cj.protocol.Security#scramble411",
            "ALGORITHM SHA-256 com.mysql.cj.protocol.Security#scrambleCachingSha2",
            "ALGORITHM RSA com.mysql.cj.protocol.ExportControlled#encryptWithRSAPublicKey",
            "ALGORITHM SHA-256 com.mysql.cj.protocol.ExportControlled#sign",
            "ALGORITHM RSA com.mysql.cj.protocol.ExportControlled#sign",
            "ALGORITHM SHA-1 com.mysql.cj.sasl.ScramSha1SaslClient#hmac",
            "ALGORITHM SHA-1 com.mysql.cj.sasl.ScramSha1SaslClient#hi");
    CryptoUsage oaep =
        r.usages().stream()
            .filter(u -> u.location().method().equals("encryptWithRSAPublicKey"))
            .findFirst()
            .orElseThrow();
    assertThat(oaep.detail()).isEqualTo("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
    // RSA/ECB is not ECB mode: ECB only concerns block ciphers.
    assertThat(r.usages())
        .noneMatch(u -> u.kind() == UsageKind.ECB_MODE)
        .noneMatch(
            u -> u.kind() == UsageKind.PROTOCOL && u.classification() == Classification.HIGH_RISK)
        .noneMatch(u -> u.kind() == UsageKind.CONSTANT_KEY);
    assertThat(r.problems()).isEmpty();
  }
}
