package io.anke.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.scan.data.ClassWithPersonalData;
import io.anke.scan.data.DataField;
import io.anke.scan.data.PersonalInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two judgements behind DATA-PI-UNMASKED that decide whether a field is reported: is the class
 * shown to callers, and does an annotation mask the field. Each way of saying yes, and the near
 * misses that must not.
 */
class PersonalFieldJudgementsTest {
  private static DataField field(String... annotations) {
    return new DataField(
        "idCard", "Ljava/lang/String;", PersonalInfo.Kind.ID_NUMBER, null, Set.of(annotations));
  }

  private static ClassWithPersonalData type(
      String name, Set<String> annotations, DataField... fields) {
    return new ClassWithPersonalData(
        "app.jar!/" + name.replace('.', '/') + ".class", name, annotations, List.of(fields));
  }

  @Test
  void aClassIsAViewByItsOwnAnnotationAFieldsAnnotationOrItsName() {
    String jsonProperty = "Lcom/fasterxml/jackson/annotation/JsonProperty;";
    assertThat(PersonalFieldRules.isView(type("com.x.Person", Set.of(jsonProperty), field())))
        .isTrue();
    assertThat(PersonalFieldRules.isView(type("com.x.Person", Set.of(), field(jsonProperty))))
        .isTrue();
    assertThat(
            PersonalFieldRules.isView(
                type(
                    "com.x.Person",
                    Set.of(),
                    field("Lcom/alibaba/fastjson/annotation/JSONField;"))))
        .isTrue();
    assertThat(
            PersonalFieldRules.isView(
                type("com.x.Person", Set.of("Lio/swagger/annotations/ApiModel;"), field())))
        .isTrue();
    for (String name :
        List.of(
            "PersonVO",
            "PersonVo",
            "PersonDTO",
            "PersonDto",
            "PersonResponse",
            "PersonResp",
            "PersonView")) {
      assertThat(PersonalFieldRules.isView(type("com.x." + name, Set.of(), field())))
          .as(name)
          .isTrue();
    }
    // neither annotated for the API nor named as a view
    assertThat(
            PersonalFieldRules.isView(
                type(
                    "com.x.PersonService",
                    Set.of("Lorg/springframework/stereotype/Service;"),
                    field("Ljavax/validation/constraints/NotNull;"))))
        .isFalse();
    // a stored entity is judged as storage, even when annotated for JSON
    assertThat(
            PersonalFieldRules.isView(
                type(
                    "com.x.PersonVO", Set.of("Ljakarta/persistence/Entity;"), field(jsonProperty))))
        .isFalse();
  }

  @Test
  void aFieldIsMaskedByAnkesAnnotationACustomSerializerOrAMaskingAnnotation() {
    String anke = PersonalFieldRules.ANKE_MASKED;
    assertThat(PersonalFieldRules.masked(field(anke))).isTrue();
    assertThat(PersonalFieldRules.masked(field(anke, anke + "#value=NONE"))).isFalse();
    assertThat(
            PersonalFieldRules.masked(
                field(
                    "Lcom/fasterxml/jackson/databind/annotation/JsonSerialize;",
                    "Lcom/fasterxml/jackson/databind/annotation/JsonSerialize;#using")))
        .isTrue();
    assertThat(PersonalFieldRules.masked(field("Lcom/x/Sensitive;"))).isTrue();
    assertThat(PersonalFieldRules.masked(field("Lcom/x/Desensitization;"))).isTrue();
    assertThat(PersonalFieldRules.masked(field("Lcom/x/DataMask;"))).isTrue();
    // a serializer annotation without a custom serializer does not mask
    assertThat(
            PersonalFieldRules.masked(
                field(
                    "Lcom/fasterxml/jackson/databind/annotation/JsonSerialize;",
                    "Lcom/fasterxml/jackson/databind/annotation/JsonSerialize;#include")))
        .isFalse();
    assertThat(PersonalFieldRules.masked(field("Lcom/fasterxml/jackson/annotation/JsonProperty;")))
        .isFalse();
  }
}
