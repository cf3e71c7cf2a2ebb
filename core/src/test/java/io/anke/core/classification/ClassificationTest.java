package io.anke.core.classification;

import static io.anke.core.classification.DataClass.GENERAL;
import static io.anke.core.classification.DataClass.IMPORTANT;
import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassificationTest {

  @DataResource(owner = "public-security")
  record Resident(
      @Classified(value = SENSITIVE_PERSONAL, encrypted = true) String idNumber,
      @Classified(PERSONAL) String name,
      String divisionCode) {}

  @DataResource(name = "legal-entity", owner = "market-regulation", level = 2)
  static class Entity {
    @Classified(IMPORTANT)
    String creditCode;

    static String ignored;
  }

  static class Base {
    @Classified(PERSONAL)
    String name;
  }

  @DataResource(owner = "civil-affairs")
  static class Derived extends Base {
    int count;
  }

  @DataResource(owner = "public-security")
  record Plain(@Classified(SENSITIVE_PERSONAL) String idNumber) {}

  @DataResource(owner = "public-security")
  record TwoGrades(
      @Classified(
              value = {IMPORTANT, DataClass.CORE},
              encrypted = true)
          String x) {}

  @DataResource(owner = " ")
  record NoOwner(String x) {}

  @DataResource(owner = "x", level = 5)
  record BadLevel(String x) {}

  record Orphan(@Classified(PERSONAL) String name) {}

  @Test
  void readsTheResourceAndItsFieldsInOrder() {
    Classification c = Classification.of(Resident.class);
    assertThat(c.name()).isEqualTo("resident");
    assertThat(c.owner()).isEqualTo("public-security");
    assertThat(c.level()).isEqualTo(3);
    assertThat(c.fields()).containsOnlyKeys("idNumber", "name", "divisionCode");
    assertThat(c.fields().keySet()).containsExactly("idNumber", "name", "divisionCode");
    FieldClassification id = c.field("idNumber").orElseThrow();
    assertThat(id.classes()).containsExactlyInAnyOrder(SENSITIVE_PERSONAL, PERSONAL, GENERAL);
    assertThat(id.isSensitive()).isTrue();
    assertThat(id.encrypted()).isTrue();
    assertThat(c.field("divisionCode").orElseThrow().classes()).containsExactly(GENERAL);
    assertThat(c.grade()).isEqualTo(GENERAL);
    assertThat(c.holdsPersonalInformation()).isTrue();
    assertThat(Classification.of(Resident.class)).isSameAs(c);
  }

  @Test
  void aClassIsGradedByItsMostImportantFieldAndStaticFieldsAreNotData() {
    Classification c = Classification.of(Entity.class);
    assertThat(c.name()).isEqualTo("legal-entity");
    assertThat(c.level()).isEqualTo(2);
    assertThat(c.fields()).containsOnlyKeys("creditCode");
    assertThat(c.grade()).isEqualTo(IMPORTANT);
  }

  @Test
  void inheritedFieldsComeFirst() {
    assertThat(Classification.of(Derived.class).fields().keySet()).containsExactly("name", "count");
  }

  @Test
  void sensitiveDataNotEncryptedAtLevelThreeIsAnErrorAtFirstUseEveryTime() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> Classification.of(Plain.class))
          .isInstanceOf(ClassificationException.class)
          .hasMessageContaining("Plain.idNumber is sensitive-personal at protection level 3")
          .hasMessageContaining("没有标注加密存储")
          .satisfies(e -> assertThat(((ClassificationException) e).field()).isEqualTo("idNumber"));
    }
  }

  @Test
  void contradictionsAreNamed() {
    assertThatThrownBy(() -> Classification.of(TwoGrades.class))
        .hasMessageContaining("TwoGrades.x is classified both important and core");
    assertThatThrownBy(() -> Classification.of(NoOwner.class)).hasMessageContaining("is blank");
    assertThatThrownBy(() -> Classification.of(BadLevel.class)).hasMessageContaining("level = 5");
    assertThatThrownBy(() -> Classification.of(Orphan.class))
        .hasMessageContaining("Orphan.name is annotated @Classified")
        .hasMessageContaining("not annotated @DataResource");
    assertThatThrownBy(() -> Classification.of(String.class))
        .hasMessageContaining("java.lang.String is not annotated @DataResource");
  }

  @Test
  void dataClassIdsAndOrder() {
    assertThat(DataClass.of("sensitive-personal")).contains(SENSITIVE_PERSONAL);
    assertThat(DataClass.of("敏感个人信息")).contains(SENSITIVE_PERSONAL);
    assertThat(DataClass.of("Important")).contains(IMPORTANT);
    assertThat(DataClass.of("secret")).isEmpty();
    assertThat(DataClass.CORE.atLeast(IMPORTANT)).isTrue();
    assertThat(GENERAL.atLeast(IMPORTANT)).isFalse();
    assertThat(SENSITIVE_PERSONAL.atLeast(PERSONAL)).isTrue();
    assertThat(SENSITIVE_PERSONAL.atLeast(GENERAL)).isFalse();
    assertThat(SENSITIVE_PERSONAL.requiresEncryptionAtLevel(2)).isFalse();
    assertThat(PERSONAL.requiresEncryptionAtLevel(4)).isFalse();
  }
}
