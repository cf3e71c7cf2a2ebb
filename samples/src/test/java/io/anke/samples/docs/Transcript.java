package io.anke.samples.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console session as a document shows it: commands after {@code $ }, each followed by the output
 * it prints and, when it fails, {@code (exit N)}. {@link #check} runs the commands and compares
 * what they print with what the document shows. Key ids ({@code 0x} and 8 hex digits) and hex
 * strings of 8 or more digits are variables: the first time the document names one it stands for
 * whatever was printed there, and from then on for that text only. Instants and dates match any
 * instant and date. A line {@code ...} or {@code …} alone leaves out any number of lines. A command
 * that names a bound variable runs with the printed text in its place.
 */
final class Transcript {
  private static final Pattern VARIABLE =
      Pattern.compile(
          "(?<instant>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z)"
              + "|(?<id>0x[0-9a-f]{8})(?![0-9a-f])"
              + "|(?<![0-9a-zA-Z])(?<hex>[0-9a-f]{8,})(?![0-9a-zA-Z])"
              + "|(?<date>\\d{4}-\\d\\d-\\d\\d)");
  private static final Pattern EXIT = Pattern.compile("\\(exit (\\d+)\\)");

  /** One command of the session, with the line of the document it is on. */
  record Step(int line, String command, List<String> expected, int exit) {}

  private final List<Step> steps;
  private final Map<String, String> bound = new HashMap<>();
  private final List<DocShell.Result> results = new ArrayList<>();

  private Transcript(List<Step> steps) {
    this.steps = steps;
  }

  List<Step> steps() {
    return steps;
  }

  /**
   * Reads the session from a block's lines.
   *
   * @param firstLine the document line of the block's first line
   * @throws IllegalArgumentException when output comes before any command
   */
  static Transcript parse(List<String> lines, int firstLine) {
    List<Step> steps = new ArrayList<>();
    String command = null;
    int at = 0;
    List<String> expected = new ArrayList<>();
    int exit = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.isBlank() || line.equals("#") || line.startsWith("# ")) {
        continue;
      }
      if (line.startsWith("$ ")) {
        if (command != null) {
          steps.add(new Step(at, command, expected, exit));
        }
        at = firstLine + i;
        StringBuilder cmd = new StringBuilder(line.substring(2));
        while (cmd.toString().endsWith("\\") && i + 1 < lines.size()) {
          cmd.setLength(cmd.length() - 1);
          cmd.append(' ').append(lines.get(++i).strip());
        }
        command = cmd.toString();
        expected = new ArrayList<>();
        exit = 0;
        continue;
      }
      if (command == null) {
        throw new IllegalArgumentException(
            "line " + (firstLine + i) + ": output before the first command: " + line);
      }
      Matcher m = EXIT.matcher(line);
      if (m.matches()) {
        exit = Integer.parseInt(m.group(1));
      } else {
        expected.add(line);
      }
    }
    if (command != null) {
      steps.add(new Step(at, command, expected, exit));
    }
    return new Transcript(steps);
  }

  /**
   * What runs differently from the session shown; empty when every command printed what it shows.
   */
  List<String> check(DocShell shell) throws Exception {
    List<String> problems = new ArrayList<>();
    for (Step step : steps) {
      String command = substitute(step.command());
      DocShell.Result result = shell.run(command);
      results.add(result);
      List<String> actual =
          result.output().lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
      String mismatch = mismatch(step.expected(), actual);
      if (mismatch != null || result.exit() != step.exit()) {
        problems.add(
            String.format(
                "line %d: $ %s%n  %s%n  it printed (exit %d):%n    %s",
                step.line(),
                command,
                mismatch != null ? mismatch : "exit " + result.exit() + ", shown " + step.exit(),
                result.exit(),
                String.join("\n    ", actual)));
      }
    }
    return problems;
  }

  /**
   * {@code command} with each variable that output has bound replaced by what it was bound to, so
   * that a later command can name what an earlier one printed ({@code --id 0x0f1af6f5} after {@code
   * Added key 0x0f1af6f5}). Variables not bound yet stay as the document writes them.
   */
  String substitute(String command) {
    Matcher m = VARIABLE.matcher(command);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          m.group("instant") == null && m.group("date") == null ? bound.get(m.group()) : null;
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The block's lines with what the commands printed in {@link #check} in place of the output it
   * shows: commands, comments and blank lines stay. For a maintainer whose change alters the output
   * on purpose ({@code -Ddocs.record=true}); the diff shows what changed.
   */
  List<String> recorded(List<String> lines) {
    List<String> out = new ArrayList<>();
    int step = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.stripTrailing();
      if (stripped.startsWith("$ ")) {
        step++;
        out.add(line);
        while (line.stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
          line = lines.get(++i);
          out.add(line);
        }
        if (step < results.size()) {
          DocShell.Result r = results.get(step);
          r.output().lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).forEach(out::add);
          if (r.exit() != 0) {
            out.add("(exit " + r.exit() + ")");
          }
        }
      } else if (stripped.isEmpty() || stripped.equals("#") || stripped.startsWith("# ")) {
        out.add(line);
      }
    }
    return out;
  }

  /** The first shown line that the output does not hold where it should, or null. */
  String mismatch(List<String> expected, List<String> actual) {
    int a = 0;
    for (int e = 0; e < expected.size(); e++) {
      String want = expected.get(e);
      if (want.strip().equals("...") || want.strip().equals("…")) {
        if (e + 1 == expected.size()) {
          return null;
        }
        String next = expected.get(e + 1);
        while (a < actual.size() && !matches(next, actual.get(a))) {
          a++;
        }
        continue;
      }
      if (a >= actual.size()) {
        return "shown but not printed: " + want;
      }
      if (!matches(want, actual.get(a))) {
        return "shown: " + want + "\n  printed: " + actual.get(a);
      }
      a++;
    }
    return a < actual.size() ? "printed but not shown: " + actual.get(a) : null;
  }

  /** Whether {@code actual} is {@code shown} with its variables filled in; binds new ones. */
  boolean matches(String shown, String actual) {
    StringBuilder regex = new StringBuilder();
    List<String> fresh = new ArrayList<>();
    Matcher m = VARIABLE.matcher(shown);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(shown.substring(last, m.start())));
      String token = m.group();
      if (m.group("instant") != null) {
        regex.append("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z");
      } else if (m.group("date") != null) {
        regex.append("\\d{4}-\\d\\d-\\d\\d");
      } else if (bound.containsKey(token)) {
        regex.append(Pattern.quote(bound.get(token)));
      } else if (fresh.contains(token)) {
        regex.append("\\").append(fresh.indexOf(token) + 1);
      } else {
        fresh.add(token);
        regex.append(
            m.group("id") != null ? "(0x[0-9a-f]{8})" : "([0-9a-f]{" + token.length() + "})");
      }
      last = m.end();
    }
    regex.append(Pattern.quote(shown.substring(last)));
    Matcher got = Pattern.compile(regex.toString()).matcher(actual);
    if (!got.matches()) {
      return false;
    }
    for (int i = 0; i < fresh.size(); i++) {
      bound.put(fresh.get(i), got.group(i + 1));
    }
    return true;
  }
}
