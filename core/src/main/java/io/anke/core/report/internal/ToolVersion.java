package io.anke.core.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Anke version, from the Maven metadata that the jar plugin writes into anke-core.jar. */
public final class ToolVersion {
  private static final String VERSION = read();

  private ToolVersion() {}

  /** The version, or {@code dev} when running from classes rather than the jar. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in =
        ToolVersion.class.getResourceAsStream("/META-INF/maven/io.anke/anke-core/pom.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
