package io.anke.rules.catalog;

import io.anke.core.ConfigurationException;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogSource;
import io.anke.rules.internal.RulesMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The vendor catalog that ships with Anke ({@code io/anke/rules/catalog/catalog.yaml}), registered
 * as a {@link CatalogSource}. Parsed once per class loader and shared: the catalog is immutable.
 */
public final class BundledCatalog implements CatalogSource {
  /** The resource holding the data. */
  public static final String RESOURCE = "/io/anke/rules/catalog/catalog.yaml";

  /** The source name shown in reports. */
  public static final String SOURCE_NAME = "anke:catalog.yaml";

  /** Public for {@link java.util.ServiceLoader}. */
  public BundledCatalog() {}

  @Override
  public String id() {
    return "anke-bundled";
  }

  @Override
  public Catalog catalog() {
    return Holder.CATALOG;
  }

  /** The bundled catalog alone, without other sources or user files. */
  public static Catalog get() {
    return Holder.CATALOG;
  }

  private static final class Holder {
    static final Catalog CATALOG = load();

    private static Catalog load() {
      try (InputStream in = BundledCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new ConfigurationException(SOURCE_NAME, 0, RulesMessage.CATALOG_MISSING.text());
        }
        return Catalog.read(SOURCE_NAME, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
