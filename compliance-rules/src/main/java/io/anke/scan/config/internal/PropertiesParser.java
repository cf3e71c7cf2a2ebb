package io.anke.scan.config.internal;

import io.anke.scan.config.ConfigEntry;
import io.anke.scan.internal.ScanMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code .properties} text as {@link java.util.Properties#load(java.io.Reader)} does
 * (comments, continuation lines, {@code =}, {@code :} or blank separators, backslash escapes), but
 * keeps the line on which each entry starts.
 */
public final class PropertiesParser {
  private PropertiesParser() {}

  /** The entries of {@code text}, in file order. */
  public static List<ConfigEntry> parse(String text) throws ParseException {
    List<ConfigEntry> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int i = 0;
    while (i < lines.length) {
      int startLine = i + 1;
      String first = stripLeading(lines[i]);
      i++;
      if (first.isEmpty() || first.charAt(0) == '#' || first.charAt(0) == '!') {
        continue;
      }
      StringBuilder logical = new StringBuilder(first);
      while (endsWithContinuation(logical) && i < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(stripLeading(lines[i]));
        i++;
      }
      if (endsWithContinuation(logical)) {
        logical.setLength(logical.length() - 1);
      }
      out.add(entry(logical.toString(), startLine));
    }
    return out;
  }

  private static ConfigEntry entry(String line, int lineNumber) throws ParseException {
    int keyEnd = 0;
    boolean escaped = false;
    while (keyEnd < line.length()) {
      char c = line.charAt(keyEnd);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
        break;
      }
      keyEnd++;
    }
    int valueStart = keyEnd;
    while (valueStart < line.length() && isBlank(line.charAt(valueStart))) {
      valueStart++;
    }
    if (valueStart < line.length()
        && (line.charAt(valueStart) == '=' || line.charAt(valueStart) == ':')) {
      valueStart++;
      while (valueStart < line.length() && isBlank(line.charAt(valueStart))) {
        valueStart++;
      }
    }
    String key = unescape(line.substring(0, keyEnd), lineNumber);
    String value = unescape(line.substring(valueStart), lineNumber);
    return new ConfigEntry(key, value, lineNumber);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  private static boolean endsWithContinuation(CharSequence s) {
    int backslashes = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String unescape(String s, int line) throws ParseException {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (i + 4 >= s.length()) {
            throw new ParseException(line, ScanMessage.CONFIG_ESCAPE_INCOMPLETE.text());
          }
          try {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          } catch (NumberFormatException e) {
            throw new ParseException(line, ScanMessage.CONFIG_ESCAPE_MALFORMED.text());
          }
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }
}
