package io.anke.maven;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.ScanResult;
import io.anke.core.files.FileFailure;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.InputGap;
import io.anke.maven.internal.BuildLogReport;
import io.anke.maven.internal.BuildOutput;
import io.anke.maven.internal.MavenBom;
import io.anke.maven.internal.SourceLocations;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.archive.TargetKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The check shared by {@code check} (one module) and {@code check-aggregate} (the whole reactor):
 * the bill of materials from the resolved dependency graph, the bytecode of the project's classes
 * (and optionally of the dependencies), the profile's rules, the reports, and the verdict.
 */
abstract class AbstractCheckMojo extends AbstractAnkeMojo {

  /**
   * The threshold: the build fails when a finding that is neither waived nor in the baseline has
   * this severity or a higher one ({@code critical}, {@code high}, {@code medium}, {@code low},
   * {@code info}), or {@code never} to report without failing. Empty for the profile's default
   * ({@code high} unless the profile says otherwise).
   */
  @Parameter(property = "anke.failOnSeverity")
  protected String failOnSeverity;

  /**
   * The waiver file (YAML): accepted findings with reason, justification, approver and expiry date.
   * Expired waivers stop applying and, like unused ones, are reported as warnings.
   */
  @Parameter(property = "anke.waiversFile")
  protected String waiversFile;

  /**
   * The baseline file (JSON) for adopting the gate on an existing system: when the file does not
   * exist, this build's findings are recorded into it and do not fail the build; later builds fail
   * only on findings that are not in it.
   */
  @Parameter(property = "anke.baselineFile")
  protected String baselineFile;

  /** The report formats written into the output directory: json, sarif, html, text, cyclonedx. */
  @Parameter(property = "anke.formats", defaultValue = "json,sarif,html")
  protected List<String> formats;

  /**
   * Scans the project's output directory ({@code target/classes}): its classes for cryptographic
   * API use, its configuration files and data classes for the {@code CONFIG-} and {@code DATA-}
   * rules.
   */
  @Parameter(property = "anke.scanProjectClasses", defaultValue = "true")
  protected boolean scanProjectClasses;

  /** Also scans the dependencies' jars for cryptographic API use (slower; off by default). */
  @Parameter(property = "anke.scanDependencyClasses", defaultValue = "false")
  protected boolean scanDependencyClasses;

  /** The goal's name, for messages. */
  abstract String goal();

  /** The directory relative paths and report paths refer to. */
  abstract Path root();

  /** The directory the reports are written into. */
  abstract Path outputDirectory();

  /** The projects whose classes are scanned. */
  abstract List<MavenProject> projects();

  /** The bill of materials of the dependencies. */
  abstract BillOfMaterials bom(Set<String> scopes, ScanSettings settings);

  /** Runs the check. */
  protected void check() throws MojoExecutionException, MojoFailureException {
    Locale locale = locale();
    FailOn failOn = failOn();
    Set<String> scopes = scopes();
    List<ReportFormat> reportFormats = reportFormats();
    Path root = root();
    // The build log shows findings only: the scan gathers what the rules and these formats need.
    ScanSettings settings =
        settings(root, failOn, path(waiversFile), path(baselineFile), reportFormats);

    ScanResult result;
    try {
      BillOfMaterials bom = bom(scopes, settings);
      ScanInputs.Builder inputs = ScanInputs.builder().bom(bom);
      int targets = addBytecodeTargets(inputs, scopes, root);
      info(
          "scanning",
          goal(),
          settings.profile().id(),
          settings.failOn().id(),
          bom.components().size(),
          targets);
      // Findings about target/classes point at the sources it was built from.
      result = SourceLocations.of(projects(), root).apply(settings.run(inputs.build()));
    } catch (ConfigurationException | InputException | IOException e) {
      throw configError(e);
    } catch (java.io.UncheckedIOException e) {
      throw configError(e.getCause());
    }

    List<String> written = writeReports(result, reportFormats, locale, root);
    BuildLogReport log = new BuildLogReport(getLog(), locale, waiversFile, LocalDate.now(), root);
    int failing = log.write(result, written);
    String errors = String.join(", ", result.ruleErrors());
    if (!result.ruleErrors().isEmpty()) {
      throw new MojoExecutionException(
          written.isEmpty()
              ? log.text("failure.internal.noReports", errors)
              : log.text("failure.internal", errors, preferredReport(written)));
    }
    if (!result.summary().passed()) {
      String threshold = result.summary().failOn().id();
      String profileId = result.profile().id();
      throw new MojoFailureException(
          written.isEmpty()
              ? log.text("failure.noReports", failing, threshold, profileId)
              : log.text("failure", failing, threshold, profileId, preferredReport(written)));
    }
  }

  /** Warns that the goal is skipped, and that reports left in the output are not this run's. */
  protected void warnSkipped() throws MojoExecutionException {
    Path dir = outputDirectory();
    boolean stale = false;
    try {
      ReportFormats known = ReportFormats.discover(getClass().getClassLoader());
      for (String id : known.ids()) {
        stale |= Files.isRegularFile(dir.resolve(known.get(id).fileName()));
      }
    } catch (ConfigurationException e) {
      throw configError(e);
    }
    getLog()
        .warn(
            stale
                ? BuildLogReport.text(locale(), "skip.staleReports", MavenBom.relative(dir, root()))
                : BuildLogReport.text(locale(), "skip"));
  }

  private static String preferredReport(List<String> written) {
    for (String w : written) {
      if (w.endsWith(".html")) {
        return w;
      }
    }
    return written.get(0);
  }

  /**
   * Adds each module's output directory and, when asked, each dependency's jar; records what could
   * not be examined (a module not compiled, or compiled before its sources last changed, a
   * dependency without a file), which the engine reports when the profile judges such input.
   */
  private int addBytecodeTargets(ScanInputs.Builder inputs, Set<String> scopes, Path root)
      throws MojoExecutionException {
    int targets = 0;
    for (MavenProject p : projects()) {
      if ("pom".equals(p.getPackaging())) {
        continue; // Maven compiles nothing for pom packaging
      }
      BuildOutput output = BuildOutput.of(p);
      String shown = MavenBom.relative(output.classes(), root);
      if (!scanProjectClasses) {
        if (output.hasInputs() || output.outputExists()) {
          inputs.gap(
              InputGap.excluded(shown, BuildOutput.CATEGORIES, BuildOutput.excludedReason()));
        }
        continue;
      }
      InputGap gap = output.gap(root);
      if (gap != null) {
        inputs.gap(gap);
      }
      if (output.outputExists()) {
        // The gap above, if any, is this goal's to report; a module of resources only is fine.
        inputs.bytecode(output.classes(), shown, false, false);
        targets++;
      }
    }
    if (scanDependencyClasses) {
      Set<String> seen = new LinkedHashSet<>();
      Set<String> reactor = new LinkedHashSet<>();
      for (MavenProject p : projects()) {
        reactor.add(p.getGroupId() + ":" + p.getArtifactId());
      }
      for (MavenProject p : projects()) {
        List<Artifact> artifacts = new ArrayList<>(p.getArtifacts());
        artifacts.sort(java.util.Comparator.comparing(Artifact::getId));
        for (Artifact a : artifacts) {
          String scope = a.getScope() == null ? "compile" : a.getScope();
          if (!scopes.contains(scope)
              || (a.getArtifactHandler() != null && !a.getArtifactHandler().isAddedToClasspath())
              || reactor.contains(a.getGroupId() + ":" + a.getArtifactId())
              || !seen.add(a.getId())) {
            continue;
          }
          String name = a.getFile() == null ? a.getId() : a.getFile().getName();
          if (a.getFile() == null || !a.getFile().exists()) {
            inputs.gap(
                InputGap.missing(
                    MavenBom.purl(a),
                    Set.of("crypto"),
                    BuildLogReport.texts("gap.dependencyNotResolved")));
            continue;
          }
          if (!a.getFile().isDirectory() && !isArchive(a.getFile().toPath())) {
            // a pom-typed dependency, a native library: nothing for the bytecode scanner
            getLog().debug(BuildLogReport.text(locale(), "notAnArchive", a.getId()));
            continue;
          }
          // A reactor module built only up to compile resolves to its class directory.
          inputs.library(a.getFile().toPath(), name, MavenBom.purl(a));
          targets++;
        }
      }
    }
    return targets;
  }

  /** Decided as the archive walker decides it: by content, a jar after a prefix included. */
  private boolean isArchive(Path file) throws MojoExecutionException {
    try {
      return TargetKind.of(file) == TargetKind.ZIP_ARCHIVE;
    } catch (IOException e) {
      throw new MojoExecutionException(
          BuildLogReport.text(
              locale(), "file.cannotRead", file, FileFailure.reason(file, e).in(locale())),
          e);
    }
  }

  private FailOn failOn() throws MojoExecutionException {
    if (failOnSeverity == null || failOnSeverity.isBlank()) {
      return null;
    }
    try {
      return FailOn.parse(failOnSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          BuildLogReport.text(locale(), "error.failOnSeverity", e.getMessage()));
    }
  }

  private List<ReportFormat> reportFormats() throws MojoExecutionException {
    List<ReportFormat> out = new ArrayList<>();
    ReportFormats known;
    try {
      known = ReportFormats.discover(getClass().getClassLoader());
    } catch (ConfigurationException e) {
      throw configError(e);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String f : formats == null ? List.<String>of() : formats) {
      for (String part : f.split(",")) {
        String id = part.strip().toLowerCase(Locale.ROOT);
        if (!id.isEmpty() && !id.equals("none")) {
          ids.add(id);
        }
      }
    }
    for (String id : ids) {
      try {
        out.add(known.get(id));
      } catch (ConfigurationException e) {
        throw new MojoExecutionException(
            BuildLogReport.text(locale(), "error.formats", message(e)));
      }
    }
    return out;
  }

  private List<String> writeReports(
      ScanResult result, List<ReportFormat> reportFormats, Locale locale, Path root)
      throws MojoExecutionException {
    List<String> written = new ArrayList<>();
    try {
      List<Path> removed =
          ReportFormats.discover(getClass().getClassLoader())
              .removeOthers(outputDirectory(), reportFormats);
      if (!removed.isEmpty()) {
        List<String> shown = new ArrayList<>();
        removed.forEach(p -> shown.add(MavenBom.relative(p, root)));
        getLog().info(BuildLogReport.text(locale, "staleReports", String.join(", ", shown)));
      }
    } catch (ConfigurationException e) {
      throw configError(e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          BuildLogReport.text(
              locale,
              "file.cannotRemoveStale",
              outputDirectory(),
              FileFailure.reason(outputDirectory(), e).in(locale)),
          e);
    }
    ReportOptions options = ReportOptions.defaults().withLocale(locale).withColor(false);
    for (ReportFormat f : reportFormats) {
      try {
        Path file = ReportFormats.writeTo(outputDirectory(), f, result, options);
        written.add(MavenBom.relative(file, root));
      } catch (IOException e) {
        Path file = outputDirectory().resolve(f.fileName());
        throw new MojoExecutionException(
            BuildLogReport.text(
                locale, "file.cannotWrite", file, FileFailure.reason(file, e).in(locale)),
            e);
      }
    }
    return written;
  }
}
