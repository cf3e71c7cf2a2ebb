package io.anke.rules.data;

import static io.anke.rules.packs.PackScans.of;
import static io.anke.rules.packs.PackScans.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.Severity;
import io.anke.core.classification.Classification;
import io.anke.core.classification.ClassificationException;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.PackScans.FatJar;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.data.DataFieldCollector;
import java.io.File;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DATA-CLASSIFIED-NOT-ENCRYPTED and DATA-CLASSIFICATION-INVALID on classes compiled by javac
 * against the real annotations of {@code anke-core}, scanned the way {@code anke scan} scans a
 * class directory and a fat jar ({@link ScanSettings}); and the same classes loaded and asked
 * {@link Classification#of}, which must refuse exactly the classes the rules report, with the same
 * text.
 */
class ClassificationRulesTest {
  @TempDir static Path dir;

  static Path classes;
  static Path vendorClasses;

  /** The application's sources: sound declarations and every kind of contradiction. */
  static final Map<String, String> APPLICATION = new LinkedHashMap<>();

  static {
    APPLICATION.put(
        "gov.example.Resident",
        """
        package gov.example;
        import static io.anke.core.classification.DataClass.*;
        import io.anke.core.classification.*;
        @DataResource(owner = "public-security")
        public record Resident(
            @Classified(SENSITIVE_PERSONAL) String idNumber,
            @Classified(value = SENSITIVE_PERSONAL, encrypted = true) String bankCard,
            @Classified(PERSONAL) String name,
            @Classified(GENERAL) String mobile,
            String divisionCode) {
          static String ignored;
        }
        """);
    APPLICATION.put(
        "gov.example.LegalEntity",
        """
        package gov.example;
        import io.anke.core.classification.*;
        @DataResource(name = "legal-entity", owner = "market-regulation", level = 2)
        public class LegalEntity {
          @Classified(DataClass.IMPORTANT) String creditCode;
        }
        """);
    APPLICATION.put(
        "gov.example.Broken",
        """
        package gov.example;
        import static io.anke.core.classification.DataClass.*;
        import io.anke.core.classification.*;
        @DataResource(owner = " ", level = 5)
        public record Broken(@Classified({IMPORTANT, CORE}) String x) {}
        """);
    APPLICATION.put(
        "gov.example.Orphan",
        """
        package gov.example;
        import io.anke.core.classification.*;
        public class Orphan {
          @Classified(DataClass.PERSONAL) String name;
        }
        """);
    APPLICATION.put(
        "gov.example.PlanBase",
        """
        package gov.example;
        import io.anke.core.classification.*;
        public abstract class PlanBase {
          @Classified(DataClass.IMPORTANT) String plan;
        }
        """);
    APPLICATION.put(
        "gov.example.Plan",
        """
        package gov.example;
        import io.anke.core.classification.*;
        @DataResource(owner = "development-reform", level = 4)
        public class Plan extends PlanBase {
          @Classified(value = DataClass.CORE, encrypted = true) String budget;
        }
        """);
    APPLICATION.put(
        "gov.example.CitizenVO",
        """
        package gov.example;
        import static io.anke.core.classification.DataClass.*;
        import io.anke.core.classification.*;
        @DataResource(owner = "civil-affairs", level = 2)
        public class CitizenVO {
          @Classified(SENSITIVE_PERSONAL) String remark;
          @Classified(GENERAL) String mobile;
        }
        """);
    APPLICATION.put(
        "gov.example.CitizenEntity",
        """
        package gov.example;
        import static io.anke.core.classification.DataClass.*;
        import io.anke.core.classification.*;
        @jakarta.persistence.Entity
        @DataResource(owner = "civil-affairs", level = 2)
        public class CitizenEntity {
          @Classified(SENSITIVE_PERSONAL) String idCard;
          String passportNo;
        }
        """);
    APPLICATION.put(
        "gov.example.Account",
        """
        package gov.example;
        import io.anke.core.classification.*;
        @DataResource(owner = "finance")
        public class Account extends com.vendor.orm.BaseEntity {
          @Classified(value = DataClass.SENSITIVE_PERSONAL, encrypted = true) String bankCard;
        }
        """);
  }

  static {
    // A resource whose superclass declares nothing and extends a library class.
    APPLICATION.put(
        "gov.example.Middle",
        """
        package gov.example;
        public abstract class Middle extends com.vendor.orm.BaseEntity {
          String createdBy;
        }
        """);
    APPLICATION.put(
        "gov.example.Ledger",
        """
        package gov.example;
        import io.anke.core.classification.*;
        @DataResource(owner = "finance", level = 2)
        public class Ledger extends Middle {
          @Classified(DataClass.IMPORTANT) String entries;
        }
        """);
  }

  @BeforeAll
  static void compile() throws Exception {
    // A library's base class (bundled in BOOT-INF/lib of the fat jar, absent from the class
    // directory) and JPA's @Entity, as the application's build would find them.
    vendorClasses =
        javac(
            dir.resolve("vendor"),
            Map.of(
                "com.vendor.orm.BaseEntity",
                "package com.vendor.orm;\npublic abstract class BaseEntity { protected Long id; }\n",
                "jakarta.persistence.Entity",
                "package jakarta.persistence;\n"
                    + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                    + "public @interface Entity {}\n"),
            List.of());
    classes = javac(dir.resolve("app"), APPLICATION, List.of(vendorClasses));
  }

  /** Compiles {@code sources} (binary name to text) into {@code out}/classes. */
  static Path javac(Path out, Map<String, String> sources, List<Path> extraClassPath)
      throws Exception {
    List<String> args = new ArrayList<>();
    List<String> classPath = new ArrayList<>(List.of(System.getProperty("java.class.path")));
    extraClassPath.forEach(p -> classPath.add(p.toString()));
    Path target = Files.createDirectories(out.resolve("classes"));
    args.addAll(
        List.of(
            "-proc:none",
            "-d",
            target.toString(),
            "-cp",
            String.join(File.pathSeparator, classPath)));
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = out.resolve("src/" + s.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue());
      args.add(file.toString());
    }
    int rc =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, args.toArray(String[]::new));
    assertThat(rc).as("javac").isZero();
    return target;
  }

  /** {@code anke scan target}: its components, its bytecode, its facts, the rules. */
  static ScanResult scan(Path target, String profile) throws Exception {
    ScanSettings settings = ScanSettings.builder().workingDirectory(dir).profile(profile).build();
    String name = dir.relativize(target).toString();
    return settings.run(
        ScanInputs.builder()
            .bom(BomEnricher.enrich(BomReaders.read(target, name), settings.catalog()))
            .bytecode(target, name, false)
            .build());
  }

  /** The findings of a rule as "subject field problem". */
  static List<String> summary(ScanResult r, String rule) {
    return of(r, rule).stream()
        .map(
            f ->
                f.subject().id()
                    + " "
                    + f.properties().getOrDefault("field", "-")
                    + " "
                    + f.properties().get("problem"))
        .sorted()
        .toList();
  }

  @Test
  void aClassDirectoryIsJudgedAsClassificationOfWouldJudgeIt() throws Exception {
    ScanResult r = scan(classes, "gov-cloud-baseline");
    assertThat(summary(r, "DATA-CLASSIFIED-NOT-ENCRYPTED"))
        .containsExactly(
            "gov.example.Account - unread-superclass",
            "gov.example.Ledger - unread-superclass",
            "gov.example.Plan plan not-encrypted",
            "gov.example.Resident idNumber not-encrypted");
    assertThat(summary(r, "DATA-CLASSIFICATION-INVALID"))
        .containsExactly(
            "gov.example.Broken - blank-owner",
            "gov.example.Broken - level",
            "gov.example.Broken x two-grades",
            "gov.example.Orphan name no-resource");

    Finding resident = on(r, "DATA-CLASSIFIED-NOT-ENCRYPTED", "gov.example.Resident");
    assertThat(resident.severity()).isEqualTo(Severity.HIGH);
    assertThat(resident.standards())
        .containsExactly("GB/T 22239-2019 8.1.4.8(b)", "GB/T 35273-2020 6.3(a)");
    assertThat(resident.location().file()).isEqualTo("app/classes/gov/example/Resident.class");
    assertThat(resident.properties())
        .containsEntry("level", "3")
        .containsEntry("classes", "sensitive-personal")
        .containsEntry("encrypted", "false")
        .doesNotContainKey("declaredIn");
    assertThat(resident.message().en())
        .startsWith("gov.example.Resident.idNumber is sensitive-personal at protection level 3");
    assertThat(resident.message().zh()).contains("没有标注加密存储");

    Finding inherited = on(r, "DATA-CLASSIFIED-NOT-ENCRYPTED", "gov.example.Plan");
    assertThat(inherited.properties())
        .containsEntry("declaredIn", "gov.example.PlanBase")
        .containsEntry("level", "4");
    assertThat(inherited.message().en()).contains("gov.example.Plan.plan is important");

    // The base class of the directory is not read: what it may declare is said, not passed.
    Finding account = on(r, "DATA-CLASSIFIED-NOT-ENCRYPTED", "gov.example.Account");
    assertThat(account.severity()).isEqualTo(Severity.LOW);
    assertThat(account.properties()).containsEntry("superclass", "com.vendor.orm.BaseEntity");
    assertThat(account.message().en())
        .contains("extends com.vendor.orm.BaseEntity, which is not among the application's");
  }

  @Test
  void theRulesReportExactlyWhatClassificationOfRefusesWithTheSameText() throws Exception {
    ScanResult r = scan(classes, "gov-cloud-baseline");
    Map<String, List<String>> reported = new TreeMap<>();
    for (String rule : List.of("DATA-CLASSIFIED-NOT-ENCRYPTED", "DATA-CLASSIFICATION-INVALID")) {
      for (Finding f : of(r, rule)) {
        if (f.severity() != Severity.LOW) {
          reported
              .computeIfAbsent(f.subject().id(), k -> new ArrayList<>())
              .add(f.message().zh() + " | " + f.message().en());
        }
      }
    }
    Map<String, String> refused = new TreeMap<>();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL(), vendorClasses.toUri().toURL()},
            Classification.class.getClassLoader())) {
      for (String name : APPLICATION.keySet()) {
        Class<?> type = Class.forName(name, false, loader);
        if (!Classification.isResource(type) && !reported.containsKey(name)) {
          continue; // a plain class: nobody classifies it
        }
        try {
          Classification.of(type);
        } catch (ClassificationException e) {
          refused.put(name, e.getMessage());
        }
      }
    }
    assertThat(refused.keySet()).isEqualTo(reported.keySet());
    refused.forEach((type, message) -> assertThat(reported.get(type)).contains(message));
  }

  @Test
  void aDeclarationIsAuthoritativeOverTheNameOfAField() throws Exception {
    ScanResult r = scan(classes, "mlps-l3");
    // remark is declared sensitive, mobile declared general: the view reports remark only
    assertThat(of(r, "DATA-PI-UNMASKED"))
        .filteredOn(f -> f.subject().id().equals("gov.example.CitizenVO"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.properties())
                  .containsEntry("field", "remark")
                  .containsEntry("personalInfo", "sensitive-personal");
              assertThat(f.message().en())
                  .isEqualTo(
                      "gov.example.CitizenVO.remark (sensitive personal information) is returned"
                          + " without masking");
            });
    // A declared field of an entity is judged at its resource's level (2: no encryption
    // required), its undeclared neighbour by its name, as before.
    assertThat(of(r, "DATA-PI-PLAINTEXT-STORAGE"))
        .extracting(f -> f.subject().id() + "." + f.properties().get("field"))
        .containsExactly("gov.example.CitizenEntity.passportNo");
    // Resident.mobile is declared general: not personal information, whatever its name.
    assertThat(r.findings()).noneMatch(f -> "mobile".equals(f.properties().get("field")));
  }

  @Test
  void inAFatJarTheApplicationsClassesAreJudgedAndABundledBaseClassIsNamed() throws Exception {
    FatJar app = new FatJar("classified-app");
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        app.file("BOOT-INF/classes/" + classes.relativize(f), Files.readAllBytes(f));
      }
    }
    Path jar = app.lib(vendorJar()).write(dir);
    ScanResult r = scan(jar, "gov-cloud-baseline");
    assertThat(summary(r, "DATA-CLASSIFIED-NOT-ENCRYPTED"))
        .containsExactly(
            "gov.example.Account - unread-superclass",
            "gov.example.Ledger - unread-superclass",
            "gov.example.Plan plan not-encrypted",
            "gov.example.Resident idNumber not-encrypted");
    assertThat(of(r, "DATA-CLASSIFIED-NOT-ENCRYPTED").get(0).location().file())
        .startsWith("classified-app.jar!/BOOT-INF/classes/gov/example/");
    assertThat(summary(r, "DATA-CLASSIFICATION-INVALID")).hasSize(4);
    // the same facts through ApplicationFacts, which the CONFIG-/DATA- pack tests use
    ScanResult viaFacts = PackScans.run(PackScans.context(jar, dir), "gov-cloud-baseline");
    assertThat(summary(viaFacts, "DATA-CLASSIFIED-NOT-ENCRYPTED"))
        .isEqualTo(summary(r, "DATA-CLASSIFIED-NOT-ENCRYPTED"));
  }

  @Test
  void theGuardsCollectorReadsTheSameDeclarationsFromFewerClasses() throws Exception {
    DataFieldCollector full = new DataFieldCollector(true);
    DataFieldCollector guard = DataFieldCollector.declarationsOnly(e -> true);
    ArchiveWalker.withDefaults().walk(classes, "classes", full);
    ArchiveWalker.withDefaults().walk(classes, "classes", guard);
    // Middle mentions no classification: only its name and superclass are read, which is what
    // tells that Ledger's fields come from the application's classes up to a library class.
    assertThat(guard.declarations()).isEqualTo(full.declarations()).hasSize(9);
    assertThat(guard.declarations())
        .filteredOn(d -> d.className().equals("gov.example.Ledger"))
        .singleElement()
        .satisfies(d -> assertThat(d.unreadSuperclass()).isEqualTo("com.vendor.orm.BaseEntity"));
    assertThatThrownBy(guard::classes).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theRulesJoinTheProfilesOfTheOtherDataRules() throws Exception {
    ScanResult crypto = scan(classes, "crypto-l3");
    assertThat(of(crypto, "DATA-CLASSIFIED-NOT-ENCRYPTED")).isNotEmpty();
    assertThat(of(crypto, "DATA-CLASSIFICATION-INVALID")).isEmpty();
    ScanResult mlps = scan(classes, "mlps-l2");
    assertThat(of(mlps, "DATA-CLASSIFICATION-INVALID")).hasSize(4);
    assertThat(of(mlps, "DATA-CLASSIFIED-NOT-ENCRYPTED")).isEmpty();
  }

  @Test
  void aClassUnknownToThisVersionAndAnAbsentOwnerAreReportedNotPassed() throws Exception {
    // As a class compiled against a newer anke-core (or by another compiler) may read.
    byte[] future =
        PackScans.classifiedClassFile("gov/example/Future", null, "census", "SECRET", "IMPORTANT");
    Path jar =
        new FatJar("future-app")
            .file("BOOT-INF/classes/gov/example/Future.class", future)
            .write(dir);
    ScanResult r = PackScans.run(PackScans.context(jar, dir), "gov-cloud-baseline");
    assertThat(summary(r, "DATA-CLASSIFICATION-INVALID"))
        .containsExactly(
            "gov.example.Future - blank-owner", "gov.example.Future census unknown-class");
    assertThat(of(r, "DATA-CLASSIFICATION-INVALID"))
        .anySatisfy(f -> assertThat(f.message().en()).contains("census is classified as SECRET"));
    // the known class it names still counts: important data at the default level 3, unencrypted
    assertThat(summary(r, "DATA-CLASSIFIED-NOT-ENCRYPTED"))
        .containsExactly("gov.example.Future census not-encrypted");
  }

  private static Path vendorJar() throws Exception {
    Path jar = dir.resolve("vendor-orm.jar");
    try (OutputStream os = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      Path base = vendorClasses.resolve("com/vendor/orm/BaseEntity.class");
      zip.putNextEntry(new ZipEntry("com/vendor/orm/BaseEntity.class"));
      zip.write(Files.readAllBytes(base));
      zip.closeEntry();
    }
    return jar;
  }
}
