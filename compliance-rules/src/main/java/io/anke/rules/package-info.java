/**
 * The bundled content of Anke: the domestic-vendor catalog, the rules and profiles mapped to the
 * standards' clauses, and the scanners for bytecode, SBOMs and hardware inventories. Found by
 * {@code anke-core} through {@link java.util.ServiceLoader}.
 */
package io.anke.rules;
