package io.anke.maven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README check of the samples/maven-gate builds: what it lets through and what it does not. */
class ReadmeExcerptsTest {
  private static final String LOG =
      String.join(
          "\n",
          "[INFO] --- anke:0.1.0-SNAPSHOT:check (default) @ statistics-export ---",
          "[INFO] Anke check: profile xinchuang-strict, fail on medium; 5 components, 1 class target(s).",
          "[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver",
          "[ERROR]   component:  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.6.0.24.10   ",
          "[ERROR]   fix:        Migrate to a domestic database; DM8; KingbaseES V8; openGauss",
          "[ERROR]       expires: 2027-03-02",
          "[ERROR] HIGH CRYPTO-WEAK-HASH High-risk hash algorithm",
          "[ERROR] Anke xinchuang-strict: FAILED — 2 finding(s) at or above medium",
          "[INFO] BUILD FAILURE");

  private static String readme(String... excerptLines) {
    return "# Sample\n\nRun it:\n\n<!-- excerpt: verify -->\n```\n"
        + String.join("\n", excerptLines)
        + "\n```\n\nMore prose.\n";
  }

  @Test
  void consecutiveLinesAsPrintedPass() {
    String readme =
        readme(
            "[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver",
            "[ERROR]   component:  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.6.0.24.10");
    assertThat(ReadmeExcerpts.problems(readme, LOG)).isEmpty();
  }

  @Test
  void aChangedLineIsNamed() {
    String readme =
        readme(
            "[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver",
            "[ERROR]   component:  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0.24.07");
    assertThat(ReadmeExcerpts.problems(readme, LOG))
        .containsExactly(
            "excerpt verify: not in the log (in order): "
                + "[ERROR]   component:  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0.24.07");
  }

  @Test
  void aLineLeftOutWithoutAnElisionFails() {
    // the README drops the component line between two lines the build prints one after the other
    String readme =
        readme(
            "[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver",
            "[ERROR]   fix:        Migrate to a domestic database; DM8; KingbaseES V8; openGauss");
    assertThat(ReadmeExcerpts.problems(readme, LOG)).hasSize(1);
  }

  @Test
  void anElisionLeavesOutLinesButNotTheOrder() {
    String inOrder =
        readme(
            "[INFO] Anke check: profile xinchuang-strict, fail on medium; 5 components, 1 class target(s).",
            "…",
            "[ERROR] HIGH CRYPTO-WEAK-HASH High-risk hash algorithm",
            "…",
            "[INFO] BUILD FAILURE");
    assertThat(ReadmeExcerpts.problems(inOrder, LOG)).isEmpty();

    String swapped =
        readme(
            "[ERROR] HIGH CRYPTO-WEAK-HASH High-risk hash algorithm",
            "…",
            "[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver");
    assertThat(ReadmeExcerpts.problems(swapped, LOG))
        .containsExactly(
            "excerpt verify: not in the log (in order): "
                + "[ERROR] HIGH BOM-FOREIGN-DB-DRIVER Foreign database driver");
  }

  @Test
  void aCutLineShowsTheStartOfALongerOne() {
    assertThat(
            ReadmeExcerpts.problems(
                readme("[ERROR]   fix:        Migrate to a domestic database; DM8; …"), LOG))
        .isEmpty();
    assertThat(
            ReadmeExcerpts.problems(
                readme("[ERROR]   fix:        Migrate to a foreign database; DM8; …"), LOG))
        .hasSize(1);
    // without the blank before it, the mark is part of the text and must be printed
    assertThat(ReadmeExcerpts.problems(readme("[ERROR]   fix:        Migrate to a domestic…"), LOG))
        .hasSize(1);
  }

  @Test
  void everyExcerptIsCheckedAndAReadmeWithoutOneFails() {
    String two =
        readme("[INFO] BUILD FAILURE")
            + "\n<!-- excerpt: strict -->\n```text\n[INFO] BUILD SUCCESS\n```\n";
    assertThat(ReadmeExcerpts.problems(two, LOG))
        .containsExactly("excerpt strict: not in the log (in order): [INFO] BUILD SUCCESS");
    assertThat(ReadmeExcerpts.problems("# Sample\n\n```\n[INFO] BUILD FAILURE\n```\n", LOG))
        .containsExactly("no <!-- excerpt: NAME --> block");
  }

  @Test
  void aDateStandsForAnyDateAndNothingElse() {
    // the suggested waiver expires 90 days after the build: the page cannot show the real date
    assertThat(ReadmeExcerpts.problems(readme("[ERROR]       expires: 2027-02-25"), LOG)).isEmpty();
    assertThat(ReadmeExcerpts.problems(readme("[ERROR]       expires: 2027-02-2"), LOG)).hasSize(1);
    assertThat(ReadmeExcerpts.problems(readme("[ERROR]       expired: 2027-02-25"), LOG))
        .hasSize(1);
    assertThat(ReadmeExcerpts.problems(readme("[ERROR]       expires: 2027-03-02 …"), LOG))
        .isEmpty();
    assertThat(ReadmeExcerpts.problems(readme("[ERROR]       expires: 2027-03-02 and more"), LOG))
        .hasSize(1);
  }

  private static final String PAGE =
      "# Page\n\n<!-- excerpt: failed -->\n```\n[INFO] BUILD FAILURE\n```\n\n"
          + "<!-- excerpt: passed -->\n```\n[INFO] BUILD SUCCESS\n```\n";

  @Test
  void aPageOfSeveralBuildsIsCheckedExcerptByExcerpt() {
    // this build failed: its own excerpt is checked, the other build's is not
    assertThat(ReadmeExcerpts.problems(PAGE, LOG, "failed")).isEmpty();
    assertThat(ReadmeExcerpts.problems(PAGE, LOG, "failed", "passed"))
        .containsExactly("excerpt passed: not in the log (in order): [INFO] BUILD SUCCESS");
    assertThat(ReadmeExcerpts.problems(PAGE, LOG, "renamed"))
        .containsExactly("0 blocks <!-- excerpt: renamed --> (expected one)");
    assertThat(ReadmeExcerpts.problems(PAGE + PAGE, LOG, "failed"))
        .containsExactly("2 blocks <!-- excerpt: failed --> (expected one)");
    assertThat(ReadmeExcerpts.problems(PAGE, LOG, new String[0]))
        .containsExactly("no excerpt named");
  }

  @Test
  void theVerifyScriptsOfTheBuildsGetAnAssertionErrorNamingThePage(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("page.md");
    Files.writeString(file, PAGE);
    assertThat(ReadmeExcerpts.assertShownIn(file, LOG, "failed")).isEqualTo(1);
    assertThatThrownBy(() -> ReadmeExcerpts.assertShownIn(file, LOG, "failed", "passed"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("[INFO] BUILD SUCCESS");
  }

  @Test
  void theVerifyScriptsGetAnAssertionErrorNamingTheReadme(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("README.md");
    Files.writeString(file, readme("[INFO] BUILD SUCCESS"));
    assertThatThrownBy(() -> ReadmeExcerpts.assertAllShownIn(file, LOG))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("[INFO] BUILD SUCCESS");
    Files.writeString(file, readme("[INFO] BUILD FAILURE"));
    assertThat(ReadmeExcerpts.assertAllShownIn(file, LOG)).isEqualTo(1);
  }
}
