package io.anke.core.report.internal;

import io.anke.core.report.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out text for a terminal: the columns a string takes (a Chinese character or full-width
 * punctuation mark takes two) and greedy wrapping that breaks English at spaces and Chinese between
 * characters, never before a closing mark such as {@code ，。）} nor after an opening one such as
 * {@code （}. A word longer than the line is kept whole (a path or package URL broken in two could
 * not be copied).
 */
final class TextLayout {
  private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉,.;:!?)]}%";
  private static final String NO_LINE_END = "（《「『【〔〈([{";

  private TextLayout() {}

  /** Columns {@code s} takes in a terminal (see {@link DisplayWidth}). */
  static int width(String s) {
    return DisplayWidth.of(s);
  }

  private static boolean wide(int cp) {
    return DisplayWidth.isWide(cp);
  }

  /**
   * {@code text} in lines of at most {@code columns} columns (a single unbreakable word may be
   * longer); runs of spaces collapse where a line breaks. Never empty: a blank text is one empty
   * line.
   */
  static List<String> wrap(String text, int columns) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (Unit u : units(text)) {
      int needed = (u.spaceBefore() && line.length() > 0 ? 1 : 0) + u.width();
      if (line.length() > 0 && lineWidth + needed > columns) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        needed = u.width();
      }
      if (u.spaceBefore() && line.length() > 0) {
        line.append(' ');
      }
      line.append(u.text());
      lineWidth += needed;
    }
    lines.add(line.toString());
    return lines;
  }

  /** A piece that is never broken, and whether a space separates it from the one before. */
  private record Unit(String text, int width, boolean spaceBefore) {}

  /** Splits at spaces, and between a wide character and its neighbours where a line may break. */
  private static List<Unit> units(String text) {
    List<Unit> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentSpaced = false;
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = text.substring(i, i + Character.charCount(cp));
      i += ch.length();
      if (cp == ' ') {
        space = true;
        continue;
      }
      if (current.length() > 0) {
        int last = current.codePointBefore(current.length());
        boolean breakable =
            space
                || ((wide(last) || wide(cp))
                    && !NO_LINE_START.contains(ch)
                    && NO_LINE_END.indexOf(last) < 0);
        if (!breakable) {
          current.append(ch);
          continue;
        }
        String piece = current.toString();
        out.add(new Unit(piece, width(piece), currentSpaced));
        current.setLength(0);
      }
      current.append(ch);
      currentSpaced = space;
      space = false;
    }
    if (current.length() > 0) {
      String piece = current.toString();
      out.add(new Unit(piece, width(piece), currentSpaced));
    }
    return out;
  }
}
