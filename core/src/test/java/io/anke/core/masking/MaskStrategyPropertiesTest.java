package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties every strategy keeps, on arbitrary strings and on generated identifiers. */
class MaskStrategyPropertiesTest {

  /** The strategies that hide code point by code point and so keep the code-point length. */
  private static final Set<MaskStrategy> LENGTH_KEEPING =
      EnumSet.of(
          MaskStrategy.NONE,
          MaskStrategy.ID_NUMBER,
          MaskStrategy.ID_NUMBER_STRICT,
          MaskStrategy.MOBILE,
          MaskStrategy.BANK_CARD,
          MaskStrategy.NAME);

  @Property(tries = 3000)
  void neverThrowsKeepsLengthWhereTheRuleSaysAndIsIdempotent(
      @ForAll("anyText") String text, @ForAll MaskStrategy strategy) {
    String masked = strategy.mask(text);

    assertThat(masked).isNotNull();
    if (LENGTH_KEEPING.contains(strategy)) {
      assertThat(masked.codePointCount(0, masked.length()))
          .isEqualTo(text.codePointCount(0, text.length()));
    }
    assertThat(strategy.mask(masked)).isEqualTo(masked);
    if (!hasLoneSurrogate(text)) {
      assertThat(hasLoneSurrogate(masked)).as("a surrogate pair was split").isFalse();
    }
  }

  @Property
  void idNumberHidesTheEightMiddleCharacters(@ForAll("idNumbers") String id) {
    String masked = MaskStrategy.ID_NUMBER.mask(id);

    assertThat(masked).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
    assertThat(MaskStrategy.ID_NUMBER_STRICT.mask(id))
        .isEqualTo(id.charAt(0) + "*".repeat(16) + id.charAt(17));
  }

  @Property
  void shortDigitStringsAreNeverShownInFull(
      @ForAll @IntRange(min = 1, max = 30) int length, @ForAll("digitString") String digits) {
    String value = digits.repeat(30).substring(0, length);
    for (MaskStrategy s :
        List.of(
            MaskStrategy.ID_NUMBER,
            MaskStrategy.ID_NUMBER_STRICT,
            MaskStrategy.MOBILE,
            MaskStrategy.BANK_CARD)) {
      String masked = s.mask(value);
      long hidden = masked.chars().filter(c -> c == '*').count();
      int minimum =
          switch (s) {
            case ID_NUMBER -> 8;
            case ID_NUMBER_STRICT -> 16;
            case MOBILE -> 4;
            default -> 6;
          };
      assertThat(hidden).as("%s of %s", s, value).isGreaterThanOrEqualTo(Math.min(length, minimum));
    }
  }

  @Property
  void mobileHidesTheMiddleFourWithOrWithoutCountryCode(
      @ForAll("mobiles") String mobile, @ForAll("countryCodes") String cc) {
    String expected = mobile.substring(0, 3) + "****" + mobile.substring(7);

    assertThat(MaskStrategy.MOBILE.mask(mobile)).isEqualTo(expected);
    assertThat(MaskStrategy.MOBILE.mask(cc + mobile)).isEqualTo(cc + expected);
  }

  @Property
  void bankCardShowsOnlyIssuerAndLastFour(@ForAll("bankCards") String card) {
    String masked = MaskStrategy.BANK_CARD.mask(card);

    assertThat(masked)
        .isEqualTo(
            card.substring(0, 6)
                + "*".repeat(card.length() - 10)
                + card.substring(card.length() - 4));
  }

  @Property
  void emailShowsOnlyFirstCharacterAndDomain(
      @ForAll("localParts") String local, @ForAll("domains") String domain) {
    String masked = MaskStrategy.EMAIL.mask(local + "@" + domain);

    String first = local.length() >= 2 ? local.substring(0, 1) : "*";
    assertThat(masked).isEqualTo(first + "***@" + domain);
  }

  @Property
  void hanNameShowsOnlyTheSurname(@ForAll("hanNames") String name) {
    String masked = MaskStrategy.NAME.mask(name);

    String surname =
        name.length() >= 3 && Set.of("欧阳", "司马", "诸葛").contains(name.substring(0, 2))
            ? name.substring(0, 2)
            : name.substring(0, 1);
    assertThat(masked).isEqualTo(surname + "*".repeat(name.length() - surname.length()));
  }

  @Property
  void addressNeverShowsWhatFollowsTheCounty(
      @ForAll("divisions") String divisions, @ForAll("streets") String street) {
    assertThat(MaskStrategy.ADDRESS.mask(divisions + street)).isEqualTo(divisions + "****");
  }

  @Property
  void freeTextHidesIdentifiersWhereverTheyStand(
      @ForAll("hanText") String before,
      @ForAll("idNumbers") String id,
      @ForAll("separatingText") String between,
      @ForAll("mobiles") String mobile,
      @ForAll("hanText") String after) {
    String masked = MaskStrategy.FREE_TEXT.mask(before + id + between + mobile + after);

    assertThat(masked)
        .isEqualTo(
            before
                + MaskStrategy.ID_NUMBER.mask(id)
                + between
                + MaskStrategy.MOBILE.mask(mobile)
                + after);
    // the hidden digits are gone where they stood, whatever the text around them
    int idAt = before.length();
    int mobileAt = idAt + id.length() + between.length();
    assertThat(masked.substring(idAt + 6, idAt + 14)).isEqualTo("********");
    assertThat(masked.substring(mobileAt + 3, mobileAt + 7)).isEqualTo("****");
  }

  // ---- generators ----

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between('0', '9')),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(codePoints("省市区县旗州盟自治场小路 ·-+()@.*xXaZ"))),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 0x10FFFF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x300, 0x36F)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1F6FF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(0x200D, 0xFE0F, 0x1F3FB)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xD800, 0xDFFF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF)));
    return codePoint
        .list()
        .ofMaxSize(64)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
  }

  @Provide
  Arbitrary<String> idNumbers() {
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(17), Arbitraries.of("0123456789X".split("")))
        .as((body, check) -> body + check);
  }

  @Provide
  Arbitrary<String> digitString() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  @Provide
  Arbitrary<String> countryCodes() {
    return Arbitraries.of("", "+86", "+86 ", "0086", "86", "(+86) ");
  }

  @Provide
  Arbitrary<String> bankCards() {
    return Combinators.combine(
            Arbitraries.of("62", "4", "5", "9"),
            Arbitraries.integers().between(16, 19),
            Arbitraries.strings().numeric().ofLength(19))
        .as((iin, length, digits) -> (iin + digits).substring(0, length));
  }

  @Provide
  Arbitrary<String> localParts() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("._+-")
        .ofMinLength(1)
        .ofMaxLength(24)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  @Provide
  Arbitrary<String> domains() {
    return Arbitraries.of("example.com", "mail.example.gov.cn", "163.com", "qq.com");
  }

  @Provide
  Arbitrary<String> hanNames() {
    return Combinators.combine(
            Arbitraries.of("张", "王", "李", "欧阳", "司马", "诸葛"),
            Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(3))
        .as((surname, given) -> surname + given);
  }

  @Provide
  Arbitrary<String> divisions() {
    return Arbitraries.of(
        "北京市海淀区",
        "上海市浦东新区",
        "广东省深圳市南山区",
        "广东省广州市天河区",
        "浙江省杭州市西湖区",
        "四川省成都市武侯区",
        "新疆维吾尔自治区乌鲁木齐市天山区",
        "广西壮族自治区南宁市青秀区",
        "云南省西双版纳傣族自治州景洪市",
        "湖南省长沙市岳麓区",
        "重庆市石柱土家族自治县");
  }

  @Provide
  Arbitrary<String> streets() {
    return Combinators.combine(
            Arbitraries.of("中关村大街", "人民路", "解放南路", "科技园南区", "阳光小区", "建设街道", "滨江路"),
            Arbitraries.integers().between(1, 9999),
            Arbitraries.of("号", "号院3栋2单元101室", "弄12号"))
        .as((road, number, rest) -> road + number + rest);
  }

  @Provide
  Arbitrary<String> hanText() {
    return Arbitraries.strings()
        .withCharRange('\u4E00', '\u9FA5')
        .withChars("，。：、 ")
        .ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> separatingText() {
    return hanText().filter(s -> !s.isEmpty());
  }

  private static List<Integer> codePoints(String s) {
    return s.codePoints().boxed().collect(Collectors.toList());
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
