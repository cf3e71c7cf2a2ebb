package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.engine.ScanResult;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats contributed by providers: added beside the built-in ones, never replacing one. */
class ReportFormatsDiscoveryTest {

  /** A format of its own id. */
  record Named(String id) implements ReportFormat {
    @Override
    public String fileName() {
      return "anke-report." + id;
    }

    @Override
    public void write(ScanResult result, ReportOptions options, OutputStream out) {}
  }

  /** Contributes a new format, {@code pdf}. */
  public static final class NewFormat implements ReportFormatProvider {
    @Override
    public List<ReportFormat> formats() {
      return List.of(new Named("pdf"));
    }
  }

  /** Contributes a second {@code json}. */
  public static final class SecondJson implements ReportFormatProvider {
    @Override
    public List<ReportFormat> formats() {
      return List.of(new Named("json"));
    }
  }

  /** A loader that sees {@code provider} as the one report-format provider of its own. */
  static ClassLoader seeing(Path dir, Class<?> provider) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(ReportFormatProvider.class.getName()), provider.getName() + "\n");
    return new URLClassLoader(
        new URL[] {dir.toUri().toURL()}, ReportFormatsDiscoveryTest.class.getClassLoader());
  }

  @Test
  void theBuiltInFormatsAreAlwaysThere() {
    assertThat(ReportFormats.discover().ids()).contains("html", "json", "sarif", "text");
  }

  @Test
  void aProvidersFormatIsAddedBesideTheBuiltInOnes(@TempDir Path dir) throws Exception {
    ReportFormats formats = ReportFormats.discover(seeing(dir, NewFormat.class));
    assertThat(formats.ids()).containsExactly("html", "json", "pdf", "sarif", "text");
    assertThat(formats.get("pdf").fileName()).isEqualTo("anke-report.pdf");
  }

  @Test
  void aProviderReusingAnIdIsAConfigurationError(@TempDir Path dir) throws Exception {
    ClassLoader loader = seeing(dir, SecondJson.class);
    assertThatThrownBy(() -> ReportFormats.discover(loader))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("two report formats share the id 'json'");
  }
}
