package io.anke.core.host.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parsers for the text files the host probe reads; pure functions over lines, easy to test. */
public final class HostFiles {
  private HostFiles() {}

  /** A parsed key/value file: values and the 1-based line of each key. */
  public record KeyValues(Map<String, String> values, Map<String, Integer> lines) {}

  /**
   * Parses os-release(5): {@code KEY=value} lines, values optionally in single or double quotes
   * with backslash escapes inside double quotes; comments and malformed lines are ignored, as the
   * format's readers are told to do.
   */
  public static KeyValues osRelease(List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      if (!key.matches("[A-Za-z0-9_]+")) {
        continue;
      }
      values.put(key, unquote(line.substring(eq + 1).strip()));
      lineOf.put(key, i + 1);
    }
    return new KeyValues(values, lineOf);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.charAt(0) == '\'' && v.endsWith("'")) {
      return v.substring(1, v.length() - 1);
    }
    if (v.length() >= 2 && v.charAt(0) == '"' && v.endsWith("\"")) {
      StringBuilder out = new StringBuilder();
      String inner = v.substring(1, v.length() - 1);
      for (int i = 0; i < inner.length(); i++) {
        char c = inner.charAt(i);
        if (c == '\\' && i + 1 < inner.length()) {
          c = inner.charAt(++i);
        }
        out.append(c);
      }
      return out.toString();
    }
    return v;
  }

  /** The first processor's fields of /proc/cpuinfo (keys lowercased) and the processor count. */
  public record CpuFields(Map<String, String> first, int processors) {
    /** A field by lowercase key, or null. */
    public String get(String key) {
      return first.get(key);
    }
  }

  /**
   * Parses /proc/cpuinfo: {@code key<TAB>: value} lines, stanzas separated by blank lines. Values
   * keep their own spacing (Zhaoxin's vendor_id is {@code " Shanghai "}); only the single space the
   * kernel prints after the colon is removed.
   */
  public static CpuFields cpuInfo(List<String> lines) {
    Map<String, String> first = new LinkedHashMap<>();
    int processors = 0;
    boolean inFirst = true;
    for (String line : lines) {
      if (line.isBlank()) {
        if (!first.isEmpty()) {
          inFirst = false;
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (key.equals("processor")) {
        processors++;
      }
      if (inFirst && !first.containsKey(key)) {
        first.put(key, value);
      }
    }
    return new CpuFields(first, processors);
  }
}
