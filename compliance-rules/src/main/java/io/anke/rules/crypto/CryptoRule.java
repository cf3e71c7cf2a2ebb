package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.rules.packs.ProfileId;
import java.util.List;

/**
 * Base of the {@code CRYPTO-} rules: the descriptor's texts come from this package's bundle under
 * {@code <ID>.title}, {@code <ID>.description} and {@code <ID>.remediation}.
 */
abstract class CryptoRule implements Rule {
  /** High-risk findings fail every cryptography-related profile. */
  static final List<ProfileId> HIGH_RISK_PROFILES =
      List.of(
          ProfileId.CRYPTO_L2,
          ProfileId.CRYPTO_L3,
          ProfileId.MLPS_L3,
          ProfileId.GOV_CLOUD_BASELINE,
          ProfileId.XINCHUANG_STRICT);

  /** "Use a national algorithm" applies where the application-and-data items are mandatory. */
  static final List<ProfileId> NATIONAL_PROFILES =
      List.of(ProfileId.CRYPTO_L3, ProfileId.MLPS_L3, ProfileId.XINCHUANG_STRICT);

  private final RuleDescriptor descriptor;

  CryptoRule(String id, Severity severity, List<ProfileId> profiles, String... standards) {
    this.descriptor =
        RuleDescriptor.builder(id)
            .title(CryptoRules.TEXT.text(id + ".title"))
            .description(CryptoRules.TEXT.text(id + ".description"))
            .remediation(CryptoRules.TEXT.text(id + ".remediation"))
            .severity(severity)
            .standards(standards)
            .profiles(ProfileId.ids(profiles))
            .category("crypto")
            .build();
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  final String id() {
    return descriptor.id();
  }
}
