package io.anke.core.report.internal;

import io.anke.core.bom.ComponentKind;
import io.anke.core.catalog.Category;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domestic share of one inventory category: how many units are domestic, foreign and of unknown
 * origin. The figures come from the structured properties of the findings that state them (the
 * bundled rule {@code HW-DOMESTIC-SHARE} writes one finding per category): a finding whose
 * properties hold {@value #CATEGORY} and the non-negative integers {@value #DOMESTIC}, {@value
 * #FOREIGN} and {@value #UNKNOWN} is such a figure, whatever rule reported it. The JSON report
 * carries the same properties, so scripts read the same numbers.
 *
 * @param category the category id ({@code server}, {@code os}, …)
 * @param name the category's display name
 * @param hardware true for device categories, false for software and platforms
 */
record DomesticShare(
    String category, Text name, boolean hardware, int domestic, int foreign, int unknown) {
  static final String CATEGORY = "category";
  static final String DOMESTIC = "domestic";
  static final String FOREIGN = "foreign";
  static final String UNKNOWN = "unknown";

  /** Units in all. */
  int total() {
    return domestic + foreign + unknown;
  }

  /** {@code part} as a whole percentage of the total, rounded as the rule rounds it. */
  long percent(int part) {
    return total() == 0 ? 0 : Math.round(100.0 * part / total());
  }

  /**
   * The figures of {@code findings}, one per category (figures of one category from several
   * findings are added), in the order of {@link Category}, unknown category ids last.
   */
  static List<DomesticShare> of(List<Finding> findings) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      Map<String, String> p = f.properties();
      String category = p.get(CATEGORY);
      Optional<int[]> n = numbers(p.get(DOMESTIC), p.get(FOREIGN), p.get(UNKNOWN));
      if (category == null || category.isBlank() || n.isEmpty()) {
        continue;
      }
      int[] sum = counts.computeIfAbsent(category, c -> new int[3]);
      for (int i = 0; i < 3; i++) {
        sum[i] = (int) Math.min(Integer.MAX_VALUE, (long) sum[i] + n.get()[i]);
      }
    }
    List<DomesticShare> out = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          Optional<Category> c = Category.byId(id);
          Text name =
              c.map(x -> Text.of(x.displayName("zh"), capitalized(x.displayName("en"))))
                  .orElse(Text.same(id));
          boolean hardware = c.map(x -> x.kind() == ComponentKind.DEVICE).orElse(true);
          out.add(new DomesticShare(id, name, hardware, n[0], n[1], n[2]));
        });
    out.sort(
        Comparator.comparingInt(
                (DomesticShare s) ->
                    Category.byId(s.category()).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(DomesticShare::category));
    return out;
  }

  /** "server" as a label: "Server". */
  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Optional<int[]> numbers(String... values) {
    int[] n = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        return Optional.empty();
      }
      try {
        n[i] = Integer.parseInt(values[i].strip());
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (n[i] < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(n);
  }
}
