package io.anke.rules.bom;

import io.anke.core.Severity;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import io.anke.rules.packs.DatabaseFamily;
import java.util.List;

/** Registers the {@code BOM-} rules with the engine ({@link java.util.ServiceLoader}). */
public final class BomRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.bom.Messages", BomRules.class.getClassLoader());

  /** Public for {@link java.util.ServiceLoader}. */
  public BomRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new DatabaseDriverRules.DriverOfFamily(
            "BOM-FOREIGN-DB-DRIVER", Severity.HIGH, DatabaseFamily.FOREIGN),
        new DatabaseDriverRules.ProtocolDriver(),
        new DatabaseDriverRules.DriverOfFamily(
            "BOM-EMBEDDED-DATABASE", Severity.MEDIUM, DatabaseFamily.EMBEDDED),
        new DatabaseDriverRules.DomesticDriverMissing(),
        new MiddlewareRules.ForeignMiddleware(),
        new MiddlewareRules.EmbeddedWebContainer(),
        new CryptoLibraryRules.LibraryWithoutSm(),
        new CryptoLibraryRules.NoSmProvider(),
        new CryptoLibraryRules.UncertifiedModule(),
        new CatalogRules.WatchList(),
        new CatalogRules.UnconfirmedDomestic(),
        new CatalogRules.NoIdentity());
  }
}
