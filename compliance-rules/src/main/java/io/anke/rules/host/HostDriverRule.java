package io.anke.rules.host;

import io.anke.core.Severity;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.DatabaseFamily;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import java.util.List;
import java.util.Optional;

/**
 * HOST-JDBC-DRIVER: JDBC drivers registered on the probed host's class path. A foreign database's
 * driver is high; a MySQL- or PostgreSQL-protocol driver is medium (domestic databases speak those
 * protocols), and so is an embedded engine such as H2; domestic drivers are fine ({@link
 * DatabaseFamily}).
 */
final class HostDriverRule extends PackRule {
  HostDriverRule() {
    super(
        HostRules.TEXT,
        "HOST-JDBC-DRIVER",
        "host",
        Severity.HIGH,
        List.of(HostRules.POLICY),
        List.of(ProfileId.XINCHUANG_STRICT));
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (Component c : ScanParts.host(context)) {
      if (!Category.DATABASE.id().equals(c.category())) {
        continue;
      }
      Optional<Identification> id = Identification.software(c, context.catalog());
      DatabaseFamily family = id.map(i -> DatabaseFamily.of(i.entry())).orElse(null);
      if (family == null || family == DatabaseFamily.DOMESTIC) {
        continue;
      }
      String variant =
          switch (family) {
            case PROTOCOL -> ".message.protocol";
            case EMBEDDED -> ".message.embedded";
            default -> ".message";
          };
      String driver = c.property(ArchiveFacts.DRIVER_CLASS);
      String where = c.origin().file();
      sink.report(
          sink.finding()
              .severity(family == DatabaseFamily.FOREIGN ? Severity.HIGH : Severity.MEDIUM)
              .subject(Subject.of(Subject.HOST, "jdbc:" + (driver == null ? c.id() : driver)))
              .location(Location.of(where))
              .message(
                  HostRules.TEXT.text(
                      id() + variant,
                      driver == null ? c.id() : driver,
                      where,
                      id.get().vendorZh(),
                      id.get().vendorEn()))
              .property("driverClass", driver)
              .property("catalogEntry", id.get().entry().id())
              .build());
    }
  }
}
