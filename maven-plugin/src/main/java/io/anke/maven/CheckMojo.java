package io.anke.maven;

import io.anke.core.bom.BillOfMaterials;
import io.anke.maven.internal.MavenBom;
import io.anke.scan.ScanSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks one module: its resolved dependencies against the profile's bill-of-materials rules and
 * its classes against the crypto-usage rules; writes the reports and fails the build on findings at
 * or above {@code failOnSeverity}. Uses only the dependency graph Maven has already resolved and
 * never contacts a repository, so it runs offline ({@code mvn -o}).
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    requiresOnline = false,
    threadSafe = true)
public class CheckMojo extends AbstractCheckMojo {

  /** The directory the reports are written into. */
  @Parameter(property = "anke.outputDirectory", defaultValue = "${project.build.directory}/anke")
  private File outputDirectory;

  /** Public for Maven. */
  public CheckMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      warnSkipped();
      return;
    }
    check();
  }

  @Override
  String goal() {
    return "check";
  }

  @Override
  Path root() {
    return project.getBasedir().toPath();
  }

  @Override
  Path outputDirectory() {
    return outputDirectory.toPath();
  }

  @Override
  List<MavenProject> projects() {
    return List.of(project);
  }

  @Override
  BillOfMaterials bom(Set<String> scopes, ScanSettings settings) {
    return MavenBom.of(project, scopes, root(), settings.catalog(), false);
  }
}
