package io.anke.rules.data;

import io.anke.core.Severity;
import io.anke.core.classification.DataClass;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.data.ClassWithPersonalData;
import io.anke.scan.data.DataField;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Personal-information fields of the application's classes: sensitive fields of stored entities
 * without field encryption, and personal-information fields of API view objects without masking.
 */
final class PersonalFieldRules {
  private PersonalFieldRules() {}

  static String simpleName(String descriptor) {
    String d = descriptor.split("#", 2)[0];
    int slash = d.lastIndexOf('/');
    String s = d.substring(slash + 1);
    return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
  }

  /** What the field holds: the class it declares, else what its name says. */
  static Text whatItHolds(DataField f) {
    DataClass declared = f.declaredClass();
    if (declared != null) {
      return Text.of(declared.zh(), declared.en());
    }
    return DataRules.TEXT.text("kind." + f.kind().name());
  }

  /** Reports the field {@code f} of class {@code c} under the rule's {@code <id>.message}. */
  private static void report(String rule, FindingSink sink, ClassWithPersonalData c, DataField f) {
    Text what = whatItHolds(f);
    DataClass declared = f.declaredClass();
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.CLASS, c.className()))
            .location(new Location(c.path(), 0, c.className(), null))
            .message(
                DataRules.TEXT.text(
                    rule + ".message", c.className(), f.name(), what.zh(), what.en()))
            .property("field", f.name())
            .property("personalInfo", declared != null ? declared.id() : f.kind().name())
            .key(f.name())
            .build());
  }

  /** True when a field annotation encrypts the column (JPA converter, Hibernate, type handler…). */
  static boolean encrypted(DataField f) {
    for (String a : f.annotations()) {
      if (a.equals("Ljakarta/persistence/Convert;")
          || a.equals("Ljavax/persistence/Convert;")
          || a.equals("Lorg/hibernate/annotations/ColumnTransformer;")
          || a.equals("Lcom/baomidou/mybatisplus/annotation/TableField;#typeHandler")) {
        return true;
      }
      String simple = simpleName(a).toLowerCase(Locale.ROOT);
      if (simple.contains("encrypt") || simple.contains("crypt") || simple.contains("cipher")) {
        return true;
      }
    }
    return false;
  }

  /** True when the field is not stored ({@code @Transient}, MyBatis-Plus {@code exist=false}). */
  static boolean transientField(DataField f) {
    return f.annotations().contains("Ljakarta/persistence/Transient;")
        || f.annotations().contains("Ljavax/persistence/Transient;")
        || f.annotations().contains("Lcom/baomidou/mybatisplus/annotation/TableField;#exist=false");
  }

  static final String ANKE_MASKED = "Lio/anke/core/masking/Masked;";

  /** True when a field annotation masks the value when it is serialised or displayed. */
  static boolean masked(DataField f) {
    if (f.annotations().contains(ANKE_MASKED)) {
      // Anke's own annotation masks unless its strategy says to show the value as it is.
      return !f.annotations().contains(ANKE_MASKED + "#value=NONE");
    }
    for (String a : f.annotations()) {
      if (a.equals("Lcom/fasterxml/jackson/databind/annotation/JsonSerialize;#using")) {
        return true; // a custom serializer: the usual way to plug in masking
      }
      String simple = simpleName(a).toLowerCase(Locale.ROOT);
      if (simple.contains("sensitive") || simple.contains("desensiti") || simple.contains("mask")) {
        return true;
      }
    }
    return false;
  }

  /** True for a class that is serialised to callers: JSON or API annotations, or a view name. */
  static boolean isView(ClassWithPersonalData c) {
    if (c.isEntity()) {
      return false;
    }
    for (String a : c.annotations()) {
      if (isApiAnnotation(a)) {
        return true;
      }
    }
    for (DataField f : c.fields()) {
      for (String a : f.annotations()) {
        if (isApiAnnotation(a)) {
          return true;
        }
      }
    }
    String n = c.simpleName();
    return n.endsWith("VO")
        || n.endsWith("Vo")
        || n.endsWith("DTO")
        || n.endsWith("Dto")
        || n.endsWith("Response")
        || n.endsWith("Resp")
        || n.endsWith("View");
  }

  private static boolean isApiAnnotation(String descriptor) {
    return descriptor.startsWith("Lcom/fasterxml/jackson/annotation/")
        || descriptor.startsWith("Lcom/alibaba/fastjson")
        || descriptor.startsWith("Lio/swagger/");
  }

  /** DATA-PI-PLAINTEXT-STORAGE. */
  static final class PlaintextStorage extends PackRule {
    PlaintextStorage() {
      super(
          DataRules.TEXT,
          "DATA-PI-PLAINTEXT-STORAGE",
          "data",
          Severity.MEDIUM,
          List.of(
              "GB/T 35273-2020 6.3(a)",
              "GB/T 39786-2021 8.4(e)",
              "GB/T 22239-2019 8.1.4.8",
              "PIPL (个人信息保护法) Art. 51"),
          List.of(ProfileId.CRYPTO_L3, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    public Set<FactKey<?>> requires() {
      return Set.of(ClassWithPersonalData.KEY);
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (ClassWithPersonalData c : context.facts(ClassWithPersonalData.KEY)) {
        if (!c.isEntity()) {
          continue;
        }
        for (DataField f : c.fields()) {
          // A field that declares its classes is judged by ClassificationRules at its resource's
          // protection level, the judgement Classification.of makes at run time.
          if (f.declared() != null
              || !f.isSensitive()
              || !f.isString()
              || encrypted(f)
              || transientField(f)) {
            continue;
          }
          report(id(), sink, c, f);
        }
      }
    }
  }

  /** DATA-PI-UNMASKED. */
  static final class UnmaskedDisplay extends PackRule {
    UnmaskedDisplay() {
      super(
          DataRules.TEXT,
          "DATA-PI-UNMASKED",
          "data",
          Severity.LOW,
          List.of("GB/T 35273-2020 7.2", "GB/T 22239-2019 8.1.4.11"),
          List.of(ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    public Set<FactKey<?>> requires() {
      return Set.of(ClassWithPersonalData.KEY);
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (ClassWithPersonalData c : context.facts(ClassWithPersonalData.KEY)) {
        if (!isView(c)) {
          continue;
        }
        for (DataField f : c.fields()) {
          if (!f.isString() || masked(f)) {
            continue;
          }
          report(id(), sink, c, f);
        }
      }
    }
  }
}
