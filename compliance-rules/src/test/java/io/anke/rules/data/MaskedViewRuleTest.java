package io.anke.rules.data;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.ScanResult;
import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.PackScans.FatJar;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DATA-PI-UNMASKED on a view object that uses Anke's own {@link Masked}: a masked field is not
 * reported, a field annotated {@code @Masked(MaskStrategy.NONE)} (shown as it is) is. The class is
 * compiled by javac with this test, so its annotations are the real ones.
 */
class MaskedViewRuleTest {
  @TempDir Path dir;

  /** A view object as an application writes it. */
  static final class ResidentVO {
    @Masked(MaskStrategy.ID_NUMBER)
    String idCard;

    @Masked String email;

    @Masked(MaskStrategy.NONE)
    String mobile;
  }

  @Test
  void aFieldShownAsItIsIsReportedAMaskedOneIsNot() throws Exception {
    String name = ResidentVO.class.getName().replace('.', '/') + ".class";
    byte[] bytes;
    try (InputStream in = ResidentVO.class.getClassLoader().getResourceAsStream(name)) {
      bytes = in.readAllBytes();
    }
    Path app = new FatJar("resident-app").file("BOOT-INF/classes/" + name, bytes).write(dir);

    ScanResult r = PackScans.run(PackScans.context(app, dir), "mlps-l3");

    assertThat(of(r, "DATA-PI-UNMASKED"))
        .extracting(f -> f.properties().get("field"))
        .containsExactly("mobile");
  }
}
