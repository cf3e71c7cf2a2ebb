package io.anke.rules;

import static io.anke.rules.packs.PackScans.classFile;
import static io.anke.rules.packs.PackScans.classifiedClassFile;
import static io.anke.rules.packs.PackScans.classpathJar;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Rule;
import io.anke.rules.packs.PackScans.FatJar;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.config.ConfigFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan reads only what the selected rules {@linkplain Rule#requires() require}, so a rule that
 * reads a kind of fact from the scan without declaring it would be judged on a scan without it and
 * pass where it should not (or report what is not there). Each bundled rule is run alone, on a scan
 * that reads what it declares, over an application that gives every kind of fact; its findings must
 * be those of a scan that reads everything.
 */
class RequiredFactsTest {
  @TempDir Path dir;

  /**
   * Cryptography in its own code and in a library, personal data and declared classifications,
   * configuration that several rules read (a domestic database URL among it), a logging file.
   */
  private Path application() throws Exception {
    String crypto = "io/anke/scan/bytecode/fixtures/JcaUsages.class";
    byte[] cryptoClass;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(crypto)) {
      cryptoClass = in.readAllBytes();
    }
    return new FatJar("every-fact-app")
        .file("BOOT-INF/classes/" + crypto, cryptoClass)
        .file(
            "BOOT-INF/classes/com/example/Citizen.class",
            classFile("com/example/Citizen", "Ljakarta/persistence/Entity;", "idCard", "mobile"))
        .file(
            "BOOT-INF/classes/com/example/CitizenVO.class",
            classFile("com/example/CitizenVO", null, "idCard", "mobile"))
        .file(
            "BOOT-INF/classes/com/example/Archive.class",
            classifiedClassFile("com/example/Archive", "records", "census", "IMPORTANT"))
        .file(
            "BOOT-INF/classes/application.yml",
            """
            spring:
              datasource:
                url: jdbc:dm://dm8.internal:5236/APP
                password: Secret-2026!
              mvc:
                log-request-details: true
            server:
              ssl:
                enabled: false
                protocol: TLSv1
              servlet:
                session:
                  timeout: 8h
            management:
              endpoints:
                web:
                  exposure:
                    include: "*"
            storage:
              archive: https://gov-archive.s3.us-west-2.amazonaws.com/backups
            """)
        .file(
            "BOOT-INF/classes/logback.xml",
            """
            <configuration>
              <logger name="org.hibernate.orm.jdbc.bind" level="TRACE"/>
              <appender name="F" class="ch.qos.logback.core.rolling.RollingFileAppender">
                <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">
                  <maxHistory>7</maxHistory>
                </rollingPolicy>
              </appender>
            </configuration>
            """)
        .lib(classpathJar("commons-codec-"))
        .write(dir);
  }

  private ScanResult scan(Path app, String profile) throws Exception {
    ScanSettings s =
        ScanSettings.builder()
            .workingDirectory(dir)
            .profile(profile)
            .reportFormats(List.of())
            .bytecodeThreads(1)
            .build();
    return s.run(
        ScanInputs.builder()
            .applicationWithBom(
                app, "every-fact-app.jar", false, bom -> BomEnricher.enrich(bom, s.catalog()))
            .build());
  }

  private String profile(String id, String include) throws Exception {
    Files.writeString(
        dir.resolve(id + ".yaml"),
        "id: " + id + "\ntitle: {zh: 测试方案, en: Test profile}\ninclude: " + include + "\n");
    return id + ".yaml";
  }

  private static List<Finding> of(ScanResult r, String ruleId) {
    return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void everyRuleAloneJudgesWhatItReadsAsAScanOfEverything() throws Exception {
    Path app = application();
    ScanResult everything =
        scan(
            app,
            profile("every-rule", "{categories: [bom, hw, host, crypto, data, config, runtime]}"));
    assertThat(everything.context().facts(BytecodeScanResult.class)).isNotEmpty();
    assertThat(everything.context().facts(ConfigFile.class)).hasSizeGreaterThan(1);

    List<String> judged = new ArrayList<>();
    int withoutCode = 0;
    for (Rule rule : RuleRegistry.discover().rules()) {
      String id = rule.descriptor().id();
      ScanResult alone = scan(app, profile("one-rule", "{rules: [" + id + "]}"));
      assertThat(of(alone, id)).as(id).isEqualTo(of(everything, id));
      assertThat(alone.findings()).as(id).noneMatch(f -> f.ruleId().startsWith("ANKE-"));
      if (!of(everything, id).isEmpty()) {
        judged.add(id);
      }
      if (alone.context().facts(BytecodeScanResult.class).isEmpty()) {
        withoutCode++;
      }
    }
    // The fixture gives the rules something to find, and most scans were lean.
    assertThat(judged)
        .contains(
            "BOM-NO-SM-CRYPTO-PROVIDER",
            "CRYPTO-WEAK-HASH",
            "CONFIG-PLAINTEXT-PASSWORD",
            "CONFIG-LOG-RETENTION-SHORT",
            "DATA-PI-PLAINTEXT-STORAGE",
            "DATA-PI-UNMASKED",
            "DATA-CLASSIFIED-NOT-ENCRYPTED",
            "DATA-CROSS-BORDER-STORAGE");
    assertThat(withoutCode).isGreaterThan(20);
    // What the configuration shows matters to a BOM- rule: the DM URL means a domestic database.
    assertThat(of(everything, "BOM-DOMESTIC-DB-DRIVER-MISSING")).isEmpty();
  }
}
