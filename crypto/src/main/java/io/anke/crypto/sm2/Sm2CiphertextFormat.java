package io.anke.crypto.sm2;

import io.anke.crypto.internal.CryptoMessage;
import java.util.Locale;

/**
 * The byte layout of an SM2 ciphertext. C1 is the point kG (32-byte x and y), C3 the 32-byte SM3
 * check value, C2 the masked message (as long as the message).
 *
 * <table>
 * <caption>Who uses which layout</caption>
 * <tr><th>format</th><th>layout</th><th>used by</th></tr>
 * <tr><td>{@link #C1C3C2}</td><td>04‖x‖y‖C3‖C2</td><td>GB/T 32918.4-2016 (the default),
 *     Hutool, gmhelper</td></tr>
 * <tr><td>{@link #C1C2C3}</td><td>04‖x‖y‖C2‖C3</td><td>the 2010 draft; Bouncy Castle's default
 *     {@code SM2Engine} and {@code Cipher "SM2"}</td></tr>
 * <tr><td>{@link #ASN1}</td><td>DER SEQUENCE {x INTEGER, y INTEGER, C3 OCTET STRING, C2 OCTET
 *     STRING}</td><td>GM/T 0009; OpenSSL 3 {@code pkeyutl}, GmSSL, Kona</td></tr>
 * <tr><td>{@link #C1C3C2_NO_PREFIX}</td><td>x‖y‖C3‖C2</td><td>JavaScript sm-crypto (as hex)
 *     </td></tr>
 * <tr><td>{@link #C1C2C3_NO_PREFIX}</td><td>x‖y‖C2‖C3</td><td>sm-crypto with cipherMode 0</td></tr>
 * </table>
 */
public enum Sm2CiphertextFormat {
  /** 04‖x‖y‖C3‖C2: the order of GB/T 32918.4-2016 and GM/T 0003; the default. */
  C1C3C2(true, true),
  /** 04‖x‖y‖C2‖C3: the order of the old draft and of Bouncy Castle's default. */
  C1C2C3(false, true),
  /** GM/T 0009 DER {@code SM2Cipher}, as OpenSSL 3 {@code pkeyutl -encrypt} writes it. */
  ASN1(true, false),
  /** x‖y‖C3‖C2 without the 04 point prefix. */
  C1C3C2_NO_PREFIX(true, false),
  /** x‖y‖C2‖C3 without the 04 point prefix. */
  C1C2C3_NO_PREFIX(false, false);

  private final boolean c3BeforeC2;
  private final boolean pointPrefix;

  Sm2CiphertextFormat(boolean c3BeforeC2, boolean pointPrefix) {
    this.c3BeforeC2 = c3BeforeC2;
    this.pointPrefix = pointPrefix;
  }

  /** True for the raw concatenations, false for {@link #ASN1}. */
  public boolean isRaw() {
    return this != ASN1;
  }

  /** True when C3 comes before C2 (C1C3C2 order; ASN.1 also lists C3 first). */
  public boolean isC3BeforeC2() {
    return c3BeforeC2;
  }

  /** True when a raw layout starts C1 with the 04 byte. */
  public boolean hasPointPrefix() {
    return pointPrefix;
  }

  /** The raw layout in the same order without the 04 prefix; ASN1 has no such variant. */
  public Sm2CiphertextFormat withoutPointPrefix() {
    switch (this) {
      case C1C3C2:
      case C1C3C2_NO_PREFIX:
        return C1C3C2_NO_PREFIX;
      case C1C2C3:
      case C1C2C3_NO_PREFIX:
        return C1C2C3_NO_PREFIX;
      default:
        throw new IllegalStateException(CryptoMessage.SM2_ASN1_NO_PREFIX_TO_DROP.english());
    }
  }

  /** The raw layout in the same order with the 04 prefix. */
  public Sm2CiphertextFormat withPointPrefix() {
    switch (this) {
      case C1C3C2:
      case C1C3C2_NO_PREFIX:
        return C1C3C2;
      case C1C2C3:
      case C1C2C3_NO_PREFIX:
        return C1C2C3;
      default:
        throw new IllegalStateException(CryptoMessage.SM2_ASN1_NO_PREFIX.english());
    }
  }

  /**
   * Parses a name as used on the command line: {@code c1c3c2}, {@code c1c2c3}, {@code asn1}, {@code
   * c1c3c2-no-prefix}, {@code c1c2c3-no-prefix} (case and {@code -}/{@code _} ignored).
   *
   * @throws IllegalArgumentException listing the accepted names
   */
  public static Sm2CiphertextFormat parse(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Sm2CiphertextFormat f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    if (n.equals("DER")) {
      return ASN1;
    }
    throw new IllegalArgumentException(CryptoMessage.SM2_UNKNOWN_FORMAT.english(name));
  }

  /** The command-line name, e.g. {@code c1c3c2-no-prefix}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
