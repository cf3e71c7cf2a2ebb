package io.anke.samples.govdata;

import io.anke.core.validation.Identifiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic, generated records of Shandong province: real division codes (GB/T 2260) with real
 * streets, resident identity numbers with real birth dates, sequence numbers whose parity matches
 * the sex and the GB 11643 check character, unified social credit codes of enterprises with an
 * embedded organisation code and the GB 32100 check character, mobile numbers in allocated
 * segments. The same seed always gives the same records; nobody real is described.
 */
public final class SampleRecords {
  /** The seed of the story's records. */
  public static final long SEED = 20260615L;

  /** A county-level division of Shandong with streets of its seat. */
  record Division(String code, String city, String district, List<String> streets) {
    String prefix() {
      return "山东省" + city + district;
    }
  }

  static final List<Division> DIVISIONS =
      List.of(
          new Division("370102", "济南市", "历下区", List.of("泉城路", "经十路", "解放路")),
          new Division("370103", "济南市", "市中区", List.of("经四路", "英雄山路", "纬二路")),
          new Division("370112", "济南市", "历城区", List.of("花园路", "工业北路")),
          new Division("370202", "青岛市", "市南区", List.of("香港中路", "中山路", "东海西路")),
          new Division("370212", "青岛市", "崂山区", List.of("海尔路", "株洲路")),
          new Division("370302", "淄博市", "淄川区", List.of("松龄路", "般阳路")),
          new Division("370602", "烟台市", "芝罘区", List.of("南大街", "胜利路")),
          new Division("370702", "潍坊市", "潍城区", List.of("胜利西街", "和平路")),
          new Division("370811", "济宁市", "任城区", List.of("太白楼路", "共青团路")),
          new Division("370902", "泰安市", "泰山区", List.of("东岳大街", "青年路")),
          new Division("371002", "威海市", "环翠区", List.of("新威路", "统一路")),
          new Division("371302", "临沂市", "兰山区", List.of("沂蒙路", "金雀山路")));

  private static final String[] SURNAMES = {
    "王", "张", "李", "刘", "孙", "陈", "杨", "赵", "高", "徐", "马", "孔", "周", "吴", "田"
  };
  private static final String[] MALE = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "刚", "志强", "建国", "海涛", "振华", "立新"
  };
  private static final String[] FEMALE = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "海燕", "晓红", "玉兰", "春梅"
  };
  // Segments allocated to the three carriers' mobile phones (the satellite block 1349 left out).
  private static final String[] SEGMENTS = {
    "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "182", "187", "188",
    "130", "131", "132", "155", "156", "185", "186", "133", "153", "177", "180", "181", "189"
  };
  private static final String[] FIRM_WORDS = {
    "泉城", "海岸", "鲁信", "齐鲁", "岱岳", "蓝海", "金桥", "华瑞", "恒信", "明泰", "沂蒙", "胶东"
  };
  private static final String[] INDUSTRIES = {
    "软件科技", "物流", "食品", "建筑工程", "医疗器械", "农业科技", "文化传媒", "机械制造"
  };
  // The 31 characters of GB 32100 (no I, O, Z, S, V): every position of a credit code uses them.
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final LocalDate OLDEST = LocalDate.of(1945, 1, 1);
  private static final LocalDate YOUNGEST = LocalDate.of(2004, 12, 31);

  private final Random random;

  /** A generator that gives the same records for the same seed. */
  public SampleRecords(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} residents, each with a valid identity number. */
  public List<Resident> residents(int count) {
    List<Resident> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(resident());
    }
    return out;
  }

  /** {@code count} enterprises, each with a valid credit code. */
  public List<LegalEntity> legalEntities(int count) {
    List<LegalEntity> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(legalEntity());
    }
    return out;
  }

  /**
   * A resident whose identity number was mistyped at the counter: its last character is not the
   * check character of the other seventeen.
   */
  public Resident residentWithMistypedIdNumber() {
    Resident r = resident();
    String id = r.idNumber();
    String checkChars = "0123456789X";
    char wrong = checkChars.charAt((checkChars.indexOf(id.charAt(17)) + 1) % checkChars.length());
    return new Resident(
        id.substring(0, 17) + wrong, r.name(), r.mobile(), r.divisionCode(), r.address());
  }

  private Resident resident() {
    Division d = pick(DIVISIONS);
    boolean male = random.nextBoolean();
    LocalDate born =
        OLDEST.plusDays(random.nextInt((int) (YOUNGEST.toEpochDay() - OLDEST.toEpochDay())));
    // The sequence number's last digit is odd for men and even for women (GB 11643).
    int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
    String first17 = d.code() + born.toString().replace("-", "") + String.format("%03d", sequence);
    String idNumber = first17 + Identifiers.residentIdCheckChar(first17);
    String mobile = pick(SEGMENTS) + String.format("%08d", random.nextInt(100_000_000));
    return new Resident(idNumber, name(male), mobile, d.code(), address(d));
  }

  private LegalEntity legalEntity() {
    Division d = pick(DIVISIONS);
    // Organisation code: "MA3" (issued in Shandong since the unified code) and five characters.
    StringBuilder body = new StringBuilder("MA3");
    while (body.length() < 8) {
      body.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
    }
    String organizationCode = body.toString() + Identifiers.organizationCodeCheckChar(body);
    // 9 = registered by market regulation, 1 = enterprise; then the division of the registrar.
    String first17 = "91" + d.code() + organizationCode;
    String creditCode = first17 + Identifiers.creditCodeCheckChar(first17);
    String name = d.city().substring(0, 2) + pick(FIRM_WORDS) + pick(INDUSTRIES) + "有限公司";
    return new LegalEntity(creditCode, name, name(random.nextBoolean()), d.code(), address(d));
  }

  private String name(boolean male) {
    return pick(SURNAMES) + (male ? pick(MALE) : pick(FEMALE));
  }

  private String address(Division d) {
    return d.prefix() + pick(d.streets()) + (1 + random.nextInt(300)) + "号";
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
