package io.anke.core.guard;

import io.anke.core.Severity;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.util.List;

/**
 * Rules for the guard's tests: one judges the probed host, one reports many findings, one stands
 * for the rules that judge the live process (category {@code runtime}) and reports nothing.
 */
public final class GuardTestRules implements RuleProvider {
  @Override
  public List<Rule> rules() {
    var host = TestRules.descriptor("TEST-GUARD-HOST", Severity.HIGH, "host");
    var many = TestRules.descriptor("TEST-GUARD-MANY", Severity.HIGH, "bom");
    var runtime = TestRules.descriptor("TEST-GUARD-RUNTIME", Severity.HIGH, "runtime");
    return List.of(
        TestRules.rule(runtime, (ctx, sink) -> {}),
        TestRules.rule(
            host,
            (ctx, sink) ->
                ctx.host()
                    .ifPresent(
                        h ->
                            sink.report(
                                Finding.builder(host)
                                    .subject(Subject.of(Subject.HOST, "os"))
                                    .message(Text.of("主机受检", "the host was probed"))
                                    .build()))),
        TestRules.rule(
            many,
            (ctx, sink) -> {
              for (int i = 1; i <= 12; i++) {
                sink.report(TestRules.finding(many, String.format("m%02d", i)));
              }
            }));
  }
}
