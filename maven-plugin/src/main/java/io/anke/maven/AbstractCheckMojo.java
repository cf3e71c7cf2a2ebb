package io.anke.maven;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.maven.internal.BuildLogReport;
import io.anke.maven.internal.MavenBom;
import io.anke.rules.archive.TargetKind;
import io.anke.rules.scan.ScanInputs;
import io.anke.rules.scan.ScanSettings;
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
    ScanSettings settings = settings(root, failOn, path(waiversFile), path(baselineFile));

    ScanResult result;
    try {
      BillOfMaterials bom = bom(scopes, settings);
      ScanInputs.Builder inputs = ScanInputs.builder().bom(bom);
      int targets = addBytecodeTargets(inputs, scopes, root, locale);
      info(
          "scanning",
          goal(),
          settings.profile().id(),
          settings.failOn().id(),
          bom.components().size(),
          targets);
      result = settings.run(inputs.build());
    } catch (ConfigurationException | InputException | IOException e) {
      throw configError(e);
    } catch (java.io.UncheckedIOException e) {
      throw configError(e.getCause());
    }

    List<String> written = writeReports(result, reportFormats, locale, root);
    BuildLogReport log = new BuildLogReport(getLog(), locale, waiversFile, LocalDate.now(), root);
    int failing = log.write(result, written);
    String where = written.isEmpty() ? outputDirectory().toString() : preferredReport(written);
    if (!result.ruleErrors().isEmpty()) {
      throw new MojoExecutionException(
          log.text("failure.internal", String.join(", ", result.ruleErrors()), where));
    }
    if (!result.summary().passed()) {
      throw new MojoFailureException(
          log.text(
              "failure", failing, result.summary().failOn().id(), result.profile().id(), where));
    }
  }

  private static String preferredReport(List<String> written) {
    for (String w : written) {
      if (w.endsWith(".html")) {
        return w;
      }
    }
    return written.get(0);
  }

  private int addBytecodeTargets(
      ScanInputs.Builder inputs, Set<String> scopes, Path root, Locale locale)
      throws MojoExecutionException {
    int targets = 0;
    if (scanProjectClasses) {
      for (MavenProject p : projects()) {
        Path classes = Path.of(p.getBuild().getOutputDirectory());
        if (Files.isDirectory(classes)) {
          inputs.bytecode(classes, MavenBom.relative(classes, root), false);
          targets++;
        } else if (!"pom".equals(p.getPackaging())) {
          getLog().debug(BuildLogReport.text(locale, "noClasses", classes));
        }
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
              || a.getFile() == null
              || !a.getFile().isFile()
              || reactor.contains(a.getGroupId() + ":" + a.getArtifactId())
              || !seen.add(a.getId())) {
            continue;
          }
          if (!isArchive(a.getFile().toPath())) {
            // a pom-typed dependency, a native library: nothing for the bytecode scanner
            getLog().debug(BuildLogReport.text(locale, "notAnArchive", a.getId()));
            continue;
          }
          inputs.library(a.getFile().toPath(), a.getFile().getName());
          targets++;
        }
      }
    }
    return targets;
  }

  /** Decided as the archive walker decides it: by content, a jar after a prefix included. */
  private static boolean isArchive(Path file) throws MojoExecutionException {
    try {
      return TargetKind.of(file) == TargetKind.ZIP_ARCHIVE;
    } catch (IOException e) {
      throw new MojoExecutionException("Anke: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private FailOn failOn() throws MojoExecutionException {
    if (failOnSeverity == null || failOnSeverity.isBlank()) {
      return null;
    }
    try {
      return FailOn.parse(failOnSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Anke: anke.failOnSeverity: " + e.getMessage());
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
        throw new MojoExecutionException("Anke: anke.formats: " + e.getMessage());
      }
    }
    return out;
  }

  private List<String> writeReports(
      ScanResult result, List<ReportFormat> reportFormats, Locale locale, Path root)
      throws MojoExecutionException {
    List<String> written = new ArrayList<>();
    ReportOptions options = ReportOptions.defaults().withLocale(locale).withColor(false);
    for (ReportFormat f : reportFormats) {
      try {
        Path file = ReportFormats.writeTo(outputDirectory(), f, result, options);
        written.add(MavenBom.relative(file, root));
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Anke: cannot write the " + f.id() + " report into " + outputDirectory() + ": " + e, e);
      }
    }
    return written;
  }
}
