/**
 * The bundled vendor catalog: domestic vendors by category and the foreign watch-list, as data
 * ({@code catalog.yaml}) registered through {@link io.anke.core.catalog.CatalogSource}.
 */
package io.anke.rules.catalog;
