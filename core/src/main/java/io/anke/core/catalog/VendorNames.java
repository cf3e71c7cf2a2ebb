package io.anke.core.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises vendor names for exact comparison: Unicode NFKC (full-width letters and punctuation
 * become ordinary ones), case-folded, with every character that is neither a letter nor a digit
 * removed. {@code "HUAWEI TECHNOLOGIES CO., LTD."} and {@code "Huawei Technologies Co. Ltd"} become
 * the same key; {@code "Huawei"} and {@code "Huawei Technologies"} stay different, because the
 * catalog lists the names it accepts instead of guessing.
 */
public final class VendorNames {
  private VendorNames() {}

  /** The comparison key of a name; empty for null or a name without letters or digits. */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
