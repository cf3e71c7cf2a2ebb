package io.anke.maven;

import io.anke.core.ConfigurationException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.ScanContext;
import io.anke.maven.internal.MavenBom;
import io.anke.rules.scan.ScanSettings;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the module's CycloneDX bill of materials (JSON) with supplier, manufacturer and country
 * filled in from the vendor catalog, which Maven's own metadata does not carry. Each dependency
 * keeps its scope and the path that pulled it in; SHA-256 hashes are computed from the resolved
 * files. Offline: nothing is resolved beyond what Maven already resolved for the build.
 */
@Mojo(
    name = "sbom",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.TEST,
    requiresOnline = false,
    threadSafe = true)
public class SbomMojo extends AbstractAnkeMojo {

  /** The CycloneDX JSON file to write. */
  @Parameter(
      property = "anke.sbomFile",
      defaultValue = "${project.build.directory}/anke/bom.cdx.json")
  private File sbomFile;

  /** Public for Maven. */
  public SbomMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      info("skip");
      return;
    }
    Path root = project.getBasedir().toPath();
    ScanSettings settings = settings(root, null, null, null);
    ReportFormat cyclonedx;
    try {
      cyclonedx = ReportFormats.discover(getClass().getClassLoader()).get("cyclonedx");
    } catch (ConfigurationException e) {
      throw configError(e);
    }
    BillOfMaterials bom;
    try {
      bom = MavenBom.of(project, scopes(), root, settings.catalog(), true);
    } catch (java.io.UncheckedIOException e) {
      throw configError(e.getCause());
    }
    ScanContext context =
        ScanContext.builder().workingDirectory(root).catalog(settings.catalog()).bom(bom).build();
    // No rules: the document describes what the build uses, it does not judge it.
    ScanResult described = Engine.builder().build().run(context);
    Path target = sbomFile.toPath();
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".anke-sbom-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          cyclonedx.write(described, ReportOptions.defaults().withLocale(locale()), out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Anke: cannot write " + target + ": " + e.getMessage(), e);
    }
    info("sbom.written", bom.components().size(), MavenBom.relative(target, root));
  }
}
