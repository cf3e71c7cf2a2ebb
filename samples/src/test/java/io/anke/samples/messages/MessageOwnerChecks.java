package io.anke.samples.messages;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every module's message owner passes (issue 17): both languages for every id with the
 * same arguments, no bundle key without an id, no id unused, and no exception message written as a
 * literal at the throw site. Each module keeps its messages in its own owner; this test holds them
 * all to the same rules, as {@code ArchitectureTest} holds their dependencies.
 */
final class MessageOwnerChecks {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
  private static final Pattern NEW_EXCEPTION =
      Pattern.compile("new\\s+[\\w.]*(?:Exception|Error)\\s*\\(");

  /**
   * A call of a method that builds an error from its arguments: {@code node.error(…)}, {@code
   * fail(…)}, {@code problem(…)}, {@code usage(…)}, {@code configError(…)}, {@code pathProblem(…)}
   * and the like.
   */
  private static final Pattern ERROR_HELPER =
      Pattern.compile(
          "(?<![\\w$])(?:error|fail|failure|problem|usage|reject|invalid|malformed"
              + "|[a-z]\\w*(?:Error|Problem|Failure))\\s*\\(");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * Literal text that reads as words: English with a space between words, or any Chinese. Bundle
   * keys ({@code "notResource"}, {@code "verify." + key}) and bare separators ({@code " "}) are not
   * messages.
   */
  private static final Pattern WORDS = Pattern.compile("\\p{L}.*\\s|\\s.*\\p{L}|\\p{IsHan}");

  private MessageOwnerChecks() {}

  /** A bundle file read as UTF-8, as {@link java.util.ResourceBundle} reads it. */
  static Properties bundle(Class<?> owner, String resource) {
    Properties p = new Properties();
    try (var in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Problems with the bundles of {@code owner}: an id missing or blank in a language, the two
   * languages using different argument indexes, a key that is not an id.
   */
  static List<String> bundleProblems(
      Class<? extends Enum<?>> owner, Properties english, Properties chinese) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (Enum<?> c : owner.getEnumConstants()) {
      String id = c.name();
      ids.add(id);
      String en = english.getProperty(id);
      String zh = chinese.getProperty(id);
      if (en == null || en.isBlank()) {
        problems.add(id + ": no English text");
      }
      if (zh == null || zh.isBlank()) {
        problems.add(id + ": no Chinese text");
      }
      if (en != null && zh != null && !arguments(en).equals(arguments(zh))) {
        problems.add(
            id + ": arguments " + arguments(en) + " in English, " + arguments(zh) + " in Chinese");
      }
    }
    for (Properties p : List.of(english, chinese)) {
      for (String key : p.stringPropertyNames()) {
        if (!ids.contains(key)) {
          problems.add(key + ": in a bundle but not a constant of " + owner.getSimpleName());
        }
      }
    }
    return problems;
  }

  /** The argument indexes a MessageFormat pattern uses. */
  static Set<Integer> arguments(String pattern) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  /** The ids of {@code owner} that no source under {@code sources} names, except its own file. */
  static List<String> unusedIds(Class<? extends Enum<?>> owner, Path sources) {
    String own = owner.getSimpleName() + ".java";
    StringBuilder all = new StringBuilder();
    for (Path f : javaFiles(sources)) {
      if (!f.getFileName().toString().equals(own)) {
        all.append(read(f)).append('\n');
      }
    }
    List<String> unused = new ArrayList<>();
    for (Enum<?> c : owner.getEnumConstants()) {
      if (!Pattern.compile("\\b" + c.name() + "\\b").matcher(all).find()) {
        unused.add(c.name());
      }
    }
    return unused;
  }

  /**
   * Throw sites under {@code sources} whose message is a string literal or is assembled with one
   * ({@code new XException("…")}, {@code new XException(source, 0, "…" + x)}), and calls of a
   * method that builds an error ({@code node.error("must be a list")}, {@code fail(what + " is
   * missing")}, see {@link #ERROR_HELPER}) given literal words, as {@code path:line}, except in
   * files whose path relative to {@code sources} starts with an entry of {@code allowed}.
   */
  static List<String> literalMessages(Path sources, Set<String> allowed) {
    List<String> found = new ArrayList<>();
    for (Path f : javaFiles(sources)) {
      String rel = sources.relativize(f).toString().replace('\\', '/');
      if (allowed.stream().anyMatch(rel::startsWith)) {
        continue;
      }
      String s = withoutComments(read(f));
      Matcher m = NEW_EXCEPTION.matcher(s);
      while (m.find()) {
        for (String argument : topLevelArguments(s, m.end())) {
          String a = argument.strip();
          if (a.startsWith("\"")
              || a.matches("(?s).*\"\\s*\\+.*")
              || a.matches("(?s).*\\+\\s*\".*")) {
            found.add(rel + ":" + (lineOf(s, m.start())));
            break;
          }
        }
      }
      Matcher h = ERROR_HELPER.matcher(s);
      while (h.find()) {
        String where = rel + ":" + lineOf(s, h.start());
        if (!found.contains(where)
            && topLevelArguments(s, h.end()).stream().anyMatch(MessageOwnerChecks::hasWords)) {
          found.add(where);
        }
      }
    }
    return found;
  }

  /**
   * The source with its comments blanked out (line breaks kept, so lines still count): a comment
   * that says "{@code malformed (…)}" is not a call.
   */
  static String withoutComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, s.length());
        out.append(s, i, end);
        i = end;
      } else if (s.startsWith("//", i) || s.startsWith("/*", i)) {
        int end =
            s.charAt(i + 1) == '/'
                ? (s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i))
                : (s.indexOf("*/", i + 2) < 0 ? s.length() : s.indexOf("*/", i + 2) + 2);
        for (int k = i; k < end; k++) {
          out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** True when an argument has a string literal of its own (not inside a nested call) of words. */
  private static boolean hasWords(String argument) {
    Matcher m = STRING_LITERAL.matcher(argument);
    while (m.find()) {
      if (WORDS.matcher(m.group(1)).find()) {
        return true;
      }
    }
    return false;
  }

  /** The arguments of the call whose argument list starts at {@code from}, split at top level. */
  static List<String> topLevelArguments(String s, int from) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 1;
    boolean inString = false;
    boolean inChar = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString || inChar) {
        if (depth == 1) {
          current.append(c);
        }
        if (c == '\\' && i + 1 < s.length()) {
          i++;
        } else if ((inString && c == '"') || (inChar && c == '\'')) {
          inString = false;
          inChar = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '\'') {
        inChar = true;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          break;
        }
      } else if (c == ',' && depth == 1) {
        args.add(current.toString());
        current.setLength(0);
        continue;
      }
      // Only what is at the top level of the call counts: a literal inside a nested call (a
      // bundle key, a separator for String.join) is not the message.
      if (depth == 1 || c == '(' || c == '[' || c == '{') {
        current.append(depth == 1 ? c : ' ');
      }
    }
    args.add(current.toString());
    return args;
  }

  private static int lineOf(String s, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
