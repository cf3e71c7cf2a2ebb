package io.anke.rules.packs;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.catalog.Category;
import io.anke.core.rule.ScanContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits what a scan collected into the parts the packs judge differently: the application's
 * software (libraries of SBOMs and archives), platform items (hardware and the operating systems,
 * databases, middleware and JDKs listed in inventories or SBOMs) and the probed host. The host is
 * judged only by the {@code HOST-} rules, so that one fact is never reported twice. The
 * cryptographic assets of a CBOM are neither: they are algorithms and certificates, not packages or
 * devices, and the {@code CRYPTO-} rules judge them through their document's facts.
 */
public final class ScanParts {
  /** Kinds that are application software rather than platform. */
  private static final Set<ComponentKind> SOFTWARE =
      EnumSet.of(
          ComponentKind.LIBRARY,
          ComponentKind.FRAMEWORK,
          ComponentKind.APPLICATION,
          ComponentKind.CRYPTO_MODULE,
          ComponentKind.OTHER);

  private ScanParts() {}

  /** The bills of materials other than the probed host's, in scan order. */
  public static List<BillOfMaterials> documents(ScanContext context) {
    BillOfMaterials host = context.host().orElse(null);
    List<BillOfMaterials> out = new ArrayList<>();
    for (BillOfMaterials b : context.boms()) {
      if (b != host) {
        out.add(b);
      }
    }
    return out;
  }

  /** True for a component the {@code BOM-} rules judge: application software. */
  public static boolean isSoftware(Component c) {
    return SOFTWARE.contains(c.kind());
  }

  /** The application software of one bill of materials. */
  public static List<Component> software(BillOfMaterials bom) {
    return bom.components().stream().filter(ScanParts::isSoftware).toList();
  }

  /** The application software of every document (not the host). */
  public static List<Component> software(ScanContext context) {
    List<Component> out = new ArrayList<>();
    for (BillOfMaterials b : documents(context)) {
      out.addAll(software(b));
    }
    return out;
  }

  /** Hardware and platform software listed by documents (inventories, SBOMs), not the host. */
  public static List<Component> platformItems(ScanContext context) {
    List<Component> out = new ArrayList<>();
    for (BillOfMaterials b : documents(context)) {
      for (Component c : b.components()) {
        if (!isSoftware(c) && c.kind() != ComponentKind.CRYPTOGRAPHIC_ASSET) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The probed host's components; empty when no host was probed. */
  public static List<Component> host(ScanContext context) {
    return context.host().map(BillOfMaterials::components).orElse(List.of());
  }

  /**
   * The catalog category of a platform item: its own category when it has one, else what its kind
   * implies ({@link Category#impliedBy}); null for a device of unknown category.
   */
  public static Category category(Component c) {
    if (c.category() != null) {
      return Category.parse(c.category()).orElse(null);
    }
    return Category.impliedBy(c.kind()).orElse(null);
  }
}
