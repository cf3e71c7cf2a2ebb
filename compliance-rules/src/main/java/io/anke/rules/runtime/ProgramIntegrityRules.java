package io.anke.rules.runtime;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import io.anke.rules.packs.ProfileId;
import java.util.List;

/**
 * Registers the {@code RUNTIME-} rules that judge a delivery's signed manifest ({@link
 * io.anke.core.manifest.ProgramIntegrity} facts, from the start-up guard or {@code anke sign
 * --verify}).
 */
public final class ProgramIntegrityRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of(
          "io.anke.rules.runtime.IntegrityMessages", ProgramIntegrityRules.class.getClassLoader());

  /** The clauses both rules serve: integrity and source of programs, trusted verification. */
  static final List<String> STANDARDS =
      List.of("GB/T 39786-2021 8.3(f)", "GB/T 22239-2019 8.1.4.6");

  /** The profiles that select both (and so the profiles that extend them). */
  static final List<ProfileId> PROFILES =
      List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3, ProfileId.MLPS_L2, ProfileId.MLPS_L3);

  /** Public for {@link java.util.ServiceLoader}. */
  public ProgramIntegrityRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(new ManifestSignatureRule(), new ProgramChangedRule());
  }
}
