/**
 * The compliance engine and the contracts it shares with every entry point: {@link
 * io.anke.core.Severity} and {@link io.anke.core.ExitCode}.
 *
 * <p>Capabilities live in sub-packages ({@code bom}, {@code catalog}, {@code host}, {@code engine},
 * {@code profile}, {@code waiver}, {@code baseline}, {@code report}, {@code guard} for the start-up
 * guard, {@code validation} for the constraints on Chinese identifiers, {@code classification},
 * {@code policy} and {@code masking} for access to shared data); rules, catalogs and profiles are
 * found through {@link java.util.ServiceLoader}, so this module never depends on the bundled
 * content.
 */
package io.anke.core;
