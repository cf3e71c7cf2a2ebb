/**
 * Bills of materials from files: CycloneDX JSON/XML and SPDX JSON documents, hardware inventories
 * (CSV, YAML) and archives or directories ({@link io.anke.rules.bom.BomReaders}); catalog
 * enrichment ({@link io.anke.rules.bom.BomEnricher}); and CycloneDX output ({@link
 * io.anke.rules.bom.CycloneDxWriter}).
 */
package io.anke.rules.bom;
