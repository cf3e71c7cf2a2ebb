package io.anke.rules.crypto;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.ScanProblem;
import java.util.Set;

/**
 * {@code CRYPTO-SCAN-INCOMPLETE}: a class file or method the bytecode scanner could not analyse, so
 * that a gap in the evidence is visible rather than silent.
 */
final class IncompleteScanRule extends CryptoRule {
  static final String ID = "CRYPTO-SCAN-INCOMPLETE";

  IncompleteScanRule() {
    super(ID, Severity.LOW, HIGH_RISK_PROFILES, "GB/T 39786-2021 5(a)");
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(BytecodeScanResult.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (BytecodeScanResult scan : context.facts(BytecodeScanResult.KEY)) {
      for (ScanProblem problem : scan.problems()) {
        sink.report(
            sink.finding()
                .subject(Subject.of(Subject.FILE, problem.path()))
                .location(Location.of(problem.path()))
                .message(CryptoRules.TEXT.text(ID + ".message", problem.path(), problem.message()))
                .key(problem.message().en())
                .build());
      }
    }
  }
}
