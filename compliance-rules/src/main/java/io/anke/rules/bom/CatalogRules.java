package io.anke.rules.bom;

import io.anke.core.Severity;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Catalog-driven rules for software that the database, middleware and crypto rules do not cover:
 * other watch-list components, domestic identifications that are not verified, and components
 * without any identity.
 */
final class CatalogRules {
  /** Categories judged by more specific rules. */
  private static final Set<Category> COVERED =
      EnumSet.of(Category.DATABASE, Category.MIDDLEWARE, Category.CRYPTO_LIBRARY);

  private CatalogRules() {}

  /** BOM-WATCH-LIST. */
  static final class WatchList extends PackRule {
    WatchList() {
      super(
          BomRules.TEXT,
          "BOM-WATCH-LIST",
          "bom",
          Severity.MEDIUM,
          List.of(DatabaseDriverRules.POLICY),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        Optional<Identification> id = Identification.software(c, context.catalog());
        if (id.isEmpty()
            || id.get().domestic()
            || COVERED.stream().anyMatch(id.get().entry()::is)) {
          continue;
        }
        CatalogEntry e = id.get().entry();
        var b =
            Components.foreign(this, sink, c, id.get())
                .property("category", e.category())
                .property("note", e.attribute("note"));
        if (e.severity() != null) {
          b.severity(e.severity());
        }
        sink.report(b.build());
      }
    }
  }

  /** BOM-DOMESTIC-UNCONFIRMED. */
  static final class UnconfirmedDomestic extends PackRule {
    UnconfirmedDomestic() {
      super(
          BomRules.TEXT,
          "BOM-DOMESTIC-UNCONFIRMED",
          "bom",
          Severity.INFO,
          List.of(DatabaseDriverRules.POLICY),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        Optional<Identification> id = Identification.software(c, context.catalog());
        if (id.isEmpty() || !id.get().domestic() || id.get().confirmed()) {
          continue;
        }
        sink.report(
            Components.finding(sink, c)
                .message(
                    BomRules.TEXT.text(
                        id() + ".message",
                        Components.display(c),
                        id.get().entry().id(),
                        id.get().evidenceText()))
                .property("catalogEntry", id.get().entry().id())
                .build());
      }
    }
  }

  /** BOM-NO-IDENTITY. */
  static final class NoIdentity extends PackRule {
    NoIdentity() {
      super(
          BomRules.TEXT,
          "BOM-NO-IDENTITY",
          "bom",
          Severity.INFO,
          List.of("GB/T 22239-2019 8.1.10.3"),
          List.of(ProfileId.XINCHUANG_STRICT, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Component c : ScanParts.software(context)) {
        if (c.purl() != null || c.group() != null || c.cpe() != null) {
          continue;
        }
        sink.report(Components.finding(sink, c).message(message(c)).build());
      }
    }

    /** The message, with what an archive did say about the component when it was one. */
    private Text message(Component c) {
      String display = Components.display(c);
      String file = c.property(ArchiveFacts.FILE_NAME);
      if (file == null) {
        return BomRules.TEXT.text(id() + ".message", display);
      }
      StringJoiner stated = new StringJoiner(", ");
      for (String name : ArchiveFacts.MANIFEST_ATTRIBUTES) {
        String value = c.property(ArchiveFacts.MANIFEST + name);
        if (value != null) {
          stated.add(name + ": " + value);
        }
      }
      return stated.length() == 0
          ? BomRules.TEXT.text(id() + ".message.file", display, file)
          : BomRules.TEXT.text(id() + ".message.manifest", display, file, stated.toString());
    }
  }
}
