package io.anke.core.masking;

import static io.anke.core.masking.MaskStrategy.ADDRESS;
import static io.anke.core.masking.MaskStrategy.BANK_CARD;
import static io.anke.core.masking.MaskStrategy.EMAIL;
import static io.anke.core.masking.MaskStrategy.FREE_TEXT;
import static io.anke.core.masking.MaskStrategy.FULL;
import static io.anke.core.masking.MaskStrategy.ID_NUMBER;
import static io.anke.core.masking.MaskStrategy.ID_NUMBER_STRICT;
import static io.anke.core.masking.MaskStrategy.MOBILE;
import static io.anke.core.masking.MaskStrategy.NAME;
import static io.anke.core.masking.MaskStrategy.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each strategy on realistic (synthetic) Chinese personal data. */
class MaskStrategyTest {

  @ParameterizedTest
  @EnumSource(MaskStrategy.class)
  void nullAndEmptyStayAsTheyAre(MaskStrategy s) {
    assertThat(s.mask(null)).isNull();
    assertThat(s.mask("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "110101199003071233, 110101********1233",
    "11010519491231002X, 110105********002X",
    "440524188001010014, 440524********0014",
    "810000199408230021, 810000********0021", // residence permit of a Hong Kong resident
    "'110101 19900307 1233', '110101 ******** 1233'",
    // a 15-digit legacy number: 8 still hidden, the kept ends shrink 6:4 to 4 and 3
    "110101900307123, 1101********123",
    // shorter than the 8 always hidden: nothing is shown
    "12345678, ********",
    "1234, ****",
  })
  void idNumberKeepsFirstSixAndLastFour(String id, String masked) {
    assertThat(ID_NUMBER.mask(id)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "110101199003071233, 1****************3",
    "11010519491231002X, 1****************X",
    "110101900307123, ***************",
  })
  void strictIdNumberKeepsOneAtEachEnd(String id, String masked) {
    assertThat(ID_NUMBER_STRICT.mask(id)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "13800138000, 138****8000",
    "19212345678, 192****5678",
    "+8613912345678, +86139****5678",
    "'+86 139 1234 5678', '+86 139 **** 5678'",
    "008613912345678, 0086139****5678",
    "138-0013-8000, 138-****-8000",
    "138.0013.8000, 138.****.8000",
    // an 8-digit landline number: 4 stay hidden, the 4 shown split 3:4
    "62345678, 6****678",
    "1380, ****",
  })
  void mobileIsThreeFourFour(String mobile, String masked) {
    assertThat(MOBILE.mask(mobile)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "6212260000000001, 621226******0001",
    "6259000000000005, 625900******0005",
    "6228480012345678903, 622848*********8903",
    "'6212 2600 0000 0001', '6212 26** **** 0001'",
    // 15 digits: 6 stay hidden, the 9 shown split 6:4 to 5 and 4
    "622848001234567, 62284******4567",
  })
  void bankCardKeepsIssuerAndLastFour(String card, String masked) {
    assertThat(BANK_CARD.mask(card)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "张三, 张*",
    "王小明, 王**",
    "欧阳修, 欧阳*",
    "诸葛亮, 诸葛*",
    "司马相如, 司马**",
    "歐陽修, 歐陽*",
    // two characters: surname 欧, given name 阳 -- not the compound surname
    "欧阳, 欧*",
    "张, *",
    "买买提·艾力, 买**·**",
    "阿依古丽·买买提, 阿***·***",
    "爱新觉罗·溥仪, 爱***·**",
    "迪丽热巴・迪力木拉提, 迪***・*****",
    "'欧阳 修', '欧阳 *'",
    "Zhang San, Z**** S**",
    "J. Smith, *. S****",
    "Mary-Jane O'Neil, M***-J*** *'N***",
    "Иван Петров, И*** П*****",
  })
  void nameKeepsSurname(String name, String masked) {
    assertThat(NAME.mask(name)).isEqualTo(masked);
  }

  @Test
  void nameKeepsAnAccentWithItsLetterAndSupplementaryHanWhole() {
    // "José" with a combining acute accent: the accent is hidden with its letter, not left on a '*'
    assertThat(NAME.mask("Jose\u0301 Li")).isEqualTo("J**** L*");
    assertThat(NAME.mask("\u00C9mile")).isEqualTo("\u00C9****");
    assertThat(NAME.mask("E\u0301mile")).isEqualTo("E\u0301****");
    // U+20BB7 𠮷 (a surname written outside the BMP) is one code point: kept whole
    assertThat(NAME.mask("\uD842\uDFB7明")).isEqualTo("\uD842\uDFB7*");
  }

  @ParameterizedTest
  @CsvSource({
    "北京市海淀区中关村大街27号, 北京市海淀区****",
    "广东省深圳市南山区科技园南区深南大道10000号, 广东省深圳市南山区****",
    "广东省广州市天河区天河路385号, 广东省广州市天河区****",
    "上海市浦东新区张江路88弄3号, 上海市浦东新区****",
    "新疆维吾尔自治区乌鲁木齐市天山区解放南路1号, 新疆维吾尔自治区乌鲁木齐市天山区****",
    "内蒙古自治区锡林郭勒盟锡林浩特市额尔敦路, 内蒙古自治区锡林郭勒盟锡林浩特市****",
    "内蒙古自治区阿拉善盟阿拉善左旗巴彦浩特镇, 内蒙古自治区阿拉善盟阿拉善左旗****",
    "贵州省黔东南苗族侗族自治州凯里市北京东路, 贵州省黔东南苗族侗族自治州凯里市****",
    "甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县吹麻滩镇, 甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县****",
    "新疆维吾尔自治区阿克苏地区阿克苏市, 新疆维吾尔自治区阿克苏地区阿克苏市",
    "山东省济南市市中区经四路, 山东省济南市市中区****",
    "黑龙江省哈尔滨市道里区中央大街, 黑龙江省哈尔滨市道里区****",
    "江苏省南京市鼓楼区中山路, 江苏省南京市鼓楼区****",
    "湖北省神农架林区松柏镇, 湖北省神农架林区****",
    "台北市大安區忠孝東路, 台北市大安區****",
    "'北京市 海淀区 中关村大街27号', '北京市 海淀区****'",
    "海淀区中关村大街27号, 海淀区****",
    // no county: the town, the compound and the market are not shown
    "江苏省昆山市玉山镇朝阳路88号, 江苏省昆山市****",
    "江苏省昆山市阳光小区3栋, 江苏省昆山市****",
    "江苏省昆山市玉山镇人民市场, 江苏省昆山市****",
    // nothing recognised: everything hidden
    "中关村大街27号, ****",
    "100080 北京市海淀区, ****",
    "'No. 5 Zhongguancun South St, Haidian District, Beijing', ****",
    "北京市海淀区, 北京市海淀区",
  })
  void addressKeepsDivisionsDownToTheCounty(String address, String masked) {
    assertThat(ADDRESS.mask(address)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "zhangsan@example.com, z***@example.com",
    "zhang.san+gov@mail.example.gov.cn, z***@mail.example.gov.cn",
    "a@example.com, ****@example.com",
    "张三@例子.中国, 张***@例子.中国",
    "\"a@b\"@example.com, \"***@example.com",
    "not an address, ******",
    "@example.com, @example.com",
  })
  void emailKeepsFirstCharacterAndDomain(String email, String masked) {
    assertThat(EMAIL.mask(email)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "身份证号110101199003071233，电话13800138000。|身份证号110101********1233，电话138****8000。",
        "证件号码：11010519491231002X|证件号码：110105********002X",
        "卡号 6212 2600 0000 0001 已冻结|卡号 6212 26** **** 0001 已冻结",
        "请拨打 +86 139 1234 5678 联系|请拨打 +86 139 **** 5678 联系",
        "手机138-0013-8000|手机138-****-8000",
        "手机 138.0013.8000。|手机 138.****.8000。",
        "版本 1.2.3，金额 1,200.50 元|版本 1.2.3，金额 1,200.50 元",
        "请联系 zhangsan@example.com 或 13800138000@qq.com。|请联系 z***@example.com 或 1***@qq.com。",
        "ID110101199003071233|ID110101********1233",
        "护照E12345678，信用代码91110108MA01ABC25F|护照*********，信用代码******************",
        "订单号 20240501000123 金额 12000 元|订单号 ************** 金额 12000 元",
        "2024-05-01 于 3 号楼 101 室|2024-05-01 于 3 号楼 101 室",
        "验证码 123456|验证码 ******",
        "１３８００１３８０００|１３８****８０００",
        "没有任何号码的一句话。|没有任何号码的一句话。",
      })
  void freeTextMasksIdentifiersFoundByShape(String text, String masked) {
    assertThat(FREE_TEXT.mask(text)).isEqualTo(masked);
  }

  @Test
  void freeTextDoesNotJoinTwoNumbersIntoOne() {
    assertThat(FREE_TEXT.mask("110101199003071233 13800138000"))
        .isEqualTo("110101********1233 138****8000");
  }

  @Test
  void fullHidesTheLengthToo() {
    assertThat(FULL.mask("张三")).isEqualTo("******");
    assertThat(FULL.mask("110101199003071233")).isEqualTo("******");
    assertThat(NONE.mask("110101199003071233")).isEqualTo("110101199003071233");
  }

  @ParameterizedTest
  @EnumSource(MaskStrategy.class)
  void veryLongInputIsMaskedWithoutError(MaskStrategy s) {
    String unit = "张三的身份证号110101199003071233，邮箱a.b@example.com，地址北京市海淀区\uD842\uDFB7e\u0301 ";
    String text = unit.repeat(20_000); // about 1.2 million characters
    String masked = s.mask(text);

    assertThat(masked).isNotNull();
    if (s == FREE_TEXT) {
      assertThat(masked).doesNotContain("110101199003071233").contains("110101********1233");
    }
  }
}
