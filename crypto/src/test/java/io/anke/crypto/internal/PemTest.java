package io.anke.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Exactly what the strict PEM reader accepts of files OpenSSL 3.0 wrote (the key, public key,
 * certificate and request under {@code io/anke/crypto/hostile/}), as docs/crypto.md ("Keys") lists
 * it: the line-end and framing variants that tools produce without changing a byte of the body are
 * read; whitespace inside the block, a byte-order mark glued to the BEGIN line and over-long lines
 * are refused, with a message that names the line.
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
    return Pem.decodeAll(pem, "test").get(0).der();
  }

  @Test
  void variantsThatKeepEveryBodyByteAreRead() {
    List<UnaryOperator<String>> variants =
        List.of(
            s -> s.replace("\n", "\r\n"), // Windows tools, git core.autocrlf
            s -> s.substring(0, s.length() - 1), // no final line end
            s -> s.replace("\n", "\r\n").replaceFirst("\r\n$", ""),
            s -> "Bag Attributes\n    localKeyID: 01 02\nsubject=/CN=x\n" + s, // pkcs12 -nodes
            s -> s + "\n\ntrailing text\n",
            s -> rewrap(s, 76)); // MIME line length
    for (String name : OPENSSL_WRITTEN) {
      String pem = fixture(name);
      byte[] expected = der(pem);
      for (UnaryOperator<String> v : variants) {
        assertThat(der(v.apply(pem))).as(name).isEqualTo(expected);
      }
    }
  }

  @Test
  void whitespaceInsideTheBlockAByteOrderMarkAndLongLinesAreRefused() {
    String pem = fixture("sm2-pub.pem"); // 4 lines: BEGIN, 64 characters, 56 characters, END
    refused(pem.replace("\n", " \n"), "line 1 is not a PEM BEGIN line");
    refused(pem.replaceFirst("\n(BAwZ)", "\n\t$1"), "line 3 column 1 is not a Base64 character");
    refused(pem.replaceFirst("(-----\n[^\n]+)\n", "$1 \n"), "line 2 has 65 characters");
    refused("\uFEFF" + pem, "no PEM block");
    refused(rewrap(pem, 120), "line 2 has 120 characters");
    refused(pem.replace("\n", "\r"), "line 1 is not a PEM BEGIN line"); // old Mac line ends
    // A blank line inside the body (OpenSSL refuses it as well).
    refused(pem.replaceFirst("-----\n", "-----\n\n"), "line 2 has 0 characters");
  }

  static void refused(String text, String message) {
    assertThatThrownBy(() -> Pem.decodeAll(text, "test"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining(message);
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
