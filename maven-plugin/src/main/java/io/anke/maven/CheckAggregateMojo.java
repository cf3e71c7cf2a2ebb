package io.anke.maven;

import io.anke.core.bom.BillOfMaterials;
import io.anke.maven.internal.BuildLogReport;
import io.anke.maven.internal.MavenBom;
import io.anke.scan.ScanSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenExecutionResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks a whole multi-module build once: one bill of materials for the union of every module's
 * dependencies (the reactor's own modules left out), the classes of every module, one set of
 * reports, one verdict.
 *
 * <p>Declare it in the parent POM's {@code <build><plugins>} so that every module inherits it: each
 * module's execution lets Maven resolve that module's dependencies (offline-capable, from the graph
 * Maven resolves anyway) and returns at once; the execution in the last module of the reactor does
 * the check, after all the others are built (in a parallel build it waits for them). Relative paths
 * (waivers, baseline, catalogs) are resolved against the top-level project's directory, and the
 * reports go to its {@code target/anke}.
 */
@Mojo(
    name = "check-aggregate",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    requiresOnline = false,
    threadSafe = true)
public class CheckAggregateMojo extends AbstractCheckMojo {
  private static final long POLL_MILLIS = 200;

  /**
   * The directory the reports are written into; empty for {@code target/anke} of the top-level
   * project.
   */
  @Parameter(property = "anke.outputDirectory")
  private File outputDirectory;

  /** Public for Maven. */
  public CheckAggregateMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      warnSkipped();
      return;
    }
    List<MavenProject> all = session.getProjects();
    MavenProject last = all.get(all.size() - 1);
    if (!isSame(project, last)) {
      info("deferred", last.getArtifactId());
      return;
    }
    if (!awaitOtherModules(all)) {
      getLog().warn(BuildLogReport.text(locale(), "reactorFailed"));
      return;
    }
    for (MavenProject p : all) {
      if (!p.getDependencies().isEmpty() && p.getArtifacts().isEmpty()) {
        getLog().warn(BuildLogReport.text(locale(), "unresolved", p.getArtifactId()));
      }
    }
    check();
  }

  private static boolean isSame(MavenProject a, MavenProject b) {
    return a.getGroupId().equals(b.getGroupId())
        && a.getArtifactId().equals(b.getArtifactId())
        && a.getVersion().equals(b.getVersion());
  }

  /**
   * In a parallel build ({@code -T}) the last module of the reactor order can start before modules
   * it does not depend on have finished; wait until every other module has a build summary. Returns
   * false, without waiting longer, once another module has failed: Maven then skips the modules not
   * yet started, and a check of a half-built reactor would mislead.
   */
  private boolean awaitOtherModules(List<MavenProject> all) throws MojoExecutionException {
    MavenExecutionResult result = session.getResult();
    if (!session.isParallel()) {
      return !result.hasExceptions();
    }
    boolean told = false;
    while (true) {
      if (result.hasExceptions()) {
        return false;
      }
      int pending = 0;
      for (MavenProject p : all) {
        if (!isSame(p, project) && result.getBuildSummary(p) == null) {
          pending++;
        }
      }
      if (pending == 0) {
        return true;
      }
      if (!told) {
        info("waitForReactor", pending);
        told = true;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MojoExecutionException(BuildLogReport.text(locale(), "error.interrupted"), e);
      }
    }
  }

  @Override
  String goal() {
    return "check-aggregate";
  }

  @Override
  Path root() {
    MavenProject top = session.getTopLevelProject();
    return (top != null ? top : project).getBasedir().toPath();
  }

  @Override
  Path outputDirectory() {
    if (outputDirectory != null) {
      return outputDirectory.toPath();
    }
    MavenProject top = session.getTopLevelProject();
    return Path.of((top != null ? top : project).getBuild().getDirectory(), "anke");
  }

  @Override
  List<MavenProject> projects() {
    return new ArrayList<>(session.getProjects());
  }

  @Override
  BillOfMaterials bom(Set<String> scopes, ScanSettings settings) {
    Path root = root();
    MavenProject top = session.getTopLevelProject();
    String source = MavenBom.pomPath(top != null ? top : project, root);
    return MavenBom.ofReactor(projects(), scopes, root, settings.catalog(), false, source);
  }
}
