package io.anke.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds the build output that a sample's README.md, or a page of {@code docs/}, shows to what the
 * build really printed, so that the text cannot drift from the plugin. The verify scripts of {@code
 * samples/maven-gate} call it on their {@code build.log} for their README ({@link
 * #assertAllShownIn}); the verify scripts of the plugin's integration builds ({@code
 * maven-plugin/src/it}) call it for the excerpts of {@code docs/maven-plugin.md} and {@code
 * docs/data-access.md} that come from their build, by name ({@link #assertShownIn}).
 *
 * <p>An excerpt is a fenced block after a marker line {@code <!-- excerpt: NAME -->}. Its lines
 * must be lines of the log, consecutive and in the same order, except where the excerpt has a line
 * {@code …} alone: there it leaves out any number of lines. A line that ends in {@code " …"} shows
 * the start of a longer line. A date ({@code 2027-02-25}) stands for any date, as the suggested
 * expiry of a waiver is 90 days after the day of the build. Trailing blanks do not count.
 */
public final class ReadmeExcerpts {
  static final String ELISION = "…";
  private static final String CUT = " " + ELISION;
  private static final Pattern EXCERPT =
      Pattern.compile(
          "<!-- excerpt: (\\S+) -->\\R```[^\\n]*\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

  private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  private ReadmeExcerpts() {}

  /**
   * For the verify scripts: every excerpt of {@code readme} is in {@code log}.
   *
   * @return how many excerpts were checked
   * @throws AssertionError naming each excerpt line the log does not hold, or when the README has
   *     no excerpt at all
   */
  public static int assertAllShownIn(Path readme, String log) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    List<String> problems = problems(text, log);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          readme
              + " shows output that this build did not print:\n  "
              + String.join("\n  ", problems));
    }
    return excerpts(text).size();
  }

  /**
   * For the verify scripts of the integration builds: the excerpts of {@code doc} named {@code
   * names} are in {@code log}. A page shows the output of several builds; each build's script
   * checks the excerpts that come from it (a unit test checks that every excerpt of the page is
   * named by some script).
   *
   * @return how many excerpts were checked
   * @throws AssertionError naming each excerpt line the log does not hold, or a name the page has
   *     no excerpt of
   */
  public static int assertShownIn(Path doc, String log, String... names) throws IOException {
    List<String> problems = problems(Files.readString(doc, StandardCharsets.UTF_8), log, names);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          doc + " shows output that this build did not print:\n  " + String.join("\n  ", problems));
    }
    return names.length;
  }

  /** What the named excerpts of {@code doc} claim that the log does not hold. */
  static List<String> problems(String doc, String log, String... names) {
    List<Excerpt> excerpts = excerpts(doc);
    List<String> logLines = lines(log);
    List<String> problems = new ArrayList<>();
    if (names.length == 0) {
      problems.add("no excerpt named");
    }
    for (String name : names) {
      List<Excerpt> named = excerpts.stream().filter(e -> e.name().equals(name)).toList();
      if (named.size() != 1) {
        problems.add(named.size() + " blocks <!-- excerpt: " + name + " --> (expected one)");
        continue;
      }
      String missing = firstMissing(named.get(0).lines(), logLines);
      if (missing != null) {
        problems.add("excerpt " + name + ": not in the log (in order): " + missing);
      }
    }
    return problems;
  }

  /** What the README's excerpts claim that the log does not hold; empty when they are true. */
  static List<String> problems(String readme, String log) {
    List<Excerpt> excerpts = excerpts(readme);
    List<String> problems = new ArrayList<>();
    if (excerpts.isEmpty()) {
      problems.add("no <!-- excerpt: NAME --> block");
    }
    List<String> logLines = lines(log);
    for (Excerpt e : excerpts) {
      String missing = firstMissing(e.lines(), logLines);
      if (missing != null) {
        problems.add("excerpt " + e.name() + ": not in the log (in order): " + missing);
      }
    }
    return problems;
  }

  record Excerpt(String name, List<String> lines) {}

  static List<Excerpt> excerpts(String readme) {
    List<Excerpt> found = new ArrayList<>();
    Matcher m = EXCERPT.matcher(readme.replace("\r\n", "\n"));
    while (m.find()) {
      found.add(new Excerpt(m.group(1), lines(m.group(2))));
    }
    return found;
  }

  /**
   * The first excerpt line that the log does not hold where the excerpt needs it, or null. The
   * excerpt is cut at its elision lines into runs; each run must match consecutive log lines, and
   * each run must start after the previous one ended.
   */
  static String firstMissing(List<String> excerpt, List<String> log) {
    int from = 0;
    List<String> run = new ArrayList<>();
    for (String line : append(excerpt, ELISION)) {
      if (!line.equals(ELISION)) {
        run.add(line);
        continue;
      }
      if (!run.isEmpty()) {
        int at = find(run, log, from);
        if (at < 0) {
          return longestMatchedPrefixFailure(run, log, from);
        }
        from = at + run.size();
        run.clear();
      }
    }
    return null;
  }

  private static int find(List<String> run, List<String> log, int from) {
    for (int start = from; start + run.size() <= log.size(); start++) {
      int i = 0;
      while (i < run.size() && matches(run.get(i), log.get(start + i))) {
        i++;
      }
      if (i == run.size()) {
        return start;
      }
    }
    return -1;
  }

  /** The line of a run that breaks it, so that the message names the line that drifted. */
  private static String longestMatchedPrefixFailure(List<String> run, List<String> log, int from) {
    int best = 0;
    for (int start = from; start < log.size(); start++) {
      int i = 0;
      while (i < run.size() && start + i < log.size() && matches(run.get(i), log.get(start + i))) {
        i++;
      }
      best = Math.max(best, i);
    }
    return run.get(best);
  }

  private static boolean matches(String shown, String printed) {
    boolean cut = shown.endsWith(CUT);
    String text = cut ? shown.substring(0, shown.length() - CUT.length()) : shown;
    Matcher date = DATE.matcher(text);
    if (!date.find()) {
      return cut ? printed.startsWith(text) : text.equals(printed);
    }
    StringBuilder regex = new StringBuilder();
    int from = 0;
    do {
      regex.append(Pattern.quote(text.substring(from, date.start()))).append(DATE.pattern());
      from = date.end();
    } while (date.find());
    regex.append(Pattern.quote(text.substring(from)));
    Matcher m = Pattern.compile(regex.toString()).matcher(printed);
    return cut ? m.lookingAt() : m.matches();
  }

  private static List<String> lines(String text) {
    return text.replace("\r\n", "\n").lines().map(String::stripTrailing).toList();
  }

  private static List<String> append(List<String> lines, String last) {
    List<String> all = new ArrayList<>(lines);
    all.add(last);
    return all;
  }
}
