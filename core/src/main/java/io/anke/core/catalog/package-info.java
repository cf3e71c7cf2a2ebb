/**
 * The vendor catalog: domestic vendors and products and the foreign watch-list ({@link
 * io.anke.core.catalog.Catalog}), identified by explicit facts only ({@link
 * io.anke.core.catalog.CatalogMatcher}). Bundled data arrives through {@link
 * io.anke.core.catalog.CatalogSource}; users' catalog files override entries by id.
 */
package io.anke.core.catalog;
