package io.anke.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import io.anke.core.violation.CoreClassThatUsesSpring;
import io.anke.crypto.violation.CryptoClassThatUsesCore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction: {@code crypto <- core <- compliance-rules <- maven-plugin | cli |
 * spring-boot-starter}, inside compliance-rules the readers and scanners ({@code io.anke.scan})
 * below the rules that judge what they read ({@code io.anke.rules}), Spring used by the starter
 * alone, and {@code ...internal} packages used only inside their own module.
 *
 * <p>It lives in {@code samples} because that is the one module that sees all the others.
 */
class ArchitectureTest {

  /** Module root packages, from the bottom of the stack to the top. */
  private static final String[] LAYERS = {
    "io.anke.crypto",
    "io.anke.core",
    "io.anke.scan",
    "io.anke.rules",
    "io.anke.maven",
    "io.anke.cli",
    "io.anke.spring"
  };

  /** The top of the stack: siblings, none of which may use another. */
  private static final String[] SIBLINGS = {"io.anke.maven", "io.anke.cli", "io.anke.spring"};

  /** Modules that every kind of application embeds, so they must not need Spring. */
  private static final String[] SPRING_FREE = {
    "io.anke.crypto", "io.anke.core", "io.anke.scan", "io.anke.rules"
  };

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    // In a reactor build the other modules arrive as jars or class folders; both are ours, and
    // the package filter keeps third-party classes out. Test classes are excluded, those of
    // anke-crypto's test jar (the shared test helpers) too: a jar is no test-classes folder.
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.anke");
  }

  /** All rules: one per forbidden edge, and one per module's internal packages. */
  static List<ArchRule> rules() {
    List<ArchRule> rules = new ArrayList<>();
    for (int lower = 0; lower < LAYERS.length; lower++) {
      for (int upper = lower + 1; upper < LAYERS.length; upper++) {
        // For siblings this forbids one direction; the sibling rules below forbid the other.
        rules.add(
            noClasses()
                .that()
                .resideInAPackage(LAYERS[lower] + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(LAYERS[upper] + "..")
                .because(LAYERS[lower] + " sits below " + LAYERS[upper]));
      }
    }
    for (int i = 0; i < SIBLINGS.length; i++) {
      for (int j = 0; j < i; j++) {
        rules.add(
            noClasses()
                .that()
                .resideInAPackage(SIBLINGS[i] + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(SIBLINGS[j] + "..")
                .because(SIBLINGS[i] + " and " + SIBLINGS[j] + " are siblings"));
      }
    }
    for (String module : SPRING_FREE) {
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(module + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage("org.springframework..")
              .because(module + " runs in plain Java applications; only the starter uses Spring"));
    }
    for (String module : LAYERS) {
      GivenClassesConjunction outsiders = noClasses().that().resideOutsideOfPackage(module + "..");
      rules.add(
          outsiders
              .should()
              .dependOnClassesThat()
              .resideInAPackage(module + "..internal..")
              .because(module + "..internal is not API")
              .allowEmptyShould(true));
    }
    return rules;
  }

  @Test
  void productionCodeKeepsTheDependencyDirection() {
    assertThat(production.containPackage("io.anke.crypto")).isTrue();
    assertThat(production.containPackage("io.anke.cli")).isTrue();
    assertThat(production.containPackage("io.anke.spring")).isTrue();
    List<String> violations = new ArrayList<>();
    for (ArchRule rule : rules()) {
      EvaluationResult result = rule.allowEmptyShould(true).evaluate(production);
      violations.addAll(result.getFailureReport().getDetails());
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void aClassUsingAHigherLayerIsCaught() {
    assertThat(failingRules(CryptoClassThatUsesCore.class)).isEqualTo(1);
  }

  @Test
  void aCoreClassUsingSpringIsCaught() {
    assertThat(failingRules(CoreClassThatUsesSpring.class)).isEqualTo(1);
  }

  private static long failingRules(Class<?> offenderClass) {
    JavaClasses offender = new ClassFileImporter().importClasses(offenderClass);
    return rules().stream()
        .map(r -> r.allowEmptyShould(true).evaluate(offender))
        .filter(EvaluationResult::hasViolation)
        .count();
  }
}
