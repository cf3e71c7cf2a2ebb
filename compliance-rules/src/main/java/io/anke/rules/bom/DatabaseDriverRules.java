package io.anke.rules.bom;

import io.anke.core.Severity;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.DatabaseFamily;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database-driver rules. A driver is what the catalog identifies as a {@code database} entry by
 * explicit coordinates, sorted into a {@link DatabaseFamily}: a domestic driver; a protocol driver
 * (MySQL, PostgreSQL) that domestic databases also speak; an embedded engine (H2, HSQLDB, Derby,
 * SQLite) that keeps the data inside the application; any other foreign driver. A library that
 * registers a JDBC driver the catalog does not identify is kept as such, never taken for "no
 * driver".
 */
final class DatabaseDriverRules {
  static final String POLICY = "Xinchuang (信创) domestic stack";

  private DatabaseDriverRules() {}

  /** A driver found among the software. */
  record Driver(Component component, Identification id, DatabaseFamily family) {
    /** {@code mysql} or {@code postgresql} for a protocol driver, else null. */
    String protocol() {
      String key =
          (component.coordinates() + " " + component.property(ArchiveFacts.DRIVER_CLASS))
              .toLowerCase(Locale.ROOT);
      String declared = id.attribute("protocol");
      // The catalog groups MariaDB with PostgreSQL under one entry; MariaDB speaks MySQL.
      if (key.contains("mariadb") || key.contains("mysql")) {
        return "mysql";
      }
      return declared;
    }
  }

  /** The drivers the catalog identifies among the software, in order. */
  static List<Driver> drivers(List<Component> software, Catalog catalog) {
    List<Driver> out = new ArrayList<>();
    for (Component c : software) {
      Optional<Identification> id = Identification.software(c, catalog);
      DatabaseFamily family = id.map(i -> DatabaseFamily.of(i.entry())).orElse(null);
      if (family != null) {
        out.add(new Driver(c, id.get(), family));
      }
    }
    return out;
  }

  /**
   * Libraries that register a JDBC driver ({@link ArchiveFacts#DRIVER_CLASS}) that the catalog does
   * not identify as a database.
   */
  static List<Component> unidentifiedDrivers(List<Component> software, Catalog catalog) {
    List<Component> out = new ArrayList<>();
    for (Component c : software) {
      if (c.property(ArchiveFacts.DRIVER_CLASS) != null
          && Identification.software(c, catalog).map(i -> DatabaseFamily.of(i.entry())).isEmpty()) {
        out.add(c);
      }
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
        out.add(e, BomRules.TEXT.text("protocol.via", e.attribute("protocol")));
      } else if (!e.detection().driverClasses().isEmpty()) {
        out.add(e, BomRules.TEXT.text("driver.vendor", e.detection().driverClasses().get(0)));
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

  /**
   * BOM-FOREIGN-DB-DRIVER and BOM-EMBEDDED-DATABASE: every driver of one family, with the catalog's
   * domestic drivers as remediation.
   */
  static final class DriverOfFamily extends PackRule {
    private final DatabaseFamily family;

    DriverOfFamily(String id, Severity severity, DatabaseFamily family) {
      super(
          BomRules.TEXT, id, "bom", severity, List.of(POLICY), List.of(ProfileId.XINCHUANG_STRICT));
      this.family = family;
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      Text alternatives = null;
      for (Driver d : drivers(ScanParts.software(context), context.catalog())) {
        if (d.family() != family) {
          continue;
        }
        if (alternatives == null) {
          alternatives = domesticAlternatives(context.catalog());
        }
        sink.report(
            Components.foreign(this, sink, d.component(), d.id())
                .remediation(Components.remediation(this, alternatives))
                .property("vendor", d.id().vendorEn())
                .property("country", d.id().entry().country())
                .build());
      }
    }
  }

  /** BOM-PROTOCOL-DB-DRIVER. */
  static final class ProtocolDriver extends PackRule {
    ProtocolDriver() {
      super(
          BomRules.TEXT,
          "BOM-PROTOCOL-DB-DRIVER",
          "bom",
          Severity.MEDIUM,
          List.of(POLICY),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (Driver d : drivers(ScanParts.software(context), context.catalog())) {
        if (d.family() != DatabaseFamily.PROTOCOL) {
          continue;
        }
        Component c = d.component();
        String protocol = d.protocol() == null ? "mysql" : d.protocol();
        Text servers = BomRules.TEXT.text("protocol.servers." + protocol);
        sink.report(
            Components.finding(sink, c)
                .message(
                    Components.join(
                        BomRules.TEXT.text(
                            id() + ".message",
                            Components.display(c),
                            BomRules.TEXT.text("protocol.name." + protocol).en(),
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
          BomRules.TEXT,
          "BOM-DOMESTIC-DB-DRIVER-MISSING",
          "bom",
          Severity.MEDIUM,
          List.of(POLICY),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    /**
     * The configuration's JDBC URLs: one that names a domestic database shows a driver the server
     * supplies, so without them this rule would report a driver missing where none is.
     */
    @Override
    public Set<FactKey<?>> requires() {
      return Set.of(ConfigFile.KEY);
    }

    /**
     * The application as a whole: the documents of one scan (the archives or SBOMs of one delivery)
     * together, reported once on the first document with software, as the other application-level
     * verdicts are; a driver shipped in one archive is the driver of all.
     */
    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      List<ConfigFile> configs = context.facts(ConfigFile.KEY);
      String first = null;
      List<Component> software = new ArrayList<>();
      for (BillOfMaterials bom : ScanParts.documents(context)) {
        List<Component> own = ScanParts.software(bom);
        if (!own.isEmpty() && first == null) {
          first = bom.source();
        }
        software.addAll(own);
      }
      if (first == null) {
        return;
      }
      List<Driver> drivers = drivers(software, context.catalog());
      if (drivers.stream().anyMatch(d -> d.family() == DatabaseFamily.DOMESTIC)) {
        return;
      }
      if (domesticUrl(configs, context.catalog())) {
        // The server supplies the driver, and the configuration names a domestic database.
        return;
      }
      // Say what was found, family by family; never "only" one family when there are more.
      Map<DatabaseFamily, Set<String>> found = new EnumMap<>(DatabaseFamily.class);
      for (Driver d : drivers) {
        found
            .computeIfAbsent(d.family(), f -> new LinkedHashSet<>())
            .add(Components.display(d.component()));
      }
      Set<String> unidentified = new LinkedHashSet<>();
      List<String> unidentifiedWithClass = new ArrayList<>();
      for (Component c : unidentifiedDrivers(software, context.catalog())) {
        if (unidentified.add(Components.display(c))) {
          unidentifiedWithClass.add(
              Components.display(c) + " (" + c.property(ArchiveFacts.DRIVER_CLASS) + ")");
        }
      }
      List<Text> parts = new ArrayList<>();
      for (DatabaseFamily f :
          List.of(DatabaseFamily.FOREIGN, DatabaseFamily.EMBEDDED, DatabaseFamily.PROTOCOL)) {
        if (found.containsKey(f)) {
          parts.add(
              BomRules.TEXT.text(
                  id() + ".part." + f.name().toLowerCase(Locale.ROOT),
                  String.join(", ", found.get(f))));
        }
      }
      if (!unidentified.isEmpty()) {
        parts.add(
            BomRules.TEXT.text(
                id() + ".part.unidentified", String.join(", ", unidentifiedWithClass)));
      }
      Severity severity;
      Text message;
      if (parts.isEmpty()) {
        severity = Severity.INFO;
        message = BomRules.TEXT.text(id() + ".message.none", software.size());
      } else {
        severity = found.containsKey(DatabaseFamily.FOREIGN) ? Severity.HIGH : Severity.MEDIUM;
        message =
            BomRules.TEXT.text(
                id() + ".message",
                parts.stream().map(Text::zh).collect(Collectors.joining("；")),
                parts.stream().map(Text::en).collect(Collectors.joining("; ")));
      }
      Text alternatives = domesticAlternatives(context.catalog());
      sink.report(
          sink.finding()
              .severity(severity)
              .subject(Subject.of(Subject.FILE, first))
              .location(Location.of(first))
              .message(message)
              .remediation(Components.remediation(this, alternatives))
              .property("foreignDrivers", joined(found.get(DatabaseFamily.FOREIGN)))
              .property("embeddedDatabases", joined(found.get(DatabaseFamily.EMBEDDED)))
              .property("protocolDrivers", joined(found.get(DatabaseFamily.PROTOCOL)))
              .property("unidentifiedDrivers", joined(unidentified))
              .build());
    }

    private static String joined(Set<String> items) {
      return items == null || items.isEmpty() ? null : String.join(", ", items);
    }

    private static boolean domesticUrl(List<ConfigFile> configs, Catalog catalog) {
      for (ConfigFile f : configs) {
        for (ConfigEntry e : f.entries()) {
          Optional<CatalogEntry> db =
              e.jdbcUrl() == null
                  ? Optional.empty()
                  : catalog.matcher().jdbcUrl(e.jdbcUrl()).map(m -> m.entry());
          if (db.isPresent() && DatabaseFamily.of(db.get()) == DatabaseFamily.DOMESTIC) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
