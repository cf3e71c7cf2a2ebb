package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CryptoEvidence;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.UsageKind;
import java.util.List;

/**
 * Registers the {@code CRYPTO-} rules ({@link java.util.ServiceLoader}). They judge the {@link
 * CryptoUsage} facts the bytecode scanner attaches to a scan and the {@link
 * io.anke.scan.cbom.CryptoAssetUsage} facts a CycloneDX CBOM brings, alike ({@link
 * CryptoEvidence}): high-risk algorithms, protocols and key handling fail every cryptography
 * profile; non-national algorithms fail level 3, where GB/T 39786 requires nationally approved
 * algorithms for the application-and-data items.
 */
public final class CryptoRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.crypto.Messages", CryptoRules.class.getClassLoader());

  /** Public for {@link java.util.ServiceLoader}. */
  public CryptoRules() {}

  private static boolean algorithm(CryptoEvidence u) {
    return u.kind() == UsageKind.ALGORITHM && u.algorithm() != null;
  }

  @Override
  public List<Rule> rules() {
    List<ProfileId> high = CryptoRule.HIGH_RISK_PROFILES;
    List<ProfileId> national = CryptoRule.NATIONAL_PROFILES;
    return List.of(
        new UsageRule(
            "CRYPTO-WEAK-HASH",
            Severity.HIGH,
            high,
            u ->
                algorithm(u)
                    && Algorithms.isHash(u.algorithm())
                    && u.classification() == Classification.HIGH_RISK,
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.4(f)",
            "GB/T 39786-2021 8.4(g)",
            "GB/T 22239-2019 8.1.4.7"),
        new UsageRule(
            "CRYPTO-WEAK-CIPHER",
            Severity.HIGH,
            high,
            u ->
                algorithm(u)
                    && Algorithms.isSymmetricCipher(u.algorithm())
                    && u.classification() == Classification.HIGH_RISK,
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.4(d)",
            "GB/T 39786-2021 8.4(e)",
            "GB/T 22239-2019 8.1.4.8"),
        new UsageRule(
            "CRYPTO-SHORT-KEY",
            Severity.HIGH,
            high,
            u -> u.kind() == UsageKind.KEY_SIZE && u.classification() == Classification.HIGH_RISK,
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.4(a)",
            "GB/T 39786-2021 8.4(h)"),
        new UsageRule(
            "CRYPTO-LEGACY-TLS",
            Severity.HIGH,
            high,
            u -> u.kind() == UsageKind.PROTOCOL && u.classification() == Classification.HIGH_RISK,
            "GB/T 39786-2021 5(b)",
            "GB/T 39786-2021 8.2(a)",
            "GB/T 39786-2021 8.2(c)",
            "GB/T 22239-2019 8.1.4.8"),
        new UsageRule(
            "CRYPTO-HARDCODED-KEY",
            Severity.HIGH,
            high,
            u -> u.kind() == UsageKind.CONSTANT_KEY,
            "GB/T 39786-2021 Annex B",
            "GB/T 39786-2021 8.4(e)",
            "GB/T 22239-2019 8.1.4.8"),
        new UsageRule(
            "CRYPTO-INSECURE-RANDOM",
            Severity.HIGH,
            high,
            u -> u.kind() == UsageKind.INSECURE_RANDOM,
            "GB/T 39786-2021 Annex B",
            "GB/T 39786-2021 5(b)"),
        new UsageRule(
            "CRYPTO-ECB-MODE",
            Severity.MEDIUM,
            high,
            u -> u.kind() == UsageKind.ECB_MODE,
            "GB/T 39786-2021 5(b)",
            "GB/T 17964-2021",
            "GB/T 39786-2021 8.4(d)",
            "GB/T 39786-2021 8.4(e)"),
        new UsageRule(
            "CRYPTO-STATIC-IV",
            Severity.MEDIUM,
            high,
            u -> u.kind() == UsageKind.CONSTANT_IV,
            "GB/T 39786-2021 5(b)",
            "GB/T 17964-2021"),
        new UsageRule(
            "CRYPTO-NON-NATIONAL-HASH",
            Severity.MEDIUM,
            national,
            u ->
                algorithm(u)
                    && Algorithms.isHash(u.algorithm())
                    && u.classification() == Classification.NON_NATIONAL,
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.4(b)",
            "GB/T 39786-2021 8.4(f)",
            "GB/T 39786-2021 8.4(g)"),
        new UsageRule(
            "CRYPTO-NON-NATIONAL-CIPHER",
            Severity.MEDIUM,
            national,
            u ->
                algorithm(u)
                    && Algorithms.isSymmetricCipher(u.algorithm())
                    && u.classification() == Classification.NON_NATIONAL,
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.4(d)",
            "GB/T 39786-2021 8.4(e)"),
        new UsageRule(
            "CRYPTO-NON-NATIONAL-ASYMMETRIC",
            Severity.MEDIUM,
            national,
            u ->
                algorithm(u)
                    && Algorithms.isAsymmetric(u.algorithm())
                    && u.classification() == Classification.NON_NATIONAL,
            "GB/T 39786-2021 5(a)",
            "GB/T 39786-2021 8.4(a)",
            "GB/T 39786-2021 8.4(h)"),
        new UsageRule(
            "CRYPTO-NON-NATIONAL-TLS",
            Severity.LOW,
            national,
            u ->
                u.kind() == UsageKind.PROTOCOL && u.classification() == Classification.NON_NATIONAL,
            "GB/T 39786-2021 8.2(a)",
            "GB/T 39786-2021 8.2(c)",
            "GB/T 38636-2020"),
        new UsageRule(
            "CRYPTO-UNRECOGNIZED-ALGORITHM",
            Severity.INFO,
            national,
            u -> u.classification() == Classification.UNKNOWN,
            "GB/T 39786-2021 5(a)"),
        new NationalEvidenceRule(),
        new IncompleteScanRule());
  }
}
