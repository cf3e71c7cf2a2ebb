package io.anke.samples.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.internal.CoreMessage;
import io.anke.rules.internal.RulesMessage;
import io.anke.scan.internal.ScanMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error messages come from bundles (issue 17): each module's owner ({@link CoreMessage}, {@link
 * RulesMessage}) has both languages for every id, with the same arguments; every bundle key is an
 * id and every id is used; and no module's main sources write an exception message as a literal.
 */
class ErrorMessagesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Core's files whose literals stay. Paths relative to {@code core/src/main/java}. */
  static final Set<String> CORE_ALLOWED =
      Set.of(
          // The bundle reader itself: its own failures cannot come from a bundle.
          "io/anke/core/rule/TextBundle.java");

  private static Path sources(String module) {
    return ROOT.resolve(module).resolve("src/main/java");
  }

  @Test
  void coreMessagesHaveBothLanguagesAndAreAllUsed() {
    Properties en = MessageOwnerChecks.bundle(CoreMessage.class, "ErrorMessages.properties");
    Properties zh = MessageOwnerChecks.bundle(CoreMessage.class, "ErrorMessages_zh_CN.properties");
    assertThat(MessageOwnerChecks.bundleProblems(CoreMessage.class, en, zh)).isEmpty();
    assertThat(MessageOwnerChecks.unusedIds(CoreMessage.class, sources("core"))).isEmpty();
  }

  @Test
  void theAllowListNamesOnlyFilesThatStillHaveLiterals() {
    // An entry left behind by a move or a conversion would silently allow a literal added later.
    for (String allowed : CORE_ALLOWED) {
      assertThat(sources("core").resolve(allowed)).as(allowed).exists();
      assertThat(MessageOwnerChecks.literalMessages(sources("core"), Set.of()))
          .as(allowed)
          .anyMatch(found -> found.startsWith(allowed));
    }
  }

  @Test
  void coreWritesNoLiteralMessage() {
    assertThat(MessageOwnerChecks.literalMessages(sources("core"), CORE_ALLOWED)).isEmpty();
  }

  @Test
  void rulesMessagesHaveBothLanguagesAndAreAllUsed() {
    // compliance-rules has one owner per root package: the readers (io.anke.scan) sit below the
    // rules (io.anke.rules) and may not use the rules' internals.
    for (Class<? extends Enum<?>> owner : List.of(RulesMessage.class, ScanMessage.class)) {
      Properties en = MessageOwnerChecks.bundle(owner, "ErrorMessages.properties");
      Properties zh = MessageOwnerChecks.bundle(owner, "ErrorMessages_zh_CN.properties");
      assertThat(MessageOwnerChecks.bundleProblems(owner, en, zh)).as(owner.getName()).isEmpty();
      assertThat(MessageOwnerChecks.unusedIds(owner, sources("compliance-rules")))
          .as(owner.getName())
          .isEmpty();
    }
  }

  @Test
  void theRulesWriteNoLiteralMessage() {
    assertThat(MessageOwnerChecks.literalMessages(sources("compliance-rules"), Set.of())).isEmpty();
  }

  @Test
  void thePluginAndTheStarterWriteNoLiteralMessage() {
    // Both take their messages from their existing bundles (io/anke/maven/Messages*.properties,
    // io/anke/spring/**/Messages*.properties).
    assertThat(MessageOwnerChecks.literalMessages(sources("maven-plugin"), Set.of())).isEmpty();
    assertThat(MessageOwnerChecks.literalMessages(sources("spring-boot-starter"), Set.of()))
        .isEmpty();
  }

  @Test
  void theLiteralCheckFindsALiteralAddedBack(@TempDir Path dir) throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("x"));
    Files.writeString(
        pkg.resolve("A.java"),
        String.join(
            "\n",
            "class A {",
            "  void a(int n) {",
            "    if (n < 0) throw new IllegalArgumentException(\"negative: \" + n);",
            "    if (n > 9) throw new InputException(f, n,",
            "        \"too big\");",
            "    if (n == 5) throw new InputException(f, 0, M.X.text(\"key\", \", \"));",
            "    if (n == 6) throw new ConfigurationException(n > 1 ? \"a\" : b, 0, m);",
            "    if (n == 7) throw new IllegalStateException(n + \" is seven\", e);",
            "    if (n == 8) throw new UncheckedIOException(M.Y.english('\"'), e);",
            "  }",
            "}"));
    assertThat(MessageOwnerChecks.literalMessages(dir, Set.of()))
        .containsExactly("x/A.java:3", "x/A.java:4", "x/A.java:8");
    assertThat(MessageOwnerChecks.literalMessages(dir, Set.of("x/"))).isEmpty();
  }

  @Test
  void theLiteralCheckFindsLiteralWordsGivenToAMethodThatBuildsAnError(@TempDir Path dir)
      throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("y"));
    Files.writeString(
        pkg.resolve("B.java"),
        String.join(
            "\n",
            "class B {",
            "  void b(ConfigNode n, String what, int i) {",
            "    if (i == 1) throw n.error(what + \" must be a list\");",
            "    if (i == 2) throw error(n,",
            "        \"missing 'entries:' list\");",
            "    if (i == 3) throw fail(\"缺少字段\", i);",
            "    if (i == 4) throw configError(\"entry \" + what);",
            "    if (i == 5) throw n.error(M.YAML_NOT_A_LIST.text(what));",
            "    if (i == 6) problem(Kind.EMPTY, n, \"emptyFile\");",
            "    if (i == 7) log.error(\"  \" + text(\"finding more\", i));",
            "    if (i == 8) throw n.error(Text.of(\"缺少\", \"missing\"));",
            "    if (i == 9) throw terror(\"not an error helper\");",
            "    // a comment is no call: error(\"not code\")",
            "    /* fail(\"nor this\") */ String url = \"http://x/*\"; fail(\"a url // in a message\");",
            "  }",
            "}"));
    // 5 to 8 name their text through a bundle (a key is not a message; literals inside a nested
    // call are that call's business); 9 is another method whose name ends in "error"; comments
    // are not code, but a comment's marker inside a string is not a comment.
    assertThat(MessageOwnerChecks.literalMessages(dir, Set.of()))
        .containsExactly("y/B.java:3", "y/B.java:4", "y/B.java:6", "y/B.java:7", "y/B.java:14");
  }

  @Test
  void theBundleCheckFindsAMissingTranslationDifferentArgumentsAndAStrayKey() {
    Properties en = MessageOwnerChecks.bundle(CoreMessage.class, "ErrorMessages.properties");
    Properties zh = MessageOwnerChecks.bundle(CoreMessage.class, "ErrorMessages_zh_CN.properties");
    zh.remove(CoreMessage.MANIFEST_EMPTY.name());
    zh.setProperty("NO_SUCH_ID", "多余");
    en.setProperty(CoreMessage.MANIFEST_BAD_PATH.name(), "path {0}");
    assertThat(MessageOwnerChecks.bundleProblems(CoreMessage.class, en, zh))
        .containsExactlyInAnyOrder(
            "MANIFEST_EMPTY: no Chinese text",
            "MANIFEST_BAD_PATH: arguments [0] in English, [0, 1] in Chinese",
            "NO_SUCH_ID: in a bundle but not a constant of CoreMessage");
  }

  @Test
  void theUsageCheckFindsAnIdNoSourceNames(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Uses.java"), "class Uses { Object o = MANIFEST_EMPTY; }");
    assertThat(MessageOwnerChecks.unusedIds(CoreMessage.class, dir))
        .contains("MANIFEST_BAD_PATH")
        .doesNotContain("MANIFEST_EMPTY");
  }
}
