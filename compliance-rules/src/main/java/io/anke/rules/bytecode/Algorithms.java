package io.anke.rules.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical names and the {@link Classification} of the algorithms and protocols the scanner
 * recognises. JCA names come in many spellings ({@code SHA1}, {@code SHA}, {@code SHA-1}, {@code
 * HmacSHA1}, {@code SHA1withRSA}); every finding carries one canonical name ({@code MD5}, {@code
 * SHA-1}, {@code DES}, {@code 3DES}, {@code RC4}, {@code RSA}, {@code AES}, {@code ECDSA}, {@code
 * SHA-256}, {@code SM2}, {@code SM3}, {@code SM4}, …) so that waivers and reports can rely on it.
 */
public final class Algorithms {
  private Algorithms() {}

  /** Tokens searched in a normalised JCA name, longest and most specific first. */
  private static final String[][] TOKENS = {
    {"SHA512/224", "SHA-512/224"},
    {"SHA512/256", "SHA-512/256"},
    {"SHA3224", "SHA3-224"},
    {"SHA3256", "SHA3-256"},
    {"SHA3384", "SHA3-384"},
    {"SHA3512", "SHA3-512"},
    {"SHAKE128", "SHAKE128"},
    {"SHAKE256", "SHAKE256"},
    {"SHA224", "SHA-224"},
    {"SHA256", "SHA-256"},
    {"SHA384", "SHA-384"},
    {"SHA512", "SHA-512"},
    {"SHA1", "SHA-1"},
    {"RIPEMD160", "RIPEMD-160"},
    {"MD5", "MD5"},
    {"MD4", "MD4"},
    {"MD2", "MD2"},
    {"SM3", "SM3"},
    {"SM2", "SM2"},
    {"SM4", "SM4"},
    {"SM9", "SM9"},
    {"ZUC", "ZUC"},
    {"TRIPLEDES", "3DES"},
    {"DESEDE", "3DES"},
    {"3DES", "3DES"},
    {"DES", "DES"},
    {"ARCFOUR", "RC4"},
    {"ARC4", "RC4"},
    {"RC4", "RC4"},
    {"RC2", "RC2"},
    {"BLOWFISH", "Blowfish"},
    {"CHACHA20", "ChaCha20"},
    {"CAMELLIA", "Camellia"},
    {"AES", "AES"},
    {"ECIES", "ECIES"},
    {"ECDSA", "ECDSA"},
    {"ECDH", "ECDH"},
    {"EDDSA", "EdDSA"},
    {"ED25519", "Ed25519"},
    {"ED448", "Ed448"},
    {"X25519", "X25519"},
    {"X448", "X448"},
    {"XDH", "XDH"},
    {"RSA", "RSA"},
    {"DSA", "DSA"},
    {"DIFFIEHELLMAN", "DH"},
    {"ELGAMAL", "ElGamal"},
  };

  /** Names recognised only when they are the whole name (too short to search inside others). */
  private static final Map<String, String> WHOLE =
      Map.of("SHA", "SHA-1", "EC", "EC", "DH", "DH", "SHA2", "SHA-256", "SHA3", "SHA3-256");

  private static final Set<String> HIGH_RISK =
      Set.of(
          "MD2", "MD4", "MD5", "SHA-1", "DES", "3DES", "RC2", "RC4", "SSL 2.0", "SSL 3.0",
          "TLS 1.0", "TLS 1.1");

  private static final Set<String> NATIONAL = Set.of("SM2", "SM3", "SM4", "SM9", "ZUC", "TLCP");

  private static final Set<String> BLOCK_CIPHERS =
      Set.of("AES", "DES", "3DES", "SM4", "Blowfish", "RC2", "Camellia");

  private static final Set<String> HASHES =
      Set.of(
          "MD2",
          "MD4",
          "MD5",
          "SHA-1",
          "SHA-224",
          "SHA-256",
          "SHA-384",
          "SHA-512",
          "SHA-512/224",
          "SHA-512/256",
          "SHA3-224",
          "SHA3-256",
          "SHA3-384",
          "SHA3-512",
          "SHAKE128",
          "SHAKE256",
          "RIPEMD-160",
          "SM3");

  private static final Set<String> ASYMMETRIC =
      Set.of(
          "RSA", "DSA", "ECDSA", "EC", "ECDH", "DH", "ECIES", "EdDSA", "Ed25519", "Ed448", "X25519",
          "X448", "XDH", "ElGamal", "SM2", "SM9");

  /**
   * The canonical primitives a JCA algorithm name refers to, in the order they appear: {@code
   * SHA1withRSA} gives {@code [SHA-1, RSA]}, {@code PBEWithMD5AndDES} gives {@code [MD5, DES]},
   * {@code AES/ECB/PKCS5Padding} gives {@code [AES]} (only the algorithm part of a transformation
   * is read). Empty when nothing is recognised.
   */
  public static List<String> primitives(String jcaName) {
    if (jcaName == null || jcaName.isBlank()) {
      return List.of();
    }
    String algorithm = jcaName.strip();
    int slash = algorithm.indexOf('/');
    // "SHA-512/224" is a digest name, not a transformation.
    if (slash > 0 && !algorithm.toUpperCase(Locale.ROOT).matches("SHA-?512/2(24|56)")) {
      algorithm = algorithm.substring(0, slash);
    }
    String normalised =
        algorithm.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    String whole = WHOLE.get(normalised);
    if (whole != null) {
      return List.of(whole);
    }
    // Replace each found token by spaces so that shorter tokens (DES in DESEDE) do not match again.
    char[] text = normalised.toCharArray();
    List<int[]> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String[] token : TOKENS) {
      String t = token[0];
      int from = 0;
      while (true) {
        int at = indexOf(text, t, from);
        if (at < 0) {
          break;
        }
        for (int i = at; i < at + t.length(); i++) {
          text[i] = ' ';
        }
        found.add(new int[] {at, names.size()});
        names.add(token[1]);
        from = at + t.length();
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<String> result = new ArrayList<>();
    for (int[] f : found) {
      String name = names.get(f[1]);
      if (!result.contains(name)) {
        result.add(name);
      }
    }
    return List.copyOf(result);
  }

  private static int indexOf(char[] text, String token, int from) {
    outer:
    for (int i = from; i + token.length() <= text.length; i++) {
      for (int j = 0; j < token.length(); j++) {
        if (text[i + j] != token.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The canonical protocol name of an {@code SSLContext} or {@code setEnabledProtocols} string, or
   * of one item of a configured protocol list: {@code SSLv3} gives {@code SSL 3.0}, {@code
   * SSLv2Hello} (an SSL 2.0 handshake) gives {@code SSL 2.0}, {@code TLSv1} gives {@code TLS 1.0},
   * {@code TLSv1.2} and {@code TLSv1_2} give {@code TLS 1.2}; the generic {@code TLS}, {@code SSL}
   * and {@code Default} give {@code TLS}; TLCP / GMSSL names give {@code TLCP}. Null for an
   * unrecognised string. This is the one reader of protocol names: the bytecode scanner and the
   * configuration rules both use it.
   */
  public static String protocol(String name) {
    if (name == null) {
      return null;
    }
    // "TLSv1_2" (constant names, some configuration keys) is "TLSv1.2".
    String n =
        name.strip()
            .toUpperCase(Locale.ROOT)
            .replaceAll("(?<=\\d)_(?=\\d)", ".")
            .replace("_", "")
            .replace(" ", "");
    if (n.contains("TLCP") || n.contains("GMSSL") || n.contains("GMTLS")) {
      return "TLCP";
    }
    switch (n) {
      case "SSLV2", "SSLV2HELLO", "SSL2", "SSLV2.0", "SSL2.0" -> {
        return "SSL 2.0";
      }
      case "SSLV3", "SSL3", "SSLV3.0", "SSL3.0" -> {
        return "SSL 3.0";
      }
      case "TLSV1", "TLSV1.0", "TLS1", "TLS1.0" -> {
        return "TLS 1.0";
      }
      case "TLSV1.1", "TLS1.1" -> {
        return "TLS 1.1";
      }
      case "TLSV1.2", "TLS1.2" -> {
        return "TLS 1.2";
      }
      case "TLSV1.3", "TLS1.3" -> {
        return "TLS 1.3";
      }
      case "TLS", "SSL", "DEFAULT" -> {
        return "TLS";
      }
      case "DTLS", "DTLSV1.0", "DTLSV1.2", "DTLSV1.3" -> {
        return "DTLS";
      }
      default -> {
        return null;
      }
    }
  }

  /** The classification of a canonical algorithm or protocol name. */
  public static Classification classify(String canonical) {
    if (canonical == null) {
      return Classification.UNKNOWN;
    }
    if (HIGH_RISK.contains(canonical)) {
      return Classification.HIGH_RISK;
    }
    if (NATIONAL.contains(canonical)) {
      return Classification.NATIONAL;
    }
    if (isKnown(canonical)) {
      return Classification.NON_NATIONAL;
    }
    return Classification.UNKNOWN;
  }

  /** True when the scanner knows the canonical name. */
  public static boolean isKnown(String canonical) {
    if (WHOLE.containsValue(canonical) || "TLS".equals(canonical) || "DTLS".equals(canonical)) {
      return true;
    }
    if (canonical.startsWith("TLS ") || canonical.startsWith("SSL ")) {
      return true;
    }
    for (String[] token : TOKENS) {
      if (token[1].equals(canonical)) {
        return true;
      }
    }
    return false;
  }

  /** True for a block cipher, whose bare JCA name implies ECB mode. */
  public static boolean isBlockCipher(String canonical) {
    return BLOCK_CIPHERS.contains(canonical);
  }

  /** True for a hash function (used alone, in an HMAC, a signature or a key derivation). */
  public static boolean isHash(String canonical) {
    return HASHES.contains(canonical);
  }

  /** True for a public-key algorithm (signature, key agreement or encryption). */
  public static boolean isAsymmetric(String canonical) {
    return ASYMMETRIC.contains(canonical);
  }

  /** True for a symmetric cipher (block or stream). */
  public static boolean isSymmetricCipher(String canonical) {
    return BLOCK_CIPHERS.contains(canonical)
        || "RC4".equals(canonical)
        || "ChaCha20".equals(canonical)
        || "ZUC".equals(canonical);
  }

  /**
   * The mode of a cipher transformation in upper case ({@code AES/CBC/PKCS5Padding} gives {@code
   * CBC}); for a bare block-cipher name the provider default {@code ECB}; null when the name has no
   * mode and the algorithm is not a block cipher.
   */
  public static String cipherMode(String transformation) {
    if (transformation == null) {
      return null;
    }
    String[] parts = transformation.strip().split("/", -1);
    if (parts.length >= 2 && !parts[1].isBlank()) {
      return parts[1].strip().toUpperCase(Locale.ROOT);
    }
    List<String> primitives = primitives(parts[0]);
    return primitives.size() == 1 && isBlockCipher(primitives.get(0)) ? "ECB" : null;
  }
}
