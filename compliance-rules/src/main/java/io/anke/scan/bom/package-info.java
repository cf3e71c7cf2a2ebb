/**
 * Bills of materials from files: CycloneDX JSON/XML and SPDX JSON documents, hardware inventories
 * (CSV, YAML) and archives or directories ({@link io.anke.scan.bom.BomReaders}); catalog enrichment
 * ({@link io.anke.scan.bom.BomEnricher}); and CycloneDX output ({@link
 * io.anke.scan.bom.CycloneDxWriter}).
 */
package io.anke.scan.bom;
