package io.anke.crypto.fuzz;

import io.anke.crypto.Hex;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.TestRandoms;
import io.anke.crypto.sm4.Sm4Key;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The valid inputs the targets start from: the committed hostile-input fixtures (an SM2 key,
 * certificate and request made by OpenSSL 3.0; CMS messages, keysets, an envelope, SM4, streaming
 * and field ciphertexts and a password hash made by this library under that key and {@link #KEK}),
 * and what is computed from them with fixed seeds. Nothing here uses fresh randomness, so a fuzz
 * input replays to the same bytes in every run.
 */
final class Fixtures {
  /** The KEK of the committed keysets and the SM4 key of the committed SM4 ciphertexts. */
  static final String KEK = "8f1c2d3e4a5b6c7d8e9fa0b1c2d3e4f5";

  /** The content the committed ciphertexts and signatures protect. */
  static final byte[] CONTENT =
      "hostile input test content / 恶意输入测试内容\n".getBytes(StandardCharsets.UTF_8);

  /** The associated data of the committed SM4, keyset-AEAD and envelope ciphertexts. */
  static final byte[] AAD = "aad".getBytes(StandardCharsets.US_ASCII);

  private Fixtures() {}

  /** A committed file of {@code io/anke/crypto/hostile/}. */
  static byte[] hostile(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/io/anke/crypto/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture hostile/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String hostileText(String name) {
    return new String(hostile(name), StandardCharsets.US_ASCII);
  }

  /** The SM2 key made by OpenSSL that every SM2 fixture belongs to. */
  static Sm2PrivateKey sm2Key() {
    return Sm2PrivateKey.fromPem(hostileText("sm2-key.pem"));
  }

  static Sm4Key sm4Key() {
    return Sm4Key.fromBytes(Hex.decode(KEK));
  }

  /** A reproducible random stream: signatures and SM2 ciphertexts made with it are fixed bytes. */
  static SecureRandom seeded(long seed) {
    return TestRandoms.seeded(seed);
  }

  /** The DER inside the first PEM block of {@code pem}. */
  static byte[] pemBody(String pem) {
    int begin = pem.indexOf("-----\n") + 6;
    return java.util.Base64.getMimeDecoder().decode(pem.substring(begin, pem.indexOf("-----END")));
  }

  /** Bytes as text one to one (ISO-8859-1), so that every byte the fuzzer sets reaches a parser. */
  static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
