package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoEvidence;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.LibraryComponents;
import io.anke.scan.bytecode.MaterialSource;
import io.anke.scan.cbom.CodeOccurrence;
import io.anke.scan.cbom.CryptoAsset;
import io.anke.scan.cbom.CryptoAssetUsage;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule that reports each piece of {@link CryptoEvidence} matching a predicate: for a {@link
 * CryptoUsage} in bytecode one finding per use, on the class, with file (archive path), line,
 * method and the canonical {@code algorithm}; for a {@link CryptoAssetUsage} a CBOM declares one
 * finding on the asset, at the CBOM's file and line, with its bom-ref and pointer, or, where the
 * CBOM says in which class and method the asset is used, one finding on that class at each such
 * place.
 */
final class UsageRule extends CryptoRule {
  private final Predicate<CryptoEvidence> matches;

  UsageRule(
      String id,
      Severity severity,
      List<ProfileId> profiles,
      Predicate<CryptoEvidence> matches,
      String... standards) {
    super(id, severity, profiles, standards);
    this.matches = matches;
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(CryptoUsage.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (CryptoUsage u : context.facts(CryptoUsage.KEY)) {
      if (matches.test(u)) {
        sink.report(finding(context, sink, u));
      }
    }
    for (CryptoAssetUsage a : context.facts(CryptoAssetUsage.class)) {
      if (matches.test(a)) {
        sink.report(finding(sink, a));
      }
    }
  }

  /**
   * The component of the scan's bills of materials that holds the class ({@link
   * LibraryComponents#holding}).
   */
  private static Component component(ScanContext context, CodeLocation at) {
    return context
        .memo("crypto.componentsByPurl", context, c -> LibraryComponents.of(c.components()))
        .holding(at);
  }

  /** Where key material came from as a phrase of each language, else the detail as is. */
  private static Text detail(CryptoUsage u) {
    MaterialSource source = u.source();
    if (source instanceof MaterialSource.StaticField field) {
      return CryptoRules.TEXT.text("source.field", field.qualifiedName());
    }
    if (source instanceof MaterialSource.Constant constant) {
      return CryptoRules.TEXT.text(
          constant == MaterialSource.Constant.STRING ? "source.string" : "source.bytes");
    }
    if (source instanceof MaterialSource.InsecureRandom random) {
      return CryptoRules.TEXT.text(
          random == MaterialSource.InsecureRandom.IV ? "source.random.iv" : "source.random.key");
    }
    return Text.same(u.detail() == null ? "" : u.detail());
  }

  private io.anke.core.rule.Finding finding(ScanContext context, FindingSink sink, CryptoUsage u) {
    CodeLocation at = u.location();
    String algorithm = u.algorithm() == null ? "?" : u.algorithm();
    // A library is named by its coordinates, and by the dependency path that pulled it in when a
    // bill of materials of the same scan knows it; its archive path is the last resort.
    Component library = at.applicationCode() ? null : component(context, at);
    List<String> path = library == null ? List.of() : library.dependencyPath();
    // Bounded as the subject's path is, so that reports can tell the message already names it.
    List<String> shown = DependencyPath.bounded(path);
    String name = at.purl() != null ? at.purl() : at.archive();
    Text origin =
        at.applicationCode()
            ? CryptoRules.TEXT.text("origin.application")
            : shown.size() >= 2
                ? CryptoRules.TEXT.text(
                    "origin.library.via",
                    name,
                    String.join(" → ", shown.subList(0, shown.size() - 1)))
                : CryptoRules.TEXT.text("origin.library", name);
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
        .subject(new Subject(Subject.CLASS, at.className(), path))
        .location(
            Location.inCode(at.path(), at.line(), at.className(), at.method(), at.sourceFile()))
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

  /**
   * A finding on a CBOM asset: its message says which asset states what, and where in it. Evidence
   * at a place in code ({@link CodeOccurrence}) is reported on that class, at that place, like the
   * bytecode evidence it stands for.
   */
  private io.anke.core.rule.Finding finding(FindingSink sink, CryptoAssetUsage a) {
    CryptoAsset at = a.asset();
    CodeOccurrence place = a.occurrence();
    String algorithm = a.algorithm() == null ? "?" : a.algorithm();
    String key = CryptoRules.TEXT.has(id() + ".message.asset") ? id() + ".message.asset" : "asset";
    if (a.algorithm() == null && CryptoRules.TEXT.has(key + ".noalg")) {
      key += ".noalg";
    }
    String detail = a.detail() == null ? "-" : a.detail();
    String size = Integer.toString(a.keySize());
    Text message =
        CryptoRules.TEXT.text(key, at.name(), algorithm, a.field(), detail, size, at.assetType());
    if (place != null) {
      Text where =
          CryptoRules.TEXT.text(
              place.applicationCode()
                  ? "occurrence.application"
                  : place.library() == null ? "occurrence.library" : "occurrence.library.named",
              place.display(),
              Objects.toString(place.library(), ""));
      message = new Text(message.zh() + where.zh(), message.en() + where.en());
    }
    return sink.finding()
        .subject(
            place == null
                ? new Subject(Subject.CRYPTO_ASSET, at.id(), at.path())
                : new Subject(Subject.CLASS, place.className(), place.path()))
        .location(
            place == null
                ? Location.of(at.file(), at.line())
                : new Location(place.location(), place.line(), place.className(), place.method()))
        .message(message)
        .key(a.kind() + " " + algorithm + " " + a.field())
        .property("algorithm", a.algorithm())
        .property("classification", a.classification().name())
        .property("usage", a.kind().name())
        .property("field", a.field())
        .property("detail", a.detail())
        .property("keySize", a.keySize() > 0 ? Integer.toString(a.keySize()) : null)
        .property("assetType", at.assetType())
        .property("bomRef", at.bomRef())
        .property("pointer", at.pointer())
        .property("component", place == null ? null : place.library())
        .property(
            "origin", place == null ? null : place.applicationCode() ? "application" : "library")
        .build();
  }
}
