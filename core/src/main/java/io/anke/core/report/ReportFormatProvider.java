package io.anke.core.report;

import java.util.List;

/**
 * Contributes report formats, found through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/io.anke.core.report.ReportFormatProvider}). {@code anke-compliance-rules}
 * contributes {@code cyclonedx} this way.
 */
public interface ReportFormatProvider {

  /** The formats; ids must not clash with the built-in ones. */
  List<ReportFormat> formats();
}
