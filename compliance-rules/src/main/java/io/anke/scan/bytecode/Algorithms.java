package io.anke.scan.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical names and the {@link Classification} of the algorithms and protocols the scanner
 * recognises. JCA names come in many spellings ({@code SHA1}, {@code SHA}, {@code SHA-1}, {@code
 * HmacSHA1}, {@code SHA1withRSA}); every finding carries one canonical name ({@code MD5}, {@code
 * SHA-1}, {@code DES}, {@code 3DES}, {@code RC4}, {@code RSA}, {@code AES}, {@code ECDSA}, {@code
 * SHA-256}, {@code SM2}, {@code SM3}, {@code SM4}, …) so that waivers and reports can rely on it.
 * The same vocabulary reads the names a CycloneDX CBOM uses ({@code AES-128-GCM}, {@code
 * SHA512withRSA}, {@code RSA-2048}, {@code HMAC-SHA256}), object identifiers, elliptic curves and
 * TLS / TLCP cipher-suite names, so that bytecode and CBOM evidence are judged alike.
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
    // Post-quantum names before DSA and DH, which they contain.
    {"MLDSA", "ML-DSA"},
    {"SLHDSA", "SLH-DSA"},
    {"MLKEM", "ML-KEM"},
    {"FFDH", "DH"},
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
          "X448", "XDH", "ElGamal", "SM2", "SM9", "ML-DSA", "SLH-DSA", "ML-KEM");

  /** Public-key algorithms whose strength is the modulus size. */
  private static final Set<String> MODULUS_SIZED = Set.of("RSA", "DSA", "DH", "ElGamal");

  /** Public-key algorithms over an elliptic curve, whose strength is the curve size. */
  private static final Set<String> CURVE_SIZED = Set.of("EC", "ECDSA", "ECDH", "ECIES");

  /**
   * Object identifiers (dotted) to the algorithm name they denote, read with {@link #primitives}
   * and {@link #cipherMode}: PKCS#1, ANSI X9.62, NIST, OIW, RSADSI, RFC 8410 and the national (GM/T
   * 0006) arcs.
   */
  private static final Map<String, String> OIDS =
      Map.ofEntries(
          Map.entry("1.2.840.113549.2.2", "MD2"),
          Map.entry("1.2.840.113549.2.4", "MD4"),
          Map.entry("1.2.840.113549.2.5", "MD5"),
          Map.entry("1.3.14.3.2.26", "SHA-1"),
          Map.entry("2.16.840.1.101.3.4.2.1", "SHA-256"),
          Map.entry("2.16.840.1.101.3.4.2.2", "SHA-384"),
          Map.entry("2.16.840.1.101.3.4.2.3", "SHA-512"),
          Map.entry("2.16.840.1.101.3.4.2.4", "SHA-224"),
          Map.entry("2.16.840.1.101.3.4.2.5", "SHA-512/224"),
          Map.entry("2.16.840.1.101.3.4.2.6", "SHA-512/256"),
          Map.entry("2.16.840.1.101.3.4.2.7", "SHA3-224"),
          Map.entry("2.16.840.1.101.3.4.2.8", "SHA3-256"),
          Map.entry("2.16.840.1.101.3.4.2.9", "SHA3-384"),
          Map.entry("2.16.840.1.101.3.4.2.10", "SHA3-512"),
          Map.entry("2.16.840.1.101.3.4.2.11", "SHAKE128"),
          Map.entry("2.16.840.1.101.3.4.2.12", "SHAKE256"),
          Map.entry("1.2.840.113549.2.7", "HmacSHA1"),
          Map.entry("1.2.840.113549.2.8", "HmacSHA224"),
          Map.entry("1.2.840.113549.2.9", "HmacSHA256"),
          Map.entry("1.2.840.113549.2.10", "HmacSHA384"),
          Map.entry("1.2.840.113549.2.11", "HmacSHA512"),
          Map.entry("1.2.840.113549.1.1.1", "RSA"),
          Map.entry("1.2.840.113549.1.1.2", "MD2withRSA"),
          Map.entry("1.2.840.113549.1.1.4", "MD5withRSA"),
          Map.entry("1.2.840.113549.1.1.5", "SHA1withRSA"),
          Map.entry("1.2.840.113549.1.1.7", "RSA"),
          Map.entry("1.2.840.113549.1.1.10", "RSA"),
          Map.entry("1.2.840.113549.1.1.11", "SHA256withRSA"),
          Map.entry("1.2.840.113549.1.1.12", "SHA384withRSA"),
          Map.entry("1.2.840.113549.1.1.13", "SHA512withRSA"),
          Map.entry("1.2.840.113549.1.1.14", "SHA224withRSA"),
          Map.entry("1.2.840.10040.4.1", "DSA"),
          Map.entry("1.2.840.10040.4.3", "SHA1withDSA"),
          Map.entry("2.16.840.1.101.3.4.3.1", "SHA224withDSA"),
          Map.entry("2.16.840.1.101.3.4.3.2", "SHA256withDSA"),
          Map.entry("1.2.840.10045.2.1", "EC"),
          Map.entry("1.2.840.10045.4.1", "SHA1withECDSA"),
          Map.entry("1.2.840.10045.4.3.1", "SHA224withECDSA"),
          Map.entry("1.2.840.10045.4.3.2", "SHA256withECDSA"),
          Map.entry("1.2.840.10045.4.3.3", "SHA384withECDSA"),
          Map.entry("1.2.840.10045.4.3.4", "SHA512withECDSA"),
          Map.entry("1.3.132.1.12", "ECDH"),
          Map.entry("1.2.840.113549.1.3.1", "DH"),
          Map.entry("1.2.840.10046.2.1", "DH"),
          Map.entry("1.3.101.110", "X25519"),
          Map.entry("1.3.101.111", "X448"),
          Map.entry("1.3.101.112", "Ed25519"),
          Map.entry("1.3.101.113", "Ed448"),
          Map.entry("1.3.14.3.2.6", "DES/ECB"),
          Map.entry("1.3.14.3.2.7", "DES/CBC"),
          Map.entry("1.2.840.113549.3.7", "DESede/CBC"),
          Map.entry("1.2.840.113549.3.2", "RC2/CBC"),
          Map.entry("1.2.840.113549.3.4", "RC4"),
          Map.entry("1.2.156.10197.1.104.1", "SM4/ECB"),
          Map.entry("1.2.156.10197.1.104.2", "SM4/CBC"),
          Map.entry("1.2.156.10197.1.104.3", "SM4/OFB"),
          Map.entry("1.2.156.10197.1.104.4", "SM4/CFB"),
          Map.entry("1.2.156.10197.1.104.7", "SM4/CTR"),
          Map.entry("1.2.156.10197.1.501", "SM3withSM2"),
          Map.entry("1.2.156.10197.1.302", "SM9"));

  /** Arcs whose whole subtree denotes one algorithm. */
  private static final String[][] OID_ARCS = {
    {"1.2.156.10197.1.104", "SM4"},
    {"1.2.156.10197.1.301", "SM2"},
    {"1.2.156.10197.1.401", "SM3"},
  };

  /** The modes of the NIST AES arcs (2.16.840.1.101.3.4.1.N), by N modulo 20. */
  private static final Map<Integer, String> AES_OID_MODES =
      Map.of(1, "ECB", 2, "CBC", 3, "OFB", 4, "CFB", 6, "GCM", 7, "CCM");

  private static final Pattern CURVE_BITS = Pattern.compile("(\\d{3})");

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
    String normalised = compact(algorithm);
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

  /**
   * The algorithm name an object identifier denotes ({@code 2.16.840.1.101.3.4.1.6} gives {@code
   * AES/GCM}, {@code 1.2.840.113549.1.1.13} gives {@code SHA512withRSA}, {@code
   * 1.2.156.10197.1.104.2} gives {@code SM4/CBC}), to be read with {@link #primitives} and {@link
   * #cipherMode}; a leading {@code oid:} or {@code urn:oid:} is ignored. Null for an identifier
   * this table does not hold.
   */
  public static String oidName(String oid) {
    if (oid == null) {
      return null;
    }
    String o = oid.strip();
    String lower = o.toLowerCase(Locale.ROOT);
    if (lower.startsWith("urn:oid:")) {
      o = o.substring(8);
    } else if (lower.startsWith("oid:")) {
      o = o.substring(4);
    }
    String known = OIDS.get(o);
    if (known != null) {
      return known;
    }
    String aes = "2.16.840.1.101.3.4.1.";
    if (o.startsWith(aes) && o.substring(aes.length()).matches("\\d{1,2}")) {
      String mode = AES_OID_MODES.get(Integer.parseInt(o.substring(aes.length())) % 20);
      return mode == null ? "AES" : "AES/" + mode;
    }
    for (String[] arc : OID_ARCS) {
      if (o.equals(arc[0]) || o.startsWith(arc[0] + ".")) {
        return arc[1];
      }
    }
    return null;
  }

  /**
   * The object identifier of an algorithm as code or a CBOM names it, the inverse of {@link
   * #oidName} for the identifiers it holds: a national algorithm named as such gets its arc ({@code
   * SM2} 1.2.156.10197.1.301, {@code SM3} 1.2.156.10197.1.401, {@code SM4} 1.2.156.10197.1.104, EC
   * on the SM2 curve SM2's), a block cipher with a mode the identifier of that mode ({@code
   * SM4/CBC/PKCS5Padding} 1.2.156.10197.1.104.2, {@code DES} in ECB 1.3.14.3.2.6), any other name
   * the one identifier of that exact name ({@code SHA-256}, {@code SHA256withRSA}, {@code
   * SM3withSM2}). Null when the table holds none, or more than one ({@code RSA}, {@code DH}).
   *
   * @param name the algorithm name, e.g. {@code SM4/CBC/PKCS5Padding}
   * @param curve the curve it is used on, or null
   * @param mode the mode of a block cipher in upper case ({@code CBC}), or null
   */
  public static String oid(String name, String curve, String mode) {
    if (name == null || name.isBlank()) {
      return null;
    }
    List<String> canonical = onCurve(primitives(name), curve);
    if (canonical.size() == 1) {
      String p = canonical.get(0);
      if (mode != null && isBlockCipher(p)) {
        String byMode = only(o -> canonical.equals(primitives(o)) && mode.equals(cipherMode(o)));
        if (byMode != null) {
          return byMode;
        }
      }
      String algorithm = name.strip().split("/", -1)[0];
      boolean named =
          compact(algorithm).equals(compact(p)) || ("SM2".equals(p) && isSm2Curve(curve));
      for (String[] arc : OID_ARCS) {
        if (named && arc[1].equals(p)) {
          return arc[0];
        }
      }
    }
    String wanted = compact(name);
    return only(o -> o.indexOf('/') < 0 && compact(o).equals(wanted));
  }

  /** The one identifier whose name matches, or null when none or several do. */
  private static String only(java.util.function.Predicate<String> matches) {
    String found = null;
    for (Map.Entry<String, String> e : OIDS.entrySet()) {
      if (matches.test(e.getValue())) {
        if (found != null) {
          return null;
        }
        found = e.getKey();
      }
    }
    return found;
  }

  /** A name in upper case without separators: {@code SHA-256} and {@code sha256} are alike. */
  private static String compact(String name) {
    return name.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  /** True for the SM2 curve: {@code sm2p256v1}, {@code SM2}, {@code oscaa/SM2} or its OID. */
  public static boolean isSm2Curve(String curve) {
    if (curve == null) {
      return false;
    }
    String c = curve.strip().toLowerCase(Locale.ROOT);
    if (c.startsWith("oscaa/")) {
      c = c.substring("oscaa/".length());
    }
    return c.startsWith("sm2") || c.equals("1.2.156.10197.1.301");
  }

  /**
   * The primitives of an elliptic-curve algorithm on a given curve: EC, ECDSA and ECDH on the SM2
   * curve are SM2 (a key-pair generator for {@code "EC"} with {@code sm2p256v1} makes SM2 keys);
   * anything else is returned unchanged.
   */
  public static List<String> onCurve(List<String> primitives, String curve) {
    if (!isSm2Curve(curve)) {
      return primitives;
    }
    List<String> out = new ArrayList<>();
    for (String p : primitives) {
      String q = CURVE_SIZED.contains(p) ? "SM2" : p;
      if (!out.contains(q)) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The size in bits of a named elliptic curve, read from its name ({@code P-256}, {@code
   * secp160r1}, {@code brainpoolP160r1}, {@code prime239v1}, {@code curve25519} give 256, 160, 160,
   * 239, 255); 0 when the name carries no size.
   */
  public static int curveBits(String curve) {
    if (curve == null) {
      return 0;
    }
    Matcher m = CURVE_BITS.matcher(curve);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * How a public-key size stands: RSA, DSA, DH and ElGamal below 2048 bits and elliptic-curve keys
   * (EC, ECDSA, ECDH, ECIES) below 224 bits are high risk, larger ones non-national; null for an
   * algorithm whose key size this judgement does not cover (symmetric ciphers, SM2, EdDSA …).
   */
  public static Classification keySize(String canonical, int bits) {
    if (MODULUS_SIZED.contains(canonical)) {
      return bits < 2048 ? Classification.HIGH_RISK : Classification.NON_NATIONAL;
    }
    if (CURVE_SIZED.contains(canonical)) {
      return bits < 224 ? Classification.HIGH_RISK : Classification.NON_NATIONAL;
    }
    return null;
  }

  /** True for an algorithm whose key size is judged by its modulus (RSA, DSA, DH, ElGamal). */
  public static boolean isModulusSized(String canonical) {
    return MODULUS_SIZED.contains(canonical);
  }

  /** True for an algorithm over an elliptic curve whose size is judged (EC, ECDSA, ECDH, ECIES). */
  public static boolean isCurveSized(String canonical) {
    return CURVE_SIZED.contains(canonical);
  }

  /**
   * The canonical primitives a TLS or TLCP cipher-suite name stands for, key exchange first: {@code
   * TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384} gives {@code [ECDH, RSA, AES, SHA-384]}, {@code
   * TLS_RSA_WITH_3DES_EDE_CBC_SHA} gives {@code [RSA, 3DES, SHA-1]} (a bare {@code SHA} is the
   * SHA-1 HMAC), {@code ECDHE-RSA-AES128-GCM-SHA256} (OpenSSL) gives {@code [ECDH, RSA, AES,
   * SHA-256]}; the TLCP suites of GB/T 38636 ({@code ECC_SM4_CBC_SM3}, {@code ECDHE_SM4_GCM_SM3})
   * and RFC 8998's {@code TLS_SM4_GCM_SM3} give SM2 (where a key exchange is named), SM4 and SM3,
   * and {@code IBSDH}/{@code IBC} give SM9. A part that is not an algorithm but weakens the suite
   * ({@code NULL}, {@code anon}, {@code EXPORT}; OpenSSL's {@code eNULL}, {@code aNULL}, {@code
   * ADH}, {@code AECDH}) is returned upper-case ({@code NULL}, {@code ANON}, {@code EXPORT}), which
   * {@link #classify} does not know, so that it is reviewed rather than lost. The configuration
   * rules read cipher lists through this method too.
   */
  public static List<String> cipherSuite(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    List<String> tokens = List.of(name.strip().toUpperCase(Locale.ROOT).split("[_\\-\\s]+"));
    boolean national = tokens.contains("SM4") || tokens.contains("SM3");
    boolean tripleDes = tokens.contains("EDE") || tokens.contains("CBC3");
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      List<String> found =
          switch (t) {
            case "TLS",
                "SSL",
                "WITH",
                "TLCP",
                "GCM",
                "CCM",
                "CBC",
                "CBC3",
                "EDE",
                "CTR",
                "OFB",
                "CFB",
                "POLY1305",
                "PSK",
                "KRB5",
                "8" ->
                List.of();
            case "SHA" -> List.of("SHA-1");
            case "ECC" -> List.of("SM2");
            case "ECDHE", "ECDH" -> List.of(national ? "SM2" : "ECDH");
            case "DHE", "EDH", "DH" -> List.of("DH");
            case "DSS" -> List.of("DSA");
            case "IBSDH", "IBC" -> List.of("SM9");
            case "NULL", "ANON", "EXPORT", "EXP", "EXPORT1024", "EXP1024" -> List.of(t);
            // OpenSSL's names: eNULL has no encryption, aNULL and ADH/AECDH no authentication.
            case "ENULL" -> List.of("NULL");
            case "ANULL" -> List.of("ANON");
            case "ADH" -> List.of("DH", "ANON");
            case "AECDH" -> List.of("ECDH", "ANON");
            default -> t.matches("\\d+") ? List.of() : primitives(t);
          };
      for (String f : found) {
        String p = tripleDes && "DES".equals(f) ? "3DES" : f;
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    return List.copyOf(out);
  }
}
