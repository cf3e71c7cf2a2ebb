package io.anke.scan.bom.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CycloneDX specification versions Anke reads, each with where its normative schemas are. The
 * one list of versions: readers, error messages and the {@code scan --help} text take it from here.
 */
public enum CycloneDxVersion {
  V1_2("1.2"),
  V1_3("1.3"),
  V1_4("1.4"),
  V1_5("1.5"),
  V1_6("1.6"),
  V1_7("1.7");

  /** The XML namespace of every version, followed by the version string. */
  public static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";

  private final String text;

  CycloneDxVersion(String text) {
    this.text = text;
  }

  /** {@code 1.6}, as {@code specVersion} and the XML namespace spell it. */
  public String text() {
    return text;
  }

  /** {@code http://cyclonedx.org/schema/bom/1.6}. */
  public String namespace() {
    return NAMESPACE_PREFIX + text;
  }

  /** The version a {@code specVersion} value or namespace suffix names, if Anke reads it. */
  public static Optional<CycloneDxVersion> of(String text) {
    return Arrays.stream(values()).filter(v -> v.text.equals(text)).findFirst();
  }

  /** The versions read, oldest first. */
  public static List<CycloneDxVersion> all() {
    return List.of(values());
  }

  /** The oldest version read. */
  public static CycloneDxVersion oldest() {
    return values()[0];
  }

  /** The newest version read. */
  public static CycloneDxVersion newest() {
    CycloneDxVersion[] v = values();
    return v[v.length - 1];
  }
}
