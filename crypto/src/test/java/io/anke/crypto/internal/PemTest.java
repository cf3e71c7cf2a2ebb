package io.anke.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.envelope.CmsSignature;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly what the PEM reader accepts of files OpenSSL 3.0 wrote (the key, public key, certificate
 * and request under {@code io/anke/crypto/hostile/}), as docs/crypto.md ("Keys") lists it: every
 * variant that OpenSSL 3 reads and that carries the same body bytes is read to the same DER;
 * anything that could change the bytes is refused with a message that names the line.
 */
class PemTest {
  static final List<String> OPENSSL_WRITTEN =
      List.of("sm2-key.pem", "sm2-key-sec1.pem", "sm2-pub.pem", "cert.pem", "csr.pem");

  static String fixture(String name) {
    try (InputStream in = PemTest.class.getResourceAsStream("/io/anke/crypto/hostile/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] der(String pem) {
    return Pem.decodeAll(pem, CryptoMessage.VERBATIM.text("test")).get(0).der();
  }

  /** What Java code commonly writes: the whole body on one line from the basic encoder. */
  static String javaWritten(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getEncoder().encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  static String label(String pem) {
    return pem.substring("-----BEGIN ".length(), pem.indexOf("-----\n", 5));
  }

  /**
   * Each of these carries the same body bytes, and each but the indented block is read by OpenSSL
   * 3.0.19 ({@code openssl pkey}, {@code x509}, {@code req}) to the same DER (Sm2OpenSslInteropTest
   * and PkixTest check that for the Java single line, the BOM and the whitespace). OpenSSL refuses
   * an indented BEGIN line; RFC 7468's lax encoding allows it, and reading it keeps an indented
   * certificate in a chain from being skipped as text.
   */
  static Map<String, UnaryOperator<String>> sameBytesVariants() {
    Map<String, UnaryOperator<String>> v = new LinkedHashMap<>();
    v.put("CRLF", s -> s.replace("\n", "\r\n")); // Windows tools, git core.autocrlf
    v.put("no final line end", s -> s.substring(0, s.length() - 1));
    v.put("CRLF, no final line end", s -> s.replace("\n", "\r\n").replaceFirst("\r\n$", ""));
    v.put(
        "text before (pkcs12 -nodes)",
        s -> "Bag Attributes\n    localKeyID: 01 02\nsubject=/CN=x\n" + s);
    v.put("text after", s -> s + "\n\ntrailing text\n");
    v.put("76-character lines (MIME)", s -> rewrap(s, 76));
    v.put("48-character lines", s -> rewrap(s, 48));
    v.put("300-character lines", s -> rewrap(s, 300));
    v.put("Java single line", s -> javaWritten(label(s), der(s)));
    v.put("trailing space on every line", s -> s.replace("\n", " \n"));
    v.put("trailing tabs and spaces, CRLF", s -> s.replace("\n", "\t \r\n"));
    v.put("indented body lines", s -> indentBody(s, "  "));
    v.put("tab-indented body lines", s -> indentBody(s, "\t"));
    v.put("indented block (YAML, Markdown)", s -> s.replaceAll("(?m)^(?=.)", "    "));
    v.put("UTF-8 BOM, decoded as UTF-8", s -> "\uFEFF" + s);
    v.put(
        "UTF-8 BOM, decoded as ISO-8859-1",
        s ->
            new String(
                ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    v.put(
        "BOM, CRLF and a Java single line",
        s -> "\uFEFF" + javaWritten(label(s), der(s)).replace("\n", "\r\n"));
    return v;
  }

  @Test
  void variantsThatOpenSslReadsAndThatKeepEveryBodyByteAreRead() {
    for (String name : OPENSSL_WRITTEN) {
      String pem = fixture(name);
      byte[] expected = der(pem);
      for (Map.Entry<String, UnaryOperator<String>> v : sameBytesVariants().entrySet()) {
        String variant = v.getValue().apply(pem);
        assertThat(variant).as(v.getKey()).isNotEqualTo(pem);
        List<Pem.Block> blocks = Pem.decodeAll(variant, CryptoMessage.VERBATIM.text("test"));
        assertThat(blocks).as(name + ", " + v.getKey()).hasSize(1);
        assertThat(blocks.get(0).label()).as(name + ", " + v.getKey()).isEqualTo(label(pem));
        assertThat(blocks.get(0).der()).as(name + ", " + v.getKey()).isEqualTo(expected);
      }
    }
  }

  @Test
  void everyPemReaderOfTheModuleTakesWhatJavaCodeWrites(@TempDir Path dir) throws Exception {
    // The OpenSSL-generated key, certificate and request, written the way Java code often writes
    // PEM: BEGIN line, Base64.getEncoder() on one line, END line. Before, every reader refused it
    // ("line 2 has 124 characters").
    String keyPem = fixture("sm2-key.pem");
    String certPem = fixture("cert.pem");
    String csrPem = fixture("csr.pem");
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(keyPem);
    X509Certificate cert = Sm2Certificates.parse(certPem.getBytes(StandardCharsets.US_ASCII));
    String javaKey = javaWritten("PRIVATE KEY", der(keyPem));
    String javaSec1 = javaWritten("SM2 PRIVATE KEY", der(fixture("sm2-key-sec1.pem")));
    String javaPub = javaWritten("PUBLIC KEY", der(fixture("sm2-pub.pem")));
    String javaCert = javaWritten("CERTIFICATE", der(certPem));
    String javaCsr = javaWritten("CERTIFICATE REQUEST", der(csrPem));
    for (String prefix : List.of("", "\uFEFF")) {
      assertThat(Sm2PrivateKey.fromPem(prefix + javaKey)).isEqualTo(key);
      assertThat(Sm2PrivateKey.fromPem(prefix + javaSec1)).isEqualTo(key);
      assertThat(Sm2PrivateKey.fromPemOrDer(utf8(prefix + javaKey))).isEqualTo(key);
      assertThat(Sm2PublicKey.fromPem(prefix + javaPub)).isEqualTo(key.publicKey());
      assertThat(Sm2PublicKey.fromPemOrDer(utf8(prefix + javaPub))).isEqualTo(key.publicKey());
      assertThat(Sm2PublicKey.fromPem(prefix + javaCert)).isEqualTo(key.publicKey());
      assertThat(Sm2Certificates.parse(utf8(prefix + javaCert))).isEqualTo(cert);
      assertThat(Sm2Certificates.parseAll(utf8(prefix + javaCert + javaCert))).hasSize(2);
      CertificateRequest csr = CertificateRequest.parse(utf8(prefix + javaCsr));
      assertThat(csr.verify()).isTrue();
      assertThat(csr.encoded()).isEqualTo(der(csrPem));
      Path keyFile = Files.writeString(dir.resolve("key.pem"), prefix + javaKey);
      assertThat(FileKeyProvider.readSm2PrivateKey(keyFile)).isEqualTo(key);
      Path certFile = Files.write(dir.resolve("cert.pem"), utf8(prefix + javaCert));
      assertThat(FileKeyProvider.readCertificates(certFile)).containsExactly(cert);
    }
    byte[] cms = CmsSignature.sign(CONTENT, Sm2KeyHandle.of(key), List.of(cert));
    assertThat(CmsSignature.verify(utf8(javaWritten("CMS", cms)), null).content())
        .isEqualTo(CONTENT);
  }

  static final byte[] CONTENT = "signed content".getBytes(StandardCharsets.UTF_8);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aByteOrderMarkBeforeALaterBlockDoesNotHideIt() {
    // `cat a.pem b.pem` where b.pem was saved with a BOM: the second certificate must not be
    // skipped as "text between blocks".
    String cert = fixture("cert.pem");
    List<Pem.Block> blocks =
        Pem.decodeAll(cert + "\uFEFF" + cert, CryptoMessage.VERBATIM.text("test"));
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(1).der()).isEqualTo(der(cert));
  }

  @Test
  void whatCouldChangeTheBytesIsStillRefused() {
    String pem = fixture("sm2-pub.pem"); // 4 lines: BEGIN, 64 characters, 60 characters, END
    refused(pem.replaceFirst("\n(BAwZ)", "\n*$1"), "line 3 column 1 is not a Base64 character");
    refused(pem.replaceFirst("\n(BAwZ)", "\n  .$1"), "line 3 column 3 is not a Base64 character");
    // Whitespace inside a line: no encoder writes it, and it would hide a dropped character.
    refused(pem.replaceFirst("(BAwZ)", "$1 "), "line 3 column 5 is not a Base64 character");
    refused(pem.replace("Sqg==", "Sqh=="), "not canonical Base64"); // non-zero unused bits
    refused(pem.replace("Sqg==", "Sqg"), "not canonical Base64"); // missing padding
    refused(pem.replace("Sqg==", "Sq=g"), "invalid Base64");
    refused(pem.replace("Sqg==", "Sqg==="), "invalid Base64");
    refused(pem.replace("-----END PUBLIC KEY-----\n", ""), "has no END line");
    refused(pem.replace("END PUBLIC KEY", "END PRIVATE KEY"), "different or malformed END line");
    refused(pem.replace("END PUBLIC KEY-----", "END PUBLIC KEY"), "different or malformed END");
    refused(pem.replace("\n", "\r"), "line 1 is not a PEM BEGIN line"); // old Mac line ends
    // A blank line inside the body (OpenSSL refuses it as well: it ends the headers).
    refused(pem.replaceFirst("-----\n", "-----\n\n"), "line 2 is empty");
    refused(pem.replaceFirst("-----\n", "-----\n \t\n"), "line 2 is empty");
    // Lines of different widths, or full lines that split a 4-character group.
    refused(rewrap(pem, 63), "line 2 has 63 characters");
    refused(withBody(pem, 60, 64), "line 3 has 64 characters");
    refused(withBody(pem, 32, 32, 60), "line 4 has 60 characters");
    refused(withBody(pem, 64, 56, 4), "line 3 has 56 characters");
    // A byte-order mark is accepted only where an editor writes one: before a BEGIN line.
    refused(pem.replaceFirst("\n(BAwZ)", "\n\uFEFF$1"), "line 3 column 1 is not a Base64");
    refused("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n", "PEM block 'PUBLIC KEY'");
  }

  @Test
  void errorMessagesNameTheLineAndTheRule() {
    String pem = fixture("cert.pem");
    assertThatThrownBy(
            () -> Pem.decodeAll(rewrap(pem, 62), CryptoMessage.VERBATIM.text("chain.pem")))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(
            "chain.pem: PEM block 'CERTIFICATE' (line 1): line 2 has 62 characters; Base64 lines"
                + " must all be as long as the first, a multiple of 4, except a shorter last one"
                + " (or the whole body is on one line)");
  }

  @Test
  void aBeginLineWithoutALabelIsNotABeginLine() {
    refused("-----BEGIN -----\nMAA=\n-----END -----\n", "line 1 is not a PEM BEGIN line");
    refused("text\n-----BEGIN X\nMAA=\n-----END X-----\n", "line 2 is not a PEM BEGIN line");
    assertThat(der("-----BEGIN X-----\nMAA=\n-----END X-----\n")).containsExactly(0x30, 0);
  }

  @Test
  void headerLinesAreRefusedAndLegacyEncryptionIsNamed() {
    String pem = fixture("sm2-pub.pem");
    String encrypted = "'PUBLIC KEY' is encrypted (legacy Proc-Type/DEK-Info)";
    refused(pem.replaceFirst("-----\n", "-----\nProc-Type: 4,ENCRYPTED\n"), encrypted);
    // Either header alone is the legacy format (a hand-edited file may have lost the other).
    refused(pem.replaceFirst("-----\n", "-----\nDEK-Info: AES-128-CBC,00\n"), encrypted);
    assertThatThrownBy(
            () ->
                Pem.decodeAll(
                    "note\n" + pem.replaceFirst("-----\n", "-----\nComment: x\n"),
                    CryptoMessage.VERBATIM.text("pub.pem")))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("pub.pem: unexpected header line 3 in PEM block 'PUBLIC KEY'");
  }

  @Test
  void aWrongEndLineIsNamedByItsNumber() {
    String pem = "note\n" + fixture("sm2-pub.pem").replace("END PUBLIC KEY", "END PRIVATE KEY");
    assertThatThrownBy(() -> Pem.decodeAll(pem, CryptoMessage.VERBATIM.text("pub.pem")))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(
            "pub.pem: PEM block 'PUBLIC KEY' (line 2) ends with a different or malformed END"
                + " line at line 5");
  }

  static void refused(String text, String message) {
    assertThatThrownBy(() -> Pem.decodeAll(text, CryptoMessage.VERBATIM.text("test")))
        .as(text)
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining(message);
  }

  /** The same block with its Base64 body in lines of the given widths. */
  static String withBody(String pem, int... widths) {
    String b64 = Base64.getEncoder().encodeToString(der(pem));
    StringBuilder sb = new StringBuilder(pem.substring(0, pem.indexOf('\n') + 1));
    int at = 0;
    for (int w : widths) {
      sb.append(b64, at, at + w).append('\n');
      at += w;
    }
    assertThat(at).as("widths cover the body").isEqualTo(b64.length());
    return sb.append(pem.substring(pem.indexOf("-----END"))).toString();
  }

  /** The same block with every body line prefixed by {@code indent}. */
  static String indentBody(String pem, String indent) {
    int start = pem.indexOf('\n') + 1;
    int end = pem.indexOf("-----END");
    return pem.substring(0, start)
        + pem.substring(start, end).replaceAll("(?m)^", indent)
        + pem.substring(end);
  }

  /** The same block with its Base64 body in lines of {@code width} characters. */
  static String rewrap(String pem, int width) {
    int start = pem.indexOf('\n') + 1;
    int end = pem.indexOf("-----END");
    String b64 = Base64.getEncoder().encodeToString(der(pem));
    StringBuilder sb = new StringBuilder(pem.substring(0, start));
    for (int i = 0; i < b64.length(); i += width) {
      sb.append(b64, i, Math.min(b64.length(), i + width)).append('\n');
    }
    return sb.append(pem.substring(end)).toString();
  }
}
