package io.anke.core.engine;

import io.anke.core.Severity;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.util.List;
import java.util.function.BiConsumer;

/** Small rules for engine, profile and report tests. */
public final class TestRules {
  private TestRules() {}

  /** Builds a descriptor with the usual test texts. */
  public static RuleDescriptor descriptor(
      String id, Severity severity, String category, String... profiles) {
    return RuleDescriptor.builder(id)
        .title(Text.of(id + " 标题", id + " title"))
        .description(Text.of(id + " 说明", id + " rationale"))
        .remediation(Text.of(id + " 修复", id + " fix"))
        .severity(severity)
        .standards("GB/T 39786-2021 8.5(b)")
        .profiles(profiles)
        .category(category)
        .build();
  }

  /** A rule that runs the given body. */
  public static Rule rule(RuleDescriptor d, BiConsumer<ScanContext, FindingSink> body) {
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void evaluate(ScanContext context, FindingSink sink) {
        body.accept(context, sink);
      }
    };
  }

  /** A rule that reports one finding per given subject id. */
  public static Rule reporting(RuleDescriptor d, String... subjectIds) {
    return rule(
        d,
        (ctx, sink) -> {
          for (String s : subjectIds) {
            sink.report(finding(d, s));
          }
        });
  }

  /** A finding of {@code d} on a component subject, located in bom.json. */
  public static Finding finding(RuleDescriptor d, String subjectId) {
    return Finding.builder(d)
        .subject(Subject.of(Subject.COMPONENT, subjectId))
        .location(Location.of("bom.json", 3))
        .message(Text.of(subjectId + " 有问题", subjectId + " is a problem"))
        .build();
  }

  /** Rules for selection tests: one per category and membership. */
  public static List<Rule> sample() {
    return List.of(
        reporting(descriptor("CRYPTO-WEAK-HASH", Severity.HIGH, "crypto", "crypto-l2"), "a"),
        reporting(descriptor("CRYPTO-ECB", Severity.MEDIUM, "crypto", "crypto-l3"), "b"),
        reporting(descriptor("BOM-NON-DOMESTIC-DB", Severity.HIGH, "bom", "xinchuang"), "c"),
        reporting(descriptor("HOST-OS", Severity.LOW, "host"), "d"));
  }
}
