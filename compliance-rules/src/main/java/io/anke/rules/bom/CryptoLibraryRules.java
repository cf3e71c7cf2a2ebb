package io.anke.rules.bom;

import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CryptoEvidence;
import java.util.List;
import java.util.Optional;

/**
 * Crypto libraries judged for the GB/T 39786 profiles: libraries that offer no national algorithm
 * (SM2/SM3/SM4), an application without any SM-capable provider, and software libraries standing
 * where level 3 expects a certified cryptographic module.
 */
final class CryptoLibraryRules {
  private CryptoLibraryRules() {}

  /** Anke's own SM library, which is SM-capable by construction. */
  static boolean isAnkeCrypto(Component c) {
    return "io.anke".equals(c.group()) && "anke-crypto".equals(c.name());
  }

  static boolean smCapable(Component c, ScanContext context) {
    if (isAnkeCrypto(c)) {
      return true;
    }
    Optional<Identification> id = Identification.software(c, context.catalog());
    return id.isPresent()
        && id.get().entry().is(Category.CRYPTO_LIBRARY)
        && "true".equals(id.get().attribute("smSupport"));
  }

  /** True when the document's own crypto evidence (a CBOM's assets) shows SM2, SM3, SM4 … */
  private static boolean declaresNational(BillOfMaterials bom) {
    return bom.facts().stream()
        .anyMatch(
            f -> f instanceof CryptoEvidence e && e.classification() == Classification.NATIONAL);
  }

  /** BOM-CRYPTO-LIB-NO-SM. */
  static final class LibraryWithoutSm extends PackRule {
    LibraryWithoutSm() {
      super(
          BomRules.TEXT,
          "BOM-CRYPTO-LIB-NO-SM",
          "bom",
          Severity.MEDIUM,
          List.of("GB/T 39786-2021 5(a)", "GB/T 39786-2021 8.4(d)", "GB/T 39786-2021 8.4(e)"),
          List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        // The catalog's crypto libraries marked smSupport "false", identified by any exact fact
        // (a jar without pom.properties included), with the severity the entry gives.
        Optional<Identification> id = Identification.software(c, context.catalog());
        if (id.isEmpty()
            || !id.get().entry().is(Category.CRYPTO_LIBRARY)
            || !"false".equals(id.get().attribute("smSupport"))) {
          continue;
        }
        CatalogEntry e = id.get().entry();
        String name = Components.product(e);
        Severity severity = e.severity() == null ? Severity.MEDIUM : e.severity();
        sink.report(
            sink.finding()
                .severity(severity)
                .subject(Subject.of(c))
                .location(Components.location(c))
                .message(
                    Components.join(
                        BomRules.TEXT.text(id() + ".message", Components.display(c), name),
                        Components.via(c)))
                .property("library", name)
                .build());
      }
    }
  }

  /** BOM-NO-SM-CRYPTO-PROVIDER. */
  static final class NoSmProvider extends PackRule {
    NoSmProvider() {
      super(
          BomRules.TEXT,
          "BOM-NO-SM-CRYPTO-PROVIDER",
          "bom",
          Severity.LOW,
          List.of("GB/T 39786-2021 5(a)", "GB/T 39786-2021 8.4(e)"),
          List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3));
    }

    /**
     * The application as a whole: the documents of one scan (the SBOMs or archives of one delivery)
     * together, reported once on the first document with software, never once per document.
     */
    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      String first = null;
      int components = 0;
      for (BillOfMaterials bom : ScanParts.documents(context)) {
        List<Component> software = ScanParts.software(bom);
        if (software.stream().anyMatch(c -> smCapable(c, context)) || declaresNational(bom)) {
          return;
        }
        if (!software.isEmpty() && first == null) {
          first = bom.source();
        }
        components += software.size();
      }
      if (first == null) {
        return;
      }
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.FILE, first))
              .location(Location.of(first))
              .message(BomRules.TEXT.text(id() + ".message", components))
              .property("components", Integer.toString(components))
              .build());
    }
  }

  /** BOM-CRYPTO-LIB-UNCERTIFIED. */
  static final class UncertifiedModule extends PackRule {
    UncertifiedModule() {
      super(
          BomRules.TEXT,
          "BOM-CRYPTO-LIB-UNCERTIFIED",
          "bom",
          Severity.LOW,
          List.of("GB/T 39786-2021 5(c)"),
          List.of(ProfileId.CRYPTO_L3));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        if (!smCapable(c, context)) {
          continue;
        }
        sink.report(
            sink.finding()
                .subject(Subject.of(c))
                .location(Components.location(c))
                .message(
                    Components.join(
                        BomRules.TEXT.text(id() + ".message", Components.display(c)),
                        Components.via(c)))
                .build());
      }
    }
  }
}
