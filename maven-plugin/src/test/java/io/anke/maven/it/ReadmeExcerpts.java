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
 * Holds the build output that a sample's README.md shows to what the build really printed, so that
 * the README cannot drift from the plugin. The verify scripts of {@code samples/maven-gate} call it
 * on their {@code build.log}.
 *
 * <p>An excerpt is a fenced block after a marker line {@code <!-- excerpt: NAME -->}. Its lines
 * must be lines of the log, consecutive and in the same order, except where the excerpt has a line
 * {@code …} alone: there it leaves out any number of lines. A line that ends in {@code " …"} shows
 * the start of a longer line. Trailing blanks do not count.
 */
public final class ReadmeExcerpts {
  static final String ELISION = "…";
  private static final String CUT = " " + ELISION;
  private static final Pattern EXCERPT =
      Pattern.compile(
          "<!-- excerpt: (\\S+) -->\\R```[^\\n]*\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

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
    if (shown.endsWith(CUT)) {
      return printed.startsWith(shown.substring(0, shown.length() - CUT.length()));
    }
    return shown.equals(printed);
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
