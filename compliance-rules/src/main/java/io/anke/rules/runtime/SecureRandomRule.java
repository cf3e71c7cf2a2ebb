package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Subject;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.core.runtime.RuntimeSecurityFacts.SecureRandomFacts;

/**
 * RUNTIME-SECURE-RANDOM-WEAK: the default {@code SecureRandom} is {@code SHA1PRNG} (a SHA-1 based
 * generator that becomes fully predictable when a caller seeds it before first use, not an approved
 * DRBG), or it draws from a blocking source ({@code /dev/random}, {@code NativePRNGBlocking}) that
 * can stall start-up and every key generation on a host short of entropy.
 */
final class SecureRandomRule extends RuntimeRule {
  SecureRandomRule() {
    super("RUNTIME-SECURE-RANDOM-WEAK", Severity.MEDIUM, Clauses.RANDOM, Clauses.ASSESSED);
  }

  @Override
  void judge(RuntimeSecurityFacts facts, FindingSink sink) {
    SecureRandomFacts r = facts.secureRandom();
    if ("SHA1PRNG".equalsIgnoreCase(r.algorithm())) {
      report(sink, r, "sha1prng");
    }
    if (r.blocking()) {
      report(sink, r, "blocking");
    }
  }

  private void report(FindingSink sink, SecureRandomFacts r, String reason) {
    String source = r.seedSource() == null ? "-" : r.seedSource();
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.HOST, "jvm:securerandom"))
            .message(RuntimeRules.TEXT.text(id() + ".message." + reason, r.algorithm(), source))
            .property("algorithm", r.algorithm())
            .property("seedSource", r.seedSource())
            .property("reason", reason)
            .key(reason)
            .build());
  }
}
