/**
 * Reports of a {@link io.anke.core.engine.ScanResult}: text for terminals, JSON (the stable
 * contract), SARIF 2.1.0 for GitHub code scanning and SonarQube, and one self-contained bilingual
 * HTML file; more formats arrive through {@link io.anke.core.report.ReportFormatProvider}. All
 * formats are deterministic: no timestamps, sorted output.
 */
package io.anke.core.report;
