package io.anke.rules.software;

import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.config.ConfigEntry;
import io.anke.rules.config.ConfigFile;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileIds;
import io.anke.rules.packs.ScanParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The database-driver rules. A driver is what the catalog identifies as a {@code database} entry by
 * explicit coordinates: a domestic entry is a domestic driver; a watch-list entry with a {@code
 * protocol} attribute (MySQL, PostgreSQL) is a protocol driver that domestic databases also speak;
 * any other watch-list entry is a foreign driver.
 */
final class DatabaseDriverRules {
  static final String POLICY = "Xinchuang (信创) domestic stack";

  private DatabaseDriverRules() {}

  enum Family {
    DOMESTIC,
    PROTOCOL,
    FOREIGN
  }

  /** A driver found among the software. */
  record Driver(Component component, Identification id, Family family) {
    /** {@code mysql} or {@code postgresql} for a protocol driver, else null. */
    String protocol() {
      String key =
          (component.coordinates() + " " + component.property(Identification.DRIVER_CLASS))
              .toLowerCase(Locale.ROOT);
      String declared = id.attribute("protocol");
      // The catalog groups MariaDB with PostgreSQL under one entry; MariaDB speaks MySQL.
      if (key.contains("mariadb") || key.contains("mysql")) {
        return "mysql";
      }
      return declared;
    }
  }

  static List<Driver> drivers(List<Component> software, Catalog catalog) {
    List<Driver> out = new ArrayList<>();
    for (Component c : software) {
      Optional<Identification> id = Identification.software(c, catalog);
      if (id.isEmpty() || !id.get().entry().is(Category.DATABASE)) {
        continue;
      }
      Identification i = id.get();
      Family f =
          i.domestic()
              ? Family.DOMESTIC
              : i.attribute("protocol") != null ? Family.PROTOCOL : Family.FOREIGN;
      out.add(new Driver(c, i, f));
    }
    return out;
  }

  /** "DM8（武汉达梦…）: com.dameng:DmJdbcDriver18:8.1.3.140; …" from the catalog's domestic entries. */
  static Text domesticAlternatives(Catalog catalog) {
    Components.Alternatives out = new Components.Alternatives();
    for (CatalogEntry e : catalog.category(Category.DATABASE)) {
      if (!e.isDomestic()) {
        continue;
      }
      String how = coordinates(e);
      if (how != null) {
        out.add(e, Text.same(how));
      } else if (e.attribute("protocol") != null) {
        out.add(e, SoftwareRules.TEXT.text("protocol.via", e.attribute("protocol")));
      } else if (!e.detection().driverClasses().isEmpty()) {
        out.add(e, SoftwareRules.TEXT.text("driver.vendor", e.detection().driverClasses().get(0)));
      }
    }
    return out.text();
  }

  private static String coordinates(CatalogEntry e) {
    String latest = e.attribute("latestRelease");
    if (latest != null) {
      return latest;
    }
    for (String m : e.detection().maven()) {
      if (!m.contains("*")) {
        return m;
      }
    }
    return null;
  }

  /** BOM-FOREIGN-DB-DRIVER. */
  static final class ForeignDriver extends PackRule {
    ForeignDriver() {
      super(
          SoftwareRules.TEXT,
          "BOM-FOREIGN-DB-DRIVER",
          "bom",
          Severity.HIGH,
          List.of(POLICY),
          List.of(ProfileIds.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      Text alternatives = null;
      for (Driver d : drivers(ScanParts.software(context), context.catalog())) {
        if (d.family() != Family.FOREIGN) {
          continue;
        }
        if (alternatives == null) {
          alternatives = domesticAlternatives(context.catalog());
        }
        CatalogEntry e = d.id().entry();
        sink.report(
            Components.foreign(this, sink, d.component(), d.id())
                .remediation(Components.remediation(this, alternatives))
                .property("vendor", d.id().vendorEn())
                .property("country", e.country())
                .build());
      }
    }
  }

  /** BOM-PROTOCOL-DB-DRIVER. */
  static final class ProtocolDriver extends PackRule {
    ProtocolDriver() {
      super(
          SoftwareRules.TEXT,
          "BOM-PROTOCOL-DB-DRIVER",
          "bom",
          Severity.MEDIUM,
          List.of(POLICY),
          List.of(ProfileIds.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Driver d : drivers(ScanParts.software(context), context.catalog())) {
        if (d.family() != Family.PROTOCOL) {
          continue;
        }
        Component c = d.component();
        String protocol = d.protocol() == null ? "mysql" : d.protocol();
        Text servers = SoftwareRules.TEXT.text("protocol.servers." + protocol);
        sink.report(
            Components.finding(sink, c)
                .message(
                    Components.join(
                        SoftwareRules.TEXT.text(
                            id() + ".message",
                            Components.display(c),
                            SoftwareRules.TEXT.text("protocol.name." + protocol).en(),
                            servers.zh(),
                            servers.en()),
                        Components.via(c)))
                .property("protocol", protocol)
                .property("catalogEntry", d.id().entry().id())
                .property("evidence", d.id().evidence())
                .build());
      }
    }
  }

  /** BOM-DOMESTIC-DB-DRIVER-MISSING. */
  static final class DomesticDriverMissing extends PackRule {
    DomesticDriverMissing() {
      super(
          SoftwareRules.TEXT,
          "BOM-DOMESTIC-DB-DRIVER-MISSING",
          "bom",
          Severity.MEDIUM,
          List.of(POLICY),
          List.of(ProfileIds.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      List<ConfigFile> configs = context.facts(ConfigFile.class);
      Text alternatives = null;
      for (BillOfMaterials bom : ScanParts.documents(context)) {
        List<Component> software = ScanParts.software(bom);
        if (software.isEmpty()) {
          continue;
        }
        List<Driver> drivers = drivers(software, context.catalog());
        if (drivers.stream().anyMatch(d -> d.family() == Family.DOMESTIC)) {
          continue;
        }
        if (domesticUrl(bom.source(), configs, context.catalog())) {
          // The server supplies the driver, and the configuration names a domestic database.
          continue;
        }
        Set<String> foreign = new LinkedHashSet<>();
        Set<String> protocol = new LinkedHashSet<>();
        for (Driver d : drivers) {
          (d.family() == Family.FOREIGN ? foreign : protocol)
              .add(Components.display(d.component()));
        }
        Severity severity;
        Text message;
        if (!foreign.isEmpty()) {
          severity = Severity.HIGH;
          message = SoftwareRules.TEXT.text(id() + ".message.foreign", String.join(", ", foreign));
        } else if (!protocol.isEmpty()) {
          severity = Severity.MEDIUM;
          message =
              SoftwareRules.TEXT.text(id() + ".message.protocol", String.join(", ", protocol));
        } else {
          severity = Severity.INFO;
          message = SoftwareRules.TEXT.text(id() + ".message.none", software.size());
        }
        if (alternatives == null) {
          alternatives = domesticAlternatives(context.catalog());
        }
        sink.report(
            sink.finding()
                .severity(severity)
                .subject(Subject.of(Subject.FILE, bom.source()))
                .location(Location.of(bom.source()))
                .message(message)
                .remediation(Components.remediation(this, alternatives))
                .property("foreignDrivers", foreign.isEmpty() ? null : String.join(", ", foreign))
                .property(
                    "protocolDrivers", protocol.isEmpty() ? null : String.join(", ", protocol))
                .build());
      }
    }

    private static boolean domesticUrl(String source, List<ConfigFile> configs, Catalog catalog) {
      for (ConfigFile f : configs) {
        if (!ConfigFile.within(f.path(), source)) {
          continue;
        }
        for (ConfigEntry e : f.entries()) {
          if (e.value().regionMatches(true, 0, "jdbc:", 0, 5)) {
            Optional<CatalogEntry> db = catalog.matcher().jdbcUrl(e.value()).map(m -> m.entry());
            if (db.isPresent() && db.get().isDomestic()) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
