package io.anke.core.report.internal;

import static io.anke.core.report.internal.Html.both;
import static io.anke.core.report.internal.Html.esc;
import static io.anke.core.report.internal.Html.text;

import io.anke.core.Severity;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two charts of the summary, drawn as inline SVG by the report itself: the domestic share per
 * inventory category, and the findings per standard clause. Each row is a label, a horizontal
 * stacked bar and the figures as text, so that the numbers are read (and printed, and found by a
 * screen reader) without the bar; the bar stretches with the page.
 */
final class HtmlCharts {
  /** The width of a bar in SVG user units; the bar is scaled to the row's width. */
  private static final double WIDTH = 1000;

  private HtmlCharts() {}

  /** One coloured part of a bar. */
  private record Segment(String cssClass, int value) {}

  /**
   * A bar of {@code segments} on a track of {@code scale} units (the largest value of the chart),
   * left to right. Decorative for assistive technology: the row's text states the figures.
   */
  private static String bar(List<Segment> segments, int scale) {
    StringBuilder h = new StringBuilder(256);
    h.append("<svg class=\"bar\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\"")
        .append(" aria-hidden=\"true\" focusable=\"false\">");
    h.append("<rect class=\"track\" x=\"0\" y=\"0\" width=\"1000\" height=\"10\"/>");
    double x = 0;
    for (Segment s : segments) {
      if (s.value() <= 0) {
        continue;
      }
      double w = WIDTH * s.value() / Math.max(1, scale);
      h.append("<rect class=\"")
          .append(s.cssClass())
          .append("\" x=\"")
          .append(num(x))
          .append("\" y=\"0\" width=\"")
          .append(num(w))
          .append("\" height=\"10\"/>");
      x += w;
    }
    h.append("</svg>");
    return h.toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
  }

  private static void legend(StringBuilder h, List<String[]> entries) {
    h.append("<ul class=\"legend\">");
    for (String[] e : entries) {
      h.append("<li><svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\">")
          .append("<rect class=\"")
          .append(e[0])
          .append("\" width=\"10\" height=\"10\"/></svg>")
          .append(e[1])
          .append("</li>");
    }
    h.append("</ul>\n");
  }

  /** The domestic share per category, hardware first, then software and platforms. */
  static void domesticShare(StringBuilder h, List<DomesticShare> shares) {
    h.append("<figure class=\"chart\" id=\"share\">\n<figcaption><h3>")
        .append(both(text("share.title")))
        .append("</h3>");
    List<DomesticShare> shown = shares.stream().filter(s -> s.total() > 0).toList();
    if (shown.isEmpty()) {
      h.append("</figcaption>\n<p class=\"none\">")
          .append(both(text("share.none")))
          .append("</p>\n</figure>\n");
      return;
    }
    long whole = shown.stream().filter(s -> s.domestic() == s.total()).count();
    h.append("<p class=\"headline\">")
        .append(both(text("share.headline", whole, shown.size())))
        .append("</p><p class=\"caption\">")
        .append(both(text("share.caption")))
        .append("</p></figcaption>\n");
    legend(
        h,
        List.of(
            new String[] {"domestic", both(text("share.domestic"))},
            new String[] {"foreign", both(text("share.foreign"))},
            new String[] {"unknown", both(text("share.unknown"))}));
    for (boolean hardware : new boolean[] {true, false}) {
      List<DomesticShare> part = shown.stream().filter(s -> s.hardware() == hardware).toList();
      if (part.isEmpty()) {
        continue;
      }
      h.append("<h4>")
          .append(both(text(hardware ? "share.hardware" : "share.software")))
          .append("</h4>\n<ul class=\"rows\">\n");
      for (DomesticShare s : part) {
        h.append("<li class=\"row\" data-category=\"")
            .append(esc(s.category()))
            .append("\" data-domestic=\"")
            .append(s.domestic())
            .append("\" data-foreign=\"")
            .append(s.foreign())
            .append("\" data-unknown=\"")
            .append(s.unknown())
            .append("\"><span class=\"row-label\">")
            .append(both(s.name()))
            .append("<small>")
            .append(both(text("share.total", s.total())))
            .append("</small></span>");
        h.append(
            bar(
                List.of(
                    new Segment("domestic", s.domestic()),
                    new Segment("foreign", s.foreign()),
                    new Segment("unknown", s.unknown())),
                s.total()));
        h.append("<span class=\"row-value\">");
        int[] parts = {s.domestic(), s.foreign(), s.unknown()};
        String[] names = {"domestic", "foreign", "unknown"};
        for (int i = 0; i < parts.length; i++) {
          h.append(i == 0 ? "" : " · ")
              .append("<span class=\"part\">")
              .append(both(text("share.part." + names[i], parts[i], s.percent(parts[i]))))
              .append("</span>");
        }
        h.append("</span></li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</figure>\n");
  }

  /**
   * Findings per standard clause: one row per clause, the bar stacked by severity (counting
   * findings) with waived and baselined findings in grey, on a scale shared by all rows.
   */
  static void clauses(StringBuilder h, List<Finding> findings) {
    Map<String, EnumMap<Severity, Integer>> counting = new TreeMap<>(Standards.ORDER);
    Map<String, Integer> set = new TreeMap<>(Standards.ORDER);
    for (Finding f : findings) {
      for (String clause : f.standards()) {
        EnumMap<Severity, Integer> m =
            counting.computeIfAbsent(clause, c -> new EnumMap<>(Severity.class));
        if (f.counts()) {
          m.merge(f.severity(), 1, Integer::sum);
        } else {
          set.merge(clause, 1, Integer::sum);
        }
      }
    }
    h.append("<figure class=\"chart\" id=\"clauses\">\n<figcaption><h3>")
        .append(both(text("clauses.title")))
        .append("</h3>");
    if (counting.isEmpty()) {
      h.append("</figcaption>\n<p class=\"none\">")
          .append(both(text("clauses.none")))
          .append("</p>\n</figure>\n");
      return;
    }
    h.append("<p class=\"caption\">")
        .append(both(text("clauses.caption")))
        .append("</p></figcaption>\n");
    List<String[]> legend = new ArrayList<>();
    for (Severity s : Severity.values()) {
      legend.add(new String[] {"sev-" + s.id(), both(Html.severity(s))});
    }
    legend.add(new String[] {"set", both(text("clauses.set"))});
    legend(h, legend);
    int scale = 1;
    for (Map.Entry<String, EnumMap<Severity, Integer>> e : counting.entrySet()) {
      int total = set.getOrDefault(e.getKey(), 0);
      for (int n : e.getValue().values()) {
        total += n;
      }
      scale = Math.max(scale, total);
    }
    // Rows under a heading per standard (its label and name), each row naming only its clause.
    String standard = null;
    for (Map.Entry<String, EnumMap<Severity, Integer>> e : counting.entrySet()) {
      String clause = e.getKey();
      String group = Standards.standard(clause);
      if (standard == null || !standard.equals(group)) {
        h.append(standard == null ? "" : "</ul>\n").append("<h4>");
        Text name = Standards.name(clause);
        if (name == null) {
          h.append(both(text("clauses.other")));
        } else {
          h.append(both(Standards.standardLabel(clause))).append(" <small>");
          h.append(both(name)).append("</small>");
        }
        h.append("</h4>\n<ul class=\"rows\">\n");
        standard = group;
      }
      int waivedOrBaselined = set.getOrDefault(clause, 0);
      List<Segment> segments = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      int total = waivedOrBaselined;
      for (Severity s : Severity.values()) {
        int n = e.getValue().getOrDefault(s, 0);
        segments.add(new Segment("sev-" + s.id(), n));
        total += n;
        if (n > 0) {
          Text name = Html.severity(s);
          zh.add(text("count.severity", n, name.zh()).zh());
          en.add(text("count.severity", n, name.en().toLowerCase(Locale.ROOT)).en());
        }
      }
      segments.add(new Segment("set", waivedOrBaselined));
      if (waivedOrBaselined > 0) {
        Text t = text("count.set", waivedOrBaselined);
        zh.add(t.zh());
        en.add(t.en());
      }
      h.append("<li class=\"row\" data-clause=\"")
          .append(esc(clause))
          .append("\" data-count=\"")
          .append(total)
          .append("\"><span class=\"row-label\">")
          .append(both(Standards.clause(clause)))
          .append("</span>")
          .append(bar(segments, scale));
      h.append("<span class=\"row-value\"><b>")
          .append(total)
          .append("</b> ")
          .append(
              both(
                  Text.of(
                      text("clauses.breakdown", String.join(" · ", zh)).zh(),
                      text("clauses.breakdown", String.join(" · ", en)).en())))
          .append("</span></li>\n");
    }
    h.append("</ul>\n</figure>\n");
  }
}
