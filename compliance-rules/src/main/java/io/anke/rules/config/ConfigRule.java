package io.anke.rules.config;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Base of the rules that judge configuration settings one by one. */
abstract class ConfigRule extends PackRule {

  ConfigRule(
      TextBundle texts,
      String id,
      String category,
      Severity severity,
      List<String> standards,
      Collection<ProfileId> profiles) {
    super(texts, id, category, severity, standards, profiles);
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(ConfigFile.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (ConfigFile f : context.facts(ConfigFile.KEY)) {
      if (f.parsed()) {
        check(context, f, sink);
      }
    }
  }

  /** Checks one parsed file. */
  abstract void check(ScanContext context, ConfigFile file, FindingSink sink);

  /** A finding about one setting, pre-filled with its subject, location and key. */
  static Finding.Builder finding(FindingSink sink, ConfigFile f, ConfigEntry e, Text message) {
    return sink.finding()
        .subject(Subject.of(Subject.CONFIG, f.path() + "#" + e.key()))
        .location(Location.of(f.path(), e.line()))
        .message(message)
        .property("key", e.key());
  }
}
