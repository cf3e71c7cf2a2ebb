package io.anke.rules.host;

import io.anke.core.Severity;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code HOST-…-NOT-DOMESTIC}: one fact of the probed host — processor, operating system, server
 * vendor or JDK — that the catalog identifies as foreign (high) or cannot identify (medium: not
 * shown to be domestic). The finding quotes the raw facts the probe read (cpuinfo fields,
 * os-release ID, DMI vendor, JVM properties), so that a reviewer can check the judgement.
 */
final class HostFactRule extends PackRule {
  private final Category category;

  HostFactRule(String id, Category category) {
    super(
        HostRules.TEXT,
        id,
        "host",
        Severity.HIGH,
        List.of(HostRules.POLICY),
        List.of(ProfileId.XINCHUANG_STRICT));
    this.category = category;
  }

  /** "vendor_id=GenuineIntel, arch=amd64" from the probe's {@code anke:host:*} properties. */
  static String facts(Component c) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> p : c.properties().entrySet()) {
      if (p.getKey().startsWith("anke:host:")) {
        String k = p.getKey().substring(p.getKey().lastIndexOf(':') + 1);
        out.add(k + "=" + p.getValue());
      }
    }
    return out.isEmpty() ? c.name() : String.join(", ", out);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (Component c : ScanParts.host(context)) {
      if (!category.id().equals(c.category())) {
        continue;
      }
      Optional<Identification> id = Identification.platform(c, category.id(), context.catalog());
      if (id.isPresent() && id.get().domestic()) {
        continue;
      }
      String what = c.name() + (c.version() == null ? "" : " " + c.version());
      var b =
          sink.finding()
              .subject(Subject.of(Subject.HOST, category.id()))
              .location(Location.of(c.origin()))
              .property("facts", facts(c));
      if (id.isPresent()) {
        b.message(
                HostRules.TEXT.text(
                    id() + ".message",
                    what,
                    id.get().vendorZh(),
                    id.get().vendorEn(),
                    id.get().entry().country() == null
                        ? HostRules.TEXT.text("country.unknown")
                        : Text.same(id.get().entry().country()),
                    id.get().evidenceText()))
            .property("catalogEntry", id.get().entry().id())
            .property("vendor", id.get().vendorEn())
            .property("country", id.get().entry().country());
      } else {
        b.severity(Severity.MEDIUM)
            .message(HostRules.TEXT.text("HOST.message.unknown", what, facts(c)));
      }
      sink.report(b.build());
    }
  }
}
