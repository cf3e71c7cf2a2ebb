package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import java.util.Locale;
import java.util.Set;

/**
 * RUNTIME-MANIFEST-SIGNATURE-INVALID: the delivery manifest is unsigned, or its signature is
 * malformed, made by a key other than the trusted one, or not over the manifest's bytes. Then
 * nothing the manifest says can be believed, so this is critical whatever the files look like.
 */
final class ManifestSignatureRule extends PackRule {
  ManifestSignatureRule() {
    super(
        ProgramIntegrityRules.TEXT,
        "RUNTIME-MANIFEST-SIGNATURE-INVALID",
        "runtime",
        Severity.CRITICAL,
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
      if (p.signatureValid()) {
        continue;
      }
      String manifest = context.relativize(p.manifest());
      String status = p.signatureStatus().name().toLowerCase(Locale.ROOT);
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.FILE, manifest))
              .location(Location.of(manifest))
              .message(
                  ProgramIntegrityRules.TEXT.text(
                      id() + ".message." + status,
                      manifest,
                      p.signatureDetail() == null ? "" : p.signatureDetail()))
              .property("signature", status)
              .build());
    }
  }
}
