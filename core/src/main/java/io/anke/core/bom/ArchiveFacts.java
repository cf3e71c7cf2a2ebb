package io.anke.core.bom;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The component properties that carry what an archive (a jar without {@code pom.properties}, say)
 * or the host probe revealed about a component, for the catalog to identify it by exact facts. One
 * vocabulary for the readers that set them and the catalog matcher that reads them.
 */
public final class ArchiveFacts {
  private ArchiveFacts() {}

  /**
   * How a component read from an archive was identified: {@code pom.properties}, {@code manifest},
   * {@code file-name}, or {@code catalog} when the catalog gave it Maven coordinates.
   */
  public static final String IDENTITY = "anke:identity";

  /**
   * The JDBC driver classes an archive registers in {@code META-INF/services/java.sql.Driver}, or
   * the probed driver's class; comma-separated.
   */
  public static final String DRIVER_CLASS = "anke:jdbc:driverClass";

  /**
   * The package under which every class of the archive lies ({@code org.bouncycastle}); absent when
   * its classes share no package.
   */
  public static final String PACKAGE = "anke:archive:package";

  /** The archive's file name ({@code bcprov-jdk18on-1.87.jar}). */
  public static final String FILE_NAME = "anke:archive:fileName";

  /** Prefix of the properties holding manifest attributes: {@code anke:manifest:Bundle-Version}. */
  public static final String MANIFEST = "anke:manifest:";

  /**
   * The main manifest attributes kept as facts ({@code Bundle-SymbolicName} without its
   * directives), and the only ones a catalog's {@code manifest} facts may name.
   */
  public static final List<String> MANIFEST_ATTRIBUTES =
      List.of(
          "Automatic-Module-Name",
          "Bundle-Name",
          "Bundle-SymbolicName",
          "Bundle-Vendor",
          "Bundle-Version",
          "Implementation-Title",
          "Implementation-Vendor",
          "Implementation-Vendor-Id",
          "Implementation-Version");

  /**
   * A version as a version string can look: no whitespace, quotes or unresolved {@code ${...}}
   * placeholders. Build tools sometimes write something else into a manifest's version attribute
   * (Gradle's {@code task ':json-path:jar' property 'archiveVersion'}, Maven's {@code
   * ${project.version}}), which must not become a component's version.
   */
  private static final Pattern PLAUSIBLE_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+\\-]*");

  /**
   * {@code value} stripped when it is a plausible version, else null (also for null or blank).
   *
   * @param value a version as a manifest or other metadata states it
   */
  public static String plausibleVersion(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return PLAUSIBLE_VERSION.matcher(v).matches() && !v.contains("${") ? v : null;
  }
}
