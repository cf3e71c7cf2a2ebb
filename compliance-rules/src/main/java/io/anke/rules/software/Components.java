package io.anke.rules.software;

import io.anke.core.bom.Component;
import io.anke.core.rule.Location;
import io.anke.core.rule.Text;
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
   * component itself, else empty.
   */
  static Text via(Component c) {
    List<String> path = c.dependencyPath();
    if (path.size() < 2) {
      return Text.same("");
    }
    String chain = String.join(" → ", path.subList(0, path.size() - 1));
    return SoftwareRules.TEXT.text("via", chain);
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
}
