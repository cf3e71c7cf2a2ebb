package io.anke.scan.bom;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Access to the hand-written documents under {@code src/test/resources/io/anke/scan/bom}. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  static BillOfMaterials read(String name) {
    return BomReaders.read(path(name), name);
  }

  static Component named(BillOfMaterials bom, String name) {
    return bom.components().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + bom.source()));
  }
}
