/**
 * Bills of materials: one model for software and hardware components ({@link
 * io.anke.core.bom.Component}), where each was read ({@link io.anke.core.bom.Origin}) and the
 * document that listed them ({@link io.anke.core.bom.BillOfMaterials}). Readers for CycloneDX,
 * SPDX, inventories and archives live in {@code anke-compliance-rules}.
 */
package io.anke.core.bom;
