package io.anke.rules.hw;

import io.anke.core.bom.Component;
import io.anke.core.catalog.Category;
import io.anke.core.catalog.Standing;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.ScanParts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Inventory items with their standing, and groups of items by vendor with summed quantities. */
final class Inventory {
  private Inventory() {}

  /**
   * One inventory item judged.
   *
   * @param category the item's category; null for a device whose category nothing says (an SBOM's
   *     device without {@code anke:category} whose vendor the catalog does not know)
   * @param standing domestic or foreign (watch-list) by the catalog entry that identifies the item,
   *     else by the country its document states; null when neither says
   */
  record Item(Component component, Category category, Identification id, Standing standing) {
    /** True for an item judged foreign. */
    boolean foreign() {
      return standing == Standing.WATCH_LIST;
    }

    /** True for an item whose standing nothing says. */
    boolean unknown() {
      return standing == null;
    }

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
  static List<Item> items(ScanContext context, Collection<Category> categories) {
    return all(context).stream()
        .filter(i -> i.category() != null && categories.contains(i.category()))
        .toList();
  }

  /**
   * Every platform item of the documents, identified. An item without a category (a hardware
   * component of an SBOM without {@code anke:category}) takes the category of the catalog entry
   * that identifies its vendor, so that it is judged like an inventory row; when the catalog does
   * not know the vendor either, its category stays null.
   */
  static List<Item> all(ScanContext context) {
    List<Item> out = new ArrayList<>();
    for (Component c : ScanParts.platformItems(context)) {
      Category category = ScanParts.category(c);
      if (category == null && !c.kind().isHardware()) {
        continue;
      }
      Optional<Identification> id =
          Identification.platform(c, category == null ? null : category.id(), context.catalog());
      if (category == null && id.isPresent()) {
        category =
            Category.byId(id.get().entry().category()).filter(Category::inventoried).orElse(null);
      }
      Standing s =
          id.map(i -> i.entry().standing()).or(() -> Standing.ofCountry(c.country())).orElse(null);
      out.add(new Item(c, category, id.orElse(null), s));
    }
    return out;
  }

  /** Items of one vendor in one category, with quantities summed per model. */
  static final class Group {
    /** The group's category, null for devices of unknown category. */
    final Category category;

    final List<Item> items = new ArrayList<>();
    final Map<String, Integer> models = new LinkedHashMap<>();
    int quantity;

    Group(Category category) {
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

    /** The category's id, {@code device} for devices of unknown category. */
    String categoryId() {
      return category == null ? DEVICE : category.id();
    }

    /** "12 servers of 3 models from Dell Technologies" in both languages. */
    Text summary(String vendorZh, String vendorEn) {
      Text noun = noun(category, quantity);
      return HardwareRules.TEXT.text(
          "summary", quantity, noun.zh(), noun.en(), models.size(), vendorZh, vendorEn);
    }
  }

  /** What findings call a hardware item whose category is not known. */
  static final String DEVICE = "device";

  /** "12 servers" / "12 台服务器" without the number, in both languages. */
  static Text noun(Category category, int quantity) {
    if (category == null) {
      return HardwareRules.TEXT.text("device.count", quantity);
    }
    return Text.of(category.countNoun("zh", quantity), category.countNoun("en", quantity));
  }

  /** Groups items by category and vendor (catalog entry, else the written vendor name). */
  static List<Group> groups(List<Item> items) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Item i : items) {
      String vendorKey =
          i.id() != null
              ? "entry:" + i.id().entry().id()
              : "name:" + i.vendor().strip().toLowerCase(Locale.ROOT);
      String categoryKey = i.category() == null ? DEVICE : i.category().id();
      groups.computeIfAbsent(categoryKey + "|" + vendorKey, k -> new Group(i.category())).add(i);
    }
    return new ArrayList<>(groups.values());
  }
}
