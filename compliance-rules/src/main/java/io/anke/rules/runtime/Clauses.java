package io.anke.rules.runtime;

import io.anke.rules.packs.ProfileId;
import java.util.List;

/** The clauses and profiles the {@code RUNTIME-} rules share. */
final class Clauses {
  private Clauses() {}

  /** Protocols and algorithms of data in transit. */
  static final List<String> TRANSPORT =
      List.of("GB/T 39786-2021 5(b)", "GB/T 39786-2021 8.2(c)", "GB/T 22239-2019 8.1.4.8");

  /** Certificates that authenticate the communicating entities. */
  static final List<String> CERTIFICATES =
      List.of("GB/T 39786-2021 5(a)", "GB/T 39786-2021 8.2(a)");

  /** Random numbers for keys (key generation, GB/T 39786 Annex B). */
  static final List<String> RANDOM = List.of("GB/T 39786-2021 5(a)", "GB/T 39786-2021 Annex B");

  /** The cryptographic product itself. */
  static final List<String> PRODUCT = List.of("GB/T 39786-2021 5(c)", "GB/T 22239-2019 8.1.4.4");

  /** The assessment and protection profiles (level 2 and 3) and the baseline. */
  static final List<ProfileId> ASSESSED =
      List.of(
          ProfileId.CRYPTO_L2,
          ProfileId.CRYPTO_L3,
          ProfileId.MLPS_L3,
          ProfileId.GOV_CLOUD_BASELINE);

  /** {@link #ASSESSED} and the domestic-stack profile. */
  static final List<ProfileId> ASSESSED_AND_STRICT =
      List.of(
          ProfileId.CRYPTO_L2,
          ProfileId.CRYPTO_L3,
          ProfileId.MLPS_L3,
          ProfileId.GOV_CLOUD_BASELINE,
          ProfileId.XINCHUANG_STRICT);
}
