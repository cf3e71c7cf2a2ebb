/**
 * The {@code BOM-} rules: the application's software components judged against the vendor catalog —
 * foreign and protocol-compatible database drivers, foreign middleware, crypto libraries without
 * national algorithms, a missing domestic driver, watch-list components and components without an
 * identity. Registered through {@link io.anke.rules.bom.BomRules}.
 */
package io.anke.rules.bom;
