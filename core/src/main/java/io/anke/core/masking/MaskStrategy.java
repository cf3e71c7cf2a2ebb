package io.anke.core.masking;

import io.anke.core.masking.internal.AddressMask;
import io.anke.core.masking.internal.EmailMask;
import io.anke.core.masking.internal.FreeTextMask;
import io.anke.core.masking.internal.FullMask;
import io.anke.core.masking.internal.KeepEnds;
import io.anke.core.masking.internal.NameMask;
import io.anke.core.masking.internal.PhoneMask;
import java.util.function.UnaryOperator;

/**
 * How a value is masked for display (去标识化 by masking, as GB/T 35273-2020 §7.2 asks for personal
 * information shown on a screen or on paper, with the suppression techniques of GB/T 37964-2019).
 * The standards fix no patterns; these are the usual ones, chosen per field with {@link Masked} or
 * {@link Masker.Builder#field}.
 *
 * <p>Every {@link #mask(String)}:
 *
 * <ul>
 *   <li>returns null for null and the empty string for the empty string;
 *   <li>never throws, whatever the string: unpaired surrogates, combining marks, emoji, very long
 *       text;
 *   <li>works on code points and never splits a surrogate pair; a letter and the combining marks
 *       that follow it are kept or hidden together;
 *   <li>hides each hidden code point with one {@code *}, except where a rule below says the hidden
 *       part becomes a fixed {@code ***}, {@code ****} or {@code ******} so that its length is not
 *       shown either;
 *   <li>never shows more than its rule says, however short the value: a value too short to keep
 *       both ends and still hide the rule's minimum is shown less, not more;
 *   <li>gives the same result when applied to its own result (masking is idempotent).
 * </ul>
 *
 * <table>
 *   <caption>The built-in strategies</caption>
 *   <tr><th>strategy</th><th>example</th><th>rule</th></tr>
 *   <tr><td>{@link #ID_NUMBER}</td><td>{@code 110101********1233}</td>
 *       <td>first 6 and last 4 kept, at least 8 hidden</td></tr>
 *   <tr><td>{@link #ID_NUMBER_STRICT}</td><td>{@code 1****************3}</td>
 *       <td>first 1 and last 1 kept, at least 16 hidden</td></tr>
 *   <tr><td>{@link #MOBILE}</td><td>{@code 138****8000}, {@code +86 138****8000}</td>
 *       <td>first 3 and last 4 of the 11 digits kept, at least 4 hidden</td></tr>
 *   <tr><td>{@link #BANK_CARD}</td><td>{@code 621226******0001}</td>
 *       <td>first 6 and last 4 kept, at least 6 hidden</td></tr>
 *   <tr><td>{@link #NAME}</td><td>{@code 张*}, {@code 欧阳*}, {@code 买**·**}, {@code Z**** S**}</td>
 *       <td>surname kept; in other scripts the initial of each word</td></tr>
 *   <tr><td>{@link #ADDRESS}</td><td>{@code 北京市海淀区****}</td>
 *       <td>divisions down to the district or county kept, the rest a fixed {@code ****}</td></tr>
 *   <tr><td>{@link #EMAIL}</td><td>{@code z***@example.com}</td>
 *       <td>first character and domain kept, a fixed {@code ***} between</td></tr>
 *   <tr><td>{@link #FREE_TEXT}</td><td>{@code 电话138****8000}</td>
 *       <td>identifiers inside text masked by their shape</td></tr>
 *   <tr><td>{@link #FULL}</td><td>{@code ******}</td><td>everything hidden, length too</td></tr>
 *   <tr><td>{@link #NONE}</td><td>unchanged</td><td>shown as it is</td></tr>
 * </table>
 */
public enum MaskStrategy {
  /** Shown as it is: for a field that is annotated but must be visible in one view. */
  NONE(UnaryOperator.identity()),

  /**
   * Everything hidden: any non-empty value becomes {@code ******}, whatever its length, so the
   * length is not shown either. The strategy of a field named for masking that has no {@link
   * Masked}.
   */
  FULL(FullMask::mask),

  /**
   * Identity numbers (居民身份证号码, residence permits): the first 6 (the region code) and the last 4
   * stay, everything between is hidden: {@code 110101199003071233} → {@code 110101********1233}. At
   * least 8 characters are always hidden; in a shorter value (a 15-digit legacy number) the kept
   * ends shrink in the ratio 6 : 4 ({@code 1101********123}). White space and hyphens stay where
   * they are and do not count.
   */
  ID_NUMBER(KeepEnds.ID_NUMBER::mask),

  /**
   * Identity numbers, stricter: only the first and last character stay ({@code
   * 1****************3}); at least 16 are hidden, so a value of 16 characters or fewer is hidden
   * entirely.
   */
  ID_NUMBER_STRICT(KeepEnds.ID_NUMBER_STRICT::mask),

  /**
   * Mobile numbers, 3-4-4: {@code 13800138000} → {@code 138****8000}. A country code {@code +86} or
   * {@code 0086} in front stays ({@code +86 138****8000}); separators stay where they are. At least
   * 4 digits are always hidden.
   */
  MOBILE(PhoneMask::mask),

  /**
   * Bank card numbers (16 to 19 digits): the first 6 (the issuer) and the last 4 stay: {@code
   * 6212260000000001} → {@code 621226******0001}, {@code 6212 2600 0000 0001} → {@code 6212 26**
   * **** 0001}. At least 6 digits are always hidden.
   */
  BANK_CARD(KeepEnds.BANK_CARD::mask),

  /**
   * Personal names: the surname stays ({@code 张三} → {@code 张*}, {@code 欧阳修} → {@code 欧阳*}, with a
   * list of two-character surnames); names joined by a middle dot keep only the first character
   * ({@code 买买提·艾力} → {@code 买**·**}); names in other scripts keep each word's initial ({@code
   * Zhang San} → {@code Z**** S**}). At least one character is always hidden.
   */
  NAME(NameMask::mask),

  /**
   * Chinese addresses: the administrative divisions down to the district or county stay, the rest
   * becomes {@code ****}: {@code 北京市海淀区中关村大街27号} → {@code 北京市海淀区****}. The cut is found by the
   * suffixes 省, 自治区, 市, 州, 盟, 地区, 区, 县, 旗; when unsure it cuts earlier. An address with no
   * recognisable division becomes {@code ****}.
   */
  ADDRESS(AddressMask::mask),

  /**
   * E-mail addresses: first character of the local part and the domain stay: {@code
   * zhangsan@example.com} → {@code z***@example.com}. A value without {@code @} is hidden like
   * {@link #FULL}.
   */
  EMAIL(EmailMask::mask),

  /**
   * Free text: identity numbers, mobile numbers, bank cards, e-mail addresses and other long
   * identifiers found inside the text are masked by their shape; the words around them stay. Names
   * and addresses inside prose are not recognised.
   */
  FREE_TEXT(FreeTextMask::mask);

  private final UnaryOperator<String> rule;

  MaskStrategy(UnaryOperator<String> rule) {
    this.rule = rule;
  }

  /**
   * The masked form of {@code value}.
   *
   * @param value any string, or null
   * @return null for null, otherwise the masked string; never throws
   */
  public String mask(String value) {
    return value == null || value.isEmpty() ? value : rule.apply(value);
  }
}
