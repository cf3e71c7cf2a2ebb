package io.anke.rules.bom;

import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackRule;
import java.util.ArrayList;
import java.util.List;

/** How the software rules name a component and where it came from. */
final class Components {
  private Components() {}

  /** {@code group:name:version} with the parts that are known. */
  static String display(Component c) {
    return c.coordinates() + (c.version() == null ? "" : ":" + c.version());
  }

  /** Where the component was read. */
  static Location location(Component c) {
    return Location.of(c.origin());
  }

  /**
   * " (pulled in by a → b)" in both languages when the dependency path is known and longer than the
   * component itself, else empty; a long path is elided in the middle ({@link
   * DependencyPath#bounded}).
   */
  static Text via(Component c) {
    List<String> path = c.dependencyPath();
    if (path.size() < 2) {
      return Text.same("");
    }
    // Bounded like the subject's path, so that a deep graph does not make messages grow with it.
    List<String> shown = DependencyPath.bounded(path);
    String chain = String.join(" → ", shown.subList(0, shown.size() - 1));
    return BomRules.TEXT.text("via", chain);
  }

  /** Concatenates texts language by language. */
  static Text join(Text... parts) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Text t : parts) {
      zh.append(t.zh());
      en.append(t.en());
    }
    return Text.of(zh.toString(), en.toString());
  }

  /** The entry's first product name, else its id. */
  static String product(CatalogEntry e) {
    return e.products().isEmpty() ? e.id() : e.products().get(0);
  }

  /** A finding on the component: its subject and where it was read. */
  static Finding.Builder finding(FindingSink sink, Component c) {
    return sink.finding().subject(Subject.of(c)).location(location(c));
  }

  /**
   * A finding on a component the catalog identified as foreign: the rule's {@code <ID>.message}
   * with the component, product, vendor (Chinese and English) and country, then the dependency
   * path; properties {@code catalogEntry} and {@code evidence}.
   */
  static Finding.Builder foreign(PackRule rule, FindingSink sink, Component c, Identification id) {
    CatalogEntry e = id.entry();
    return finding(sink, c)
        .message(
            join(
                BomRules.TEXT.text(
                    rule.descriptor().id() + ".message",
                    display(c),
                    product(e),
                    id.vendorZh(),
                    id.vendorEn(),
                    e.country() == null ? "?" : e.country()),
                via(c)))
        .property("catalogEntry", e.id())
        .property("evidence", id.evidence());
  }

  /** The rule's remediation followed by the domestic alternatives. */
  static Text remediation(PackRule rule, Text alternatives) {
    return join(
        rule.descriptor().remediation(),
        BomRules.TEXT.text("alternatives", alternatives.zh(), alternatives.en()));
  }

  /** Collects "product（vendor）：how" lines of domestic alternatives in both languages. */
  static final class Alternatives {
    private final List<Text> lines = new ArrayList<>();

    /** Adds the entry's product and vendor, followed by {@code how} unless it is null. */
    void add(CatalogEntry e, Text how) {
      String product = product(e);
      lines.add(
          Text.of(
              product + "（" + e.vendorName("zh") + "）" + (how == null ? "" : "：" + how.zh()),
              product + " (" + e.vendorName("en") + ")" + (how == null ? "" : ": " + how.en())));
    }

    /** The lines joined language by language. */
    Text text() {
      return Text.listOf(lines);
    }
  }
}
