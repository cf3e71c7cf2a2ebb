package io.anke.core.host;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the host probe found. Facts that the platform does not offer are null or empty, and {@link
 * #unavailable()} says which sources could not be read and why, so that nothing is missing
 * silently.
 *
 * @param os the operating system, or null
 * @param cpu the processor (always present: the architecture is known)
 * @param server the server vendor, or null
 * @param jvm the JVM's identifying system properties
 * @param jdbcDrivers registered JDBC drivers, sorted by class name
 * @param unavailable sources that could not be read, such as {@code /sys/class/dmi/id/sys_vendor
 *     (no such file)}
 */
public record HostFacts(
    OsRelease os,
    CpuInfo cpu,
    ServerInfo server,
    Map<String, String> jvm,
    List<JdbcDriver> jdbcDrivers,
    List<String> unavailable) {

  /** Copies the collections. */
  public HostFacts {
    jvm = Collections.unmodifiableMap(new TreeMap<>(jvm));
    jdbcDrivers = List.copyOf(jdbcDrivers);
    unavailable = List.copyOf(unavailable);
  }
}
