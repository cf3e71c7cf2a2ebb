package io.anke.core.rule;

import java.util.Set;

/**
 * What a scan says about kinds of facts beyond the facts themselves, so that none being attached is
 * not mistaken for a caller that forgot them: either they were looked for (none found means there
 * were none, such as an application without configuration files), or this kind of scan does not
 * gather them by design (a build scan reads no running JVM). Collectors attach it beside what they
 * found, so that attaching their result is enough; {@link ScanContext.Builder#gathered} and {@link
 * ScanContext.Builder#notGathered} attach one directly. See {@link Rule#requires()}.
 *
 * @param keys the kinds of fact this is about
 * @param gathered true when they were looked for, false when this scan does not gather them
 */
public record FactCoverage(Set<FactKey<?>> keys, boolean gathered) {

  /** Copies. */
  public FactCoverage {
    keys = Set.copyOf(keys);
  }

  /** These kinds were looked for; the ones found are attached beside. */
  public static FactCoverage gathered(FactKey<?>... keys) {
    return new FactCoverage(Set.of(keys), true);
  }

  /** This scan does not gather these kinds by design. */
  public static FactCoverage notGathered(FactKey<?>... keys) {
    return new FactCoverage(Set.of(keys), false);
  }
}
