package io.anke.core.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The explicit facts that identify a catalog entry. Every list holds exact values; nothing is
 * matched by similarity.
 *
 * @param maven Maven coordinates: {@code group:artifact} (exact), {@code group:*} (any artifact of
 *     exactly that group) or {@code group.*} (that group and its sub-groups)
 * @param purl package-URL prefixes {@code type/namespace[/name]}, such as {@code rpm/openeuler}
 * @param classPrefixes class or package prefixes that reveal the component ({@code com.tongweb.});
 *     an archive is revealed when every class it holds lies under the prefix
 * @param driverClasses JDBC driver class names
 * @param jdbcUrlPrefixes JDBC URL prefixes ({@code jdbc:dm://})
 * @param osReleaseIds {@code /etc/os-release} ID values, compared case-insensitively
 * @param osReleaseNames {@code /etc/os-release} NAME values, compared case-insensitively
 * @param cpuVendorIds {@code /proc/cpuinfo} vendor_id values, compared after trimming
 * @param cpuImplementer {@code /proc/cpuinfo} "CPU implementer" (hex such as {@code 0x48}), or null
 * @param cpuParts "CPU part" values (hex) to product names; may be empty
 * @param cpuModelNamePrefixes prefixes of the cpuinfo "model name" / "Model Name"
 * @param architectures {@code os.arch} values the entry runs on (a precondition, never sufficient)
 * @param dmiSysVendors {@code /sys/class/dmi/id/sys_vendor} values (normalised comparison)
 * @param jvmMarkers substrings of the JVM's vendor and version properties
 * @param files files whose presence reveals the component
 * @param sdfLibraries GM/T 0018 SDF native library names
 * @param manifest main manifest attributes of a jar as {@code Attribute=value}, compared exactly
 *     ({@code Bundle-SymbolicName=bcprov})
 * @param sha256 SHA-256 digests of the files (lowercase hex)
 */
public record Detection(
    List<String> maven,
    List<String> purl,
    List<String> classPrefixes,
    List<String> driverClasses,
    List<String> jdbcUrlPrefixes,
    List<String> osReleaseIds,
    List<String> osReleaseNames,
    List<String> cpuVendorIds,
    String cpuImplementer,
    Map<String, String> cpuParts,
    List<String> cpuModelNamePrefixes,
    List<String> architectures,
    List<String> dmiSysVendors,
    List<String> jvmMarkers,
    List<String> files,
    List<String> sdfLibraries,
    List<String> manifest,
    List<String> sha256) {

  /** An empty detection block. */
  public static final Detection NONE =
      new Detection(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null);

  /** Copies every collection; nulls become empty. */
  public Detection {
    maven = copy(maven);
    purl = copy(purl);
    classPrefixes = copy(classPrefixes);
    driverClasses = copy(driverClasses);
    jdbcUrlPrefixes = copy(jdbcUrlPrefixes);
    osReleaseIds = copy(osReleaseIds);
    osReleaseNames = copy(osReleaseNames);
    cpuVendorIds = copy(cpuVendorIds);
    cpuImplementer = cpuImplementer == null || cpuImplementer.isBlank() ? null : cpuImplementer;
    cpuParts =
        cpuParts == null || cpuParts.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(cpuParts));
    cpuModelNamePrefixes = copy(cpuModelNamePrefixes);
    architectures = copy(architectures);
    dmiSysVendors = copy(dmiSysVendors);
    jvmMarkers = copy(jvmMarkers);
    files = copy(files);
    sdfLibraries = copy(sdfLibraries);
    manifest = copy(manifest);
    sha256 =
        sha256 == null
            ? List.of()
            : sha256.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
