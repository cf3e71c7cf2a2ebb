package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.masking.Fixtures.Address;
import io.anke.core.masking.Fixtures.Applicant;
import io.anke.core.masking.Fixtures.Citizen;
import io.anke.core.masking.Fixtures.Contact;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Masker} on records and ordinary classes: which fields, what they become, the original. */
class MaskerTest {

  @Test
  void recordIsRebuiltWithItsAnnotatedComponentsMasked() {
    Citizen citizen = Fixtures.citizen();

    Citizen shown = Masker.defaults().mask(citizen);

    assertThat(shown.name()).isEqualTo("欧阳*");
    assertThat(shown.idNumber()).isEqualTo("110101********1233");
    assertThat(shown.phones()).containsExactly("138****8000", "+86 139 **** 5678");
    // the nested record's own annotation applies too
    assertThat(shown.address()).isEqualTo(new Address("北京市", "北京市海淀区****"));
    // not annotated: shown; immutable: shared, not copied
    assertThat(shown.birthDate()).isSameAs(citizen.birthDate());
    assertThat(shown.age()).isEqualTo(36);
    assertThat(citizen).isEqualTo(Fixtures.citizen());
  }

  @Test
  void ordinaryClassIsCopiedFieldByFieldAndTheOriginalIsUnchanged() {
    Applicant applicant = Fixtures.applicant();

    Applicant shown = Masker.defaults().mask(applicant);

    assertThat(shown).isNotSameAs(applicant);
    assertThat(shown.name()).isEqualTo("买**·**");
    assertThat(shown.idNumber()).isEqualTo("110105********002X");
    assertThat(shown.bankCard()).isEqualTo("622848*********8903");
    assertThat(shown.email()).isEqualTo("maimaiti@example.com"); // not annotated
    assertThat(shown.remark()).contains("已核验身份证110101********1233，回访电话138****8000");
    // annotated fields that are not strings cannot be partly shown: withheld
    assertThat(shown.birthDate()).isNull();
    assertThat(shown.income()).isZero();
    assertThat(shown.deposit()).isNull();
    // nested objects in a list, a map and an array: their own annotations apply, one copy each
    assertThat(shown.contacts())
        .extracting(c -> c.name, c -> c.mobile, c -> c.relation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("阿***·***", "139****5678", "spouse"),
            org.assertj.core.groups.Tuple.tuple("艾*", "150****5678", "son"));
    assertThat(shown.byRole().get("spouse")).isSameAs(shown.contacts().get(0));
    assertThat(shown.emergency()).containsExactly(shown.contacts().get(1), null);
    assertThat(shown.contacts().get(0)).isNotSameAs(applicant.contacts().get(0));
    // a mutable JDK value is copied, a transient field too
    assertThat(shown.registered())
        .isEqualTo(applicant.registered())
        .isNotSameAs(applicant.registered());
    assertThat(shown.views()).isEqualTo(3); // the no-argument constructor would have left 7

    assertThat(applicant).usingRecursiveComparison().isEqualTo(Fixtures.applicant());
    shown.contacts().clear();
    shown.registered().setTime(0);
    assertThat(applicant).usingRecursiveComparison().isEqualTo(Fixtures.applicant());
  }

  @Test
  void namedFieldsAreExactlyTheOnesMasked() {
    Citizen citizen = Fixtures.citizen();

    Citizen shown = Masker.defaults().mask(citizen, Set.of("name", "address.street"));

    assertThat(shown.name()).isEqualTo("欧阳*"); // its annotation gives the strategy
    assertThat(shown.address().street()).isEqualTo("北京市海淀区****");
    // annotated but not named: shown
    assertThat(shown.idNumber()).isEqualTo("110101199003071233");
    assertThat(shown.phones()).containsExactly("13800138000", "+86 139 1234 5678");
    assertThat(citizen).isEqualTo(Fixtures.citizen());
  }

  @Test
  void namedFieldWithoutAnnotationIsHiddenFullyAndNonStringsAreWithheld() {
    Citizen shown =
        Masker.defaults().mask(Fixtures.citizen(), Set.of("address.province", "birthDate", "age"));

    assertThat(shown.address().province()).isEqualTo("******");
    assertThat(shown.birthDate()).isNull();
    assertThat(shown.age()).isZero();

    Citizen noAddress = Masker.defaults().mask(Fixtures.citizen(), Set.of("address"));
    assertThat(noAddress.address()).isNull();
  }

  @Test
  void namedPathsPassThroughCollectionsMapsArraysAndOptionals() {
    Applicant applicant = Fixtures.applicant();

    Applicant shown =
        Masker.defaults()
            .mask(applicant, Set.of("contacts.mobile", "byRole.relation", "emergency.name"));

    assertThat(shown.contacts())
        .extracting(c -> c.mobile)
        .containsExactly("139****5678", "150****5678");
    assertThat(shown.contacts().get(0).name).isEqualTo("阿依古丽·买买提");
    assertThat(shown.byRole().get("spouse").relation).isEqualTo("******");
    // the son is both contacts[1] and emergency[0]: one object, so one copy that carries the
    // masks of both paths; naming a field never leaves it visible through another path
    assertThat(shown.emergency()[0]).isSameAs(shown.contacts().get(1));
    assertThat(shown.emergency()[0].name).isEqualTo("艾*");
    assertThat(shown.emergency()[0].mobile).isEqualTo("150****5678");
    assertThat(shown.byRole().get("spouse")).isSameAs(shown.contacts().get(0));
    assertThat(shown.name()).isEqualTo("买买提·艾力");
  }

  @Test
  void aSharedObjectIsMaskedWhereverItIsReachedAndStaysShared() {
    Address home = new Address("北京市", "北京市海淀区中关村大街27号");
    record Household(Address home, Address work, Address post) {}
    Address post = new Address("北京市", "北京市西城区西长安街1号");

    Household shown =
        Masker.defaults().mask(new Household(home, home, post), Set.of("home.street"));

    assertThat(shown.work()).isSameAs(shown.home());
    assertThat(shown.work().street()).isEqualTo("北京市海淀区****");
    assertThat(shown.post().street()).isEqualTo("北京市西城区西长安街1号");
  }

  @Test
  void aNamedFieldOnACycleIsMaskedAllRoundIt() {
    Applicant a = Fixtures.applicant();
    a.referrer(a);

    Applicant shown = Masker.defaults().mask(a, Set.of("referrer.referrer.bankCard"));

    assertThat(shown.referrer()).isSameAs(shown);
    assertThat(shown.bankCard()).isEqualTo("622848*********8903");
  }

  @Test
  void aNameThatIsNoFieldIsAnErrorNamingClassFieldAndPath() {
    assertThatThrownBy(() -> Masker.defaults().mask(Fixtures.citizen(), Set.of("adress.street")))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Citizen.class.getName())
        .hasMessageContaining("'adress'")
        .satisfies(
            e -> {
              MaskingException m = (MaskingException) e;
              assertThat(m.typeName()).contains(Citizen.class.getName());
              assertThat(m.field()).contains("adress");
            });
    assertThatThrownBy(() -> Masker.defaults().mask(Fixtures.citizen(), Set.of("address.stret")))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Address.class.getName())
        .hasMessageContaining("address.stret");
    assertThatThrownBy(() -> Masker.defaults().mask(Fixtures.citizen(), Set.of("name.first")))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining("java.lang.String")
        .hasMessageContaining("Citizen.name");
  }

  @Test
  void aMalformedPathIsAnError() {
    for (String bad : List.of("", "address.", ".street", "address..street", "地址 街道", "a-b")) {
      assertThatThrownBy(() -> Masker.defaults().mask(Fixtures.citizen(), Set.of(bad)))
          .as(bad)
          .isInstanceOf(MaskingException.class)
          .hasMessageContaining("address.street");
    }
  }

  @Test
  void builderSettingsOverrideAnnotationsAndSelectUnannotatedFields() {
    Masker masker =
        Masker.builder()
            .field(Citizen.class, "idNumber", MaskStrategy.ID_NUMBER_STRICT)
            .field(Citizen.class, "name", MaskStrategy.NONE)
            .field(Address.class, "province", MaskStrategy.FULL)
            .build();

    Citizen shown = masker.mask(Fixtures.citizen());

    assertThat(shown.idNumber()).isEqualTo("1****************3");
    assertThat(shown.name()).isEqualTo("欧阳修");
    assertThat(shown.address().province()).isEqualTo("******");
    assertThat(shown.phones()).containsExactly("138****8000", "+86 139 **** 5678");
    // the setting is the strategy of a named field too
    assertThat(masker.mask(Fixtures.citizen(), Set.of("idNumber")).idNumber())
        .isEqualTo("1****************3");
  }

  static final class Employee extends Applicant {
    @Masked(MaskStrategy.NAME)
    private String supervisor = "司马光";

    private Employee() {
      super("张三", "110101199003071233");
    }

    String supervisor() {
      return supervisor;
    }
  }

  @Test
  void superclassFieldsAreCopiedAndASettingOnAnInheritedFieldAppliesWhereverItIsDeclared() {
    Masker masker = Masker.builder().field(Employee.class, "email", MaskStrategy.EMAIL).build();
    Employee e = new Employee();
    Applicant a = Fixtures.applicant();

    Employee shown = masker.mask(e);

    assertThat(shown.supervisor()).isEqualTo("司马*");
    assertThat(shown.name()).isEqualTo("张*");
    assertThat(shown.idNumber()).isEqualTo("110101********1233");
    assertThat(shown.views()).isEqualTo(7);
    // "email" is declared by Applicant, so the setting applies to every Applicant
    assertThat(masker.mask(a).email()).isEqualTo("m***@example.com");
  }

  @Test
  void anInnerClassHasNoNoArgumentConstructor() {
    class Note {
      @Masked String text = "13800138000";
    }

    assertThatThrownBy(() -> Masker.defaults().mask(List.of(new Note())))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Note.class.getName())
        .hasMessageContaining("no-argument constructor");
  }

  @Test
  void builderRejectsAFieldTheClassDoesNotHave() {
    assertThatThrownBy(() -> Masker.builder().field(Citizen.class, "mobile", MaskStrategy.MOBILE))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Citizen.class.getName())
        .hasMessageContaining("'mobile'");
    assertThatThrownBy(() -> Masker.builder().maxDepth(0)).isInstanceOf(MaskingException.class);
  }

  @Test
  void messagesAreBilingual() {
    assertThatThrownBy(() -> Masker.defaults().mask(Fixtures.citizen(), Set.of("x")))
        .isInstanceOfSatisfying(
            MaskingException.class,
            e -> {
              assertThat(e.text().zh()).contains("没有字段");
              assertThat(e.text().en()).contains("has no field");
              assertThat(e.getMessage()).isEqualTo(e.text().zh() + " | " + e.text().en());
            });
  }

  @Test
  void bothLanguagesHaveEveryMessage() throws java.io.IOException {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties zh = new java.util.Properties();
    try (var a = getClass().getResourceAsStream("Messages.properties");
        var b = getClass().getResourceAsStream("Messages_zh_CN.properties")) {
      en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames()).isNotEmpty();
  }

  @Test
  void optionalComponentsAreMaskedOrCopied() {
    record Profile(
        @Masked(MaskStrategy.NAME) Optional<String> nickname,
        Optional<Address> address,
        @Masked Optional<Integer> score) {}
    Profile p =
        new Profile(
            Optional.of("诸葛亮"),
            Optional.of(new Address("四川省", "四川省成都市武侯区武侯祠大街231号")),
            Optional.of(98));

    Profile shown = Masker.defaults().mask(p);

    assertThat(shown.nickname()).contains("诸葛*");
    assertThat(shown.address()).contains(new Address("四川省", "四川省成都市武侯区****"));
    assertThat(shown.score()).isEmpty();
  }

  @Test
  void immutableValuesAreSharedAndNullIsNull() {
    String s = "110101199003071233";
    assertThat(Masker.defaults().mask(s)).isSameAs(s);
    java.util.UUID id = java.util.UUID.randomUUID();
    assertThat(Masker.defaults().mask(id)).isSameAs(id);
    record Values(
        Integer count,
        java.math.BigDecimal amount,
        java.time.Instant at,
        java.time.ZoneId zone,
        java.time.DayOfWeek day,
        MaskStrategy strategy) {}
    Values v =
        new Values(
            1000,
            new java.math.BigDecimal("12.50"),
            java.time.Instant.EPOCH,
            java.time.ZoneId.of("Asia/Shanghai"),
            java.time.DayOfWeek.MONDAY,
            MaskStrategy.NAME);
    Values copy = Masker.defaults().mask(v);
    assertThat(copy).isNotSameAs(v).isEqualTo(v);
    assertThat(copy.count()).isSameAs(v.count());
    assertThat(copy.amount()).isSameAs(v.amount());
    assertThat(copy.at()).isSameAs(v.at());
    assertThat(copy.zone()).isSameAs(v.zone());
    Object nothing = Masker.defaults().mask((Object) null);
    assertThat(nothing).isNull();
    nothing = Masker.defaults().mask((Object) null, Set.of("name"));
    assertThat(nothing).isNull();
  }

  @Test
  void containerElementsOfAMaskedFieldThatAreNotStringsAreWithheld() {
    record Mixed(@Masked(MaskStrategy.MOBILE) List<Object> values, @Masked int[] codes) {}

    Mixed shown =
        Masker.defaults()
            .mask(
                new Mixed(
                    List.of("13800138000", 42, new Contact("艾力", "15012345678", "son")),
                    new int[] {1}));

    assertThat(shown.values()).containsExactly("138****8000", null, null);
    assertThat(shown.codes()).isNull();
  }

  @Test
  void contactWithoutNoArgConstructorIsAClearError() {
    class Card {
      @Masked(MaskStrategy.BANK_CARD)
      final String number;

      Card(String number) {
        this.number = number;
      }
    }
    record Wallet(List<Card> cards) {}

    assertThatThrownBy(
            () -> Masker.defaults().mask(new Wallet(List.of(new Card("6212260000000001")))))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Card.class.getName())
        .hasMessageContaining("no-argument constructor")
        .hasMessageContaining("Wallet.cards")
        .hasMessageNotContaining("6212260000000001");
  }

  @Test
  void recordWhoseConstructorRejectsTheMaskedValueIsAClearError() {
    record CheckedId(@Masked(MaskStrategy.ID_NUMBER) String value) {
      CheckedId {
        if (!value.matches("\\d{17}[\\dX]")) {
          throw new IllegalArgumentException("not an identity number");
        }
      }
    }

    assertThatThrownBy(() -> Masker.defaults().mask(new CheckedId("110101199003071233")))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(CheckedId.class.getName())
        .hasMessageContaining("canonical constructor")
        .hasMessageContaining(IllegalArgumentException.class.getName())
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructorThatThrowsIsAClearError() {
    assertThatThrownBy(() -> Masker.defaults().mask(new Exploding(1)))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining(Exploding.class.getName())
        .hasMessageContaining(IllegalStateException.class.getName())
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  static final class Exploding {
    int value;

    private Exploding() {
      throw new IllegalStateException("no empty instances");
    }

    Exploding(int value) {
      this.value = value;
    }
  }
}
