package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Subject;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.crypto.selftest.SelfTestResult;

/**
 * RUNTIME-SELF-TEST-FAILED: a known-answer test of the power-on self-test gave a wrong answer, so
 * the SM primitives of this JVM cannot be trusted and refuse to work. Critical; the message names
 * the failed tests (names only, never key material).
 */
final class SelfTestRule extends RuntimeRule {
  SelfTestRule() {
    super(
        "RUNTIME-SELF-TEST-FAILED",
        Severity.CRITICAL,
        Clauses.PRODUCT,
        Clauses.ASSESSED_AND_STRICT);
  }

  @Override
  void judge(RuntimeSecurityFacts facts, FindingSink sink) {
    SelfTestResult r = facts.selfTest();
    if (r.passed()) {
      return;
    }
    String failed = String.join(", ", r.failures());
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.HOST, "jvm:self-test"))
            .message(RuntimeRules.TEXT.text(id() + ".message", failed))
            .property("failures", failed)
            .build());
  }
}
