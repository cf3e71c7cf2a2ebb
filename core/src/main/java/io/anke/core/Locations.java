package io.anke.core;

/** Formats "file:line: " prefixes the way compilers do, so that editors can jump to them. */
final class Locations {
  private Locations() {}

  static String prefix(String source, int line) {
    if (source == null || source.isEmpty()) {
      return "";
    }
    return line > 0 ? source + ":" + line + ": " : source + ": ";
  }
}
