package io.anke.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.anke.core.Severity;
import io.anke.core.engine.EngineRules;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke rules [--profile ID] [--format text|json|markdown]}: lists the rules (all of them, or
 * those a profile selects with the profile's severities). The markdown output is the rule reference
 * of {@code docs/rules.md}: complete, bilingual and deterministic.
 */
@Command(
    name = "rules",
    resourceBundle = "io.anke.cli.RulesMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class RulesCommand implements Callable<Integer> {

  /** Output formats of the command. */
  enum Format {
    text,
    json,
    markdown
  }

  @Spec CommandSpec spec;

  @Option(names = "--profile", paramLabel = "ID|FILE", descriptionKey = "profile")
  String profileId;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format")
  Format format = Format.text;

  /** One row: the descriptor with the severity that applies. */
  record Entry(RuleDescriptor rule, Severity severity, boolean engine) {}

  @Override
  public Integer call() {
    RuleRegistry registry = RuleRegistry.discover();
    Profile profile = profileId == null ? null : ProfileRegistry.bundled().resolve(profileId);
    List<Entry> entries = new ArrayList<>();
    List<Rule> rules = registry.rules();
    if (profile != null) {
      profile.checkRuleIds(registry.knownIds());
      rules = profile.select(rules);
    }
    for (Rule r : rules) {
      entries.add(entry(r.descriptor(), profile, false));
    }
    for (RuleDescriptor d : EngineRules.all()) {
      entries.add(entry(d, profile, true));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> out.print(text(entries, profile));
      case json -> out.print(json(entries, profile));
      case markdown -> out.print(markdown(entries, profile));
    }
    out.flush();
    return 0;
  }

  private static Entry entry(RuleDescriptor d, Profile profile, boolean engine) {
    Severity s = profile == null ? d.severity() : profile.severityOverride(d).orElse(d.severity());
    return new Entry(d, s, engine);
  }

  private String label(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }

  private String text(List<Entry> entries, Profile profile) {
    Locale locale = Lang.of(spec);
    StringBuilder s = new StringBuilder();
    if (profile != null) {
      s.append(label("text.profile", profile.id(), profile.title().in(locale))).append('\n');
    }
    int width = 4;
    for (Entry e : entries) {
      width = Math.max(width, e.rule().id().length());
    }
    s.append(pad(label("text.col.id"), width))
        .append("  ")
        .append(pad(label("text.col.severity"), 8))
        .append("  ")
        .append(pad(label("text.col.category"), 8))
        .append("  ")
        .append(label("text.col.title"))
        .append('\n');
    for (Entry e : entries) {
      RuleDescriptor d = e.rule();
      s.append(pad(d.id(), width))
          .append("  ")
          .append(pad(e.severity().id(), 8))
          .append("  ")
          .append(pad(d.category(), 8))
          .append("  ")
          .append(d.title().in(locale));
      if (!d.profiles().isEmpty()) {
        s.append("  [").append(String.join(", ", d.profiles())).append(']');
      }
      s.append('\n');
    }
    s.append(label("text.count", entries.stream().filter(e -> !e.engine()).count())).append('\n');
    return s.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private String json(List<Entry> entries, Profile profile) {
    return JsonOutput.render(g -> json(g, entries, profile));
  }

  private static void json(JsonGenerator g, List<Entry> entries, Profile profile)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", 1);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "anke");
    g.writeStringField("version", new Main.Version().getVersion()[0].substring("anke ".length()));
    g.writeEndObject();
    if (profile == null) {
      g.writeNullField("profile");
    } else {
      g.writeStringField("profile", profile.id());
    }
    g.writeArrayFieldStart("rules");
    for (Entry e : entries) {
      RuleDescriptor d = e.rule();
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("severity", e.severity().id());
      g.writeStringField("defaultSeverity", d.severity().id());
      g.writeStringField("category", d.category());
      g.writeBooleanField("engine", e.engine());
      JsonOutput.text(g, "title", d.title());
      JsonOutput.text(g, "description", d.description());
      JsonOutput.text(g, "remediation", d.remediation());
      g.writeArrayFieldStart("standards");
      for (String c : d.standards()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("profiles");
      for (String p : d.profiles()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The rule reference: a summary table, then one section per rule, both languages. */
  static String markdown(List<Entry> entries, Profile profile) {
    StringBuilder s = new StringBuilder();
    s.append("# Anke 规则参考 / Rule reference\n\n");
    s.append("<!-- Generated by `anke rules --format markdown")
        .append(profile == null ? "" : " --profile " + profile.id())
        .append("`; do not edit by hand. -->\n\n");
    if (profile != null) {
      s.append("方案 / Profile: `")
          .append(profile.id())
          .append("` — ")
          .append(cell(profile.title().zh()))
          .append(" / ")
          .append(cell(profile.title().en()))
          .append("\n\n");
    }
    s.append("| 规则 / Rule | 级别 / Severity | 类别 / Category | 标题 / Title | 方案 / Profiles |\n");
    s.append("|---|---|---|---|---|\n");
    for (Entry e : entries) {
      RuleDescriptor d = e.rule();
      s.append("| [")
          .append(d.id())
          .append("](#")
          .append(d.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(e.severity().id())
          .append(" | ")
          .append(d.category())
          .append(" | ")
          .append(cell(d.title().zh()))
          .append(" / ")
          .append(cell(d.title().en()))
          .append(" | ")
          .append(e.engine() ? "(all / 全部)" : String.join(", ", d.profiles()))
          .append(" |\n");
    }
    for (Entry e : entries) {
      RuleDescriptor d = e.rule();
      s.append("\n## ").append(d.id()).append("\n\n");
      s.append("**")
          .append(d.title().zh())
          .append("** / **")
          .append(d.title().en())
          .append("**\n\n");
      s.append("- 级别 / Severity: ").append(e.severity().id());
      if (e.severity() != d.severity()) {
        s.append(" (default / 默认 ").append(d.severity().id()).append(')');
      }
      s.append('\n');
      s.append("- 类别 / Category: ").append(d.category()).append('\n');
      s.append("- 标准条款 / Standards: ")
          .append(d.standards().isEmpty() ? "—" : String.join("; ", d.standards()))
          .append('\n');
      s.append("- 方案 / Profiles: ")
          .append(
              e.engine()
                  ? "(all / 全部)"
                  : d.profiles().isEmpty() ? "—" : String.join(", ", d.profiles()))
          .append("\n\n");
      s.append("**理由 / Rationale**\n\n");
      s.append(d.description().zh()).append("\n\n").append(d.description().en()).append("\n\n");
      s.append("**修复建议 / Remediation**\n\n");
      s.append(d.remediation().zh()).append("\n\n").append(d.remediation().en()).append('\n');
    }
    return s.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace('\n', ' ');
  }
}
