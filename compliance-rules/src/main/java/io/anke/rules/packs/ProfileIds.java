package io.anke.rules.packs;

import java.util.List;

/** Ids of the bundled profiles, which rules name in their descriptors. */
public final class ProfileIds {
  /** GB/T 39786-2021 level 2 (密评 二级). */
  public static final String CRYPTO_L2 = "crypto-l2";

  /** GB/T 39786-2021 level 3 (密评 三级). */
  public static final String CRYPTO_L3 = "crypto-l3";

  /** GB/T 22239-2019 level 2 (等保 二级). */
  public static final String MLPS_L2 = "mlps-l2";

  /** GB/T 22239-2019 level 3 (等保 三级). */
  public static final String MLPS_L3 = "mlps-l3";

  /** Everything domestic (信创). */
  public static final String XINCHUANG_STRICT = "xinchuang-strict";

  /** The default profile. */
  public static final String GOV_CLOUD_BASELINE = "gov-cloud-baseline";

  /** Every bundled profile id. */
  public static final List<String> ALL =
      List.of(CRYPTO_L2, CRYPTO_L3, MLPS_L2, MLPS_L3, XINCHUANG_STRICT, GOV_CLOUD_BASELINE);

  private ProfileIds() {}
}
