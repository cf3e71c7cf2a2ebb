package io.anke.core.report.internal;

import static io.anke.core.report.internal.Html.esc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A remediation as HTML: its sentences as a paragraph, except that a sentence that introduces a
 * list ("Domestic alternatives from the catalog: A; B; C." — a lead ending in a colon, then three
 * or more items separated by semicolons) becomes its lead and a bulleted list. Only the layout
 * changes; every word of the text is kept, escaped.
 */
final class Remediation {
  private static final Pattern ENGLISH_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
  private static final Pattern CHINESE_SENTENCE = Pattern.compile("(?<=[。！？])");
  private static final int MIN_ITEMS = 3;

  private Remediation() {}

  /** The text in {@code <p>} and {@code <ul>} elements; {@code zh} selects the punctuation. */
  static String html(String text, boolean zh) {
    String colon = zh ? "：" : ": ";
    String separator = zh ? "；" : "; ";
    List<String> sentences =
        Arrays.asList((zh ? CHINESE_SENTENCE : ENGLISH_SENTENCE).split(text.strip()));
    StringBuilder out = new StringBuilder();
    List<String> paragraph = new ArrayList<>();
    for (String sentence : sentences) {
      int lead = sentence.indexOf(colon);
      int first = sentence.indexOf(separator);
      String[] items =
          lead >= 0 && first > lead
              ? sentence.substring(lead + colon.length()).split(Pattern.quote(separator))
              : new String[0];
      if (items.length < MIN_ITEMS) {
        paragraph.add(sentence);
        continue;
      }
      flush(out, paragraph, zh);
      out.append("<p>").append(esc(sentence.substring(0, lead + colon.length()).strip()));
      out.append("</p><ul class=\"alternatives\">");
      for (int i = 0; i < items.length; i++) {
        String item = items[i].strip();
        if (i == items.length - 1) {
          item = item.replaceFirst("[.。]$", "");
        }
        out.append("<li>").append(esc(item)).append("</li>");
      }
      out.append("</ul>");
    }
    flush(out, paragraph, zh);
    return out.toString();
  }

  private static void flush(StringBuilder out, List<String> paragraph, boolean zh) {
    if (paragraph.isEmpty()) {
      return;
    }
    out.append("<p>").append(esc(String.join(zh ? "" : " ", paragraph))).append("</p>");
    paragraph.clear();
  }
}
