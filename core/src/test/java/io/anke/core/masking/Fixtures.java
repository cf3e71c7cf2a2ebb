package io.anke.core.masking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Real-shaped personal records (synthetic identifiers) that the masking tests share. */
final class Fixtures {
  private Fixtures() {}

  /** A registered resident as a record, the way a service would return it. */
  record Citizen(
      @Masked(MaskStrategy.NAME) String name,
      @Masked(MaskStrategy.ID_NUMBER) String idNumber,
      @Masked(MaskStrategy.MOBILE) List<String> phones,
      Address address,
      LocalDate birthDate,
      int age) {}

  /** A postal address: the street part is personal, the province is not. */
  record Address(String province, @Masked(MaskStrategy.ADDRESS) String street) {}

  /** A contact person of an applicant, an ordinary class. */
  static final class Contact {
    @Masked(MaskStrategy.NAME)
    String name;

    @Masked(MaskStrategy.MOBILE)
    String mobile;

    String relation;

    private Contact() {}

    Contact(String name, String mobile, String relation) {
      this.name = name;
      this.mobile = mobile;
      this.relation = relation;
    }
  }

  /** An application form, an ordinary mutable class with private fields. */
  static class Applicant {
    @Masked(MaskStrategy.NAME)
    private String name;

    @Masked(MaskStrategy.ID_NUMBER)
    private String idNumber;

    private String email;

    @Masked(MaskStrategy.BANK_CARD)
    private String bankCard;

    @Masked private LocalDate birthDate;

    @Masked private int income;

    @Masked private BigDecimal deposit;

    @Masked(MaskStrategy.FREE_TEXT)
    private Optional<String> remark;

    private final List<Contact> contacts = new ArrayList<>();
    private final Map<String, Contact> byRole = new LinkedHashMap<>();
    private Contact[] emergency;
    private Date registered;
    private Applicant referrer;
    private transient int views = 7;

    private Applicant() {}

    Applicant(String name, String idNumber) {
      this.name = name;
      this.idNumber = idNumber;
    }

    String name() {
      return name;
    }

    String idNumber() {
      return idNumber;
    }

    String email() {
      return email;
    }

    String bankCard() {
      return bankCard;
    }

    LocalDate birthDate() {
      return birthDate;
    }

    int income() {
      return income;
    }

    BigDecimal deposit() {
      return deposit;
    }

    Optional<String> remark() {
      return remark;
    }

    List<Contact> contacts() {
      return contacts;
    }

    Map<String, Contact> byRole() {
      return byRole;
    }

    Contact[] emergency() {
      return emergency;
    }

    Date registered() {
      return registered;
    }

    Applicant referrer() {
      return referrer;
    }

    int views() {
      return views;
    }

    void referrer(Applicant a) {
      this.referrer = a;
    }
  }

  static Citizen citizen() {
    return new Citizen(
        "欧阳修",
        "110101199003071233",
        List.of("13800138000", "+86 139 1234 5678"),
        new Address("北京市", "北京市海淀区中关村大街27号"),
        LocalDate.of(1990, 3, 7),
        36);
  }

  static Applicant applicant() {
    Applicant a = new Applicant("买买提·艾力", "11010519491231002X");
    a.email = "maimaiti@example.com";
    a.bankCard = "6228480012345678903";
    a.birthDate = LocalDate.of(1949, 12, 31);
    a.income = 120_000;
    a.deposit = new BigDecimal("35000.00");
    a.remark = Optional.of("已核验身份证110101199003071233，回访电话13800138000");
    Contact spouse = new Contact("阿依古丽·买买提", "13912345678", "spouse");
    Contact son = new Contact("艾力", "15012345678", "son");
    a.contacts.add(spouse);
    a.contacts.add(son);
    a.byRole.put("spouse", spouse);
    a.emergency = new Contact[] {son, null};
    a.registered = new Date(1_700_000_000_000L);
    a.views = 3;
    return a;
  }
}
