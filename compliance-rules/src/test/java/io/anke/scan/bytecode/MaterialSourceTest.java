package io.anke.scan.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialSourceTest {

  private static final List<MaterialSource> CONSTANT =
      List.of(
          MaterialSource.Constant.BYTES,
          MaterialSource.Constant.STRING,
          new MaterialSource.StaticField("a.b.C", "KEY"));

  private static CryptoUsage usage(UsageKind kind, String detail) {
    return new CryptoUsage(
        kind,
        "SM4",
        Classification.HIGH_RISK,
        "javax.crypto.spec.SecretKeySpec",
        detail,
        0,
        new CodeLocation(
            "app.jar!/a/b/C.class", List.of("app.jar"), "a.b.C", "m", "()V", 3, 0, null, true));
  }

  @Test
  void aUsageMadeWithItsDetailAloneHasTheSourceTheDetailNames() {
    for (MaterialSource s : CONSTANT) {
      assertThat(usage(UsageKind.CONSTANT_KEY, s.detail()).source()).isEqualTo(s);
      assertThat(usage(UsageKind.CONSTANT_IV, s.detail()).source()).isEqualTo(s);
    }
    for (MaterialSource s : MaterialSource.InsecureRandom.values()) {
      assertThat(usage(UsageKind.INSECURE_RANDOM, s.detail()).source()).isEqualTo(s);
    }
    assertThat(usage(UsageKind.ALGORITHM, "constant string").source()).isNull();
    assertThat(usage(UsageKind.CONSTANT_KEY, "something else").source())
        .isEqualTo(MaterialSource.Constant.BYTES);
    assertThat(usage(UsageKind.INSECURE_RANDOM, null).source())
        .isEqualTo(MaterialSource.InsecureRandom.KEY);
  }

  @Test
  void aUsageMadeWithItsSourceHasTheSourcesDetail() {
    CryptoUsage u =
        new CryptoUsage(
            UsageKind.CONSTANT_KEY,
            null,
            Classification.HIGH_RISK,
            "javax.crypto.spec.SecretKeySpec",
            null,
            0,
            usage(UsageKind.ALGORITHM, null).location(),
            new MaterialSource.StaticField("a.b.C", "KEY"));
    assertThat(u.detail()).isEqualTo("static field a.b.C.KEY");
    assertThat(new MaterialSource.StaticField("", "KEY").detail()).isEqualTo("static field KEY");
  }
}
