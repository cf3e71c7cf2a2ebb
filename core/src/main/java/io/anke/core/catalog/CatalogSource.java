package io.anke.core.catalog;

/**
 * Supplies catalog data found through {@link java.util.ServiceLoader}: {@code
 * anke-compliance-rules} registers the bundled catalog in {@code
 * META-INF/services/io.anke.core.catalog.CatalogSource}. Implementations need a public no-argument
 * constructor.
 */
public interface CatalogSource {

  /** A stable id; sources are merged in id order, later ones overriding entries by id. */
  String id();

  /**
   * Loads the catalog.
   *
   * @throws io.anke.core.ConfigurationException when the data is malformed
   */
  Catalog catalog();
}
