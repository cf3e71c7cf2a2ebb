package io.anke.benchmarks;

import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.Origin;
import io.anke.core.catalog.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The one synthetic component estate that the BOM benchmarks read and evaluate. */
final class SyntheticEstate {
  private SyntheticEstate() {}

  /**
   * A mix like a large Spring Boot estate: mostly ordinary libraries, a few database drivers and
   * crypto libraries the rules care about, and some hardware items. Fixed seed: every run and every
   * machine evaluates the same document.
   */
  static List<Component> components(int n) {
    Random random = new Random(20261127L);
    String[][] notable = {
      {"com.mysql", "mysql-connector-j", "8.4.0"},
      {"org.postgresql", "postgresql", "42.7.3"},
      {"com.oracle.database.jdbc", "ojdbc11", "23.4.0.24.05"},
      {"com.dameng", "DmJdbcDriver18", "8.1.3.62"},
      {"org.bouncycastle", "bcprov-jdk18on", "1.78"},
      {"org.apache.tomcat.embed", "tomcat-embed-core", "10.1.24"},
      {"com.kingbase8", "kingbase8", "8.6.0"},
    };
    List<Component> out = new ArrayList<>(n);
    String root = "com.example:estate:1.0";
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(100);
      Component.Builder b = Component.builder();
      if (pick < 3) {
        String[] g = notable[random.nextInt(notable.length)];
        b.group(g[0]).name(g[1]).version(g[2]);
        b.purl("pkg:maven/" + g[0] + "/" + g[1] + "@" + g[2] + "?n=" + i);
      } else if (pick < 5) {
        b.kind(ComponentKind.DEVICE)
            .category((random.nextBoolean() ? Category.SERVER : Category.NETWORK).id())
            .manufacturer(random.nextBoolean() ? "Dell" : "Huawei")
            .name("Model-" + (i % 97))
            .quantity(1 + random.nextInt(8));
      } else {
        String group = "org.lib" + (i % 500);
        String name = "module-" + i;
        String version = (1 + i % 7) + "." + (i % 13) + "." + (i % 3);
        b.group(group).name(name).version(version);
        b.purl("pkg:maven/" + group + "/" + name + "@" + version);
        b.hash("SHA-256", String.format(Locale.ROOT, "%064x", i));
      }
      b.dependencyPath(List.of(root, "org.lib" + (i % 50) + ":parent:1.0"));
      b.origin(new Origin("bom.cdx.json", 10 + i * 12, null));
      out.add(b.build());
    }
    return out;
  }
}
