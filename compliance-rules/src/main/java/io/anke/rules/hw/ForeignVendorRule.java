package io.anke.rules.hw;

import io.anke.core.Severity;
import io.anke.core.catalog.Category;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import java.util.List;

/**
 * {@code HW-FOREIGN-…}: inventory items of one or more categories whose vendor the catalog lists on
 * its foreign watch-list (or that the inventory declares foreign by country). One finding per
 * vendor and category, with the quantities summed, so that a report reads "12 servers of 3 models
 * from Dell Technologies" instead of twelve lines.
 */
final class ForeignVendorRule extends PackRule {
  private final List<Category> categories;

  ForeignVendorRule(
      String id, List<Category> categories, List<String> standards, List<ProfileId> profiles) {
    super(HardwareRules.TEXT, id, "hw", Severity.HIGH, standards, profiles);
    this.categories = List.copyOf(categories);
  }

  /** The categories this rule judges. */
  List<Category> categories() {
    return categories;
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    List<Inventory.Item> foreign =
        Inventory.items(context, categories).stream().filter(Inventory.Item::foreign).toList();
    for (Inventory.Group g : Inventory.groups(foreign)) {
      Inventory.Item first = g.first();
      String country = first.country() == null ? "?" : first.country();
      Text summary = g.summary(first.vendorZh(), first.vendor());
      Text message =
          HardwareRules.TEXT.text(
              "HW-FOREIGN.message", summary.zh(), summary.en(), country, g.modelList());
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.DEVICE, first.vendor() + " [" + g.categoryId() + "]"))
              .location(Location.of(first.component().origin()))
              .message(message)
              .property("category", g.categoryId())
              .property("vendor", first.vendor())
              .property("country", first.country())
              .property("quantity", Integer.toString(g.quantity))
              .property("models", Integer.toString(g.models.size()))
              .property("items", g.modelList())
              .property("rows", g.lines())
              .property("catalogEntry", first.id() == null ? null : first.id().entry().id())
              .property("evidence", first.id() == null ? null : first.id().evidence())
              .build());
    }
  }
}
