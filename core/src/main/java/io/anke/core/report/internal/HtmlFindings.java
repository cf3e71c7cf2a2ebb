package io.anke.core.report.internal;

import static io.anke.core.report.internal.Html.attr;
import static io.anke.core.report.internal.Html.both;
import static io.anke.core.report.internal.Html.esc;
import static io.anke.core.report.internal.Html.text;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.waiver.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The findings, grouped three ways that the page switches between: by subject (one component with
 * all its findings and its dependency path, once), by rule, and by standard clause. Each finding is
 * written once, as a card in the subject view; the rule and clause views name their members and the
 * page's script fills them with copies of those cards, adding the subject and dependency path that
 * the subject view shows in the group's head. A card shows its headline — severity, title, message,
 * rule, location — and keeps the clauses, the long remediation (with the list of domestic
 * alternatives) and the waiver behind it in a {@code <details>} element.
 */
final class HtmlFindings {
  private HtmlFindings() {}

  static void write(StringBuilder h, ScanResult result, boolean zh) {
    List<Finding> findings = result.findings();
    h.append("<section class=\"findings\" id=\"findings\" aria-labelledby=\"findings-h\">\n")
        .append("<h2 id=\"findings-h\">")
        .append(both(text("findings")))
        .append("</h2>\n");
    if (findings.isEmpty()) {
      h.append("<p class=\"none\">")
          .append(both(ReportText.both("report.none")))
          .append("</p>\n</section>\n");
      return;
    }
    toolbar(h, findings.size(), zh);
    subjectView(h, findings);
    ruleView(h, result);
    clauseView(h, findings);
    h.append("<p class=\"none\" id=\"empty\" hidden>")
        .append(both(text("empty")))
        .append("</p>\n</section>\n");
  }

  private static void toolbar(StringBuilder h, int total, boolean zh) {
    h.append("<div class=\"toolbar\">\n<div class=\"seg\" role=\"radiogroup\"")
        .append(attr("aria-label", text("group"), zh))
        .append(">\n");
    for (String g : new String[] {"subject", "rule", "clause"}) {
      h.append("<label><input type=\"radio\" name=\"group\" value=\"")
          .append(g)
          .append(g.equals("subject") ? "\" checked>" : "\">")
          .append("<span>")
          .append(both(text("group." + g)))
          .append("</span></label>\n");
    }
    h.append("</div>\n<div class=\"filters\">\n<input type=\"search\" id=\"q\"")
        .append(attr("placeholder", text("filter.text"), zh))
        .append(">\n<select id=\"sev\"")
        .append(attr("aria-label", text("filter.severity"), zh))
        .append(">\n");
    // <option> renders no markup: the script sets its text to the selected language.
    option(h, "", text("filter.allSeverities"), zh);
    for (Severity s : Severity.values()) {
      option(h, s.id(), Html.severity(s), zh);
    }
    h.append("</select>\n<select id=\"state\"")
        .append(attr("aria-label", text("filter.state"), zh))
        .append(">\n");
    option(h, "", text("filter.allStates"), zh);
    for (String state : new String[] {"active", "waived", "baselined"}) {
      option(h, state, text("state." + state), zh);
    }
    h.append("</select>\n</div>\n<p class=\"shown\" aria-live=\"polite\"><b id=\"count\">")
        .append(total)
        .append("</b> ")
        .append(both(text("shown", total)))
        .append("</p>\n<button type=\"button\" id=\"expand\" aria-pressed=\"false\">")
        .append("<span class=\"to-open\">")
        .append(both(text("expand")))
        .append("</span><span class=\"to-close\">")
        .append(both(text("collapse")))
        .append("</span></button>\n</div>\n");
  }

  private static void option(StringBuilder h, String value, Text label, boolean zh) {
    h.append("<option value=\"")
        .append(value)
        .append("\" data-attr=\"text\" data-zh=\"")
        .append(esc(label.zh()))
        .append("\" data-en=\"")
        .append(esc(label.en()))
        .append("\">")
        .append(esc(zh ? label.zh() : label.en()))
        .append("</option>\n");
  }

  // --- the three views ------------------------------------------------------------------------

  /** Findings by subject: kind, id and dependency path in the group's head, the cards below. */
  private static void subjectView(StringBuilder h, List<Finding> findings) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Subject s = findings.get(i).subject();
      String key = s.kind() + "\n" + s.id() + "\n" + String.join("\n", s.path());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    h.append("<div class=\"view\" data-view=\"subject\">\n");
    for (List<Integer> members : groups.values()) {
      Subject s = findings.get(members.get(0)).subject();
      groupStart(h, worst(findings, members));
      h.append(kind(s.kind())).append(" <code class=\"g-id\">").append(esc(s.id()));
      h.append("</code>");
      count(h, members.size());
      if (!s.path().isEmpty()) {
        h.append("<div class=\"g-path\"><span class=\"label\">")
            .append(both(text("label.path")))
            .append("</span>");
        path(h, s.path());
        h.append("</div>");
      }
      h.append("</header>\n<div class=\"items\">\n");
      for (int i : members) {
        card(h, findings.get(i), i);
      }
      h.append("</div>\n</section>\n");
    }
    h.append("</div>\n");
  }

  /** Findings by rule: id, title and the rule's description (collapsed) in the group's head. */
  private static void ruleView(StringBuilder h, ScanResult result) {
    List<Finding> findings = result.findings();
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      groups.computeIfAbsent(findings.get(i).ruleId(), k -> new ArrayList<>()).add(i);
    }
    h.append("<div class=\"view\" data-view=\"rule\" hidden>\n");
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      Finding first = findings.get(g.getValue().get(0));
      groupStart(h, worst(findings, g.getValue()));
      h.append("<code class=\"g-id\">").append(esc(g.getKey())).append("</code> ");
      h.append("<span class=\"g-title\">").append(both(first.title())).append("</span>");
      count(h, g.getValue().size());
      Optional<RuleDescriptor> d = result.rule(g.getKey());
      if (d.isPresent() && !d.get().description().en().isBlank()) {
        h.append("<details class=\"about\"><summary>")
            .append(both(text("label.about")))
            .append("</summary><p>")
            .append(both(d.get().description()))
            .append("</p></details>");
      }
      h.append("</header>\n");
      members(h, g.getValue());
    }
    h.append("</div>\n");
  }

  /** Findings by clause: the clause and its standard's name in the group's head. */
  private static void clauseView(StringBuilder h, List<Finding> findings) {
    Map<String, List<Integer>> groups = new TreeMap<>(Standards.ORDER);
    List<Integer> none = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      List<String> standards = findings.get(i).standards();
      if (standards.isEmpty()) {
        none.add(i);
      }
      for (String clause : standards) {
        groups.computeIfAbsent(clause, k -> new ArrayList<>()).add(i);
      }
    }
    h.append("<div class=\"view\" data-view=\"clause\" hidden>\n");
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      groupStart(h, worst(findings, g.getValue()));
      h.append("<span class=\"g-id\">").append(both(Standards.label(g.getKey()))).append("</span>");
      Text name = Standards.name(g.getKey());
      if (name != null) {
        h.append(" <span class=\"g-title\">").append(both(name)).append("</span>");
      }
      count(h, g.getValue().size());
      h.append("</header>\n");
      members(h, g.getValue());
    }
    if (!none.isEmpty()) {
      groupStart(h, worst(findings, none));
      h.append("<span class=\"g-id\">").append(both(text("group.noClause"))).append("</span>");
      count(h, none.size());
      h.append("</header>\n");
      members(h, none);
    }
    h.append("</div>\n");
  }

  private static void groupStart(StringBuilder h, Severity worst) {
    h.append("<section class=\"group worst-")
        .append(worst.id())
        .append("\">\n<header class=\"g-head\">");
  }

  private static void count(StringBuilder h, int n) {
    h.append(" <span class=\"g-count\">").append(n).append("</span>");
  }

  /** The members of a rule or clause group, by index; the script copies their cards in. */
  private static void members(StringBuilder h, List<Integer> members) {
    h.append("<div class=\"items\" data-members=\"");
    for (int k = 0; k < members.size(); k++) {
      h.append(k == 0 ? "" : " ").append(members.get(k));
    }
    h.append("\"></div>\n</section>\n");
  }

  private static Severity worst(List<Finding> findings, List<Integer> members) {
    Severity w = Severity.INFO;
    for (int i : members) {
      Severity s = findings.get(i).severity();
      if (s.isAtLeast(w)) {
        w = s;
      }
    }
    return w;
  }

  private static String kind(String kind) {
    return "<span class=\"kind\">" + both(Html.kind(kind)) + "</span>";
  }

  private static void path(StringBuilder h, List<String> path) {
    h.append("<ol class=\"path\">");
    for (String p : path) {
      h.append("<li>").append(esc(p)).append("</li>");
    }
    h.append("</ol>");
  }

  // --- one finding ----------------------------------------------------------------------------

  private static void card(StringBuilder h, Finding f, int index) {
    String state = f.waived() ? "waived" : f.baselined() ? "baselined" : "active";
    h.append("<article class=\"finding ")
        .append(state)
        .append("\" data-i=\"")
        .append(index)
        .append("\" data-severity=\"")
        .append(f.severity().id())
        .append("\" data-state=\"")
        .append(state)
        .append("\" data-rule=\"")
        .append(esc(f.ruleId()))
        .append("\">\n<details>\n<summary><span class=\"badge sev-")
        .append(f.severity().id())
        .append("\">")
        .append(both(Html.severity(f.severity())))
        .append("</span><span class=\"f-head\"><span class=\"f-title\">")
        .append(both(f.title()))
        .append("</span>");
    if (!state.equals("active")) {
      h.append(" <span class=\"f-state\">").append(both(text("state." + state))).append("</span>");
    }
    h.append("<span class=\"f-msg\">")
        .append(both(withoutPath(f.message(), f.subject())))
        .append("</span><span class=\"f-meta\"><code class=\"f-rule\">")
        .append(esc(f.ruleId()))
        .append("</code>");
    if (!f.location().isUnknown()) {
      h.append("<span class=\"f-loc\">")
          .append(both(Html.location(f.location())))
          .append("</span>");
    }
    h.append("</span></span></summary>\n<dl class=\"f-body\">\n");
    // The subject and its dependency path are in the subject group's head; the page's script
    // copies them into the copies of this card that the rule and clause views show.
    if (!f.standards().isEmpty()) {
      h.append("<dt>").append(both(text("label.standards"))).append("</dt><dd><ul class=\"refs\">");
      for (String clause : f.standards()) {
        h.append("<li>").append(both(Standards.label(clause))).append("</li>");
      }
      h.append("</ul></dd>\n");
    }
    h.append("<dt>").append(both(text("label.fix"))).append("</dt><dd class=\"fix\">");
    h.append("<div lang=\"zh-CN\">").append(Remediation.html(f.remediation().zh(), true));
    h.append("</div><div lang=\"en\">").append(Remediation.html(f.remediation().en(), false));
    h.append("</div></dd>\n");
    if (f.waived()) {
      waiver(h, f.waiver());
    } else if (f.baselined()) {
      h.append("<dt>").append(both(ReportText.both("label.baseline"))).append("</dt><dd>");
      h.append(both(text("baselined"))).append("</dd>\n");
    }
    h.append("</dl>\n</details>\n</article>\n");
  }

  private static void waiver(StringBuilder h, Waiver w) {
    String reason = "reason." + w.reason().id();
    h.append("<dt>").append(both(text("label.waiver"))).append("</dt><dd><dl class=\"waiver\">");
    item(h, "waiver.reason", Html.has(reason) ? both(text(reason)) : esc(w.reason().id()));
    item(h, "waiver.justification", esc(w.justification()));
    item(h, "waiver.approvedBy", esc(w.approvedBy()));
    item(h, "waiver.expires", esc(w.expires().toString()));
    item(h, "waiver.source", esc(w.where()));
    h.append("</dl></dd>\n");
  }

  private static void item(StringBuilder h, String label, String valueHtml) {
    h.append("<dt>").append(both(text(label))).append("</dt><dd>").append(valueHtml);
    h.append("</dd>");
  }

  private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$");

  /**
   * The message without a parenthesis that only repeats the dependency path ("… (pulled in by a →
   * b)"), since the card and its group show the path. A parenthesis that says more than the path
   * ("(in library x, pulled in by a → b)", told apart by its comma) is kept.
   */
  static Text withoutPath(Text message, Subject subject) {
    String chain = ReportText.chain(subject);
    if (chain == null) {
      return message;
    }
    return Text.of(strip(message.zh(), chain), strip(message.en(), chain));
  }

  private static String strip(String message, String chain) {
    int at = message.lastIndexOf(chain);
    if (at < 0) {
      return message;
    }
    int end = at + chain.length();
    if (end >= message.length() || (message.charAt(end) != ')' && message.charAt(end) != '）')) {
      return message;
    }
    // Search before the path: a component named "(x" would otherwise find its own parenthesis.
    int open = Math.max(message.lastIndexOf('(', at - 1), message.lastIndexOf('（', at - 1));
    if (open < 0) {
      return message;
    }
    String inside = message.substring(open + 1, at);
    if (inside.contains(",") || inside.contains("，") || inside.contains(")")) {
      return message;
    }
    String before = TRAILING_SPACE.matcher(message.substring(0, open)).replaceAll("");
    String stripped = before + message.substring(end + 1);
    return stripped.isBlank() ? message : stripped;
  }
}
