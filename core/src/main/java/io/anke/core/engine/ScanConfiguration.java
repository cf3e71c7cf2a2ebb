package io.anke.core.engine;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.catalog.Catalog;
import io.anke.core.internal.CoreMessage;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.waiver.WaiverSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The resolved configuration every entry point judges with: the vendor catalog (bundled plus users'
 * files), the rules found on the class path, the profile, the waivers, the baseline file and the
 * fail-on threshold, read and validated together so that a mistake is reported before anything is
 * scanned. {@code anke scan}, the Maven plugin (through {@code ScanSettings}) and the start-up
 * guard all build it here, so that one file means the same in each. Relative paths are resolved
 * against the working directory. Immutable.
 */
public final class ScanConfiguration {
  private final Path workingDirectory;
  private final Catalog catalog;
  private final Profile profile;
  private final Engine engine;

  private ScanConfiguration(Builder b) {
    this.workingDirectory = b.workingDirectory.toAbsolutePath().normalize();
    ClassLoader loader = b.loader;
    Catalog c = Catalog.bundled(loader);
    for (Path p : b.catalogFiles) {
      c = c.overlay(Catalog.read(resolve(p)));
    }
    this.catalog = c;
    RuleRegistry rules = RuleRegistry.discover(loader);
    ProfileRegistry profiles = ProfileRegistry.bundled(loader);
    if (b.profile == null || b.profile.isBlank()) {
      this.profile = profiles.defaultProfile();
    } else {
      String v = b.profile.strip();
      this.profile =
          v.endsWith(".yaml") || v.endsWith(".yml")
              ? profiles.resolve(resolve(Path.of(v)).toString())
              : profiles.resolve(v);
    }
    WaiverSet waivers = b.waiversFile == null ? WaiverSet.empty() : readWaivers(b.waiversFile);
    Engine.Builder e =
        Engine.builder().rules(rules).profile(profile).waivers(waivers).clock(b.clock);
    if (b.baselineFile != null) {
      e.baselineFile(resolve(b.baselineFile));
    }
    if (b.failOn != null) {
      e.failOn(b.failOn);
    }
    this.engine = e.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The directory relative paths and report paths refer to (absolute, normalised). */
  public Path workingDirectory() {
    return workingDirectory;
  }

  /** The vendor catalog: bundled entries extended and overridden by the users' files. */
  public Catalog catalog() {
    return catalog;
  }

  /** The profile that selects the rules. */
  public Profile profile() {
    return profile;
  }

  /** The threshold applied: the one given, else the profile's, else {@code high}. */
  public FailOn failOn() {
    return engine.failOn();
  }

  /** The engine, with the rules this profile selects, the waivers and the baseline. */
  public Engine engine() {
    return engine;
  }

  /**
   * How reports name {@code file}: relative to the working directory when it lies inside it, else
   * absolute, with {@code /} separators, so that reports do not depend on where a project was
   * checked out.
   */
  public String displayName(Path file) {
    Path abs = resolve(file).toAbsolutePath().normalize();
    Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  /** {@code p} resolved against the working directory. */
  public Path resolve(Path p) {
    return workingDirectory.resolve(p).normalize();
  }

  private WaiverSet readWaivers(Path given) {
    Path file = resolve(given);
    String name = displayName(file);
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(name, 0, CoreMessage.ENGINE_WAIVER_FILE_MISSING.text());
    }
    // the same size limit, UTF-8 check and BOM handling as every other configuration file
    return WaiverSet.read(file, name);
  }

  /** Builds a {@link ScanConfiguration}. */
  public static final class Builder {
    private Path workingDirectory = Path.of("");
    private String profile;
    private final List<Path> catalogFiles = new ArrayList<>();
    private Path waiversFile;
    private Path baselineFile;
    private FailOn failOn;
    private Clock clock = Clock.systemDefaultZone();
    private ClassLoader loader = ScanConfiguration.class.getClassLoader();

    private Builder() {}

    /** The directory relative paths and report paths refer to (default: the current one). */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** A bundled profile id or the path of a profile file ({@code .yaml}); null for the default. */
    public Builder profile(String idOrFile) {
      this.profile = idOrFile;
      return this;
    }

    /** Adds users' catalog files, applied in order over the bundled catalog. */
    public Builder catalogFiles(List<Path> files) {
      catalogFiles.addAll(files);
      return this;
    }

    /** The waiver file, or null for none. */
    public Builder waiversFile(Path file) {
      this.waiversFile = file;
      return this;
    }

    /**
     * The baseline file, or null: applied when it exists, written from this run's findings when it
     * does not.
     */
    public Builder baselineFile(Path file) {
      this.baselineFile = file;
      return this;
    }

    /** The fail-on threshold; null for the profile's (else {@code high}). */
    public Builder failOn(FailOn threshold) {
      this.failOn = threshold;
      return this;
    }

    /** The clock that decides which waivers have expired. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The class loader whose rules, profiles and catalogs are found (default: this module's). */
    public Builder classLoader(ClassLoader value) {
      this.loader = Objects.requireNonNull(value, "loader");
      return this;
    }

    /**
     * Reads and validates the configuration.
     *
     * @throws ConfigurationException naming the file and line of a broken catalog, profile or
     *     waiver file, or an unknown profile id
     */
    public ScanConfiguration build() {
      return new ScanConfiguration(this);
    }
  }
}
