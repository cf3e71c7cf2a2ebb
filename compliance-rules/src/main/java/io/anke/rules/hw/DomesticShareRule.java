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
 * HW-DOMESTIC-SHARE: per category, how many inventoried units are domestic, foreign or unknown —
 * the summary an assessor asks for first. Informational; it never fails a build.
 */
final class DomesticShareRule extends PackRule {
  DomesticShareRule() {
    super(
        HardwareRules.TEXT,
        "HW-DOMESTIC-SHARE",
        "hw",
        Severity.INFO,
        List.of(HardwareRules.POLICY),
        List.of(ProfileId.XINCHUANG_STRICT));
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    List<Inventory.Item> all = Inventory.all(context);
    for (Category category : Category.inventoryCategories()) {
      int domestic = 0;
      int foreign = 0;
      int unknown = 0;
      Inventory.Item first = null;
      for (Inventory.Item i : all) {
        if (i.category() != category) {
          continue;
        }
        first = first == null ? i : first;
        int q = i.component().quantity();
        if (i.unknown()) {
          unknown += q;
        } else if (i.foreign()) {
          foreign += q;
        } else {
          domestic += q;
        }
      }
      if (first == null) {
        continue;
      }
      int total = domestic + foreign + unknown;
      long percent = Math.round(100.0 * domestic / total);
      Text noun = Inventory.noun(category, total);
      sink.report(
          sink.finding()
              .subject(Subject.of(Subject.DEVICE, "inventory [" + category.id() + "]"))
              .location(Location.of(first.component().origin().file()))
              .message(
                  HardwareRules.TEXT.text(
                      id() + ".message",
                      total,
                      noun.zh(),
                      noun.en(),
                      domestic,
                      percent,
                      foreign,
                      unknown))
              .property("category", category.id())
              .property("total", Integer.toString(total))
              .property("domestic", Integer.toString(domestic))
              .property("foreign", Integer.toString(foreign))
              .property("unknown", Integer.toString(unknown))
              .property("domesticPercent", Long.toString(percent))
              .build());
    }
  }
}
