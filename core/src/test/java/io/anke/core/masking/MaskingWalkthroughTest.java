package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The developer walkthrough of masking, step by step; the documentation quotes this file. */
class MaskingWalkthroughTest {

  /** A view of a resident as a service returns it to a screen. */
  record ResidentView(
      @Masked(MaskStrategy.NAME) String name,
      @Masked(MaskStrategy.ID_NUMBER) String idNumber,
      @Masked(MaskStrategy.MOBILE) String mobile,
      @Masked(MaskStrategy.ADDRESS) String address,
      @Masked(MaskStrategy.EMAIL) String email,
      @Masked(MaskStrategy.FREE_TEXT) String remark,
      @Masked LocalDate birthDate,
      List<Dependant> dependants) {}

  /** A nested record: its own annotations apply wherever it appears. */
  record Dependant(
      @Masked(MaskStrategy.NAME) String name, @Masked(MaskStrategy.ID_NUMBER) String idNumber) {}

  static ResidentView resident() {
    return new ResidentView(
        "欧阳修",
        "110101199003071233",
        "+86 138 0013 8000",
        "北京市海淀区中关村大街27号",
        "ouyang.xiu@example.gov.cn",
        "已电话回访，备用号码13912345678",
        LocalDate.of(1990, 3, 7),
        List.of(new Dependant("欧阳发", "110105201501010025")));
  }

  @Test
  void step1MaskOneString() {
    assertThat(MaskStrategy.ID_NUMBER.mask("110101199003071233")).isEqualTo("110101********1233");
    assertThat(MaskStrategy.MOBILE.mask("13800138000")).isEqualTo("138****8000");
    assertThat(MaskStrategy.BANK_CARD.mask("6228480012345678903")).isEqualTo("622848*********8903");
    assertThat(MaskStrategy.NAME.mask("买买提·艾力")).isEqualTo("买**·**");
  }

  @Test
  void step2MaskEveryAnnotatedField() {
    ResidentView resident = resident();

    ResidentView shown = Masker.defaults().mask(resident);

    assertThat(shown)
        .isEqualTo(
            new ResidentView(
                "欧阳*",
                "110101********1233",
                "+86 138 **** 8000",
                "北京市海淀区****",
                "o***@example.gov.cn",
                "已电话回访，备用号码139****5678",
                null, // a date cannot be partly shown: withheld
                List.of(new Dependant("欧阳*", "110105********0025"))));
    assertThat(resident).isEqualTo(resident()); // the caller's object is not touched
  }

  @Test
  void step3MaskOnlyTheFieldsOneViewMustNotShow() {
    ResidentView shown =
        Masker.defaults().mask(resident(), Set.of("idNumber", "dependants.idNumber"));

    assertThat(shown.name()).isEqualTo("欧阳修");
    assertThat(shown.idNumber()).isEqualTo("110101********1233");
    assertThat(shown.dependants().get(0).idNumber()).isEqualTo("110105********0025");
    assertThat(shown.mobile()).isEqualTo("+86 138 0013 8000");
  }

  @Test
  void step4ChooseStrategiesInCode() {
    Masker strict =
        Masker.builder()
            .field(ResidentView.class, "idNumber", MaskStrategy.ID_NUMBER_STRICT)
            .field(ResidentView.class, "birthDate", MaskStrategy.NONE)
            .build();

    ResidentView shown = strict.mask(resident());

    assertThat(shown.idNumber()).isEqualTo("1****************3");
    assertThat(shown.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
  }

  @Test
  void step5ReadTheErrors() {
    assertThatThrownBy(() -> Masker.defaults().mask(resident(), Set.of("dependants.idNumbr")))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining("has no field 'idNumbr' (named path 'dependants.idNumbr')");
  }
}
