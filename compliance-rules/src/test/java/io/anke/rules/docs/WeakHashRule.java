package io.anke.rules.docs;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.TextBundle;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import java.util.Set;

/**
 * The rule of docs/compliance-engine.md ("Writing a rule"): a team's own rule, registered through
 * {@link WeakHashRuleProvider} and run by {@link ComplianceEngineDocExamplesTest}.
 */
public final class WeakHashRule implements Rule {
  private static final TextBundle TEXT =
      TextBundle.of("com.acme.rules.Messages", WeakHashRule.class.getClassLoader());
  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.builder("ACME-WEAK-HASH")
          .title(TEXT.text("weakHash.title"))
          .description(TEXT.text("weakHash.description"))
          .remediation(TEXT.text("weakHash.remediation"))
          .severity(Severity.HIGH)
          .standards("GB/T 39786-2021 8.4(f)")
          .profiles("crypto-l2", "crypto-l3")
          .category("crypto")
          .build();

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(CryptoUsage.KEY); // not run, but reported, when the scan forgot them
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (CryptoUsage u : context.facts(CryptoUsage.KEY)) {
      if ("MD5".equals(u.algorithm())) { // null for a key whose algorithm is not known
        CodeLocation at = u.location();
        sink.report(
            sink.finding() // pre-filled from the descriptor
                .subject(Subject.of(Subject.CLASS, at.className()))
                .location(Location.inClass(at.path(), at.className(), at.method()))
                .message(TEXT.text("weakHash.message", "MD5", at.display()))
                .property("algorithm", "MD5")
                .key("MD5") // tells apart findings at one place
                .build());
      }
    }
  }
}
