package io.anke.core.host;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.Origin;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.catalog.CatalogMatcher;
import io.anke.core.catalog.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@link HostFacts} into components (operating system, CPU, server, JVM, JDBC drivers) with
 * supplier, manufacturer and country filled from the catalog, and the raw facts kept as {@code
 * anke:host:*} properties so that a finding can cite them.
 */
public final class HostInventory {
  /** The source name of the host's bill of materials. */
  public static final String SOURCE = "host";

  /** The JVM properties kept on the runtime component. */
  private static final List<String> JVM_KEPT =
      List.of(
          "java.vendor",
          "java.vendor.version",
          "java.runtime.version",
          "java.vm.vendor",
          "java.vm.version");

  private HostInventory() {}

  /** The host as a bill of materials. */
  public static BillOfMaterials toBom(HostFacts facts, Catalog catalog) {
    CatalogMatcher m = catalog.matcher();
    List<Component> out = new ArrayList<>();
    os(facts, m).ifPresent(out::add);
    out.add(cpu(facts.cpu(), m));
    if (facts.server() != null) {
      out.add(server(facts.server(), m));
    }
    if (facts.jvm().keySet().stream().anyMatch(k -> k.startsWith("java."))) {
      out.add(jvm(facts.jvm(), m));
    }
    for (JdbcDriver d : facts.jdbcDrivers()) {
      out.add(driver(d, m));
    }
    return new BillOfMaterials(SOURCE, out);
  }

  private static Component enrich(Component c, Optional<CatalogMatch> match) {
    return match.map(x -> x.applyTo(c)).orElse(c);
  }

  private static Optional<Component> os(HostFacts facts, CatalogMatcher m) {
    OsRelease os = facts.os();
    if (os == null) {
      String name = facts.jvm().get("os.name");
      if (name == null) {
        return Optional.empty();
      }
      return Optional.of(
          Component.builder()
              .kind(ComponentKind.OPERATING_SYSTEM)
              .category(Category.OS.id())
              .name(name)
              .version(facts.jvm().get("os.version"))
              .origin(Origin.fact("system property os.name"))
              .build());
    }
    String name = os.name() != null ? os.name() : os.id() != null ? os.id() : "unknown";
    String cpe = os.get("CPE_NAME");
    Component.Builder b =
        Component.builder()
            .kind(ComponentKind.OPERATING_SYSTEM)
            .category(Category.OS.id())
            .name(name)
            .version(os.version())
            .cpe(cpe != null && cpe.startsWith("cpe:") ? cpe : null)
            .property("anke:host:os-release:ID", os.id())
            .property("anke:host:os-release:NAME", os.name())
            .property("anke:host:os-release:VERSION", os.get("VERSION"))
            .property("anke:host:os-release:PRETTY_NAME", os.get("PRETTY_NAME"))
            .origin(Origin.of(os.file(), os.line(os.id() != null ? "ID" : "NAME")));
    return Optional.of(enrich(b.build(), m.osRelease(os.id(), os.name())));
  }

  private static Component cpu(CpuInfo cpu, CatalogMatcher m) {
    Optional<CatalogMatch> match = m.cpu(cpu.signature());
    String name = match.map(CatalogMatch::detail).map(HostInventory::productOf).orElse(null);
    if (name == null) {
      name = cpu.modelName();
    }
    if (name == null && cpu.implementer() != null) {
      name =
          "CPU implementer "
              + cpu.implementer()
              + (cpu.part() == null ? "" : " part " + cpu.part());
    }
    if (name == null) {
      name = (cpu.arch() == null ? "unknown" : cpu.arch()) + " CPU";
    }
    Component.Builder b =
        Component.builder()
            .kind(ComponentKind.DEVICE)
            .category(Category.CPU.id())
            .name(name)
            .property("anke:host:cpu:arch", cpu.arch())
            .property(
                "anke:host:cpu:vendor_id", cpu.vendorId() == null ? null : cpu.vendorId().strip())
            .property("anke:host:cpu:implementer", cpu.implementer())
            .property("anke:host:cpu:part", cpu.part())
            .property("anke:host:cpu:model_name", cpu.modelName())
            .property(
                "anke:host:cpu:logical_processors",
                cpu.logicalProcessors() > 0 ? Integer.toString(cpu.logicalProcessors()) : null)
            .origin(
                cpu.file() == null
                    ? Origin.fact("system property os.arch")
                    : Origin.of(cpu.file()));
    return enrich(b.build(), match);
  }

  /** "CPU part 0xd01 = Kunpeng 920 (TSV110)" -> "Kunpeng 920 (TSV110)". */
  private static String productOf(String detail) {
    int eq = detail.indexOf(" = ");
    return eq < 0 ? null : detail.substring(eq + 3);
  }

  private static Component server(ServerInfo s, CatalogMatcher m) {
    Component c =
        Component.builder()
            .kind(ComponentKind.DEVICE)
            .category(Category.SERVER.id())
            .manufacturer(s.sysVendor())
            .name(s.productName() == null ? "server" : s.productName())
            .property("anke:host:dmi:sys_vendor", s.sysVendor())
            .property("anke:host:dmi:product_name", s.productName())
            .origin(Origin.of(s.file()))
            .build();
    return enrich(c, m.dmiVendor(s.sysVendor()));
  }

  private static Component jvm(Map<String, String> p, CatalogMatcher m) {
    String name = p.getOrDefault("java.runtime.name", p.getOrDefault("java.vm.name", "Java"));
    Component.Builder b =
        Component.builder()
            .kind(ComponentKind.RUNTIME)
            .category(Category.JDK.id())
            .name(name)
            .version(p.getOrDefault("java.runtime.version", p.get("java.version")))
            .supplier(p.get("java.vendor"))
            .origin(Origin.fact("JVM system properties"));
    for (String key : JVM_KEPT) {
      b.property("anke:host:jvm:" + key, p.get(key));
    }
    return enrich(b.build(), m.jvm(p));
  }

  private static Component driver(JdbcDriver d, CatalogMatcher m) {
    boolean coordinates = d.groupId() != null && d.artifactId() != null;
    Component.Builder b =
        Component.builder()
            .kind(ComponentKind.LIBRARY)
            .category(Category.DATABASE.id())
            .group(coordinates ? d.groupId() : null)
            .name(coordinates ? d.artifactId() : d.className())
            .version(d.version())
            .purl(
                coordinates && d.version() != null
                    ? "pkg:maven/" + d.groupId() + "/" + d.artifactId() + "@" + d.version()
                    : null)
            .property(ArchiveFacts.DRIVER_CLASS, d.className())
            .origin(new Origin(d.location(), 0, "META-INF/services/java.sql.Driver"));
    Optional<CatalogMatch> match = m.driverClass(d.className());
    if (match.isEmpty() && coordinates) {
      match = m.maven(d.groupId(), d.artifactId());
    }
    return enrich(b.build(), match);
  }
}
