package io.anke.core.guard;

import io.anke.core.FailOn;
import io.anke.core.engine.ScanResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proves at start-up that the running process stands on a compliant stack.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   StartupGuard.check();   // settings from anke.guard.* system properties or ANKE_GUARD_* variables
 *   ...
 * }
 * }</pre>
 */
public final class StartupGuard {
  private final Builder settings;

  private StartupGuard(Builder b) {
    this.settings = b;
  }

  /**
   * Runs the guard with the settings of the system properties ({@code anke.guard.mode}, …) and
   * environment variables ({@code ANKE_GUARD_MODE}, …).
   *
   * @return the result, empty when the mode is {@code off}
   * @throws StartupGuardException in {@code enforce} mode when the process must not start
   */
  public static Optional<ScanResult> check() {
    return builder().build().run();
  }

  /** A builder whose unset values come from system properties, then the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** The result of the most recent run in this JVM, if any. */
  public static Optional<ScanResult> lastResult() {
    throw new UnsupportedOperationException("not yet built");
  }

  /**
   * Runs the checks.
   *
   * @return the result, empty when the mode is {@code off}
   * @throws StartupGuardException in {@code enforce} mode when the process must not start
   */
  public Optional<ScanResult> run() {
    Objects.requireNonNull(settings);
    throw new UnsupportedOperationException("not yet built");
  }

  /** Settings of one guard; each unset one is taken from the system properties or environment. */
  public static final class Builder {
    GuardMode mode;
    String profile;
    Path waivers;
    Path report;
    Path manifest;
    Path manifestKey;
    FailOn failOn;
    ClassLoader classLoader;
    Map<String, String> systemProperties;
    Map<String, String> environment;

    private Builder() {}

    public Builder mode(GuardMode value) {
      this.mode = value;
      return this;
    }

    /** A bundled profile id or a profile file. */
    public Builder profile(String value) {
      this.profile = value;
      return this;
    }

    /** The waiver file, the same format as {@code anke scan --waivers}. */
    public Builder waivers(Path value) {
      this.waivers = value;
      return this;
    }

    /** Where to write the JSON report. */
    public Builder report(Path value) {
      this.report = value;
      return this;
    }

    /**
     * The signed delivery manifest ({@code anke sign}) the running archives are checked against.
     */
    public Builder manifest(Path value) {
      this.manifest = value;
      return this;
    }

    /** The SM2 public key (PEM) or certificate trusted to have signed the manifest. */
    public Builder manifestKey(Path value) {
      this.manifestKey = value;
      return this;
    }

    public Builder failOn(FailOn value) {
      this.failOn = value;
      return this;
    }

    /** The class loader whose class path is judged; the context class loader by default. */
    public Builder classLoader(ClassLoader value) {
      this.classLoader = value;
      return this;
    }

    /**
     * System properties to read settings from (tests); {@link System#getProperties()} by default.
     */
    public Builder systemProperties(Map<String, String> value) {
      this.systemProperties = Map.copyOf(value);
      return this;
    }

    /** Environment to read settings from (tests); {@link System#getenv()} by default. */
    public Builder environment(Map<String, String> value) {
      this.environment = Map.copyOf(value);
      return this;
    }

    public StartupGuard build() {
      return new StartupGuard(this);
    }
  }
}
