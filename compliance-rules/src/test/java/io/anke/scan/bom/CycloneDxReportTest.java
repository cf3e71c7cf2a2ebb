package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.catalog.Catalog;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.ScanContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class CycloneDxReportTest {

  @Test
  void isDiscoveredAsTheCyclonedxReportFormatAndWritesTheScannedComponents() throws Exception {
    ReportFormat f = ReportFormats.discover().get("cyclonedx");
    assertThat(f.fileName()).isEqualTo("anke-report.cdx.json");
    ScanContext context =
        ScanContext.builder()
            .bom(Fixtures.read("app-1.5.cdx.json"))
            .bom(Fixtures.read("hw-en.csv"))
            .catalog(Catalog.bundled())
            .build();
    ScanResult result = Engine.builder().rules(RuleRegistry.empty()).build().run(context);
    ReportOptions options = new ReportOptions(Locale.ROOT, "9.9.9", false);
    byte[] out = ReportFormats.render(f, result, options);
    assertThat(new JsonParser().validate(out, Version.VERSION_16)).isEmpty();
    String json = new String(out, StandardCharsets.UTF_8);
    assertThat(json).contains("\"ojdbc11\"").contains("\"SJJ1012\"").contains("\"9.9.9\"");
    assertThat(json).contains("Sansec Technology").contains("\"country\" : \"CN\"");
    // the same result renders to the same bytes
    assertThat(ReportFormats.render(f, result, options)).isEqualTo(out);
  }
}
