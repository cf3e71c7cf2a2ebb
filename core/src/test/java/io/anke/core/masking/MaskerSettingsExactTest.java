package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Masker.Builder#maxDepth}'s smallest value, {@link Masker#hiding} on top of settings made
 * in the builder, and the languages and place of a {@link MaskingException}.
 */
class MaskerSettingsExactTest {

  static final class Account {
    String mobile = "13800138000";
    String idNumber = "110101199003071233";
    String note = "公开";

    private Account() {}
  }

  @Test
  void theDepthLimitIsAtLeastOne() {
    record Leaf(String s) {}
    assertThat(Masker.builder().maxDepth(1).build().mask(List.of(new Leaf("x"))))
        .containsExactly(new Leaf("x"));
    MaskingException e =
        catchThrowableOfType(MaskingException.class, () -> Masker.builder().maxDepth(0));
    assertThat(e.messageIn(Locale.ENGLISH))
        .isEqualTo("the maximum depth must be at least 1, not 0");
    assertThat(e.path()).isEmpty();
  }

  @Test
  void hidingKeepsTheSettingsMadeInTheBuilder() {
    Masker base = Masker.builder().field(Account.class, "mobile", MaskStrategy.MOBILE).build();

    Masker hiding = base.hiding(Account.class, List.of("idNumber"));
    Account shown = hiding.mask(new Account());

    assertThat(shown.mobile).isEqualTo("138****8000");
    assertThat(shown.idNumber).isEqualTo("******");
    assertThat(shown.note).isEqualTo("公开");
    // the original masker is unchanged
    assertThat(base.mask(new Account()).idNumber).isEqualTo("110101199003071233");
  }

  @Test
  void anExceptionGivesItsMessageInEachLanguageAndItsPlace() {
    MaskingException e =
        catchThrowableOfType(
            MaskingException.class,
            () -> Masker.defaults().mask(new Account(), Set.of("mobile.digits")));

    String english =
        "cannot mask 'digits' inside java.lang.String at Account.mobile:"
            + " java.lang.String is a value without fields to mask";
    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(english);
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(english).isNotBlank();
    assertThat(e.getMessage()).isEqualTo(e.messageIn(Locale.SIMPLIFIED_CHINESE) + " | " + english);
    assertThat(e.getLocalizedMessage()).isEqualTo(e.messageIn(Locale.getDefault()));
    assertThat(e.path()).contains("Account.mobile");
    assertThat(e.field()).contains("digits");
    assertThat(e.typeName()).contains("java.lang.String");
  }

  @Test
  void theLocalizedMessageFollowsTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      MaskingException e =
          catchThrowableOfType(MaskingException.class, () -> Masker.builder().maxDepth(-3));
      assertThat(e.getLocalizedMessage()).isEqualTo("the maximum depth must be at least 1, not -3");
    } finally {
      Locale.setDefault(before);
    }
  }
}
