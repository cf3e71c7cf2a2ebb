package io.anke.core.host;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of {@code /etc/os-release} (or {@code /usr/lib/os-release}).
 *
 * @param file the file as it is named on the host ({@code /etc/os-release})
 * @param fields KEY to unquoted value
 * @param lines KEY to its 1-based line number
 */
public record OsRelease(String file, Map<String, String> fields, Map<String, Integer> lines) {

  /** Copies the maps. */
  public OsRelease {
    fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    lines = Collections.unmodifiableMap(new TreeMap<>(lines));
  }

  /** A field, or null. */
  public String get(String key) {
    return fields.get(key);
  }

  /** {@code ID}, such as {@code kylin}. */
  public String id() {
    return get("ID");
  }

  /** {@code NAME}, such as {@code Kylin Linux Advanced Server}. */
  public String name() {
    return get("NAME");
  }

  /** {@code VERSION_ID}, else {@code VERSION}. */
  public String version() {
    return get("VERSION_ID") != null ? get("VERSION_ID") : get("VERSION");
  }

  /** The line of a key, or 0. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }
}
