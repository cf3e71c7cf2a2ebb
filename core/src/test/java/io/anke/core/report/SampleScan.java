package io.anke.core.report;

import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.TestRules;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.Location;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.waiver.WaiverSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A scan result that exercises every report feature: all kinds of locations, waivers, hostile text.
 */
final class SampleScan {
  static final RuleDescriptor HASH =
      TestRules.descriptor("CRYPTO-WEAK-HASH", Severity.HIGH, "crypto", "sample");
  static final RuleDescriptor DB =
      TestRules.descriptor("BOM-NON-DOMESTIC-DB", Severity.MEDIUM, "bom", "sample");
  static final RuleDescriptor OS = TestRules.descriptor("HOST-OS", Severity.LOW, "host", "sample");

  static final String WAIVERS =
      """
      waivers:
        - rule: BOM-NON-DOMESTIC-DB
          subject: "pkg:maven/org.postgresql/*"
          reason: migration-planned
          justification: moving to 达梦 DM8 in Q3 <b>soon</b>
          approvedBy: 王芳
          expires: 2030-06-30
        - rule: HOST-*
          subject: nothing
          reason: not-applicable
          justification: containers only
          approvedBy: Li
          expires: 2020-01-01
      """;

  private SampleScan() {}

  static ScanResult result() {
    var hash =
        TestRules.rule(
            HASH,
            (ctx, sink) -> {
              sink.report(
                  sink.finding()
                      .subject(Subject.of(Subject.CLASS, "com.acme.Hashes"))
                      .location(
                          Location.inClass(
                              "target/app.jar!/BOOT-INF/lib/acme-util-1.2.jar!/com/acme/Hashes.class",
                              "com.acme.Hashes",
                              "digest"))
                      .message(
                          Text.of(
                              "使用 MD5 <script>alert('x')</script>",
                              "uses MD5 <script>alert('x')</script>"))
                      .property("algorithm", "MD5")
                      .key("MD5")
                      .build());
              sink.report(
                  sink.finding()
                      .severity(Severity.CRITICAL)
                      .subject(Subject.of(Subject.CLASS, "com.acme.Legacy"))
                      .location(Location.of("src/main/java/com/acme/Legacy.java", 42))
                      .message(Text.of("使用 DES", "uses DES\u001b[2J"))
                      .property("algorithm", "DES")
                      .build());
            });
    var db =
        TestRules.rule(
            DB,
            (ctx, sink) -> {
              for (String purl :
                  List.of(
                      "pkg:maven/com.mysql/mysql-connector-j@8.4.0",
                      "pkg:maven/org.postgresql/postgresql@42.7.3")) {
                sink.report(
                    sink.finding()
                        .subject(
                            new Subject(
                                Subject.COMPONENT,
                                purl,
                                List.of("com.example:app:1.0", purl.substring(10))))
                        .location(Location.of("sbom/bom 1.cdx.json", 17))
                        .message(Text.of("非国产数据库驱动", "non-domestic database driver"))
                        .build());
              }
            });
    var os =
        TestRules.rule(
            OS,
            (ctx, sink) ->
                sink.report(
                    sink.finding()
                        .subject(Subject.of(Subject.HOST, "os"))
                        .location(Location.of("/etc/os-release", 2))
                        .message(
                            Text.of("操作系统 Ubuntu 不在名录中", "operating system Ubuntu is not listed"))
                        .build()));
    var nowhere =
        TestRules.rule(
            TestRules.descriptor("CONFIG-NOWHERE", Severity.INFO, "config", "sample"),
            (ctx, sink) ->
                sink.report(
                    sink.finding()
                        .subject(Subject.of(Subject.CONFIG, "anke.yaml"))
                        .message(Text.same("no location at all"))
                        .build()));
    ProfileRegistry profiles =
        ProfileRegistry.empty()
            .withDocument("sample.yaml", "id: sample\ntitle: {zh: 示例方案, en: Sample profile}\n");
    ScanContext ctx =
        ScanContext.builder()
            .workingDirectory(Path.of("/work/project"))
            .bom(new BillOfMaterials("sbom/bom 1.cdx.json", List.of()))
            .build();
    return Engine.builder()
        .addRules(List.of(hash, db, os, nowhere))
        .profile(profiles.get("sample"))
        .waivers(WaiverSet.parse("waivers.yaml", WAIVERS))
        .clock(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC))
        .build()
        .run(ctx);
  }
}
