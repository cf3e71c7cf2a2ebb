/**
 * One compliance scan as every entry point runs it: {@link io.anke.scan.ScanSettings} resolves the
 * configuration (catalog, profile, waivers, baseline, threshold) once, {@link
 * io.anke.scan.ScanInputs} collects what to look at (bills of materials, class directories and
 * archives for the bytecode scanner, extra facts), and {@link
 * io.anke.scan.ScanSettings#run(ScanInputs)} returns the engine's result. The {@code anke scan}
 * command and the Maven plugin share it so that both judge the same inputs the same way.
 */
package io.anke.scan;
