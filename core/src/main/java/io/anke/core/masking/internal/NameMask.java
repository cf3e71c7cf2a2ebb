package io.anke.core.masking.internal;

import java.util.Set;

/**
 * Personal names: the surname stays, the rest is hidden one {@code *} per code point.
 *
 * <ul>
 *   <li>A name written in Han characters keeps its surname: {@code 张三} → {@code 张*}, {@code 王小明} →
 *       {@code 王**}. Two-character surnames from {@link #COMPOUND_SURNAMES} are kept whole when at
 *       least one character follows them ({@code 欧阳修} → {@code 欧阳*}); a two-character name such as
 *       {@code 欧阳} is read as surname 欧 and given name 阳 ({@code 欧*}).
 *   <li>Names in several parts, such as transliterated names of ethnic minorities joined by a
 *       middle dot ({@code 买买提·艾力} → {@code 买**·**}), keep only the surname rule's characters of
 *       the first part; the separators stay.
 *   <li>Names in other scripts (Latin, Cyrillic, …) keep the initial of each word of two or more
 *       characters: {@code Zhang San} → {@code Z**** S**}, {@code J. Smith} → {@code *. S****}.
 *   <li>At least one character is always hidden: a one-character name becomes {@code *}.
 * </ul>
 */
public final class NameMask {
  /**
   * The two-character surnames recognised, in simplified and traditional writing. Not complete: an
   * unlisted compound surname keeps only its first character, which hides more, never less.
   */
  static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容",
          "长孙", "長孫", "宇文", "司徒", "令狐", "夏侯", "轩辕", "軒轅", "端木", "西门", "西門", "南宫", "南宮", "独孤", "獨孤",
          "万俟", "萬俟", "闻人", "聞人", "澹台", "公冶", "宗政", "濮阳", "濮陽", "淳于", "单于", "單于", "太叔", "申屠", "钟离",
          "鍾離", "呼延", "赫连", "赫連", "拓跋", "百里", "东郭", "東郭", "司空", "第五", "公羊", "谷梁", "左丘", "仲孙", "仲孫",
          "子车", "子車", "巫马", "巫馬", "亓官", "司寇", "段干", "梁丘", "微生", "羊舌", "乐正", "樂正");

  private NameMask() {}

  /** Applies the rule to {@code value} (not null). */
  public static String mask(String value) {
    Units u = Units.of(value);
    boolean[] hidden = new boolean[u.size()];
    int[][] parts = parts(u);
    if (parts.length == 0) {
      return value;
    }
    if (isHan(u.base(parts[0][0]))) {
      int[] first = parts[0];
      int keep = surnameLength(u, first, parts.length > 1);
      for (int[] part : parts) {
        for (int i = part[0]; i < part[1]; i++) {
          hidden[i] = true;
        }
      }
      for (int i = first[0]; i < first[0] + keep; i++) {
        hidden[i] = false;
      }
    } else {
      for (int[] part : parts) {
        boolean keepInitial = part[1] - part[0] >= 2;
        for (int i = keepInitial ? part[0] + 1 : part[0]; i < part[1]; i++) {
          hidden[i] = true;
        }
      }
    }
    return u.render(hidden);
  }

  private static int surnameLength(Units u, int[] first, boolean moreParts) {
    int length = first[1] - first[0];
    if (length >= 2 && (length >= 3 || moreParts) && isCompound(u, first[0])) {
      return 2;
    }
    return length >= 2 || moreParts ? 1 : 0;
  }

  private static boolean isCompound(Units u, int start) {
    return u.width(start) == 1
        && u.width(start + 1) == 1
        && COMPOUND_SURNAMES.contains(u.text(start, start + 2));
  }

  /** Runs of units between separators, as {start, end} unit indices. */
  private static int[][] parts(Units u) {
    int[][] out = new int[u.size()][];
    int n = 0;
    int i = 0;
    while (i < u.size()) {
      while (i < u.size() && isSeparator(u.base(i))) {
        i++;
      }
      int start = i;
      while (i < u.size() && !isSeparator(u.base(i))) {
        i++;
      }
      if (i > start) {
        out[n++] = new int[] {start, i};
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** White space, hyphens, apostrophes, full stops and the middle dots used in names. */
  private static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == '-'
        || cp == '\''
        || cp == '.'
        || cp == 0x00B7 // · middle dot, the usual one in Chinese text
        || cp == 0x2019 // ’ right single quotation mark used as an apostrophe
        || cp == 0x2022 // • bullet, a common stand-in for the middle dot
        || cp == 0x2027 // ‧ hyphenation point
        || cp == 0x30FB // ・ katakana middle dot, produced by Chinese input methods
        || cp == 0xFF0E // ． full-width full stop
        || cp == 0xFF65; // ･ half-width katakana middle dot
  }
}
