package io.anke.samples.govdata;

import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the story: every sentence comes from this package's message bundles and is printed in
 * Chinese, then in English; data (records as a department sees them) is printed once. It also keeps
 * what did not come out as designed, which decides the exit code.
 */
final class Narrator {
  private static final TextBundle TEXT =
      TextBundle.of("io.anke.samples.govdata.Messages", Narrator.class.getClassLoader());

  private final PrintStream out;
  private final List<Text> deviations = new ArrayList<>();

  Narrator(PrintStream out) {
    this.out = out;
  }

  /**
   * The text under {@code key}. An argument that is itself a {@link Text} is put in in the same
   * language, so that a sentence can quote a validator's, a policy's or a verifier's own words.
   */
  static Text text(String key, Object... args) {
    boolean bilingualArgument = false;
    Object[] zh = args.clone();
    Object[] en = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Text t) {
        zh[i] = t.zh();
        en[i] = t.en();
        bilingualArgument = true;
      }
    }
    if (!bilingualArgument) {
      return TEXT.text(key, args);
    }
    return Text.of(TEXT.text(key, zh).zh(), TEXT.text(key, en).en());
  }

  /** The heading of a step, after a blank line. */
  void step(String key, Object... args) {
    out.println();
    Text t = text(key, args);
    out.println(t.zh());
    out.println(t.en());
  }

  /** One sentence of the story, Chinese then English. */
  void say(String key, Object... args) {
    quote(text(key, args));
  }

  /** A sentence the library wrote in both languages, Chinese then English. */
  void quote(Text t) {
    out.println("  " + t.zh());
    out.println("  " + t.en());
  }

  /** Data that reads the same in both languages, such as a record as JSON. */
  void data(String line) {
    out.println("      " + line);
  }

  /** Something that did not come out as the story designed; the run will end non-zero. */
  void deviation(String key, Object... args) {
    Text t = text(key, args);
    deviations.add(t);
    out.println("  !! " + t.zh());
    out.println("  !! " + t.en());
  }

  /** What did not come out as designed, in order. */
  List<Text> deviations() {
    return List.copyOf(deviations);
  }
}
