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

  /** The detail as a phrase of each language (where key material came from), else as is. */
  private static Text detail(CryptoUsage u) {
    String d = u.detail() == null ? "" : u.detail();
    switch (u.kind()) {
      case CONSTANT_KEY, CONSTANT_IV -> {
        if (d.startsWith("static field ")) {
          return CryptoRules.TEXT.text("source.field", d.substring("static field ".length()));
        }
        return CryptoRules.TEXT.text(
            "constant string".equals(d) ? "source.string" : "source.bytes");
      }
      case INSECURE_RANDOM -> {
        return CryptoRules.TEXT.text("iv".equals(d) ? "source.random.iv" : "source.random.key");
      }
      default -> {
        return Text.same(d);
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
    Text detail = detail(u);
    String key = id() + ".message";
    if (u.algorithm() == null && CryptoRules.TEXT.has(key + ".noalg")) {
      key += ".noalg";
    }
    String size = Integer.toString(u.keySize());
    // Each language gets the detail phrase of its own language.
    String zh =
        CryptoRules.TEXT.text(key, at.display(), algorithm, u.api(), detail.zh(), size).zh();
    String en =
        CryptoRules.TEXT.text(key, at.display(), algorithm, u.api(), detail.en(), size).en();
    Text full = new Text(zh + origin.zh(), en + origin.en());
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
