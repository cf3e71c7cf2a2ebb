package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import java.util.ArrayList;
import java.util.List;

/**
 * RUNTIME-TLS-LEGACY-ENABLED: the default {@code SSLContext} enables a protocol below TLS 1.2 (SSL
 * 3.0, TLS 1.0, TLS 1.1), read by {@link Algorithms#protocol}, the project's one protocol reader.
 * When the context could not be created, that is reported instead of a silent pass.
 */
final class TlsLegacyRule extends RuntimeRule {
  TlsLegacyRule() {
    super("RUNTIME-TLS-LEGACY-ENABLED", Severity.HIGH, Clauses.TRANSPORT, Clauses.ASSESSED);
  }

  @Override
  void judge(RuntimeSecurityFacts facts, FindingSink sink) {
    Subject subject = Subject.of(Subject.HOST, "jvm:tls-protocols");
    if (facts.enabledTlsProtocols() == null) {
      sink.report(
          sink.finding()
              .severity(Severity.MEDIUM)
              .subject(subject)
              .message(
                  RuntimeRules.TEXT.text(
                      id() + ".message.unreadable", Text.listOf(facts.problems())))
              .key("unreadable")
              .build());
      return;
    }
    List<String> legacy = new ArrayList<>();
    for (String p : facts.enabledTlsProtocols()) {
      if (Algorithms.classify(Algorithms.protocol(p)) == Classification.HIGH_RISK) {
        legacy.add(p);
      }
    }
    if (legacy.isEmpty()) {
      return;
    }
    sink.report(
        sink.finding()
            .subject(subject)
            .message(
                RuntimeRules.TEXT.text(
                    id() + ".message",
                    String.join(", ", legacy),
                    String.join(", ", facts.enabledTlsProtocols())))
            .property("legacy", String.join(", ", legacy))
            .property("enabled", String.join(", ", facts.enabledTlsProtocols()))
            .build());
  }
}
