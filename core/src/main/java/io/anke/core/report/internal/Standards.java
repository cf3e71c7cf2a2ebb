package io.anke.core.report.internal;

import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard references findings carry ({@code GB/T 39786-2021 5(a)}, {@code Xinchuang (信创)
 * domestic stack}) as a person reads them in either language: the standard's label and clause, and
 * the standard's name. References to standards this class does not know are shown as written.
 */
final class Standards {
  /** A standard: the id of its bundle keys and its designation as rules write it. */
  private record Known(String id, String written) {}

  private static final List<Known> KNOWN =
      List.of(
          new Known("gbt39786", "GB/T 39786-2021"),
          new Known("gbt22239", "GB/T 22239-2019"),
          new Known("gbt35273", "GB/T 35273-2020"),
          new Known("gbt38636", "GB/T 38636-2020"),
          new Known("gbt17964", "GB/T 17964-2021"),
          new Known("xinchuang", "Xinchuang (信创) domestic stack"),
          new Known("csl", "Cybersecurity Law (网络安全法)"));

  private static final Pattern ANNEX = Pattern.compile("Annex ([A-Z])");
  private static final Pattern ARTICLE = Pattern.compile("Art\\. (\\d+)\\((\\d+)\\)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private Standards() {}

  /** A reference split into its standard (null when unknown) and its clause (possibly empty). */
  private record Reference(Known standard, String clause, String written) {}

  private static Reference parse(String written) {
    for (Known k : KNOWN) {
      if (written.equals(k.written())) {
        return new Reference(k, "", written);
      }
      if (written.startsWith(k.written() + " ")) {
        return new Reference(k, written.substring(k.written().length() + 1).strip(), written);
      }
    }
    return new Reference(null, "", written);
  }

  /** "GB/T 39786-2021 附录 B" / "GB/T 39786-2021 Annex B"; an unknown reference as written. */
  static Text label(String written) {
    Reference r = parse(written);
    if (r.standard() == null) {
      return Text.same(written);
    }
    Text standard = Html.text("std." + r.standard().id() + ".label");
    if (r.clause().isEmpty()) {
      return standard;
    }
    Text clause = translate(r.clause());
    return Text.of(standard.zh() + " " + clause.zh(), standard.en() + " " + clause.en());
  }

  /**
   * What a chart groups a reference under: the id of its known standard, or {@code ""} for every
   * reference to a standard this class does not know.
   */
  static String standard(String written) {
    Reference r = parse(written);
    return r.standard() == null ? "" : r.standard().id();
  }

  /** The label of the reference's standard ("GB/T 39786-2021", "《网络安全法》"), or null. */
  static Text standardLabel(String written) {
    Reference r = parse(written);
    return r.standard() == null ? null : Html.text("std." + r.standard().id() + ".label");
  }

  /**
   * The clause alone ("附录 B" / "Annex B") under its standard's heading; the whole reference when it
   * names no clause or its standard is not known.
   */
  static Text clause(String written) {
    Reference r = parse(written);
    return r.standard() == null || r.clause().isEmpty() ? label(written) : translate(r.clause());
  }

  /** The standard's name in both languages, or null when the standard is not known. */
  static Text name(String written) {
    Reference r = parse(written);
    return r.standard() == null ? null : Html.text("std." + r.standard().id() + ".name");
  }

  private static Text translate(String clause) {
    Matcher annex = ANNEX.matcher(clause);
    if (annex.matches()) {
      return Html.text("std.clause.annex", annex.group(1));
    }
    Matcher article = ARTICLE.matcher(clause);
    if (article.matches()) {
      return Html.text("std.clause.article", article.group(1), article.group(2));
    }
    return Text.same(clause);
  }

  /**
   * Known standards in the order above, then unknown references alphabetically; within a standard,
   * clauses in natural order (5(a) before 8.2(c) before 8.10, numbered clauses before annexes).
   */
  static final Comparator<String> ORDER =
      Comparator.<String>comparingInt(w -> rank(parse(w)))
          .thenComparing(w -> parse(w).standard() == null ? w : "")
          .thenComparing(w -> parse(w).clause(), Standards::compareClauses);

  private static int rank(Reference r) {
    return r.standard() == null ? KNOWN.size() : KNOWN.indexOf(r.standard());
  }

  private static int compareClauses(String a, String b) {
    boolean annexA = a.startsWith("Annex");
    boolean annexB = b.startsWith("Annex");
    if (annexA != annexB) {
      return annexA ? 1 : -1;
    }
    List<Object> x = chunks(a);
    List<Object> y = chunks(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      Object p = x.get(i);
      Object q = y.get(i);
      int c;
      if (p instanceof Long m && q instanceof Long n) {
        c = Long.compare(m, n);
      } else {
        c = p.toString().compareTo(q.toString());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  /** "8.10(b)" as [8, ".", 10, "(b)"]: numbers compare as numbers. */
  private static List<Object> chunks(String s) {
    List<Object> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(s.substring(at, m.start()));
      }
      String digits = m.group();
      out.add(digits.length() > 18 ? (Object) digits : (Object) Long.parseLong(digits));
      at = m.end();
    }
    if (at < s.length()) {
      out.add(s.substring(at));
    }
    return out;
  }
}
