package io.anke.core.report;

import io.anke.core.ConfigurationException;
import io.anke.core.engine.ScanResult;
import io.anke.core.internal.CoreMessage;
import io.anke.core.report.internal.HtmlReport;
import io.anke.core.report.internal.JsonReport;
import io.anke.core.report.internal.SarifReport;
import io.anke.core.report.internal.TextReport;
import io.anke.core.rule.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The available report formats: the built-in ones plus those of {@link ReportFormatProvider}s. */
public final class ReportFormats {
  private final Map<String, ReportFormat> formats;

  private ReportFormats(Map<String, ReportFormat> formats) {
    this.formats = formats;
  }

  /** Only the built-in formats: text, json, sarif, html. */
  public static ReportFormats builtIn() {
    Map<String, ReportFormat> m = new TreeMap<>();
    for (ReportFormat f :
        List.of(new TextReport(), new JsonReport(), new SarifReport(), new HtmlReport())) {
      m.put(f.id(), f);
    }
    return new ReportFormats(m);
  }

  /** The built-in formats plus every provider visible to this class's class loader. */
  public static ReportFormats discover() {
    return discover(ReportFormats.class.getClassLoader());
  }

  /**
   * The built-in formats plus every provider {@code loader} can see.
   *
   * @throws ConfigurationException when a provider fails to load or reuses an id
   */
  public static ReportFormats discover(ClassLoader loader) {
    Map<String, ReportFormat> m = new TreeMap<>(builtIn().formats);
    try {
      for (ReportFormatProvider p : ServiceLoader.load(ReportFormatProvider.class, loader)) {
        for (ReportFormat f : p.formats()) {
          if (m.putIfAbsent(f.id(), f) != null) {
            throw new ConfigurationException(
                null, 0, CoreMessage.REPORT_FORMAT_ID_TWICE.text(f.id()));
          }
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new ConfigurationException(
          null, 0, CoreMessage.REPORT_FORMAT_PROVIDER_FAILED.text(Text.messageOf(e)), e);
    }
    return new ReportFormats(m);
  }

  /** Format ids, sorted. */
  public List<String> ids() {
    return new ArrayList<>(formats.keySet());
  }

  /**
   * The format {@code id}.
   *
   * @throws ConfigurationException listing the known ids
   */
  public ReportFormat get(String id) {
    ReportFormat f = formats.get(id);
    if (f == null) {
      throw new ConfigurationException(
          null, 0, CoreMessage.REPORT_FORMAT_UNKNOWN.text(id, String.join(", ", formats.keySet())));
    }
    return f;
  }

  /**
   * Deletes the reports an earlier run left in {@code dir} in formats other than {@code kept}, so
   * that the directory never holds a report of another run beside this run's. Only the file names
   * of the formats known here (Anke's own reports) are touched; nothing else in the directory.
   *
   * @return the files deleted, in format order
   * @throws IOException when a stale report cannot be deleted
   */
  public List<Path> removeOthers(Path dir, Collection<ReportFormat> kept) throws IOException {
    Set<String> keep = new HashSet<>();
    for (ReportFormat f : kept) {
      keep.add(f.fileName());
    }
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    for (ReportFormat f : formats.values()) {
      Path stale = dir.resolve(f.fileName());
      if (!keep.contains(f.fileName()) && Files.isRegularFile(stale)) {
        Files.delete(stale);
        removed.add(stale);
      }
    }
    return removed;
  }

  /** Writes one report into memory. */
  public static byte[] render(ReportFormat format, ScanResult result, ReportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.write(result, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes one report into {@code dir} (created when missing) under the format's file name,
   * atomically: a failed write leaves no half-written report.
   *
   * @return the file written
   * @throws IOException when the directory or file cannot be written
   */
  public static Path writeTo(
      Path dir, ReportFormat format, ScanResult result, ReportOptions options) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(format.fileName());
    // Not Files.createTempFile: its owner-only permissions would stick to the report; a new
    // sibling gets the user's umask like any other file the user creates.
    Path tmp = dir.resolve("." + format.fileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
        format.write(result, options, out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }
}
