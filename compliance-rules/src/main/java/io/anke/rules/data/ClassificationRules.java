package io.anke.rules.data;

import io.anke.core.Severity;
import io.anke.core.classification.ClassificationCheck;
import io.anke.core.classification.ClassificationCheck.Kind;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.data.ClassificationDeclaration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's declared classifications ({@link ClassificationDeclaration}, read from class
 * files), judged by {@link ClassificationCheck}, the judge {@code Classification.of} asks at run
 * time: what it would refuse at the type's first use is reported before, by the build, the delivery
 * scan and the start-up guard. Fields that must be stored encrypted and are not go to {@code
 * DATA-CLASSIFIED-NOT-ENCRYPTED}, the other contradictions to {@code DATA-CLASSIFICATION-INVALID}.
 */
final class ClassificationRules {
  private ClassificationRules() {}

  /** DATA-CLASSIFIED-NOT-ENCRYPTED. */
  static final class NotEncrypted extends PackRule {
    NotEncrypted() {
      super(
          DataRules.TEXT,
          "DATA-CLASSIFIED-NOT-ENCRYPTED",
          "data",
          Severity.HIGH,
          List.of("GB/T 22239-2019 8.1.4.8(b)", "GB/T 35273-2020 6.3(a)"),
          List.of(ProfileId.CRYPTO_L3, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    public Set<FactKey<?>> requires() {
      return Set.of(ClassificationDeclaration.KEY);
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (ClassificationDeclaration d : context.facts(ClassificationDeclaration.KEY)) {
        for (ClassificationCheck.Problem p : problems(d)) {
          if (p.kind() == Kind.NOT_ENCRYPTED) {
            sink.report(finding(sink, d, p).build());
          }
        }
        if (d.unreadSuperclass() != null) {
          // What Classification.of would see in that superclass is unknown: said, not passed.
          sink.report(
              at(sink, d)
                  .severity(Severity.LOW)
                  .message(
                      DataRules.TEXT.text(
                          id() + ".unreadSuperclass", d.className(), d.unreadSuperclass()))
                  .property("superclass", d.unreadSuperclass())
                  .property("problem", "unread-superclass")
                  .key("superclass")
                  .build());
        }
      }
    }
  }

  /** DATA-CLASSIFICATION-INVALID. */
  static final class Invalid extends PackRule {
    Invalid() {
      super(
          DataRules.TEXT,
          "DATA-CLASSIFICATION-INVALID",
          "data",
          Severity.MEDIUM,
          List.of("DSL (数据安全法) Art. 21", "PIPL (个人信息保护法) Art. 51"),
          List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    public Set<FactKey<?>> requires() {
      return Set.of(ClassificationDeclaration.KEY);
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (ClassificationDeclaration d : context.facts(ClassificationDeclaration.KEY)) {
        for (ClassificationCheck.Problem p : problems(d)) {
          if (p.kind() != Kind.NOT_ENCRYPTED) {
            sink.report(finding(sink, d, p).build());
          }
        }
        for (ClassificationDeclaration.DeclaredField f : d.fields()) {
          if (!f.unknownClasses().isEmpty()) {
            String names = String.join(", ", f.unknownClasses());
            sink.report(
                at(sink, d)
                    .message(
                        DataRules.TEXT.text(
                            id() + ".unknownClass", d.className(), f.field().name(), names))
                    .property("field", f.field().name())
                    .property("declaredIn", declaredIn(d, f.declaringClass()))
                    .property("problem", "unknown-class")
                    .key(f.field().name() + "#unknown")
                    .build());
          }
        }
      }
    }
  }

  private static List<ClassificationCheck.Problem> problems(ClassificationDeclaration d) {
    return ClassificationCheck.problems(d.className(), d.resource(), d.classified());
  }

  private static Finding.Builder at(FindingSink sink, ClassificationDeclaration d) {
    return sink.finding()
        .subject(Subject.of(Subject.CLASS, d.className()))
        .location(new Location(d.path(), 0, d.className(), null));
  }

  /** The finding of one problem: the judge's message, the field and what it declares. */
  private static Finding.Builder finding(
      FindingSink sink, ClassificationDeclaration d, ClassificationCheck.Problem p) {
    Finding.Builder b =
        at(sink, d)
            .message(p.message())
            .property("problem", p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (d.resource() != null) {
      b.property("level", Integer.toString(d.resource().level()));
    }
    if (p.field() == null) {
      return b.key(p.kind().name());
    }
    for (ClassificationDeclaration.DeclaredField f : d.fields()) {
      if (f.field().name().equals(p.field())) {
        b.property("declaredIn", declaredIn(d, f.declaringClass()))
            .property(
                "classes",
                f.field().classes().stream().map(c -> c.id()).collect(Collectors.joining(",")))
            .property("encrypted", Boolean.toString(f.field().encrypted()));
      }
    }
    return b.property("field", p.field()).key(p.field() + "#" + p.kind().name());
  }

  /** The declaring class when it is a superclass (an inherited field), else null. */
  private static String declaredIn(ClassificationDeclaration d, String declaringClass) {
    return declaringClass.equals(d.className()) ? null : declaringClass;
  }
}
