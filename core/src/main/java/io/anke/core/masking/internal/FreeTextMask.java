package io.anke.core.masking.internal;

/**
 * Free text: identifiers found inside a sentence are masked by their shape, the words around them
 * stay. {@code 身份证号110101199003071233，电话13800138000} → {@code
 * 身份证号110101********1233，电话138****8000}.
 *
 * <p>What is found:
 *
 * <ul>
 *   <li>E-mail addresses ({@code local@domain.tld}, ASCII) — masked like {@link EmailMask}.
 *   <li>Numbers: runs of digits (any script's decimal digits; a trailing {@code X} for identity
 *       numbers), where groups may be joined by one space, hyphen or full stop when each later
 *       group has at least three digits and the whole stays within 19 digits ({@code 6212 2600 0000
 *       0001}, {@code 138-0013-8000}, {@code 138.0013.8000}, but not the date {@code 2024-05-01}).
 *       A number of 18 characters or of 15 digits is masked as an identity number (first 6, last
 *       4), of 11 digits starting with 1 (or 13/15 with the country code 86/0086) as a mobile
 *       number (3-4-4), of 16 to 19 digits as a bank card (first 6, last 4). Any other number of
 *       six digits or more is hidden entirely; shorter numbers (years, amounts, house numbers)
 *       stay.
 *   <li>Identifiers mixing letters and digits with six digits or more (passport numbers, unified
 *       social credit codes) are hidden entirely. Two or more letters in front of the digits are a
 *       label, not part of the identifier, and stay ({@code ID110101199003071233}).
 * </ul>
 *
 * <p>The mask character counts as a digit when shapes are recognised, so masking masked text
 * changes nothing. Names and addresses inside prose cannot be recognised by shape and stay as they
 * are.
 */
public final class FreeTextMask {
  static final int MIN_DIGITS = 6;
  private static final int MAX_JOINED = 19;

  private FreeTextMask() {}

  /** Applies the rule to {@code value} (not null). */
  public static String mask(String value) {
    int[] cps = value.codePoints().toArray();
    StringBuilder out = new StringBuilder(value.length());
    int done = 0;
    int from = 0;
    while (true) {
      int at = indexOf(cps, '@', from);
      if (at < 0) {
        break;
      }
      int left = at;
      while (left > done && isLocalChar(cps[left - 1])) {
        left--;
      }
      int right = domainEnd(cps, at + 1);
      if (left < at && right > 0) {
        numbers(cps, done, left, out);
        out.append(EmailMask.maskLocal(new String(cps, left, at - left)));
        out.append(new String(cps, at, right - at));
        done = right;
        from = right;
      } else {
        from = at + 1;
      }
    }
    numbers(cps, done, cps.length, out);
    return out.toString();
  }

  /** Masks the numbers in {@code cps[from..to)} and appends the result. */
  private static void numbers(int[] cps, int from, int to, StringBuilder out) {
    int k = from;
    while (k < to) {
      if (!isTokenChar(cps[k])) {
        out.appendCodePoint(cps[k++]);
        continue;
      }
      int start = k;
      while (k < to && isTokenChar(cps[k])) {
        k++;
      }
      int letters = start;
      while (letters < k && isAsciiLetter(cps[letters])) {
        letters++;
      }
      if (letters - start >= 2 || letters == k) {
        out.append(new String(cps, start, letters - start));
        start = letters;
      }
      if (start == k) {
        continue;
      }
      int end = k;
      if (isDigitGroup(cps, start, k)) {
        end = join(cps, start, k, to);
      }
      out.append(token(new String(cps, start, end - start), isDigitGroup(cps, start, k)));
      k = end;
    }
  }

  /** Extends the digit group {@code [start, end)} over following groups; returns the new end. */
  private static int join(int[] cps, int start, int end, int to) {
    int digits = end - start;
    while (end + 1 < to
        && (cps[end] == ' ' || cps[end] == 0x3000 || KeepEnds.isGroupingMark(cps[end]))
        && !isTrailingX(cps[end - 1])
        && isTokenChar(cps[end + 1])) {
      int next = end + 1;
      int nextEnd = next;
      while (nextEnd < to && isTokenChar(cps[nextEnd])) {
        nextEnd++;
      }
      int length = nextEnd - next;
      if (length < 3 || digits + length > MAX_JOINED || !isDigitGroup(cps, next, nextEnd)) {
        break;
      }
      digits += length;
      end = nextEnd;
    }
    return end;
  }

  private static String token(String token, boolean digitsOnly) {
    Units u = Units.of(token);
    int[] sig = KeepEnds.significant(u);
    int length = sig.length;
    int digits = 0;
    for (int i : sig) {
      if (isDigitOrMask(u.base(i))) {
        digits++;
      }
    }
    if (digits < MIN_DIGITS) {
      return token;
    }
    if (digitsOnly) {
      boolean x = isTrailingX(u.base(sig[length - 1]));
      if (!x && isMobile(u, sig)) {
        return PhoneMask.mask(token);
      }
      if (length == 18 || (length == 15 && !x)) {
        return KeepEnds.ID_NUMBER.mask(token);
      }
      if (!x && length >= 16 && length <= 19) {
        return KeepEnds.BANK_CARD.mask(token);
      }
    }
    boolean[] hidden = new boolean[u.size()];
    for (int i : sig) {
      hidden[i] = true;
    }
    return u.render(hidden);
  }

  private static boolean isMobile(Units u, int[] sig) {
    int cc = PhoneMask.countryCodeLength(u, sig);
    return sig.length - cc == 11 && isOneOrMask(u.base(sig[cc]));
  }

  private static boolean isOneOrMask(int cp) {
    return cp == Units.MASK || Character.digit(cp, 10) == 1;
  }

  /** Digits or mask characters, with at most a trailing X. */
  private static boolean isDigitGroup(int[] cps, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isDigitOrMask(cps[i]) && !(i == end - 1 && i > start && isTrailingX(cps[i]))) {
        return false;
      }
    }
    return true;
  }

  private static int domainEnd(int[] cps, int start) {
    int end = start;
    while (end < cps.length
        && (isAsciiLetterOrDigit(cps[end]) || cps[end] == '.' || cps[end] == '-')) {
      end++;
    }
    while (end > start && (cps[end - 1] == '.' || cps[end - 1] == '-')) {
      end--;
    }
    int dot = -1;
    for (int i = start; i < end; i++) {
      if (cps[i] == '.') {
        dot = i;
      }
    }
    if (dot <= start || end - dot - 1 < 2) {
      return -1;
    }
    for (int i = dot + 1; i < end; i++) {
      if (!isAsciiLetter(cps[i])) {
        return -1;
      }
    }
    return end;
  }

  private static int indexOf(int[] cps, int cp, int from) {
    for (int i = from; i < cps.length; i++) {
      if (cps[i] == cp) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTokenChar(int cp) {
    return isDigitOrMask(cp) || isAsciiLetter(cp);
  }

  private static boolean isDigitOrMask(int cp) {
    return cp == Units.MASK || Character.isDigit(cp);
  }

  private static boolean isTrailingX(int cp) {
    return cp == 'X' || cp == 'x';
  }

  private static boolean isLocalChar(int cp) {
    return isAsciiLetterOrDigit(cp) || ".!#$%&'*+/=?^_`{|}~-".indexOf(cp) >= 0;
  }

  private static boolean isAsciiLetterOrDigit(int cp) {
    return isAsciiLetter(cp) || (cp >= '0' && cp <= '9');
  }

  private static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
}
