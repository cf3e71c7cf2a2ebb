package io.anke.core.host;

import io.anke.core.host.internal.HostFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Probes the host a JVM runs on: the OS ({@code /etc/os-release}), the processor ({@code
 * /proc/cpuinfo}, {@code os.arch}), the server vendor ({@code /sys/class/dmi/id}), the JVM (system
 * properties) and the JDBC drivers registered on the class path. It reads files under a root
 * directory, so that tests use fake {@code /etc} and {@code /proc} trees, and by default it never
 * loads a driver class: drivers are found through their {@code META-INF/services} registrations.
 * {@link #withDriverManager()} adds the drivers registered with {@link DriverManager} in the
 * running process (which initialises the registered drivers, as the first JDBC connection would).
 */
public final class HostProbe {
  /** Largest host file read; /proc/cpuinfo of a 256-core machine is well below this. */
  private static final long MAX_FILE = 8L << 20;

  private static final List<String> JVM_KEYS =
      List.of(
          "java.vendor",
          "java.vendor.version",
          "java.version",
          "java.runtime.name",
          "java.runtime.version",
          "java.vm.name",
          "java.vm.vendor",
          "java.vm.version",
          "os.arch",
          "os.name",
          "os.version");

  private final Path root;
  private final Map<String, String> systemProperties;
  private final ClassLoader classLoader;
  private final boolean driverManager;

  /**
   * A probe over a file tree.
   *
   * @param root the directory that stands for {@code /}
   * @param systemProperties the JVM properties to report ({@code os.arch}, {@code java.vendor}...)
   * @param classLoader where to look for registered JDBC drivers; null for none
   */
  public HostProbe(Path root, Map<String, String> systemProperties, ClassLoader classLoader) {
    this(root, systemProperties, classLoader, false);
  }

  private HostProbe(
      Path root, Map<String, String> systemProperties, ClassLoader classLoader, boolean dm) {
    this.root = Objects.requireNonNull(root, "root");
    this.systemProperties = Map.copyOf(systemProperties);
    this.classLoader = classLoader;
    this.driverManager = dm;
  }

  /** A probe of the machine this JVM runs on, with the context class loader's drivers. */
  public static HostProbe live() {
    return live(Thread.currentThread().getContextClassLoader());
  }

  /**
   * A probe of the machine this JVM runs on, with the drivers registered on {@code classLoader}'s
   * class path.
   */
  public static HostProbe live(ClassLoader classLoader) {
    return new HostProbe(Path.of("/"), liveSystemProperties(), classLoader);
  }

  /**
   * The properties of this JVM that a probe reports ({@code java.vendor}, {@code os.arch}, …): for
   * a probe of another root (a mounted image) that runs in this JVM.
   */
  public static Map<String, String> liveSystemProperties() {
    Map<String, String> props = new LinkedHashMap<>();
    for (String key : JVM_KEYS) {
      String v = System.getProperty(key);
      if (v != null) {
        props.put(key, v);
      }
    }
    return props;
  }

  /**
   * This probe, also reporting the JDBC drivers registered with {@link DriverManager} in this JVM
   * (a driver loaded with {@code Class.forName} or registered by code has no service registration
   * to find). Asking {@link DriverManager} initialises the drivers registered through services, as
   * an application's first connection would.
   */
  public HostProbe withDriverManager() {
    return new HostProbe(root, systemProperties, classLoader, true);
  }

  /**
   * Collects the facts. Sources that cannot be read are listed in {@link HostFacts#unavailable}.
   */
  public HostFacts probe() {
    List<String> unavailable = new ArrayList<>();
    OsRelease os = readOs(unavailable);
    CpuInfo cpu = readCpu(unavailable);
    ServerInfo server = readServer(unavailable);
    Map<String, String> jvm = new LinkedHashMap<>();
    for (String key : JVM_KEYS) {
      String v = systemProperties.get(key);
      if (v != null) {
        jvm.put(key, v);
      }
    }
    List<JdbcDriver> drivers =
        new ArrayList<>(classLoader == null ? List.of() : drivers(unavailable));
    if (driverManager) {
      registeredDrivers(drivers);
    }
    return new HostFacts(os, cpu, server, jvm, drivers, unavailable);
  }

  private OsRelease readOs(List<String> unavailable) {
    List<String> why = new ArrayList<>();
    for (String name : List.of("/etc/os-release", "/usr/lib/os-release")) {
      List<String> lines = readLines(name, why);
      if (lines != null) {
        HostFiles.KeyValues kv = HostFiles.osRelease(lines);
        return new OsRelease(name, kv.values(), kv.lines());
      }
    }
    // Neither could be read: report why the primary one failed (the fallback is optional).
    unavailable.add(why.get(0));
    return null;
  }

  private CpuInfo readCpu(List<String> unavailable) {
    String arch = systemProperties.get("os.arch");
    List<String> lines = readLines("/proc/cpuinfo", unavailable);
    if (lines == null) {
      return new CpuInfo(null, arch, null, null, null, null, null, 0);
    }
    HostFiles.CpuFields f = HostFiles.cpuInfo(lines);
    String model = f.get("model name");
    return new CpuInfo(
        "/proc/cpuinfo",
        arch,
        f.get("vendor_id"),
        trimmed(f.get("cpu implementer")),
        trimmed(f.get("cpu part")),
        trimmed(model),
        trimmed(f.get("cpu family")),
        f.processors());
  }

  private ServerInfo readServer(List<String> unavailable) {
    String vendorFile = "/sys/class/dmi/id/sys_vendor";
    List<String> vendor = readLines(vendorFile, unavailable);
    if (vendor == null || vendor.isEmpty() || vendor.get(0).isBlank()) {
      return null;
    }
    List<String> product = readLines("/sys/class/dmi/id/product_name", null);
    return new ServerInfo(
        vendorFile,
        vendor.get(0).strip(),
        product == null || product.isEmpty() ? null : trimmed(product.get(0)));
  }

  private static String trimmed(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** Reads a host file under the root; null (and a note) when it cannot be read. */
  private List<String> readLines(String hostPath, List<String> unavailable) {
    Path p = root.resolve(hostPath.substring(1));
    try {
      if (Files.isRegularFile(p) && Files.size(p) > MAX_FILE) {
        note(unavailable, hostPath, "larger than " + (MAX_FILE >> 20) + " MiB");
        return null;
      }
      // /proc and /sys files report size 0, so read with a bound instead of trusting the size.
      try (InputStream in = Files.newInputStream(p)) {
        byte[] data = in.readNBytes((int) MAX_FILE);
        return new String(data, StandardCharsets.UTF_8).lines().toList();
      }
    } catch (NoSuchFileException e) {
      note(unavailable, hostPath, "no such file");
    } catch (AccessDeniedException e) {
      note(unavailable, hostPath, "permission denied");
    } catch (IOException e) {
      note(unavailable, hostPath, e.getMessage());
    }
    return null;
  }

  private static void note(List<String> unavailable, String path, String why) {
    if (unavailable != null) {
      unavailable.add(path + " (" + why + ")");
    }
  }

  private List<JdbcDriver> drivers(List<String> unavailable) {
    List<JdbcDriver> found = new ArrayList<>();
    String service = "META-INF/services/java.sql.Driver";
    Enumeration<URL> urls;
    try {
      urls = classLoader.getResources(service);
    } catch (IOException e) {
      unavailable.add(service + " (" + e.getMessage() + ")");
      return List.of();
    }
    while (urls.hasMoreElements()) {
      URL url = urls.nextElement();
      String location = location(url);
      List<String> classes = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          int hash = line.indexOf('#');
          String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (!name.isEmpty()) {
            classes.add(name);
          }
        }
      } catch (IOException e) {
        unavailable.add(location + "!/" + service + " (" + e.getMessage() + ")");
        continue;
      }
      Properties pom = pomProperties(url);
      for (String c : classes) {
        found.add(
            new JdbcDriver(
                c,
                location,
                pom == null ? null : pom.getProperty("groupId"),
                pom == null ? null : pom.getProperty("artifactId"),
                pom == null ? null : pom.getProperty("version")));
      }
    }
    found.sort(Comparator.comparing(JdbcDriver::className).thenComparing(JdbcDriver::location));
    return found;
  }

  /** Adds the drivers {@link DriverManager} holds that no service registration named. */
  private static void registeredDrivers(List<JdbcDriver> found) {
    Set<String> known = new HashSet<>();
    for (JdbcDriver d : found) {
      known.add(d.className());
    }
    for (Driver driver : Collections.list(DriverManager.getDrivers())) {
      Class<? extends Driver> type = driver.getClass();
      if (!known.add(type.getName())) {
        continue;
      }
      String binary = type.getName();
      URL classFile = type.getResource(binary.substring(binary.lastIndexOf('.') + 1) + ".class");
      java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
      String location =
          source != null && source.getLocation() != null
              ? location(source.getLocation())
              : classFile != null ? location(classFile) : type.getName();
      Properties pom = classFile == null ? null : pomProperties(classFile);
      found.add(
          new JdbcDriver(
              type.getName(),
              location,
              pom == null ? null : pom.getProperty("groupId"),
              pom == null ? null : pom.getProperty("artifactId"),
              pom == null ? null : pom.getProperty("version")));
    }
    found.sort(Comparator.comparing(JdbcDriver::className).thenComparing(JdbcDriver::location));
  }

  private static String location(URL url) {
    String s = url.toString();
    if (s.startsWith("jar:")) {
      int bang = s.indexOf("!/");
      s = s.substring(4, bang < 0 ? s.length() : bang);
    }
    if (s.startsWith("file:")) {
      try {
        Path p = Path.of(new java.net.URI(s));
        return p.toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return s;
      }
    }
    return s;
  }

  /** The Maven coordinates of the jar holding {@code url}, when it carries exactly one. */
  private static Properties pomProperties(URL url) {
    if (!"jar".equals(url.getProtocol())) {
      return null;
    }
    try {
      JarURLConnection conn = (JarURLConnection) url.openConnection();
      conn.setUseCaches(false);
      try (JarFile jar = conn.getJarFile()) {
        Properties result = null;
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          String n = entry.getName();
          if (n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties")) {
            if (result != null) {
              return null; // a shaded jar: several artifacts, no single identity
            }
            result = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
              result.load(in);
            }
          }
        }
        return result;
      }
    } catch (IOException | ClassCastException e) {
      return null;
    }
  }
}
