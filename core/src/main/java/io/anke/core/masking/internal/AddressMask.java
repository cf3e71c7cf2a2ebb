package io.anke.core.masking.internal;

/**
 * Chinese postal addresses: the administrative divisions down to the district or county stay, the
 * rest becomes a fixed {@code ****} (so its length is not shown): {@code 北京市海淀区中关村大街27号} → {@code
 * 北京市海淀区****}.
 *
 * <p>How the cut is found. From the start, up to three division names are read, each a run of Han
 * characters that ends at the first administrative suffix — 省, 自治区, 特别行政区, 市, 州, 盟, 地区, 区, 县, 旗
 * (and 區, 縣) — with adjacent suffixes taken together ({@code 广州市}, {@code 通州区}), at most {@value
 * #MAX_NAME} characters long. Reading stops after a county-level name (one ending in 区, 县 or 旗 that
 * is not 自治区, 特别行政区 or 地区), after the third name, or at the first run that does not look like a
 * division name: one that holds a digit or a Latin letter, has no suffix within {@value #MAX_NAME}
 * characters, contains a street-level word (路, 街, 巷, 弄, 号, 镇, 园, 院, 小 … after its first character),
 * ends in a street-level area (小区, 社区, 园区, 校区 …), or reaches 市 only as 市场. The cut is after the
 * last name read.
 *
 * <p>The rule is a heuristic for Chinese-script addresses written from province down. When it is
 * unsure it cuts earlier, so it may hide a division it could have shown but never shows a street.
 * An address in which no division is recognised (a street only, a postal code first, a Latin-script
 * address) becomes {@code ****} as a whole; a value that is only division names is returned as it
 * is, since nothing below the county is in it.
 */
public final class AddressMask {
  static final int MAX_NAME = 16;
  static final String HIDDEN = "****";

  private static final String SUFFIXES = "省市州盟区县旗區縣";
  private static final String COUNTY_SUFFIXES = "区县旗區縣";
  private static final String STREET_WORDS = "路街巷弄号號镇鎮园園院苑厦廈幢栋棟室层層小";
  private static final String[] STREET_AREAS = {
    "小区", "社区", "园区", "校区", "厂区", "景区", "片区", "街区", "营区", "小區", "社區", "園區", "營區"
  };
  private static final String[] NOT_COUNTY = {"自治区", "行政区", "地区", "自治區", "行政區", "地區"};

  private AddressMask() {}

  /** Applies the rule to {@code value} (not null). */
  public static String mask(String value) {
    int[] cps = value.codePoints().toArray();
    int cut = -1;
    int pos = skipSpace(cps, 0);
    for (int names = 0; names < 3 && pos < cps.length; names++) {
      int end = divisionEnd(cps, pos);
      if (end < 0) {
        break;
      }
      cut = end;
      if (isCounty(cps, pos, end)) {
        break;
      }
      pos = skipSpace(cps, end);
    }
    if (cut < 0) {
      return isBlank(cps, 0) ? value : HIDDEN;
    }
    if (isBlank(cps, cut)) {
      return value;
    }
    return new String(cps, 0, cut) + HIDDEN;
  }

  /** End (exclusive) of the division name starting at {@code pos}, or -1 when there is none. */
  private static int divisionEnd(int[] cps, int pos) {
    if (!NameMask.isHan(cps[pos])) {
      return -1;
    }
    int limit = Math.min(cps.length, pos + MAX_NAME);
    for (int j = pos + 1; j < limit; j++) {
      int cp = cps[j];
      if (!NameMask.isHan(cp)) {
        return -1;
      }
      if (isSuffix(cps, j)) {
        int end = j + 1;
        while (end < limit && isSuffix(cps, end)) {
          end++;
        }
        return looksLikeDivision(cps, pos, end) ? end : -1;
      }
    }
    return -1;
  }

  private static boolean isSuffix(int[] cps, int j) {
    if (SUFFIXES.indexOf(cps[j]) < 0) {
      return false;
    }
    // 市场 (market) is not a city.
    return !(cps[j] == '市' && j + 1 < cps.length && cps[j + 1] == '场');
  }

  private static boolean looksLikeDivision(int[] cps, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (STREET_WORDS.indexOf(cps[k]) >= 0) {
        return false;
      }
    }
    return !endsWithAny(cps, start, end, STREET_AREAS);
  }

  private static boolean isCounty(int[] cps, int start, int end) {
    return COUNTY_SUFFIXES.indexOf(cps[end - 1]) >= 0 && !endsWithAny(cps, start, end, NOT_COUNTY);
  }

  private static boolean endsWithAny(int[] cps, int start, int end, String[] endings) {
    String name = new String(cps, start, end - start);
    for (String e : endings) {
      if (name.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpace(int[] cps, int pos) {
    while (pos < cps.length
        && (Character.isWhitespace(cps[pos]) || Character.isSpaceChar(cps[pos]))) {
      pos++;
    }
    return pos;
  }

  private static boolean isBlank(int[] cps, int from) {
    return skipSpace(cps, from) == cps.length;
  }
}
