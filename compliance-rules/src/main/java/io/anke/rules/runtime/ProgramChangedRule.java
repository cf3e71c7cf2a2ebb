package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.manifest.ProgramIntegrity.Difference;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import java.util.Locale;
import java.util.Set;

/**
 * RUNTIME-PROGRAM-CHANGED: a file of the delivery differs from its signed manifest: changed (or
 * unreadable), added, or missing. One finding per file, naming it.
 */
final class ProgramChangedRule extends PackRule {
  ProgramChangedRule() {
    super(
        ProgramIntegrityRules.TEXT,
        "RUNTIME-PROGRAM-CHANGED",
        "runtime",
        Severity.HIGH,
        ProgramIntegrityRules.STANDARDS,
        ProgramIntegrityRules.PROFILES);
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(ProgramIntegrity.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (ProgramIntegrity p : context.facts(ProgramIntegrity.KEY)) {
      String manifest = context.relativize(p.manifest());
      for (Difference d : p.differences()) {
        String kind = d.kind().name().toLowerCase(Locale.ROOT);
        String message =
            d.kind() == ProgramIntegrity.Kind.CHANGED && d.actualDigest() == null
                ? ".message.unreadable"
                : ".message." + kind;
        Finding.Builder finding =
            sink.finding()
                .subject(Subject.of(Subject.FILE, d.path()))
                .location(Location.of(manifest))
                .message(ProgramIntegrityRules.TEXT.text(id() + message, d.path(), manifest))
                .property("change", kind)
                .key(kind + ":" + d.path());
        if (d.expectedDigest() != null) {
          finding.property("expectedSm3", d.expectedDigest());
        }
        if (d.actualDigest() != null) {
          finding.property("actualSm3", d.actualDigest());
        }
        sink.report(finding.build());
      }
    }
  }
}
