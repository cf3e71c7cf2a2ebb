package io.anke.rules.hw;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import java.util.List;

/**
 * HW-UNKNOWN-VENDOR: inventory items whose vendor the catalog does not know, including hardware
 * components of an SBOM whose category nothing says.
 */
final class UnknownVendorRule extends PackRule {
  UnknownVendorRule() {
    super(
        HardwareRules.TEXT,
        "HW-UNKNOWN-VENDOR",
        "hw",
        Severity.MEDIUM,
        List.of(HardwareRules.POLICY),
        List.of(ProfileId.XINCHUANG_STRICT));
  }

  /**
   * True for an item the catalog does not identify and no other rule can place: of unknown
   * standing, or foreign only by the country its document states while nothing says its category
   * (the {@code HW-FOREIGN-} rules judge by category, so such a device would otherwise be judged by
   * none).
   */
  private static boolean unplaced(Inventory.Item i) {
    return i.unknown() || (i.id() == null && i.category() == null && i.foreign());
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    List<Inventory.Item> unknown =
        Inventory.all(context).stream().filter(UnknownVendorRule::unplaced).toList();
    for (Inventory.Group g : Inventory.groups(unknown)) {
      Inventory.Item first = g.first();
      Text summary = g.summary(first.vendor(), first.vendor());
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.DEVICE, first.vendor() + " [" + g.categoryId() + "]"))
              .location(Location.of(first.component().origin()))
              .message(
                  HardwareRules.TEXT.text(
                      id() + ".message", summary.zh(), summary.en(), g.modelList()))
              .property("category", g.categoryId())
              .property("vendor", first.vendor())
              .property("country", first.country())
              .property("quantity", Integer.toString(g.quantity))
              .property("models", Integer.toString(g.models.size()))
              .property("items", g.modelList())
              .property("rows", g.lines())
              .build());
    }
  }
}
