package io.anke.core.report;

import io.anke.core.engine.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One report format ({@code text}, {@code json}, {@code sarif}, {@code html}, and formats
 * contributed through {@link ReportFormatProvider}, such as {@code cyclonedx}). Writers are
 * stateless and deterministic: the same result and options give the same bytes.
 */
public interface ReportFormat {

  /** The id used by {@code --format}, lower-case. */
  String id();

  /** The file name used with {@code --output DIR}, such as {@code anke-report.sarif}. */
  String fileName();

  /**
   * Writes the report. The stream is flushed, not closed.
   *
   * @throws IOException when writing fails
   */
  void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException;
}
