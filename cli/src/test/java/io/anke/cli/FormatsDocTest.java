package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditLog;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Standing;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.scan.bom.BomReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/formats.md that are not console sessions: the error messages (the doc shows
 * the lines of {@link #ERRORS} and {@link #UNKNOWN_CATEGORY}), the inventory and catalog files
 * (test resources the doc shows), and the audit verification report (a golden file the doc shows).
 */
@ExtendWith(EnglishLocale.class)
class FormatsDocTest {
  private static final String RESOURCES = "/io/anke/cli/formats/";

  /** What {@code anke scan} prints for each of the three inputs below, in this order. */
  private static final String ERRORS =
      """
      anke: hw.csv:12: inventory CSV: quantity (数量) 'x' is not a positive integer
      anke: bom.cdx.json:7: CycloneDX 1.5 JSON does not match its schema: /components/1/type: does not have a value in the enumeration ["application", "framework", "library", "container", "platform", "operating-system", "device", "device-driver", "firmware", "file", "machine-learning-model", "data"]
      anke: vendor.cdx.xml:2: CycloneDX XML: document type declarations (DOCTYPE) are not allowed; external entities are refused
      """;

  /** A category nobody judges; the line shown ends in " …": the real one goes on. */
  private static final String UNKNOWN_CATEGORY =
      """
      anke: hw.csv:7: inventory CSV: category (类别) 'telephony' is not a category the rules judge; write one of server (服务器), cpu (处理器), …
      """;

  @TempDir Path dir;

  @Test
  void eachInputErrorNamesFileLineAndFormatAndExitsThree() throws IOException {
    StringBuilder rows = new StringBuilder("类别,厂商,型号,数量\n");
    for (int line = 2; line <= 11; line++) {
      rows.append("服务器,华为,TaiShan 200 2280,1\n");
    }
    rows.append("服务器,华为,TaiShan 200 2280,x\n");
    Files.writeString(dir.resolve("hw.csv"), rows);
    Files.writeString(
        dir.resolve("bom.cdx.json"),
        """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.5",
          "version": 1,
          "components": [
            { "type": "library", "name": "dm-jdbc", "version": "8.1" },
            { "type": "jar", "name": "legacy", "version": "1.0" }
          ]
        }
        """);
    Files.writeString(
        dir.resolve("vendor.cdx.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE bom [<!ENTITY vendor SYSTEM "file:///etc/passwd">]>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components/></bom>
        """);

    List<String> printed = new ArrayList<>();
    for (String[] args :
        List.of(
            new String[] {"--inventory", "hw.csv"},
            new String[] {"--sbom", "bom.cdx.json"},
            new String[] {"--sbom", "vendor.cdx.xml"})) {
      Run r = MainTest.run("scan", args[0], dir.resolve(args[1]).toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(3);
      printed.add(relative(r.err()).strip());
    }
    assertThat(printed).containsExactlyElementsOf(ERRORS.lines().toList());
  }

  @Test
  void aCategoryNoRuleJudgesIsRefusedWithTheAcceptedIds() throws IOException {
    StringBuilder rows = new StringBuilder("类别,厂商,型号\n");
    for (int line = 2; line <= 6; line++) {
      rows.append("服务器,华为,TaiShan 200 2280\n");
    }
    rows.append("telephony,华为,eSpace 7950\n");
    Files.writeString(dir.resolve("hw.csv"), rows);

    Run r = MainTest.run("scan", "--inventory", dir.resolve("hw.csv").toString());
    assertThat(r.exit()).isEqualTo(3);
    String shown = UNKNOWN_CATEGORY.strip();
    assertThat(relative(r.err()).strip()).startsWith(shown.substring(0, shown.length() - 2));
  }

  @Test
  void theInventoryExamplesAreReadWithEveryRowAndExtraColumn() throws IOException {
    Path csv = copy("hw.csv");
    Path yaml = copy("hw.yaml");
    BillOfMaterials rows = BomReaders.read(csv, "hw.csv");
    assertThat(rows.components())
        .extracting(Component::name, Component::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TaiShan 200 2280", 12),
            org.assertj.core.groups.Tuple.tuple("TaiShan 200 2480", 2),
            org.assertj.core.groups.Tuple.tuple("C86 7285", 24),
            org.assertj.core.groups.Tuple.tuple("AF-1000-B1080", 2));
    Component first = rows.components().get(0);
    assertThat(first.category()).isEqualTo("server");
    assertThat(first.version()).isEqualTo("iBMC 3.03"); // the firmware column
    assertThat(first.properties()).containsEntry("anke:inventory:采购合同", "HT-2026-017");
    assertThat(BomReaders.read(yaml, "hw.yaml").components())
        .extracting(Component::name, Component::quantity, Component::category)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FusionServer 2288H V6", 8, "server"),
            org.assertj.core.groups.Tuple.tuple("CS5280F3", 2, "server"));

    // Both files together, judged: every vendor is identified as domestic.
    Run r =
        MainTest.run(
            "scan",
            "--inventory",
            csv.toString(),
            "--inventory",
            yaml.toString(),
            "--profile",
            "xinchuang-strict",
            "--format",
            "text");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("24 servers: 24 domestic (100%), 0 foreign, 0 unknown")
        .contains("24 processors: 24 domestic (100%), 0 foreign, 0 unknown")
        .contains("2 security devices: 2 domestic (100%), 0 foreign, 0 unknown");
  }

  @Test
  void theCatalogExampleExtendsTheBundledCatalogAndReplacesAnEntry() throws IOException {
    Catalog mine = Catalog.read(copy("my-catalog.yaml"));
    assertThat(mine.version()).isEqualTo("2026.11-local.1");
    assertThat(mine.entries())
        .extracting(CatalogEntry::id)
        .containsExactly("acme-db", "mysql-connector");
    Catalog bundled = Catalog.bundled();
    assertThat(bundled.entry("mysql-connector").orElseThrow().standing())
        .isEqualTo(Standing.WATCH_LIST);
    Catalog both = bundled.overlay(mine);
    assertThat(both.entry("mysql-connector").orElseThrow().standing()).isEqualTo(Standing.DOMESTIC);
    assertThat(both.entry("acme-db")).isPresent();
    assertThat(both.entries()).hasSize(bundled.entries().size() + 1);
  }

  // ---- The audit verification report ----

  /**
   * {@code anke audit verify changed/… --format json} on a log of 10 events (12 records) whose
   * third line was changed is the golden file the doc shows, except what differs from run to run:
   * the log id, the key id and the date in the file name (replaced by the golden file's own) and
   * the temporary directory the test works in.
   */
  @Test
  void theAuditVerificationReportIsTheGoldenFile() throws IOException {
    Files.writeString(dir.resolve("kek.hex"), "000102030405060708090a0b0c0d0e0f\n");
    KeysetHandle mac = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    try (OutputStream out = Files.newOutputStream(dir.resolve("audit.keyset"))) {
      mac.write(
          out,
          KeysetCommand.loadKek(
              Main.commandLine(java.util.Locale.ENGLISH).getCommandSpec(), dir.resolve("kek.hex")));
    }
    Sm2KeyPair signer = Sm2KeyPair.generate();
    Files.writeString(dir.resolve("checkpoint-pub.pem"), signer.publicKey().toSpkiPem());
    Path log = dir.resolve("changed");
    try (AuditLog audit =
        AuditLog.builder(log)
            .macKeys(mac)
            .checkpointKey(Sm2KeyHandle.of(signer.privateKey()))
            .open()) {
      for (int i = 1; i <= 10; i++) {
        audit.append(
            AuditEvent.builder("data.export")
                .user("u-" + i)
                .department("civil-affairs")
                .action("export")
                .resource("resident")
                .decision("allow")
                .build());
      }
    }
    Path file;
    try (Stream<Path> s = Files.list(log)) {
      file = s.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(2, lines.get(2).replace("\"u-2\"", "\"u-7\""));
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

    Run r =
        MainTest.run(
            "audit",
            "verify",
            file.toString(),
            "--key",
            dir.resolve("audit.keyset").toString(),
            "--kek",
            dir.resolve("kek.hex").toString(),
            "--pubkey",
            dir.resolve("checkpoint-pub.pem").toString(),
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);

    String golden = resource("audit-verify.json");
    String actual = relative(r.out());
    if (golden.isEmpty()) {
      golden = "(no golden file yet)";
    } else {
      actual = sameAs(golden, actual, "\"log\" : \"([0-9a-f]{16})\"");
      actual = sameAs(golden, actual, "key (0x[0-9a-f]{8})");
      actual = sameAs(golden, actual, "audit-000001-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");
    }
    if (!actual.equals(golden)) {
      Path out = Path.of("target/docs-actual/audit-verify.json");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertThat(actual)
        .as(
            "src/test/resources"
                + RESOURCES
                + "audit-verify.json (real output in target/docs-actual)")
        .isEqualTo(golden);
  }

  /**
   * Replaces every occurrence of what group 1 of {@code regex} matched first in {@code actual} with
   * what it matched first in {@code golden}, after checking that the actual text has one value only
   * (a log id, a key id, a date).
   */
  private static String sameAs(String golden, String actual, String regex) {
    Pattern p = Pattern.compile(regex);
    Matcher g = p.matcher(golden);
    assertThat(g.find()).as(regex + " in the golden file").isTrue();
    Matcher a = p.matcher(actual);
    List<String> values = new ArrayList<>();
    while (a.find()) {
      values.add(a.group(1));
    }
    assertThat(values).as(regex + " in the output").isNotEmpty().containsOnly(values.get(0));
    return actual.replace(values.get(0), g.group(1));
  }

  // ---- helpers ----

  /** Output as it reads when the command runs in the test's directory with relative paths. */
  private String relative(String text) {
    return text.replace(dir + "/", "");
  }

  private Path copy(String name) throws IOException {
    Path to = dir.resolve(name);
    try (InputStream in = FormatsDocTest.class.getResourceAsStream(RESOURCES + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, to);
    }
    return to;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FormatsDocTest.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
