/**
 * The bundled rules of Anke, one package per rule-id prefix ({@code bom} for {@code BOM-}, {@code
 * hw} for {@code HW-}, {@code host}, {@code crypto}, {@code data}, {@code config}, {@code
 * runtime}), with the domestic-vendor catalog ({@code catalog}) and the profiles ({@code profiles})
 * they are mapped to, and what the packs share ({@code packs}). Found by {@code anke-core} through
 * {@link java.util.ServiceLoader}. The rules judge what the readers and scanners of {@code
 * io.anke.scan} read; the readers never depend on the rules.
 */
package io.anke.rules;
