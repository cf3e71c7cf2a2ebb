package io.anke.core.catalog;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.bom.Purl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Identifies components and host facts against a {@link Catalog} by explicit identities only: Maven
 * coordinates and group prefixes, purl type/namespace, normalised vendor names ({@link
 * VendorNames}), cpuinfo fields, os-release ID/NAME, DMI vendor and JVM markers. There is no
 * similarity matching: a value either is listed in the catalog or it does not match. Every match
 * says which fact matched. Thread-safe.
 */
public final class CatalogMatcher {
  // Indexes built once; values keep catalog order so the first entry listed wins a tie.
  private final Map<String, List<Hit>> mavenExact = new HashMap<>();
  private final Map<String, List<Hit>> mavenGroup = new HashMap<>();
  private final Map<String, List<Hit>> mavenGroupTree = new HashMap<>();
  private final Map<String, List<Hit>> purlPrefixes = new HashMap<>();
  private final Map<String, List<Hit>> vendorNames = new HashMap<>();
  private final Map<String, List<Hit>> osIds = new HashMap<>();
  private final Map<String, List<Hit>> osNames = new HashMap<>();
  private final Map<String, List<Hit>> cpuVendorIds = new HashMap<>();
  private final Map<String, List<Hit>> dmiVendors = new HashMap<>();
  private final Map<String, List<Hit>> driverClasses = new HashMap<>();
  private final Map<String, List<Hit>> files = new HashMap<>();
  private final Map<String, List<Hit>> manifestFacts = new HashMap<>();
  private final Map<String, List<Hit>> sha256 = new HashMap<>();
  private final List<Hit> classPrefixes = new ArrayList<>();
  private final List<Hit> jdbcUrlPrefixes = new ArrayList<>();
  private final List<Hit> jvmMarkers = new ArrayList<>();
  private final List<CatalogEntry> armCpus = new ArrayList<>();
  private final List<Hit> cpuModelPrefixes = new ArrayList<>();

  /** The JVM properties searched for markers; never the specification vendor (always Oracle). */
  static final List<String> JVM_PROPERTIES =
      List.of(
          "java.vendor",
          "java.vendor.version",
          "java.runtime.name",
          "java.runtime.version",
          "java.vm.vendor",
          "java.vm.name",
          "java.vm.version");

  /** One indexed fact: the entry and the catalog's spelling of the value. */
  private record Hit(CatalogEntry entry, String listed) {}

  CatalogMatcher(Collection<CatalogEntry> entries) {
    for (CatalogEntry e : entries) {
      Detection d = e.detection();
      for (String m : d.maven()) {
        indexMaven(e, m);
      }
      for (String p : d.purl()) {
        add(purlPrefixes, p.toLowerCase(Locale.ROOT), e, p);
      }
      add(vendorNames, VendorNames.normalize(e.vendorZh()), e, e.vendorZh());
      add(vendorNames, VendorNames.normalize(e.vendorEn()), e, e.vendorEn());
      for (String a : e.aliases()) {
        add(vendorNames, VendorNames.normalize(a), e, a);
      }
      d.osReleaseIds().forEach(v -> add(osIds, v.toLowerCase(Locale.ROOT), e, v));
      d.osReleaseNames().forEach(v -> add(osNames, v.strip().toLowerCase(Locale.ROOT), e, v));
      d.cpuVendorIds().forEach(v -> add(cpuVendorIds, v.strip(), e, v));
      d.dmiSysVendors().forEach(v -> add(dmiVendors, VendorNames.normalize(v), e, v));
      d.driverClasses().forEach(v -> add(driverClasses, v, e, v));
      d.files().forEach(v -> add(files, baseName(v), e, v));
      d.sdfLibraries().forEach(v -> add(files, baseName(v), e, v));
      d.manifest().forEach(v -> add(manifestFacts, v, e, v));
      d.sha256().forEach(v -> add(sha256, v, e, v));
      d.classPrefixes().forEach(v -> classPrefixes.add(new Hit(e, v)));
      d.jdbcUrlPrefixes().forEach(v -> jdbcUrlPrefixes.add(new Hit(e, v)));
      d.jvmMarkers().forEach(v -> jvmMarkers.add(new Hit(e, v)));
      d.cpuModelNamePrefixes().forEach(v -> cpuModelPrefixes.add(new Hit(e, v)));
      if (d.cpuImplementer() != null) {
        armCpus.add(e);
      }
    }
    // Domestic JVM markers first: a domestic build may also mention an upstream vendor.
    jvmMarkers.sort((a, b) -> Boolean.compare(!a.entry().isDomestic(), !b.entry().isDomestic()));
  }

  private void indexMaven(CatalogEntry e, String pattern) {
    int colon = pattern.indexOf(':');
    if (colon < 0) {
      if (pattern.endsWith(".*")) {
        add(mavenGroupTree, pattern.substring(0, pattern.length() - 2), e, pattern);
      } else {
        add(mavenGroup, pattern, e, pattern);
      }
      return;
    }
    String group = pattern.substring(0, colon);
    String artifact = pattern.substring(colon + 1);
    if (group.endsWith(".*")) {
      add(mavenGroupTree, group.substring(0, group.length() - 2), e, pattern);
    } else if (artifact.equals("*")) {
      add(mavenGroup, group, e, pattern);
    } else {
      add(mavenExact, group + ":" + artifact, e, pattern);
    }
  }

  private static void add(Map<String, List<Hit>> index, String key, CatalogEntry e, String v) {
    if (key == null || key.isEmpty()) {
      return;
    }
    List<Hit> hits = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Hit h : hits) {
      if (h.entry() == e) {
        return;
      }
    }
    hits.add(new Hit(e, v));
  }

  private static Optional<CatalogMatch> first(List<Hit> hits, String fact, String observed) {
    if (hits == null || hits.isEmpty()) {
      return Optional.empty();
    }
    Hit h = hits.get(0);
    return Optional.of(new CatalogMatch(h.entry(), fact, observed, null));
  }

  /**
   * Identifies a Maven artifact: the exact coordinate first, then its group ({@code group:*}), then
   * the nearest enclosing group tree ({@code group.*}). {@code com.dameng2} never matches {@code
   * com.dameng}: groups are compared whole, at dots.
   */
  public Optional<CatalogMatch> maven(String groupId, String artifactId) {
    if (groupId == null || groupId.isBlank()) {
      return Optional.empty();
    }
    String g = groupId.strip();
    if (artifactId != null && !artifactId.isBlank()) {
      String coordinate = g + ":" + artifactId.strip();
      Optional<CatalogMatch> exact = first(mavenExact.get(coordinate), "maven", coordinate);
      if (exact.isPresent()) {
        return exact;
      }
    }
    String observed = artifactId == null || artifactId.isBlank() ? g : g + ":" + artifactId.strip();
    Optional<CatalogMatch> group = first(mavenGroup.get(g), "maven", observed);
    if (group.isPresent()) {
      return group;
    }
    for (String prefix = g; ; ) {
      Optional<CatalogMatch> tree = first(mavenGroupTree.get(prefix), "maven", observed);
      if (tree.isPresent()) {
        return tree;
      }
      int dot = prefix.lastIndexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      prefix = prefix.substring(0, dot);
    }
  }

  /**
   * Identifies a package URL: Maven purls by their coordinates, others by the catalog's {@code
   * type/namespace[/name]} prefixes (case-insensitive, as purl types and most namespaces are).
   * Malformed purls do not match.
   */
  public Optional<CatalogMatch> purl(String purl) {
    Purl p = Purl.parse(purl);
    if (p == null) {
      return Optional.empty();
    }
    if (p.type().equals("maven")) {
      Optional<CatalogMatch> m = maven(p.namespace(), p.name());
      if (m.isPresent()) {
        return m;
      }
    }
    String full = (p.type() + "/" + p.namespace() + "/" + p.name()).toLowerCase(Locale.ROOT);
    Optional<CatalogMatch> byName = first(purlPrefixes.get(full), "purl", purl);
    if (byName.isPresent() || p.namespace().isEmpty()) {
      return byName;
    }
    String ns = (p.type() + "/" + p.namespace()).toLowerCase(Locale.ROOT);
    return first(purlPrefixes.get(ns), "purl", purl);
  }

  /**
   * Identifies a vendor by name. With a category, an entry of that category wins; without one, or
   * when no entry of the category lists the name, the first entry that does is returned.
   */
  public Optional<CatalogMatch> vendor(String category, String name) {
    List<Hit> hits = vendorNames.get(VendorNames.normalize(name));
    if (hits == null) {
      return Optional.empty();
    }
    if (category != null) {
      for (Hit h : hits) {
        if (h.entry().category().equalsIgnoreCase(category.strip())) {
          return Optional.of(new CatalogMatch(h.entry(), "vendorName", name.strip(), null));
        }
      }
    }
    return Optional.of(new CatalogMatch(hits.get(0).entry(), "vendorName", name.strip(), null));
  }

  /**
   * Identifies software by exact facts only, never by a vendor's name: its purl, its Maven
   * coordinates, then what its archive revealed ({@link ArchiveFacts}): the JDBC driver classes it
   * registers, its SHA-256, its manifest attributes, the package that holds all its classes. So a
   * jar without {@code pom.properties} is identified as the same entry as the same library listed
   * with a purl in an SBOM.
   */
  public Optional<CatalogMatch> software(Component c) {
    if (c.purl() != null) {
      Optional<CatalogMatch> m = purl(c.purl());
      if (m.isPresent()) {
        return m;
      }
    }
    if (c.group() != null) {
      Optional<CatalogMatch> m = maven(c.group(), c.name());
      if (m.isPresent()) {
        return m;
      }
    }
    String drivers = c.property(ArchiveFacts.DRIVER_CLASS);
    if (drivers != null) {
      // one class, or several comma-separated when an archive registers more than one driver
      for (String cls : drivers.split(",")) {
        Optional<CatalogMatch> m = driverClass(cls.strip());
        if (m.isPresent()) {
          return m;
        }
      }
    }
    String digest = c.hashes().get("SHA-256");
    if (digest != null) {
      String d = digest.strip().toLowerCase(Locale.ROOT);
      Optional<CatalogMatch> m = first(sha256.get(d), "sha256", d);
      if (m.isPresent()) {
        return m;
      }
    }
    for (String attribute : ArchiveFacts.MANIFEST_ATTRIBUTES) {
      String value = c.property(ArchiveFacts.MANIFEST + attribute);
      if (value != null) {
        String fact = attribute + "=" + value.strip();
        Optional<CatalogMatch> m = first(manifestFacts.get(fact), "manifest", fact);
        if (m.isPresent()) {
          return m;
        }
      }
    }
    String pkg = c.property(ArchiveFacts.PACKAGE);
    if (pkg != null) {
      Hit best = longestPrefix(pkg.strip() + ".");
      if (best != null) {
        return Optional.of(
            new CatalogMatch(
                best.entry(), "classPrefix", best.listed(), "every class in package " + pkg));
      }
    }
    return Optional.empty();
  }

  /**
   * Identifies a component: by its exact facts ({@link #software(Component)}), then by its
   * manufacturer or supplier name within its category.
   */
  public Optional<CatalogMatch> component(Component c) {
    Optional<CatalogMatch> exact = software(c);
    if (exact.isPresent()) {
      return exact;
    }
    for (String vendor : new String[] {c.manufacturer(), c.supplier()}) {
      if (vendor != null) {
        Optional<CatalogMatch> m = vendor(c.category(), vendor);
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return Optional.empty();
  }

  /** Identifies an operating system by its os-release ID, then NAME (case-insensitive). */
  public Optional<CatalogMatch> osRelease(String id, String name) {
    if (id != null && !id.isBlank()) {
      Optional<CatalogMatch> m =
          first(osIds.get(id.strip().toLowerCase(Locale.ROOT)), "osReleaseId", id.strip());
      if (m.isPresent()) {
        return m;
      }
    }
    if (name != null && !name.isBlank()) {
      return first(
          osNames.get(name.strip().toLowerCase(Locale.ROOT)), "osReleaseName", name.strip());
    }
    return Optional.empty();
  }

  /**
   * Identifies a processor: x86 vendor_id (trimmed, case-sensitive as the kernel reports it), ARM
   * implementer (with the part naming the product when listed), or a model-name prefix. An entry's
   * architectures are a precondition when the architecture is known.
   */
  public Optional<CatalogMatch> cpu(CpuSignature cpu) {
    if (cpu.vendorId() != null && !cpu.vendorId().isBlank()) {
      String v = cpu.vendorId().strip();
      List<Hit> hits = cpuVendorIds.get(v);
      if (hits != null) {
        for (Hit h : hits) {
          if (archAllowed(h.entry(), cpu.arch())) {
            return Optional.of(new CatalogMatch(h.entry(), "cpuVendorId", v, null));
          }
        }
      }
    }
    if (cpu.implementer() != null && !cpu.implementer().isBlank()) {
      Integer impl = hex(cpu.implementer());
      for (CatalogEntry e : armCpus) {
        Integer listed = hex(e.detection().cpuImplementer());
        if (impl != null && impl.equals(listed) && archAllowed(e, cpu.arch())) {
          String product = partName(e, cpu.part());
          return Optional.of(
              new CatalogMatch(e, "cpuImplementer", cpu.implementer().strip(), product));
        }
      }
    }
    if (cpu.modelName() != null && !cpu.modelName().isBlank()) {
      String model = cpu.modelName().strip();
      for (Hit h : cpuModelPrefixes) {
        if (model.startsWith(h.listed()) && archAllowed(h.entry(), cpu.arch())) {
          return Optional.of(new CatalogMatch(h.entry(), "cpuModelNamePrefix", model, null));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean archAllowed(CatalogEntry e, String arch) {
    List<String> archs = e.detection().architectures();
    if (arch == null || arch.isBlank() || archs.isEmpty()) {
      return true;
    }
    return archs.stream().anyMatch(a -> a.equalsIgnoreCase(arch.strip()));
  }

  private static String partName(CatalogEntry e, String part) {
    if (part == null) {
      return null;
    }
    Integer p = hex(part);
    for (Map.Entry<String, String> listed : e.detection().cpuParts().entrySet()) {
      Integer l = hex(listed.getKey());
      if (p != null && p.equals(l)) {
        String name = listed.getValue();
        return "CPU part " + part.strip() + (name.isEmpty() ? "" : " = " + name);
      }
    }
    return null;
  }

  private static Integer hex(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("0x")) {
      t = t.substring(2);
    }
    try {
      return Integer.parseInt(t, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Identifies a server vendor by DMI {@code sys_vendor}: the catalog's DMI strings first, then the
   * vendor names of server entries (both compared after {@link VendorNames#normalize}).
   */
  public Optional<CatalogMatch> dmiVendor(String sysVendor) {
    if (sysVendor == null || sysVendor.isBlank()) {
      return Optional.empty();
    }
    Optional<CatalogMatch> m =
        first(dmiVendors.get(VendorNames.normalize(sysVendor)), "dmiSysVendor", sysVendor.strip());
    if (m.isPresent()) {
      return m;
    }
    return vendor(Category.SERVER.id(), sysVendor).filter(v -> v.entry().is(Category.SERVER));
  }

  /**
   * Identifies the JVM from its system properties ({@link #JVM_PROPERTIES}): a property that
   * contains a catalog marker, compared case-insensitively. Domestic markers are tried first.
   */
  public Optional<CatalogMatch> jvm(Map<String, String> systemProperties) {
    for (Hit h : jvmMarkers) {
      String marker = h.listed().toLowerCase(Locale.ROOT);
      for (String key : JVM_PROPERTIES) {
        String value = systemProperties.get(key);
        if (value != null && value.toLowerCase(Locale.ROOT).contains(marker)) {
          return Optional.of(
              new CatalogMatch(h.entry(), "jvmMarker", h.listed(), key + "=" + value));
        }
      }
    }
    return Optional.empty();
  }

  /** Identifies a JDBC driver by its exact class name. */
  public Optional<CatalogMatch> driverClass(String className) {
    return className == null
        ? Optional.empty()
        : first(driverClasses.get(className.strip()), "driverClass", className.strip());
  }

  /** Identifies a class by the catalog's class and package prefixes (the longest prefix wins). */
  public Optional<CatalogMatch> className(String className) {
    if (className == null) {
      return Optional.empty();
    }
    Hit best = longestPrefix(className);
    return best == null
        ? Optional.empty()
        : Optional.of(new CatalogMatch(best.entry(), "classPrefix", className, null));
  }

  private Hit longestPrefix(String name) {
    Hit best = null;
    for (Hit h : classPrefixes) {
      if (name.startsWith(h.listed())
          && (best == null || h.listed().length() > best.listed().length())) {
        best = h;
      }
    }
    return best;
  }

  /** Identifies a database by its JDBC URL prefix (case-insensitive). */
  public Optional<CatalogMatch> jdbcUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    for (Hit h : jdbcUrlPrefixes) {
      if (u.startsWith(h.listed().toLowerCase(Locale.ROOT))) {
        return Optional.of(new CatalogMatch(h.entry(), "jdbcUrlPrefix", h.listed(), null));
      }
    }
    return Optional.empty();
  }

  /** Identifies a component by a file it ships (a jar or an SDF library), by exact file name. */
  public Optional<CatalogMatch> file(String path) {
    if (path == null) {
      return Optional.empty();
    }
    return first(files.get(baseName(path)), "file", path);
  }

  private static String baseName(String path) {
    String p = path.strip();
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return slash < 0 ? p : p.substring(slash + 1);
  }
}
