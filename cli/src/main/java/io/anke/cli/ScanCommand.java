package io.anke.cli;

import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.Summary;
import io.anke.core.host.HostInventory;
import io.anke.core.host.HostProbe;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomFormat;
import io.anke.scan.bom.BomReaders;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke scan [TARGET...] [--sbom FILE]... [--inventory FILE]... [--host] [--profile ID]
 * [--catalog FILE]... [--waivers FILE] [--baseline FILE] [--format F]... [--output DIR] [--fail-on
 * SEVERITY|never]}: reads every input into bills of materials (archives and directories are also
 * scanned for cryptography in their bytecode), runs the profile's rules, and writes the reports.
 * Configuration is read and checked before any input, so that a typo costs nothing.
 */
@Command(
    name = "scan",
    resourceBundle = "io.anke.cli.ScanMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "TARGET", descriptionKey = "target")
  List<Path> targets = new ArrayList<>();

  @Option(names = "--sbom", paramLabel = "FILE", descriptionKey = "sbom")
  List<Path> sboms = new ArrayList<>();

  @Option(names = "--inventory", paramLabel = "FILE", descriptionKey = "inventory")
  List<Path> inventories = new ArrayList<>();

  @Option(names = "--host", descriptionKey = "host")
  boolean host;

  @Option(names = "--profile", paramLabel = "ID|FILE", descriptionKey = "profile")
  String profile;

  @Option(names = "--catalog", paramLabel = "FILE", descriptionKey = "catalog")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--waivers", paramLabel = "FILE", descriptionKey = "waivers")
  Path waivers;

  @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "baseline")
  Path baseline;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format")
  List<String> formats = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", descriptionKey = "output")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY|never", descriptionKey = "fail-on")
  String failOn;

  @Option(names = "--app-only", descriptionKey = "app-only")
  boolean applicationOnly;

  private Path workingDirectory;

  @Override
  public Integer call() throws IOException {
    workingDirectory = Path.of("").toAbsolutePath();
    if (targets.isEmpty() && sboms.isEmpty() && inventories.isEmpty() && !host) {
      throw new UsageException(text("error.nothingToScan"));
    }
    List<ReportFormat> chosen = formats();
    if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException(text("error.outputNotDirectory", output));
    }
    FailOn threshold = null;
    if (failOn != null) {
      try {
        threshold = FailOn.parse(failOn);
      } catch (IllegalArgumentException e) {
        List<String> accepted = new ArrayList<>();
        for (Severity s : Severity.values()) {
          accepted.add(s.id());
        }
        accepted.add(FailOn.NEVER.id());
        throw new UsageException(
            Lang.root(
                spec,
                "error.badValue",
                "--fail-on",
                failOn,
                Lang.root(spec, "expected.oneOf", String.join(", ", accepted))));
      }
    }
    // Configuration first: a broken catalog, profile or waiver file is reported before any input.
    ScanSettings settings =
        ScanSettings.builder()
            .workingDirectory(workingDirectory)
            .profile(profile)
            .catalogFiles(catalogs)
            .waiversFile(waivers)
            .baselineFile(baseline)
            .failOn(threshold)
            // the scan reads what the profile's rules and these reports need, nothing more
            .reportFormats(chosen)
            .build();
    Catalog catalog = settings.catalog();

    ScanInputs.Builder inputs = ScanInputs.builder();
    for (Path sbom : sboms) {
      inputs.bom(readDocument(sbom, "--sbom", catalog));
    }
    for (Path inventory : inventories) {
      inputs.bom(readDocument(inventory, "--inventory", catalog));
    }
    for (Path target : targets) {
      String name = display(target);
      progress("progress.reading", name);
      BomFormat format = BomReaders.detect(target, name);
      if (format == BomFormat.ARCHIVE || format == BomFormat.DIRECTORY) {
        // Its components are read in the bytecode scan's walk: every nested jar inflated once.
        inputs.applicationWithBom(
            target, name, applicationOnly, bom -> BomEnricher.enrich(bom, catalog));
      } else {
        inputs.bom(BomEnricher.enrich(BomReaders.read(target, name), catalog));
      }
    }
    if (host) {
      progress("progress.host");
      inputs.host(HostInventory.toBom(HostProbe.live().probe(), catalog));
    }
    progress("progress.rules", settings.profile().id());
    ScanResult result = settings.run(inputs.build());

    ReportOptions options = ReportOptions.defaults().withLocale(Lang.of(spec));
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      ReportFormat f = chosen.get(0);
      boolean color = f.id().equals("text") && ReportOptions.colorForStandardOutput();
      byte[] report =
          ReportFormats.render(
              f,
              result,
              options.withColor(color).withWidth(ReportOptions.widthForStandardOutput()));
      String text = new String(report, StandardCharsets.UTF_8);
      out.print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
      out.flush();
    } else {
      List<String> written = new ArrayList<>();
      try {
        // Reports of other formats from an earlier run would sit beside this run's as if current.
        ReportFormats.discover().removeOthers(output, chosen);
      } catch (IOException e) {
        throw new UsageException(text("error.cannotWrite", output, CliIo.reason(spec, output, e)));
      }
      for (ReportFormat f : chosen) {
        try {
          written.add(display(ReportFormats.writeTo(output, f, result, options)));
        } catch (IOException e) {
          // The reason only: the exception names the temporary file the report went through.
          throw new UsageException(
              text(
                  "error.cannotWrite",
                  output,
                  CliIo.reason(spec, output.resolve(f.fileName()), e)));
        }
      }
      out.print(summaryLine(result.summary()) + "\n");
      for (String w : written) {
        out.print(text("text.wrote", w) + "\n");
      }
      out.flush();
    }
    if (!result.summary().passed() && result.ruleErrors().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.print("anke: " + text("error.failed", result.summary().failOn().id()) + "\n");
      err.flush();
    }
    return result.exitCode().code();
  }

  private List<ReportFormat> formats() {
    ReportFormats known = ReportFormats.discover();
    Set<String> ids = new LinkedHashSet<>();
    for (String f : formats) {
      for (String part : f.split(",")) {
        if (!part.isBlank()) {
          ids.add(part.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    if (ids.isEmpty()) {
      ids.add("text");
    }
    if (output == null && ids.size() > 1) {
      throw new UsageException(text("error.severalFormats", String.join(", ", ids)));
    }
    List<ReportFormat> result = new ArrayList<>();
    for (String id : ids) {
      if (!known.ids().contains(id)) {
        throw new UsageException(
            Lang.root(
                spec,
                "error.badValue",
                "--format",
                id,
                Lang.root(spec, "expected.oneOf", String.join(", ", known.ids()))));
      }
      result.add(known.get(id));
    }
    return result;
  }

  private BillOfMaterials readDocument(Path file, String option, Catalog catalog) {
    String name = display(file);
    progress("progress.reading", name);
    BomFormat format = BomReaders.detect(file, name);
    if (format == BomFormat.ARCHIVE || format == BomFormat.DIRECTORY) {
      throw new UsageException(text("error.archiveAsDocument", option, name));
    }
    return BomEnricher.enrich(BomReaders.read(file, name), catalog);
  }

  /** A path as reports show it: relative to the working directory when inside it. */
  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
    String s = shown.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  private String summaryLine(Summary s) {
    return text(
        "text.summary",
        s.count(Severity.CRITICAL),
        s.count(Severity.HIGH),
        s.count(Severity.MEDIUM),
        s.count(Severity.LOW),
        s.count(Severity.INFO),
        s.waived(),
        s.failOn().id(),
        s.passed() ? text("text.passed") : text("text.failed"));
  }

  /** Progress goes to standard error, and only when a person is watching a terminal. */
  private void progress(String key, Object... args) {
    if (!CliIo.personWatching()) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.print("anke: " + text(key, args) + "\n");
    err.flush();
  }

  private String text(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }
}
