package io.anke.maven;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.InputException;
import io.anke.core.report.ReportFormat;
import io.anke.crypto.Bilingual;
import io.anke.maven.internal.BuildLogReport;
import io.anke.scan.ScanSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters and configuration handling shared by every goal of the plugin. */
abstract class AbstractAnkeMojo extends AbstractMojo {
  private static final Set<String> SCOPES =
      Set.of("compile", "runtime", "provided", "system", "test");

  /** The project the goal runs on. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** The build session (the reactor, for the aggregate goal). */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skips the goal. */
  @Parameter(property = "anke.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The profile: a bundled id ({@code gov-cloud-baseline}, {@code crypto-l2}, {@code crypto-l3},
   * {@code mlps-l2}, {@code mlps-l3}, {@code xinchuang-strict}) or the path of a profile file
   * ({@code .yaml}) that may extend them. Empty for the default, {@code gov-cloud-baseline}.
   */
  @Parameter(property = "anke.profile")
  protected String profile;

  /**
   * Vendor catalog files that extend the bundled catalog and override its entries by id, applied in
   * order.
   */
  @Parameter(property = "anke.catalogFiles")
  protected List<String> catalogFiles;

  /** The Maven scopes whose dependencies are checked. */
  @Parameter(property = "anke.includeScopes", defaultValue = "compile,runtime,provided,system")
  protected List<String> includeScopes;

  /**
   * The language of the build-log messages: {@code zh} or {@code en}. Empty for the JVM's locale.
   * Reports carry both languages.
   */
  @Parameter(property = "anke.language")
  protected String language;

  /** The locale of build-log messages. */
  protected Locale locale() throws MojoExecutionException {
    if (language == null || language.isBlank()) {
      return Locale.getDefault();
    }
    String l = language.strip().toLowerCase(Locale.ROOT);
    if (l.startsWith("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    if (l.startsWith("en")) {
      return Locale.ENGLISH;
    }
    throw new MojoExecutionException(
        BuildLogReport.text(Locale.getDefault(), "error.language", language));
  }

  /** The scopes to include, validated and lower-cased. */
  protected Set<String> scopes() throws MojoExecutionException {
    Set<String> out = new LinkedHashSet<>();
    for (String s : includeScopes == null ? List.<String>of() : includeScopes) {
      for (String part : s.split(",")) {
        String t = part.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
          continue;
        }
        if (!SCOPES.contains(t)) {
          throw new MojoExecutionException(
              BuildLogReport.text(locale(), "error.scope", part.strip()));
        }
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      throw new MojoExecutionException(BuildLogReport.text(locale(), "error.noScopes"));
    }
    return out;
  }

  /** Paths of a list parameter, split at commas (as a user property gives them). */
  protected static List<Path> paths(List<String> values) {
    List<Path> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            out.add(Path.of(part.strip()));
          }
        }
      }
    }
    return out;
  }

  /** A path parameter, or null when not set. */
  protected static Path path(String value) {
    return value == null || value.isBlank() ? null : Path.of(value.strip());
  }

  /** A path parameter, or null when not set. */
  protected static Path path(File value) {
    return value == null ? null : value.toPath();
  }

  /**
   * Resolves the configuration shared by the goals.
   *
   * @param root the directory relative paths and report paths refer to
   * @param failOn the threshold, or null for the profile's
   * @param waivers the waiver file, or null
   * @param baseline the baseline file, or null
   */
  protected ScanSettings settings(Path root, FailOn failOn, Path waivers, Path baseline)
      throws MojoExecutionException {
    return settings(root, failOn, waivers, baseline, null);
  }

  /**
   * The scan settings of a goal that writes reports: the scan gathers what the profile's rules need
   * and what these formats show, nothing more.
   *
   * @param reportFormats the formats the goal writes, or null to gather what every bundled format
   *     shows
   */
  protected ScanSettings settings(
      Path root,
      FailOn failOn,
      Path waivers,
      Path baseline,
      List<? extends ReportFormat> reportFormats)
      throws MojoExecutionException {
    try {
      ScanSettings.Builder b =
          ScanSettings.builder()
              .workingDirectory(root)
              .profile(profile)
              .catalogFiles(paths(catalogFiles))
              .waiversFile(waivers)
              .baselineFile(baseline)
              .failOn(failOn)
              .classLoader(getClass().getClassLoader());
      if (reportFormats != null) {
        b.reportFormats(reportFormats);
      }
      return b.build();
    } catch (ConfigurationException | InputException e) {
      throw configError(e);
    }
  }

  /** Writes a localised message of this plugin at info level. */
  protected void info(String key, Object... args) throws MojoExecutionException {
    getLog().info(BuildLogReport.text(locale(), key, args));
  }

  /**
   * A configuration or input problem as the one-line build error Maven shows; the stack trace goes
   * to the debug log ({@code -X}) only, since it would say nothing more to the user.
   */
  protected MojoExecutionException configError(Exception e) {
    getLog().debug(e);
    return new MojoExecutionException(oneLine(e));
  }

  /**
   * An exception's message in the language of the build log when it has both ({@link Bilingual}, as
   * Anke's own exceptions do), else as it is.
   */
  protected String message(Exception e) {
    if (e instanceof Bilingual b) {
      try {
        return b.messageIn(locale());
      } catch (MojoExecutionException badLanguage) {
        return e.getMessage();
      }
    }
    return e.getMessage();
  }

  /** An exception's message on one line, prefixed with what failed. */
  protected String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : message(e);
    return "Anke: " + m.replace('\n', ' ').replace('\r', ' ');
  }
}
