package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Masker} on classes of a named application module: the module is compiled here and loaded
 * in its own layer, once exporting its package only and once opening it.
 */
class MaskerModuleTest {
  @TempDir Path dir;

  private static final String APPLICANT =
      """
      package gov.example.people;

      public class Applicant {
        private String name;
        private String mobile;

        private Applicant() {}

        public Applicant(String name, String mobile) {
          this.name = name;
          this.mobile = mobile;
        }

        public String name() {
          return name;
        }

        public String mobile() {
          return mobile;
        }
      }
      """;

  private static final String RESIDENT =
      """
      package gov.example.people;

      public record Resident(String name, String idNumber) {}
      """;

  @Test
  void aClassInAModuleThatDoesNotOpenItsPackageIsAnErrorThatSaysWhatToOpen() throws Exception {
    ModuleLayer layer = compileAndLoad("exports gov.example.people;");
    Object applicant = newApplicant(layer);

    assertThatThrownBy(() -> Masker.defaults().mask(applicant, Set.of("mobile")))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining("gov.example.people.Applicant")
        .hasMessageContaining("module gov.example")
        .hasMessageContaining("'opens gov.example.people;'")
        .hasMessageContaining("--add-opens gov.example/gov.example.people=ALL-UNNAMED")
        .hasMessageNotContaining("13800138000");
  }

  @Test
  void aPublicRecordOfAnExportedPackageNeedsNoOpens() throws Exception {
    ModuleLayer layer = compileAndLoad("exports gov.example.people;");
    Object resident =
        layer
            .findLoader("gov.example")
            .loadClass("gov.example.people.Resident")
            .getConstructor(String.class, String.class)
            .newInstance("张三", "110101199003071233");

    Object shown = Masker.defaults().mask(resident, Set.of("idNumber"));

    assertThat(shown.toString()).isEqualTo("Resident[name=张三, idNumber=******]");
  }

  @Test
  void anOpenedPackageIsCopied() throws Exception {
    ModuleLayer layer = compileAndLoad("opens gov.example.people;\n  exports gov.example.people;");
    Object applicant = newApplicant(layer);

    Object shown = Masker.defaults().mask(applicant, Set.of("mobile"));

    assertThat(shown).isNotSameAs(applicant);
    assertThat(shown.getClass().getMethod("mobile").invoke(shown)).isEqualTo("******");
    assertThat(shown.getClass().getMethod("name").invoke(shown)).isEqualTo("张三");
  }

  private Object newApplicant(ModuleLayer layer) throws ReflectiveOperationException {
    return layer
        .findLoader("gov.example")
        .loadClass("gov.example.people.Applicant")
        .getConstructor(String.class, String.class)
        .newInstance("张三", "13800138000");
  }

  private ModuleLayer compileAndLoad(String directives) throws IOException {
    Path src = dir.resolve("src");
    Path pkg = Files.createDirectories(src.resolve("gov/example/people"));
    Path info =
        Files.writeString(
            src.resolve("module-info.java"), "module gov.example {\n  " + directives + "\n}\n");
    Path applicant = Files.writeString(pkg.resolve("Applicant.java"), APPLICANT);
    Path resident = Files.writeString(pkg.resolve("Resident.java"), RESIDENT);
    Path out = Files.createDirectories(dir.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();
    int rc =
        javac.run(
            null,
            null,
            null,
            "-d",
            out.toString(),
            info.toString(),
            applicant.toString(),
            resident.toString());
    assertThat(rc).isZero();
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf =
        boot.configuration()
            .resolve(ModuleFinder.of(out), ModuleFinder.of(), List.of("gov.example"));
    return boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
  }
}
