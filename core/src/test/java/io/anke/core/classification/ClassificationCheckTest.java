package io.anke.core.classification;

import static io.anke.core.classification.DataClass.CORE;
import static io.anke.core.classification.DataClass.GENERAL;
import static io.anke.core.classification.DataClass.IMPORTANT;
import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.anke.core.classification.ClassificationCheck.ClassifiedField;
import io.anke.core.classification.ClassificationCheck.Kind;
import io.anke.core.classification.ClassificationCheck.Problem;
import io.anke.core.classification.ClassificationCheck.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judge on declared values, and the reflection path that asks it. */
class ClassificationCheckTest {
  private static final String TYPE = "com.example.Resident";

  private static ClassifiedField field(String name, boolean encrypted, DataClass... classes) {
    return new ClassifiedField(name, List.of(classes), encrypted);
  }

  @Test
  void everyProblemOfADeclarationIsReportedNotOnlyTheFirst() {
    List<Problem> problems =
        ClassificationCheck.problems(
            TYPE,
            new Resource("", " ", 3),
            List.of(
                field("idNumber", false, SENSITIVE_PERSONAL),
                field("creditCode", false, IMPORTANT, CORE),
                field("name", false, PERSONAL),
                field("bankCard", true, SENSITIVE_PERSONAL),
                field("plan", false, CORE)));
    assertThat(problems)
        .extracting(Problem::kind, Problem::field)
        .containsExactly(
            tuple(Kind.BLANK_OWNER, null),
            tuple(Kind.NOT_ENCRYPTED, "idNumber"),
            tuple(Kind.TWO_GRADES, "creditCode"),
            tuple(Kind.NOT_ENCRYPTED, "creditCode"),
            tuple(Kind.NOT_ENCRYPTED, "plan"));
    Problem first = problems.get(1);
    assertThat(first.type()).isEqualTo(TYPE);
    assertThat(first.message().en())
        .isEqualTo(
            "com.example.Resident.idNumber is sensitive-personal at protection level 3 but not"
                + " marked encrypted: GB/T 22239-2019 8.1.4.8 and GB/T 35273-2020 6.3 require it"
                + " to be stored encrypted; encrypt it and write @Classified(..., encrypted ="
                + " true)");
    assertThat(first.message().zh())
        .contains("com.example.Resident.idNumber 属于 sensitive-personal");
    assertThat(problems.get(2).message().en())
        .contains("creditCode is classified both important and core");
  }

  @Test
  void encryptionDependsOnTheLevelAndAnUnknownLevelIsNotGuessed() {
    List<ClassifiedField> fields = List.of(field("idNumber", false, SENSITIVE_PERSONAL));
    assertThat(ClassificationCheck.problems(TYPE, new Resource("", "ps", 2), fields)).isEmpty();
    assertThat(ClassificationCheck.problems(TYPE, new Resource("", "ps", 4), fields))
        .extracting(Problem::kind)
        .containsExactly(Kind.NOT_ENCRYPTED);
    for (int level : new int[] {0, 5, -1}) {
      assertThat(ClassificationCheck.problems(TYPE, new Resource("", "ps", level), fields))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.LEVEL);
                assertThat(p.field()).isNull();
                assertThat(p.message().en()).contains("level = " + level);
              });
    }
  }

  @Test
  void withoutDataResourceEveryClassifiedFieldIsAnOrphan() {
    assertThat(
            ClassificationCheck.problems(
                TYPE,
                null,
                List.of(
                    field("name", false, PERSONAL), field("idNumber", true, SENSITIVE_PERSONAL))))
        .extracting(Problem::kind, Problem::field)
        .containsExactly(tuple(Kind.NO_RESOURCE, "name"), tuple(Kind.NO_RESOURCE, "idNumber"));
    assertThat(ClassificationCheck.problems(TYPE, null, List.of()))
        .extracting(Problem::kind)
        .containsExactly(Kind.NOT_RESOURCE);
  }

  @Test
  void declaredClassesGetTheirGradeAndSensitiveImpliesPersonal() {
    assertThat(ClassificationCheck.classes(List.of(SENSITIVE_PERSONAL)))
        .containsExactly(GENERAL, PERSONAL, SENSITIVE_PERSONAL);
    assertThat(ClassificationCheck.classes(List.of(IMPORTANT, PERSONAL)))
        .containsExactly(IMPORTANT, PERSONAL);
    assertThat(ClassificationCheck.classes(List.of())).containsExactly(GENERAL);
  }

  @DataResource(owner = "public-security", level = 4)
  record Two(
      @Classified(
              value = {IMPORTANT, CORE},
              encrypted = true)
          String x,
      @Classified(SENSITIVE_PERSONAL) String idNumber) {}

  @Test
  void theReflectionPathRefusesTheFirstProblemTheJudgeFinds() {
    List<Problem> judged =
        ClassificationCheck.problems(
            Two.class.getName(),
            new Resource("", "public-security", 4),
            List.of(
                field("x", true, IMPORTANT, CORE), field("idNumber", false, SENSITIVE_PERSONAL)));
    assertThat(judged).hasSize(2);
    Problem first = judged.get(0);
    assertThatThrownBy(() -> Classification.of(Two.class))
        .isInstanceOf(ClassificationException.class)
        .hasMessage(first.message().zh() + " | " + first.message().en())
        .satisfies(e -> assertThat(((ClassificationException) e).field()).isEqualTo("x"));
  }
}
