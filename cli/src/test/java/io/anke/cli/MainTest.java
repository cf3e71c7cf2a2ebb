package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  /** The result of one in-process run of the command. */
  record Run(int exit, String out, String err) {}

  /** Runs the command in-process, with no {@code ANKE_LANG} whatever the environment holds. */
  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs the command in-process with {@code environment} as its environment. */
  static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment, args);
    // What the command printed goes to this test class's output file too, where the leak scan of
    // the samples module looks for the canary keys and passwords (not the arguments: they hold
    // keys on purpose).
    System.out.print(out);
    System.err.print(err);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void versionPrintsProjectVersion() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("anke ").doesNotContain("${");
  }

  @Test
  void helpListsExitCodes() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: anke").contains("--version");
  }

  @Test
  void unknownOptionIsAUsageErrorWithShortMessage() {
    Run r = run("--no-such-option");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option").contains("--help");
    assertThat(r.err().lines().count()).isLessThan(6);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("anke");
  }

  @Test
  void everyCommandHasItsOwnSummaryLine() {
    java.util.Map<String, String> headers = new java.util.TreeMap<>();
    Main.commandLine()
        .getSubcommands()
        .forEach((name, sub) -> headers.put(name, sub.getHelp().header().strip()));
    assertThat(headers).isNotEmpty();
    assertThat(headers.values()).doesNotContain("").doesNotHaveDuplicates();
  }

  @Test
  void everyCommandsBundleHasTheSameKeysInBothLanguages() throws IOException {
    Set<String> bundles = new TreeSet<>();
    bundlesOf(Main.commandLine(), bundles);
    assertThat(bundles)
        .contains("io.anke.cli.Messages", "io.anke.cli.AuditMessages", "io.anke.cli.Sm3Messages");
    for (String bundle : bundles) {
      String path = "/" + bundle.replace('.', '/');
      Properties en = load(path + ".properties");
      Properties zh = load(path + "_zh_CN.properties");
      assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
    }
  }

  private static void bundlesOf(CommandLine cmd, Set<String> into) {
    String bundle = cmd.getCommandSpec().resourceBundleBaseName();
    if (bundle != null) {
      into.add(bundle);
    }
    cmd.getSubcommands().values().forEach(sub -> bundlesOf(sub, into));
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MainTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
