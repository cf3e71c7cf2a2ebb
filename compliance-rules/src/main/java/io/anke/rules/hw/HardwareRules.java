package io.anke.rules.hw;

import io.anke.core.catalog.Category;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import io.anke.rules.packs.ProfileId;
import java.util.List;

/** Registers the {@code HW-} rules with the engine ({@link java.util.ServiceLoader}). */
public final class HardwareRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.hw.Messages", HardwareRules.class.getClassLoader());

  static final String POLICY = "Xinchuang (信创) domestic stack";

  /** Public for {@link java.util.ServiceLoader}. */
  public HardwareRules() {}

  @Override
  public List<Rule> rules() {
    List<ProfileId> strict = List.of(ProfileId.XINCHUANG_STRICT);
    return List.of(
        new ForeignVendorRule(
            "HW-FOREIGN-SERVER", List.of(Category.SERVER), List.of(POLICY), strict),
        new ForeignVendorRule("HW-FOREIGN-CPU", List.of(Category.CPU), List.of(POLICY), strict),
        new ForeignVendorRule("HW-FOREIGN-OS", List.of(Category.OS), List.of(POLICY), strict),
        new ForeignVendorRule(
            "HW-FOREIGN-BASE-SOFTWARE",
            List.of(Category.DATABASE, Category.MIDDLEWARE, Category.JDK),
            List.of(POLICY),
            strict),
        new ForeignVendorRule(
            "HW-FOREIGN-VIRTUALIZATION", List.of(Category.VIRTUALIZATION), List.of(POLICY), strict),
        new ForeignVendorRule(
            "HW-FOREIGN-NETWORK", List.of(Category.NETWORK), List.of(POLICY), strict),
        new ForeignVendorRule(
            "HW-FOREIGN-STORAGE", List.of(Category.STORAGE), List.of(POLICY), strict),
        new ForeignVendorRule(
            "HW-FOREIGN-SECURITY-DEVICE",
            List.of(Category.SECURITY),
            List.of("GB/T 22239-2019 8.1.10.3", POLICY),
            strict),
        new ForeignVendorRule(
            "HW-FOREIGN-CRYPTO-DEVICE",
            List.of(Category.CRYPTO_DEVICE),
            List.of("GB/T 39786-2021 5(c)", POLICY),
            List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3, ProfileId.XINCHUANG_STRICT)),
        new UnknownVendorRule(),
        new DomesticShareRule(),
        new CryptoDeviceCertificationRule());
  }
}
