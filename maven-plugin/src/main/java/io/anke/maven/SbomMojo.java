package io.anke.maven;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.files.FileFailure;
import io.anke.maven.internal.BuildLogReport;
import io.anke.maven.internal.MavenBom;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.CycloneDxWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
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

  /** This plugin, for the tool version recorded in the document. */
  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  /** Public for Maven. */
  public SbomMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().warn(BuildLogReport.text(locale(), "skip.sbom"));
      return;
    }
    Path root = project.getBasedir().toPath();
    ScanSettings settings = settings(root, null, null, null);
    BillOfMaterials bom;
    try {
      bom = MavenBom.of(project, scopes(), root, settings.catalog(), true);
    } catch (java.io.UncheckedIOException e) {
      throw configError(e.getCause());
    }
    CycloneDxWriter writer =
        CycloneDxWriter.builder()
            .toolVersion(plugin == null ? "unknown" : plugin.getVersion())
            .subject(MavenBom.projectComponent(project, root))
            .metadataProperty("anke:maven:scopes", String.join(",", scopes()))
            .build();
    String json = writer.write(List.of(bom), settings.catalog());
    Path target = sbomFile.toPath();
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".anke-sbom-", ".tmp");
      try {
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          BuildLogReport.text(
              locale(), "file.cannotWrite", target, FileFailure.reason(target, e).in(locale())),
          e);
    }
    // Say what the document really holds: the catalog knows the vendor of a few libraries only.
    int supplier = 0;
    int country = 0;
    int hashed = 0;
    List<String> unhashed = new ArrayList<>();
    for (Component c : bom.components()) {
      supplier += c.supplier() != null ? 1 : 0;
      country += c.supplier() != null && c.country() != null ? 1 : 0;
      if (c.hashes().isEmpty()) {
        unhashed.add(c.id());
      } else {
        hashed++;
      }
    }
    int total = bom.components().size();
    info(
        "sbom.written",
        total,
        MavenBom.relative(target, root),
        supplier,
        country,
        total - supplier,
        hashed);
    if (!unhashed.isEmpty()) {
      getLog()
          .warn(
              BuildLogReport.text(
                  locale(), "sbom.unhashed", unhashed.size(), String.join(", ", unhashed)));
    }
  }
}
