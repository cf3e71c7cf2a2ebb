package io.anke.rules.hardware;

import io.anke.core.bom.Component;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.ScanParts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Inventory items with their standing, and groups of items by vendor with summed quantities. */
final class Inventory {
  /** The categories the hardware rules judge, in report order. */
  static final List<String> CATEGORIES =
      List.of(
          "server",
          "cpu",
          "os",
          "database",
          "middleware",
          "jdk",
          "network",
          "storage",
          "security",
          "crypto_device");

  private Inventory() {}

  enum Standing {
    DOMESTIC,
    FOREIGN,
    UNKNOWN
  }

  /** One inventory item judged. */
  record Item(Component component, String category, Identification id, Standing standing) {
    String vendor() {
      if (id != null) {
        return id.vendorEn();
      }
      String v = component.vendor();
      return v == null ? "?" : v;
    }

    String vendorZh() {
      return id != null ? id.vendorZh() : vendor();
    }

    String country() {
      if (id != null && id.entry().country() != null) {
        return id.entry().country();
      }
      return component.country();
    }
  }

  /** The items of the given categories, identified. The probed host is not an inventory. */
  static List<Item> items(ScanContext context, List<String> categories) {
    List<Item> out = new ArrayList<>();
    for (Component c : ScanParts.platformItems(context)) {
      String category = ScanParts.category(c);
      if (category == null || !categories.contains(category)) {
        continue;
      }
      Optional<Identification> id = Identification.platform(c, category, context.catalog());
      Standing s;
      if (id.isPresent()) {
        s = id.get().domestic() ? Standing.DOMESTIC : Standing.FOREIGN;
      } else if (c.country() != null) {
        s = "CN".equalsIgnoreCase(c.country()) ? Standing.DOMESTIC : Standing.FOREIGN;
      } else {
        s = Standing.UNKNOWN;
      }
      out.add(new Item(c, category, id.orElse(null), s));
    }
    return out;
  }

  /** Items of one vendor in one category, with quantities summed per model. */
  static final class Group {
    final String category;
    final List<Item> items = new ArrayList<>();
    final Map<String, Integer> models = new LinkedHashMap<>();
    int quantity;

    Group(String category) {
      this.category = category;
    }

    void add(Item i) {
      items.add(i);
      models.merge(i.component().name(), i.component().quantity(), Integer::sum);
      quantity += i.component().quantity();
    }

    Item first() {
      return items.get(0);
    }

    /** "PowerEdge R740 ×5, PowerEdge R750 ×7". */
    String modelList() {
      List<String> parts = new ArrayList<>();
      models.forEach((m, q) -> parts.add(m + " ×" + q));
      return String.join(", ", parts);
    }

    /** "hw.csv:3, hw.csv:5". */
    String lines() {
      List<String> parts = new ArrayList<>();
      for (Item i : items) {
        parts.add(i.component().origin().display());
      }
      return String.join(", ", parts);
    }

    /** "12 servers of 3 models from Dell Technologies" in both languages. */
    Text summary(String vendorZh, String vendorEn) {
      Text noun = HardwareRules.TEXT.text("category." + category, quantity);
      return HardwareRules.TEXT.text(
          "summary", quantity, noun.zh(), noun.en(), models.size(), vendorZh, vendorEn);
    }
  }

  /** Groups items by category and vendor (catalog entry, else the written vendor name). */
  static List<Group> groups(List<Item> items) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Item i : items) {
      String vendorKey =
          i.id() != null
              ? "entry:" + i.id().entry().id()
              : "name:" + i.vendor().strip().toLowerCase(Locale.ROOT);
      groups.computeIfAbsent(i.category() + "|" + vendorKey, k -> new Group(i.category())).add(i);
    }
    return new ArrayList<>(groups.values());
  }
}
