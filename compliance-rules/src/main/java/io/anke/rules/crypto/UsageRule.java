package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.bytecode.CodeLocation;
import io.anke.rules.bytecode.CryptoUsage;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rule that reports each {@link CryptoUsage} fact matching a predicate: one finding per use, on
 * the class, with file (archive path), line, method and the canonical {@code algorithm}.
 */
final class UsageRule extends CryptoRule {
  private final Predicate<CryptoUsage> matches;

  UsageRule(
      String id,
      Severity severity,
      List<String> profiles,
      Predicate<CryptoUsage> matches,
      String... standards) {
    super(id, severity, profiles, standards);
    this.matches = matches;
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (CryptoUsage u : context.facts(CryptoUsage.class)) {
      if (matches.test(u)) {
        sink.report(finding(sink, u));
      }
    }
  }

  private io.anke.core.rule.Finding finding(FindingSink sink, CryptoUsage u) {
    CodeLocation at = u.location();
    String algorithm = u.algorithm() == null ? "?" : u.algorithm();
    Text origin =
        at.applicationCode()
            ? CryptoRules.TEXT.text("origin.application")
            : at.purl() == null
                ? CryptoRules.TEXT.text("origin.library", at.archive())
                : CryptoRules.TEXT.text("origin.library", at.purl());
    Text message =
        CryptoRules.TEXT.text(
            id() + ".message",
            at.display(),
            algorithm,
            u.api(),
            u.detail() == null ? "" : u.detail(),
            Integer.toString(u.keySize()));
    Text full = new Text(message.zh() + origin.zh(), message.en() + origin.en());
    return sink.finding()
        .subject(Subject.of(Subject.CLASS, at.className()))
        .location(new Location(at.path(), at.line(), at.className(), at.method()))
        .message(full)
        .key(u.kind() + " " + algorithm + " " + u.api())
        .property("algorithm", u.algorithm())
        .property("classification", u.classification().name())
        .property("usage", u.kind().name())
        .property("api", u.api())
        .property("detail", u.detail())
        .property("keySize", u.keySize() > 0 ? Integer.toString(u.keySize()) : null)
        .property("component", at.purl())
        .property("archive", at.archive())
        .property("origin", at.applicationCode() ? "application" : "library")
        .property("release", at.release() > 0 ? Integer.toString(at.release()) : null)
        .build();
  }
}
