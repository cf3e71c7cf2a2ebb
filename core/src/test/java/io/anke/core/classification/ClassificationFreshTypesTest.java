package io.anke.core.classification;

import static io.anke.core.classification.DataClass.CORE;
import static io.anke.core.classification.DataClass.GENERAL;
import static io.anke.core.classification.DataClass.IMPORTANT;
import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.classification.ClassificationCheck.ClassifiedField;
import io.anke.core.classification.ClassificationCheck.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Classification read from annotations, each time from a freshly loaded copy of the fixture type:
 * {@link Classification#of(Class)} caches per {@code Class}, so a fresh copy is read anew.
 */
class ClassificationFreshTypesTest {

  @DataResource(owner = " statistics ", level = 2)
  record Survey(
      String region,
      @Classified(IMPORTANT) String result,
      @Classified(PERSONAL) String respondent,
      String note) {}

  static class Ledger {
    @Classified(CORE)
    String account;

    static int instances;
  }

  @DataResource(name = " ledger-book ", owner = "finance", level = 1)
  static class LedgerBook extends Ledger {
    String title;

    /** A non-static inner class: its hidden reference to the outer instance is not data. */
    @DataResource(owner = "finance", level = 1)
    class Page {
      String line;

      Object book() {
        return LedgerBook.this;
      }
    }
  }

  @DataResource(owner = "health")
  record Patient(@Classified(SENSITIVE_PERSONAL) String diagnosis) {}

  static class NotAResource {
    String x;
  }

  /**
   * A class loader that defines this test class and its nested types itself: a new type each time.
   */
  private static Class<?> fresh(Class<?> type) throws ClassNotFoundException {
    String outer = ClassificationFreshTypesTest.class.getName();
    ClassLoader parent = ClassificationFreshTypesTest.class.getClassLoader();
    ClassLoader loader =
        new ClassLoader(parent) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
              if (!name.equals(outer) && !name.startsWith(outer + "$")) {
                return super.loadClass(name, resolve);
              }
              Class<?> c = findLoadedClass(name);
              if (c == null) {
                String resource = name.replace('.', '/') + ".class";
                try (InputStream in = parent.getResourceAsStream(resource)) {
                  byte[] bytes = in.readAllBytes();
                  c = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                  throw new ClassNotFoundException(name, e);
                }
              }
              return c;
            }
          }
        };
    Class<?> copy = loader.loadClass(type.getName());
    assertThat(copy).isNotSameAs(type);
    return copy;
  }

  @Test
  void aRecordIsReadFromItsComponentsAndGradedByItsMostImportantField() throws Exception {
    Class<?> survey = fresh(Survey.class);
    Classification c = Classification.of(survey);
    assertThat(c.type()).isSameAs(survey);
    assertThat(c.name()).isEqualTo("survey");
    assertThat(c.owner()).isEqualTo("statistics");
    assertThat(c.level()).isEqualTo(2);
    assertThat(c.fields().keySet()).containsExactly("region", "result", "respondent", "note");
    assertThat(c.field("region").orElseThrow().classes()).containsExactly(GENERAL);
    assertThat(c.field("result").orElseThrow().grade()).isEqualTo(IMPORTANT);
    assertThat(c.field("respondent").orElseThrow().classes()).containsExactly(GENERAL, PERSONAL);
    assertThat(c.grade()).isEqualTo(IMPORTANT);
    assertThat(c.holdsPersonalInformation()).isTrue();
    assertThat(c.toString()).isEqualTo("Classification[survey, owner=statistics, level=2]");
    assertThat(Classification.of(survey)).isSameAs(c);
    assertThat(Classification.isResource(survey)).isTrue();
  }

  @Test
  void aClassIsReadFromItsInstanceFieldsSuperclassFirst() throws Exception {
    Class<?> book = fresh(LedgerBook.class);
    Classification c = Classification.of(book);
    assertThat(c.name()).isEqualTo("ledger-book");
    assertThat(c.fields().keySet()).containsExactly("account", "title");
    assertThat(c.grade()).isEqualTo(CORE);
    assertThat(c.holdsPersonalInformation()).isFalse();

    Classification page = Classification.of(fresh(LedgerBook.Page.class));
    assertThat(page.name()).isEqualTo("page");
    assertThat(page.fields().keySet()).containsExactly("line");
    assertThat(page.grade()).isEqualTo(GENERAL);
  }

  @Test
  void aContradictionIsThrownAtEveryUseWithTheTypeAndField() throws Exception {
    Class<?> patient = fresh(Patient.class);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> Classification.of(patient))
          .isInstanceOfSatisfying(
              ClassificationException.class,
              e -> {
                assertThat(e.type()).isSameAs(patient);
                assertThat(e.field()).isEqualTo("diagnosis");
                assertThat(e.messageIn(Locale.ENGLISH))
                    .contains("Patient.diagnosis is sensitive-personal at protection level 3")
                    .doesNotContain("没有标注加密存储");
                assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
                    .contains("没有标注加密存储")
                    .doesNotContain("protection level");
                assertThat(e.getMessage())
                    .isEqualTo(
                        e.messageIn(Locale.SIMPLIFIED_CHINESE)
                            + " | "
                            + e.messageIn(Locale.ENGLISH));
                assertThat(e.getLocalizedMessage()).isEqualTo(e.messageIn(Locale.getDefault()));
              });
    }
  }

  @Test
  void aTypeWithoutDataResourceIsNotAResource() throws Exception {
    Class<?> plain = fresh(NotAResource.class);
    assertThat(Classification.isResource(plain)).isFalse();
    assertThatThrownBy(() -> Classification.of(plain))
        .isInstanceOfSatisfying(
            ClassificationException.class,
            e -> {
              assertThat(e.type()).isSameAs(plain);
              assertThat(e.field()).isNull();
              assertThat(e.messageIn(Locale.ENGLISH)).contains("is not annotated @DataResource");
            });
  }

  @Test
  void levelsOneToFourAreKnown() {
    List<ClassifiedField> general = List.of(new ClassifiedField("x", List.of(GENERAL), false));
    assertThat(ClassificationCheck.problems("t.T", new Resource("", "o", 1), general)).isEmpty();
    assertThat(ClassificationCheck.problems("t.T", new Resource("", "o", 4), general)).isEmpty();
    assertThat(ClassificationCheck.problems("t.T", new Resource("", "o", 0), general))
        .extracting(ClassificationCheck.Problem::kind)
        .containsExactly(ClassificationCheck.Kind.LEVEL);
  }

  @Test
  void dataClassNamesAndOrder() {
    assertThat(SENSITIVE_PERSONAL.zh()).isEqualTo("敏感个人信息");
    assertThat(SENSITIVE_PERSONAL.en()).isEqualTo("sensitive personal information");
    assertThat(IMPORTANT.zh()).isEqualTo("重要数据");
    assertThat(IMPORTANT.en()).isEqualTo("important data");
    assertThat(IMPORTANT.atLeast(IMPORTANT)).isTrue();
    assertThat(PERSONAL.atLeast(PERSONAL)).isTrue();
    assertThat(IMPORTANT.atLeast(CORE)).isFalse();
  }

  @Test
  void fieldClassificationGradeAndPersonalFlags() {
    FieldClassification general = new FieldClassification("g", EnumSet.of(GENERAL), false);
    assertThat(general.grade()).isEqualTo(GENERAL);
    assertThat(general.isPersonal()).isFalse();
    assertThat(general.isSensitive()).isFalse();
    FieldClassification personal =
        new FieldClassification("p", EnumSet.of(IMPORTANT, PERSONAL), true);
    assertThat(personal.grade()).isEqualTo(IMPORTANT);
    assertThat(personal.isPersonal()).isTrue();
    assertThat(personal.isSensitive()).isFalse();
    FieldClassification sensitive =
        new FieldClassification("s", EnumSet.of(PERSONAL, SENSITIVE_PERSONAL), true);
    assertThat(sensitive.grade()).isEqualTo(GENERAL);
    assertThat(sensitive.isSensitive()).isTrue();
  }
}
