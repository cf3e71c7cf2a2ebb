package io.anke.core.guard;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.internal.CoreMessage;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The guard's settings after resolution: each comes from the builder, else the system property
 * {@code anke.guard.<name>}, else the environment variable {@code ANKE_GUARD_<NAME>} ({@code -}
 * becomes {@code _}), else its default. A blank value counts as unset.
 *
 * @param mode what to do with the findings
 * @param modeSource where the mode came from (for messages)
 * @param profile a bundled profile id or a profile file, or null for the default profile
 * @param waivers the waiver file, or null
 * @param report where to write the JSON report, or null
 * @param failOn the threshold, or null for the profile's
 * @param manifest the signed delivery manifest, or null
 * @param manifestKey the key trusted to have signed it, or null
 */
record GuardSettings(
    GuardMode mode,
    String modeSource,
    String profile,
    Path waivers,
    Path report,
    FailOn failOn,
    Path manifest,
    Path manifestKey) {

  /**
   * The default mode. An application that adds the guard asks to be stopped when it stands on a
   * non-compliant stack, and a guard that only logs by default is easily never read; operators
   * switch to {@code warn} without a rebuild ({@code ANKE_GUARD_MODE=warn}).
   */
  static final GuardMode DEFAULT_MODE = GuardMode.ENFORCE;

  /** Setting names, as in {@code anke.guard.<name>}. */
  static final String MODE = "mode";

  static final String PROFILE = "profile";
  static final String WAIVERS = "waivers";
  static final String REPORT = "report";
  static final String FAIL_ON = "fail-on";
  static final String MANIFEST = "manifest";
  static final String MANIFEST_KEY = "manifest-key";

  /** The system property that sets {@code name}. */
  static String property(String name) {
    return "anke.guard." + name;
  }

  /** The environment variable that sets {@code name}. */
  static String variable(String name) {
    return "ANKE_GUARD_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * Resolves the builder's settings.
   *
   * @throws ConfigurationException naming the property or variable whose value is not valid; the
   *     mode is resolved first, so {@link #modeOrEnforce} tells how to report it
   */
  static GuardSettings resolve(StartupGuard.Builder b) {
    Map<String, String> props =
        b.systemProperties != null ? b.systemProperties : systemProperties();
    Map<String, String> env = b.environment != null ? b.environment : System.getenv();
    Lookup lookup = new Lookup(props, env);
    GuardMode mode = b.mode;
    String modeSource = "code";
    if (mode == null) {
      Value v = lookup.get(MODE);
      mode = v == null ? DEFAULT_MODE : mode(v);
      modeSource = v == null ? "default" : v.source();
    }
    String profile = b.profile;
    if (profile == null) {
      Value v = lookup.get(PROFILE);
      profile = v == null ? null : v.text();
    }
    FailOn failOn = b.failOn;
    if (failOn == null) {
      Value v = lookup.get(FAIL_ON);
      if (v != null) {
        try {
          failOn = FailOn.parse(v.text());
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(v.source(), 0, e.getMessage(), e);
        }
      }
    }
    Path manifest = path(b.manifest, lookup.get(MANIFEST));
    Path manifestKey = path(b.manifestKey, lookup.get(MANIFEST_KEY));
    if (manifest != null && manifestKey == null) {
      // A manifest checked against the key it carries proves nothing: the trusted key is required.
      Value v = lookup.get(MANIFEST);
      throw new ConfigurationException(
          v == null ? "code" : v.source(),
          0,
          CoreMessage.GUARD_MANIFEST_KEY_REQUIRED.text(
              property(MANIFEST_KEY), variable(MANIFEST_KEY)));
    }
    return new GuardSettings(
        mode,
        modeSource,
        profile,
        path(b.waivers, lookup.get(WAIVERS)),
        path(b.report, lookup.get(REPORT)),
        failOn,
        manifest,
        manifestKey);
  }

  /**
   * The mode the builder or its sources ask for, {@code enforce} when the value is unreadable: a
   * guard that cannot tell what it was asked to do fails closed.
   */
  static GuardMode modeOrEnforce(StartupGuard.Builder b) {
    if (b.mode != null) {
      return b.mode;
    }
    Map<String, String> props =
        b.systemProperties != null ? b.systemProperties : systemProperties();
    Map<String, String> env = b.environment != null ? b.environment : System.getenv();
    Value v = new Lookup(props, env).get(MODE);
    try {
      return v == null ? DEFAULT_MODE : mode(v);
    } catch (ConfigurationException e) {
      return GuardMode.ENFORCE;
    }
  }

  private static GuardMode mode(Value v) {
    try {
      return GuardMode.parse(v.text());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(v.source(), 0, e.getMessage(), e);
    }
  }

  private static Path path(Path given, Value v) {
    if (given != null) {
      return given;
    }
    if (v == null) {
      return null;
    }
    try {
      return Path.of(v.text());
    } catch (InvalidPathException e) {
      throw new ConfigurationException(
          v.source(), 0, CoreMessage.GUARD_NOT_A_PATH.text(e.getMessage()), e);
    }
  }

  private static Map<String, String> systemProperties() {
    Map<String, String> out = new java.util.HashMap<>();
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("anke.guard.")) {
        out.put(name, System.getProperty(name));
      }
    }
    return out;
  }

  /** A setting's value and where it came from ({@code system property anke.guard.mode}). */
  private record Value(String text, String source) {}

  private record Lookup(Map<String, String> props, Map<String, String> env) {
    Value get(String name) {
      String p = props.get(property(name));
      if (p != null && !p.isBlank()) {
        return new Value(p.strip(), "system property " + property(name));
      }
      String e = env.get(variable(name));
      if (e != null && !e.isBlank()) {
        return new Value(e.strip(), "environment variable " + variable(name));
      }
      return null;
    }
  }
}
