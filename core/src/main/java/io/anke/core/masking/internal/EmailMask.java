package io.anke.core.masking.internal;

/**
 * E-mail addresses: the first character of the local part and the whole domain stay, the rest of
 * the local part becomes a fixed {@code ***}: {@code zhangsan@example.com} → {@code
 * z***@example.com}. The domain is split off at the last {@code @}. A local part of one character
 * is hidden as well ({@code a@example.com} → {@code ****@example.com}), so the masked local part is
 * always four characters. A value without {@code @} is not an address and is hidden like {@link
 * FullMask}.
 */
public final class EmailMask {
  private EmailMask() {}

  /** Applies the rule to {@code value} (not null). */
  public static String mask(String value) {
    int at = value.lastIndexOf('@');
    if (at < 0) {
      return FullMask.mask(value);
    }
    if (at == 0) {
      return value;
    }
    return maskLocal(value.substring(0, at)) + value.substring(at);
  }

  /** The masked form of a non-empty local part. */
  static String maskLocal(String local) {
    Units u = Units.of(local);
    StringBuilder out = new StringBuilder();
    if (u.size() >= 2) {
      u.appendKept(out, 0);
    } else {
      out.append(Units.MASK);
    }
    return out.append("***").toString();
  }
}
