package io.anke.scan.bom;

import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormatProvider;
import io.anke.core.report.ReportOptions;
import io.anke.scan.bytecode.CryptoUsage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code cyclonedx} report format ({@code anke-report.cdx.json}): what a scan looked at, as a
 * CycloneDX 1.6 JSON document enriched from the scan's catalog, with the cryptography the bytecode
 * scanner found as cryptographic assets (a CBOM). Registered as a {@link ReportFormatProvider};
 * reproducible (no serial number, no timestamp).
 */
public final class CycloneDxReport implements ReportFormatProvider, ReportFormat {

  /** Public for {@link java.util.ServiceLoader}. */
  public CycloneDxReport() {}

  @Override
  public List<ReportFormat> formats() {
    return List.of(this);
  }

  @Override
  public String id() {
    return "cyclonedx";
  }

  @Override
  public String fileName() {
    return "anke-report.cdx.json";
  }

  @Override
  public void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException {
    CycloneDxWriter.Builder b = CycloneDxWriter.builder().toolVersion(options.toolVersion());
    result.profileUsed().ifPresent(p -> b.metadataProperty("anke:profile", p.id()));
    String json =
        b.build()
            .write(
                result.context().boms(),
                result.context().catalog(),
                result.context().facts(CryptoUsage.class));
    out.write(json.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
