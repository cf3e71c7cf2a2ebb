package io.anke.spring.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code anke.guard.*} properties of {@code application.properties} (or YAML, profile files,
 * environment variables such as {@code ANKE_GUARD_MODE}, command-line arguments: wherever Spring
 * Boot reads properties). Each property left unset falls back to the start-up guard's own sources,
 * the {@code anke.guard.*} system properties and {@code ANKE_GUARD_*} environment variables, and
 * then to the guard's defaults.
 *
 * <p>Values are kept as written and parsed by the guard's own vocabulary ({@link
 * io.anke.core.guard.GuardMode#parse}, {@link io.anke.core.FailOn#parse}), so that a value means
 * the same here as on the command line.
 */
@ConfigurationProperties(prefix = AnkeGuardProperties.PREFIX)
public class AnkeGuardProperties {
  /** The prefix of every property of the guard. */
  public static final String PREFIX = "anke.guard";

  /**
   * What the guard does with what it finds: enforce (findings at or above fail-on, or a failed
   * self-test, stop the start-up), warn (they are logged and the application starts) or off.
   */
  private String mode;

  /** The profile that judges the application: a bundled profile id or a profile file. */
  private String profile;

  /** The waiver file, the same file and format as "anke scan --waivers". */
  private String waivers;

  /** Where to write the JSON report of each start-up; no report file when unset. */
  private String report;

  /**
   * The severity at or above which findings fail the check (critical, high, medium, low, info) or
   * never; the profile's threshold when unset.
   */
  private String failOn;

  /** The signed delivery manifest ("anke sign") that the running archives are checked against. */
  private String manifest;

  /** The SM2 public key or certificate (PEM) trusted to have signed the manifest. */
  private String manifestKey;

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public String getWaivers() {
    return waivers;
  }

  public void setWaivers(String waivers) {
    this.waivers = waivers;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public String getFailOn() {
    return failOn;
  }

  public void setFailOn(String failOn) {
    this.failOn = failOn;
  }

  public String getManifest() {
    return manifest;
  }

  public void setManifest(String manifest) {
    this.manifest = manifest;
  }

  public String getManifestKey() {
    return manifestKey;
  }

  public void setManifestKey(String manifestKey) {
    this.manifestKey = manifestKey;
  }
}
