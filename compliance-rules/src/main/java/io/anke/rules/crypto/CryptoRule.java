package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import java.util.List;

/**
 * Base of the {@code CRYPTO-} rules: the descriptor's texts come from this package's bundle under
 * {@code <ID>.title}, {@code <ID>.description} and {@code <ID>.remediation}.
 */
abstract class CryptoRule implements Rule {
  /** High-risk findings fail every cryptography-related profile. */
  static final List<String> HIGH_RISK_PROFILES =
      List.of("crypto-l2", "crypto-l3", "mlps-l3", "gov-cloud-baseline", "xinchuang-strict");

  /** "Use a national algorithm" applies where the application-and-data items are mandatory. */
  static final List<String> NATIONAL_PROFILES = List.of("crypto-l3", "mlps-l3", "xinchuang-strict");

  private final RuleDescriptor descriptor;

  CryptoRule(String id, Severity severity, List<String> profiles, String... standards) {
    this.descriptor =
        RuleDescriptor.builder(id)
            .title(CryptoRules.TEXT.text(id + ".title"))
            .description(CryptoRules.TEXT.text(id + ".description"))
            .remediation(CryptoRules.TEXT.text(id + ".remediation"))
            .severity(severity)
            .standards(standards)
            .profiles(profiles)
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
