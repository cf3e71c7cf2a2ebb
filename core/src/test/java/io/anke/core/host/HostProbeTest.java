package io.anke.core.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.host.internal.HostFiles;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostProbeTest {
  static Catalog catalog;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        HostProbeTest.class.getResourceAsStream("/io/anke/core/catalog/test-catalog.yaml")) {
      catalog = Catalog.read("test-catalog.yaml", in);
    }
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(HostProbeTest.class.getResource(name).toURI());
  }

  static BillOfMaterials probe(String fixture, String arch, Map<String, String> jvm)
      throws Exception {
    Map<String, String> props = new java.util.HashMap<>(jvm);
    props.put("os.arch", arch);
    HostFacts facts = new HostProbe(fixture(fixture), props, null).probe();
    return HostInventory.toBom(facts, catalog);
  }

  static Component of(BillOfMaterials bom, String category) {
    return bom.components().stream()
        .filter(c -> category.equals(c.category()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " in " + bom));
  }

  @Test
  void kunpengOnKylinOnTaiShan() throws Exception {
    BillOfMaterials bom =
        probe(
            "kunpeng-kylin",
            "aarch64",
            Map.of(
                "java.vendor",
                "Huawei",
                "java.runtime.version",
                "17.0.11+12-BiSheng",
                "java.runtime.name",
                "OpenJDK Runtime Environment"));
    assertThat(bom.source()).isEqualTo("host");
    Component os = of(bom, "os");
    assertThat(os.kind()).isEqualTo(ComponentKind.OPERATING_SYSTEM);
    assertThat(os.name()).isEqualTo("Kylin Linux Advanced Server");
    assertThat(os.version()).isEqualTo("V10");
    assertThat(os.country()).isEqualTo("CN");
    assertThat(os.supplier()).isEqualTo("KylinSoft");
    assertThat(os.property(CatalogMatch.ENTRY)).isEqualTo("kylin");
    assertThat(os.origin().file()).isEqualTo("/etc/os-release");
    assertThat(os.origin().line()).isEqualTo(3);

    Component cpu = of(bom, "cpu");
    assertThat(cpu.kind()).isEqualTo(ComponentKind.DEVICE);
    assertThat(cpu.name()).isEqualTo("Kunpeng 920 (TSV110)");
    assertThat(cpu.property(CatalogMatch.ENTRY)).isEqualTo("hisilicon-kunpeng");
    assertThat(cpu.property("anke:host:cpu:logical_processors")).isEqualTo("4");
    assertThat(cpu.property(CatalogMatch.EVIDENCE)).contains("cpuImplementer '0x48'");
    assertThat(cpu.country()).isEqualTo("CN");

    Component server = of(bom, "server");
    assertThat(server.manufacturer()).isEqualTo("Huawei");
    assertThat(server.name()).isEqualTo("TaiShan 200 (Model 2280)");
    assertThat(server.supplier()).isEqualTo("Huawei Technologies");
    assertThat(server.id()).isEqualTo("Huawei TaiShan 200 (Model 2280)");

    Component jvm = of(bom, "jdk");
    assertThat(jvm.kind()).isEqualTo(ComponentKind.RUNTIME);
    assertThat(jvm.property(CatalogMatch.ENTRY)).isEqualTo("bisheng");
    assertThat(jvm.version()).isEqualTo("17.0.11+12-BiSheng");
  }

  @Test
  void phytiumOnUos() throws Exception {
    BillOfMaterials bom = probe("phytium-uos", "aarch64", Map.of());
    Component cpu = of(bom, "cpu");
    assertThat(cpu.property(CatalogMatch.ENTRY)).isEqualTo("phytium");
    // the catalog lists the part without a product name: keep the raw facts as the name
    assertThat(cpu.name()).isEqualTo("CPU implementer 0x70 part 0x662");
    assertThat(cpu.property(CatalogMatch.STATUS)).isEqualTo("partial");
    assertThat(of(bom, "os").property(CatalogMatch.ENTRY)).isEqualTo("uos");
    assertThat(of(bom, "server").property(CatalogMatch.ENTRY)).isEqualTo("inspur");
    // no JVM properties given: no runtime component
    assertThat(bom.components()).noneMatch(c -> c.kind() == ComponentKind.RUNTIME);
  }

  @Test
  void hygonOnOpenEuler() throws Exception {
    BillOfMaterials bom = probe("hygon-openeuler", "amd64", Map.of());
    Component cpu = of(bom, "cpu");
    assertThat(cpu.property(CatalogMatch.ENTRY)).isEqualTo("hygon");
    assertThat(cpu.name()).isEqualTo("Hygon C86 7285 32-core Processor");
    assertThat(cpu.property("anke:host:cpu:vendor_id")).isEqualTo("HygonGenuine");
    assertThat(of(bom, "os").property(CatalogMatch.ENTRY)).isEqualTo("openeuler");
    Component server = of(bom, "server");
    assertThat(server.property(CatalogMatch.ENTRY)).isEqualTo("sugon");
    assertThat(server.property(CatalogMatch.STATUS)).isEqualTo("unconfirmed");
  }

  @Test
  void zhaoxinWithoutDmi() throws Exception {
    Map<String, String> props = Map.of("os.arch", "amd64");
    HostFacts facts = new HostProbe(fixture("zhaoxin-kylin"), props, null).probe();
    assertThat(facts.cpu().vendorId()).isEqualTo("  Shanghai  ");
    assertThat(facts.os().name()).isEqualTo("Kylin Linux Advanced Server");
    assertThat(facts.server()).isNull();
    assertThat(facts.unavailable()).containsExactly("/sys/class/dmi/id/sys_vendor (no such file)");
    BillOfMaterials bom = HostInventory.toBom(facts, catalog);
    assertThat(of(bom, "cpu").property(CatalogMatch.ENTRY)).isEqualTo("zhaoxin");
    assertThat(of(bom, "cpu").property("anke:host:cpu:vendor_id")).isEqualTo("Shanghai");
    assertThat(of(bom, "os").property(CatalogMatch.ENTRY)).isEqualTo("kylin");
  }

  @Test
  void intelOnUbuntuIsIdentifiedAsForeign() throws Exception {
    BillOfMaterials bom =
        probe(
            "intel-ubuntu",
            "amd64",
            Map.of(
                "java.vendor",
                "Oracle Corporation",
                "java.runtime.name",
                "Java(TM) SE Runtime Environment"));
    assertThat(of(bom, "cpu").property(CatalogMatch.STANDING)).isEqualTo("watch-list");
    assertThat(of(bom, "cpu").country()).isEqualTo("US");
    assertThat(of(bom, "os").property(CatalogMatch.ENTRY)).isEqualTo("ubuntu");
    assertThat(of(bom, "os").version()).isEqualTo("22.04");
    assertThat(of(bom, "server").property(CatalogMatch.ENTRY)).isEqualTo("dell-server");
    assertThat(of(bom, "jdk").property(CatalogMatch.ENTRY)).isEqualTo("oracle-jdk");
  }

  @Test
  void emptyRootStillReportsArchitectureAndSaysWhatIsMissing(@TempDir Path root) {
    HostFacts facts =
        new HostProbe(root, Map.of("os.arch", "riscv64", "os.name", "Linux"), null).probe();
    assertThat(facts.unavailable())
        .containsExactly(
            "/etc/os-release (no such file)",
            "/proc/cpuinfo (no such file)",
            "/sys/class/dmi/id/sys_vendor (no such file)");
    BillOfMaterials bom = HostInventory.toBom(facts, catalog);
    assertThat(of(bom, "cpu").name()).isEqualTo("riscv64 CPU");
    assertThat(of(bom, "cpu").property(CatalogMatch.ENTRY)).isNull();
    assertThat(of(bom, "os").name()).isEqualTo("Linux");
  }

  @Test
  void jdbcDriversAreFoundWithoutLoadingThem(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("DmJdbcDriver18-8.1.3.140.jar");
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os)) {
      out.putNextEntry(new JarEntry("META-INF/services/java.sql.Driver"));
      out.write("# registered driver\ndm.jdbc.driver.DmDriver\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new JarEntry("META-INF/maven/com.dameng/DmJdbcDriver18/pom.properties"));
      out.write(
          "groupId=com.dameng\nartifactId=DmJdbcDriver18\nversion=8.1.3.140\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Path classes = dir.resolve("classes/META-INF/services");
    Files.createDirectories(classes);
    Files.writeString(classes.resolve("java.sql.Driver"), "com.example.NoSuchDriver\n");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), dir.resolve("classes").toUri().toURL()}, null)) {
      HostFacts facts = new HostProbe(dir, Map.of(), loader).probe();
      List<JdbcDriver> drivers = facts.jdbcDrivers();
      assertThat(drivers)
          .extracting(JdbcDriver::className)
          .containsExactly("com.example.NoSuchDriver", "dm.jdbc.driver.DmDriver");
      JdbcDriver dm = drivers.get(1);
      assertThat(dm.groupId()).isEqualTo("com.dameng");
      assertThat(dm.location()).isEqualTo(jar.toString());
      BillOfMaterials bom = HostInventory.toBom(facts, catalog);
      Component c =
          bom.components().stream()
              .filter(x -> "DmJdbcDriver18".equals(x.name()))
              .findFirst()
              .orElseThrow();
      assertThat(c.purl()).isEqualTo("pkg:maven/com.dameng/DmJdbcDriver18@8.1.3.140");
      assertThat(c.property(CatalogMatch.ENTRY)).isEqualTo("dameng");
      assertThat(c.property(CatalogMatch.EVIDENCE)).contains("driverClass");
      assertThat(c.origin().pointer()).isEqualTo("META-INF/services/java.sql.Driver");
    }
  }

  /** A driver that code registers itself, without a META-INF/services entry to find it by. */
  public static final class CodeRegisteredDriver implements java.sql.Driver {
    @Override
    public java.sql.Connection connect(String url, java.util.Properties info) {
      return null;
    }

    @Override
    public boolean acceptsURL(String url) {
      return false;
    }

    @Override
    public java.sql.DriverPropertyInfo[] getPropertyInfo(String url, java.util.Properties info) {
      return new java.sql.DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
      return 1;
    }

    @Override
    public int getMinorVersion() {
      return 0;
    }

    @Override
    public boolean jdbcCompliant() {
      return false;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getGlobal();
    }
  }

  @Test
  void driversRegisteredWithDriverManagerAreReportedWhenAsked(@TempDir Path dir) throws Exception {
    CodeRegisteredDriver driver = new CodeRegisteredDriver();
    java.sql.DriverManager.registerDriver(driver);
    try {
      ClassLoader none = new URLClassLoader(new URL[0], null);
      String name = CodeRegisteredDriver.class.getName();
      assertThat(new HostProbe(dir, Map.of(), none).probe().jdbcDrivers())
          .extracting(JdbcDriver::className)
          .doesNotContain(name);
      List<JdbcDriver> drivers =
          new HostProbe(dir, Map.of(), none).withDriverManager().probe().jdbcDrivers();
      JdbcDriver found =
          drivers.stream().filter(d -> d.className().equals(name)).findFirst().orElseThrow();
      Path classes =
          Path.of(
              CodeRegisteredDriver.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      assertThat(found.location()).isEqualTo(classes.toString());
      // reported once, however many ways it was registered
      assertThat(drivers).filteredOn(d -> d.className().equals(name)).hasSize(1);
    } finally {
      java.sql.DriverManager.deregisterDriver(driver);
    }
  }

  @Test
  void osReleaseParsing() {
    HostFiles.KeyValues kv =
        HostFiles.osRelease(
            List.of("# c", "NAME=\"A \\\"B\\\"\"", "ID='x'", "bad line", "VERSION_ID=1.0", ""));
    assertThat(kv.values())
        .containsEntry("NAME", "A \"B\"")
        .containsEntry("ID", "x")
        .containsEntry("VERSION_ID", "1.0")
        .hasSize(3);
    assertThat(kv.lines()).containsEntry("ID", 3);
  }
}
