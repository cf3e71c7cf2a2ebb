package io.anke.rules.bom;

import io.anke.core.Severity;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.rules.packs.ScanParts;
import java.util.List;
import java.util.Optional;

/**
 * Foreign middleware: commercial application servers and message queues on the catalog's watch-list
 * (WebLogic, WebSphere, JBoss EAP, IBM MQ…) and, separately and milder, open-source embedded web
 * containers that many 信创 procurements replace with TongWeb, BES, Apusic or InforSuite. The
 * catalog's severity of an entry tells the two apart: medium or above is foreign commercial
 * middleware.
 */
final class MiddlewareRules {
  private MiddlewareRules() {}

  /**
   * Groups inside a middleware vendor's namespace that hold general-purpose libraries used far
   * beyond its server (Hibernate and Undertow pull in jboss-logging and xnio): the catalog's group
   * tree {@code org.jboss.*} would otherwise flag nearly every Java application.
   */
  static final List<String> GENERAL_PURPOSE_GROUPS =
      List.of(
          "org.jboss.logging",
          "org.jboss.xnio",
          "org.jboss.threads",
          "org.jboss.spec",
          "org.jboss.marshalling",
          "org.jboss.jandex");

  static boolean generalPurpose(Component c) {
    String g = c.group();
    if (g == null) {
      return false;
    }
    for (String p : GENERAL_PURPOSE_GROUPS) {
      if (g.equals(p) || g.startsWith(p + ".")) {
        return true;
      }
    }
    return "org.jboss".equals(g) && "jandex".equals(c.name());
  }

  static boolean isCommercial(CatalogEntry e) {
    return e.severity() == null || e.severity().isAtLeast(Severity.MEDIUM);
  }

  /** "TongWeb（北京东方通…）: com.tongweb:*; …" from the catalog's domestic middleware. */
  static Text domesticAlternatives(Catalog catalog) {
    Components.Alternatives out = new Components.Alternatives();
    for (CatalogEntry e : catalog.category(Category.MIDDLEWARE)) {
      if (!e.isDomestic()) {
        continue;
      }
      String maven = String.join(", ", e.detection().maven());
      out.add(e, maven.isEmpty() ? null : Text.same(maven));
    }
    return out.text();
  }

  private static void report(
      PackRule rule, FindingSink sink, Component c, Identification id, Text alternatives) {
    CatalogEntry e = id.entry();
    Finding.Builder b =
        Components.foreign(rule, sink, c, id)
            .remediation(Components.remediation(rule, alternatives))
            .property("vendor", id.vendorEn())
            .property("country", e.country())
            .property("note", e.attribute("note"));
    if (e.severity() != null && rule instanceof ForeignMiddleware) {
      // JBoss EAP / WildFly are open source and rated medium by the catalog; WebLogic high.
      b.severity(e.severity());
    }
    sink.report(b.build());
  }

  private static void evaluate(
      PackRule rule, boolean commercial, ScanContext context, FindingSink sink) {
    Text alternatives = null;
    for (Component c : ScanParts.software(context)) {
      Optional<Identification> id = Identification.software(c, context.catalog());
      if (id.isEmpty()
          || generalPurpose(c)
          || id.get().domestic()
          || !id.get().entry().is(Category.MIDDLEWARE)
          || isCommercial(id.get().entry()) != commercial) {
        continue;
      }
      if (alternatives == null) {
        alternatives = domesticAlternatives(context.catalog());
      }
      report(rule, sink, c, id.get(), alternatives);
    }
  }

  /** BOM-FOREIGN-MIDDLEWARE. */
  static final class ForeignMiddleware extends PackRule {
    ForeignMiddleware() {
      super(
          BomRules.TEXT,
          "BOM-FOREIGN-MIDDLEWARE",
          "bom",
          Severity.HIGH,
          List.of(DatabaseDriverRules.POLICY),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      MiddlewareRules.evaluate(this, true, context, sink);
    }
  }

  /** BOM-EMBEDDED-WEB-CONTAINER. */
  static final class EmbeddedWebContainer extends PackRule {
    EmbeddedWebContainer() {
      super(
          BomRules.TEXT,
          "BOM-EMBEDDED-WEB-CONTAINER",
          "bom",
          Severity.LOW,
          List.of(DatabaseDriverRules.POLICY),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      MiddlewareRules.evaluate(this, false, context, sink);
    }
  }
}
