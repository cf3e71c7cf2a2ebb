package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * picocli shows help texts as written, without MessageFormat, so an apostrophe escaped for
 * MessageFormat ({@code ''}) would show doubled: no command's help may contain one.
 */
class HelpTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void noHelpShowsAnEscapedApostrophe(String language) {
    List<String> problems = new ArrayList<>();
    int commands = walk(Main.commandLine(Locale.forLanguageTag(language)), problems);
    assertThat(commands).isGreaterThan(30);
    assertThat(problems).isEmpty();
  }

  private static int walk(CommandLine cmd, List<String> problems) {
    String help = cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
    for (String line : help.lines().toList()) {
      if (line.contains("''")) {
        problems.add(cmd.getCommandSpec().qualifiedName() + ": " + line.strip());
      }
    }
    int n = 1;
    for (CommandLine sub : cmd.getSubcommands().values()) {
      n += walk(sub, problems);
    }
    return n;
  }
}
