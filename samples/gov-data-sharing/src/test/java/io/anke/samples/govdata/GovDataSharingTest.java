package io.anke.samples.govdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.Summary;
import io.anke.core.guard.StartupGuard;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2Verifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole story once, in this JVM, and checks what it narrates against what really happened:
 * the guard's result, the records, each department's view, the key ids inside the stored
 * ciphertexts, the signature files it wrote, and the audit log before and after the change. The
 * records come from a fixed seed, so the values shown are known in advance.
 */
class GovDataSharingTest {
  @TempDir static Path dir;
  static Path out;
  static int exitCode;
  static String stdout;
  static String stderr;
  static List<String> lines;
  static ScanResult guardResult;

  @BeforeAll
  static void tellTheStory() {
    out = dir.resolve("story");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    exitCode =
        GovDataSharing.run(
            new String[] {"--out", out.toString()},
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    stdout = o.toString(StandardCharsets.UTF_8);
    stderr = e.toString(StandardCharsets.UTF_8);
    lines = stdout.lines().map(String::strip).toList();
    guardResult = StartupGuard.lastResult().orElseThrow(); // before another run replaces it
  }

  @Test
  void theStoryRunsAsDesignedAndSaysSoInBothLanguages() {
    assertThat(exitCode).as(stdout + stderr).isZero();
    assertThat(stderr).isEmpty();
    assertThat(lines)
        .contains(
            "故事按设计运行完毕（退出码 0）。生成的文件保留在 " + out.toAbsolutePath(),
            "The story ran as designed (exit code 0). Its files stay in " + out.toAbsolutePath());
    assertThat(stdout).doesNotContain("!!");
    // Every sentence is a pair: Chinese first, then English; data lines stand alone.
    List<String> sentences =
        stdout.lines().filter(l -> !l.isBlank() && !l.startsWith("      ")).toList();
    assertThat(sentences.size() % 2).isZero();
    for (int i = 0; i < sentences.size(); i += 2) {
      assertThat(sentences.get(i)).as("line %d", i).containsPattern("\\p{IsHan}");
      assertThat(sentences.get(i + 1)).as("line %d", i + 1).containsPattern("[A-Za-z]{3}");
      assertThat(sentences.get(i + 1)).isNotEqualTo(sentences.get(i));
    }
  }

  @Test
  void theGuardSummaryIsTheGuardsOwnResultAndItsDecisionIsAudited() throws Exception {
    Summary s = guardResult.summary();
    // The guard's own summary line, with the counts of the result it returned.
    Matcher line =
        Pattern.compile(
                "Anke start-up guard \\(warn, profile xinchuang-strict\\): (\\d+) critical, (\\d+)"
                    + " high, (\\d+) medium, (\\d+) low, (\\d+) info; (\\d+) waived; fail-on"
                    + " medium: (passed|FAILED)")
            .matcher(stdout);
    assertThat(line.find()).as(stdout).isTrue();
    Severity[] order = {
      Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO
    };
    for (int i = 0; i < order.length; i++) {
      assertThat(Integer.parseInt(line.group(i + 1)))
          .as(order[i].id())
          .isEqualTo(s.count(order[i]));
    }
    assertThat(Integer.parseInt(line.group(6))).isEqualTo(s.waived());
    assertThat(line.group(7)).isEqualTo(s.passed() ? "passed" : "FAILED");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "安可启动检查（warn，配置 xinchuang-strict）：严重 " + s.count(Severity.CRITICAL) + "、"));
    // The class path holds the embedded H2 database, which the domestic-stack profile reports.
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("Rules at or above the threshold: ")
                    && l.contains("BOM-EMBEDDED-DATABASE"));
    assertThat(out.resolve("anke-guard-report.json")).isNotEmptyFile();
    String guardRecord = auditLines().get(1);
    assertThat(guardRecord)
        .contains("\"seq\":2", "\"type\":\"startup.guard\"", "\"mode\":\"warn\"")
        .contains("\"decision\":\"" + (s.passed() ? "pass" : "fail") + "\"");
    assertThat(lines)
        .contains(
            "Every finding is in the guard's report "
                + out.toAbsolutePath().resolve("anke-guard-report.json")
                + "; its decision is record 2 of the audit trail.");
  }

  @Test
  void recordsAreLoadedAndTheMistypedOneIsRejectedWithItsField() {
    assertThat(lines)
        .contains(
            "Validated and loaded: 12 population records, 6 legal-entity records; 1 rejected",
            "校验通过并载入：人口记录 12 条，法人记录 6 条；拒收 1 条");
    assertThat(lines.stream().filter(l -> l.startsWith("Rejected population record"))).hasSize(1);
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    "Rejected population record #9 \\(37\\d{4}\\*{8}\\d{3}[\\dX]\\): idNumber: the"
                        + " check character of the resident identity number does not match the"
                        + " other digits"))
        .anyMatch(l -> l.matches("拒收人口记录第 9 条（.*）：idNumber：公民身份号码的校验码与前17位数字不符"));
    assertThat(lines)
        .contains(
            "Classification of population records (resident): owner Provincial Public Security"
                + " Department, protection level 3; idNumber sensitive personal information"
                + " (stored encrypted); name personal information; mobile personal information;"
                + " divisionCode general data; address personal information");
  }

  @Test
  void eachDepartmentSeesWhatItsAgreementAllows() {
    // (1) the owner, under its own duty: everything
    assertThat(read(1))
        .contains(
            "Outcome: allowed",
            "Why: department public-security owns resident: access under its own statutory duty",
            "{\"idNumber\":\"370602198104263055\",\"name\":\"周军\",\"mobile\":\"18223005005\","
                + "\"divisionCode\":\"370602\",\"address\":\"山东省烟台市芝罘区南大街125号\"}");
    // (2) civil affairs, under GA-MZ-2026-017: identity number and mobile masked, address withheld
    assertThat(read(2))
        .contains(
            "Outcome: allowed, masked",
            "结果：允许（脱敏）",
            "Why: released masked: idNumber, mobile",
            "Why: withheld, not granted: address",
            "{\"idNumber\":\"370602********3055\",\"name\":\"周军\",\"mobile\":\"182****5005\","
                + "\"divisionCode\":\"370602\",\"address\":\"******\"}")
        .anyMatch(l -> l.startsWith("Why: allowed by sharing agreement GA-MZ-2026-017"));
    // (3) human resources, under SC-RS-2026-004: the enterprise in the clear
    assertThat(read(3))
        .contains(
            "Outcome: allowed",
            "{\"creditCode\":\"91370103MA33X6F58H\",\"name\":\"济南蓝海机械制造有限公司\","
                + "\"legalRepresentative\":\"杨伟\",\"divisionCode\":\"370103\","
                + "\"registeredAddress\":\"山东省济南市市中区英雄山路78号\"}")
        .anyMatch(l -> l.startsWith("Why: allowed by sharing agreement SC-RS-2026-004"));
    // (4)-(6) denied: no agreement, expired, wrong purpose; nothing released
    assertThat(read(4))
        .contains(
            "Outcome: denied",
            "Why: denied: no sharing agreement lets human-resources read resident owned by"
                + " public-security",
            "Provincial Human Resources and Social Security Department sees nothing.");
    assertThat(read(5))
        .contains(
            "Outcome: denied",
            "Why: denied: agreement SC-MZ-2025-031 expired after 2025-12-31",
            "依据：拒绝：协议 SC-MZ-2025-031 已于 2025-12-31 之后失效",
            "Provincial Civil Affairs Department sees nothing.");
    assertThat(read(6))
        .contains(
            "Outcome: denied",
            "Why: denied: agreement GA-MZ-2026-017 does not name the purpose"
                + " marriage-registration; it names subsistence-allowance-review",
            "Provincial Civil Affairs Department sees nothing.");
    assertThat(read(4).stream().filter(l -> l.startsWith("{"))).isEmpty();
  }

  @Test
  void rowsNameTheKeyThatEncryptedThemAndTheBlindIndexFindsTheRow() {
    Matcher rotation =
        Pattern.compile(
                "Key rotation: new primary key (0x[0-9a-f]{8}); the old key (0x[0-9a-f]{8}) stays"
                    + " in the keyset to decrypt.")
            .matcher(stdout);
    assertThat(rotation.find()).as(stdout).isTrue();
    String newKey = rotation.group(1);
    String oldKey = rotation.group(2);
    assertThat(newKey).isNotEqualTo(oldKey);
    assertThat(lines)
        .contains(
            "Column keyset (sm4-gcm), primary key "
                + oldKey
                + "; the blind index (HMAC-SM3) has a separate key of its own.",
            "Row 1: encrypted under key " + oldKey + ", decrypts to 370602********3055",
            "Row 7: encrypted under key " + newKey + ", decrypts to 370811********0270",
            "All rows decrypt: the 6 written before the rotation are under the old key "
                + oldKey
                + ", the 6 written after it under the new key "
                + newKey
                + ".",
            "Rotation job: 6 rows re-encrypted under the new primary key; the old key "
                + oldKey
                + " is then disabled and all 12 rows still decrypt.");
    // What the database held for row 1 names the old key at the offset docs/formats.md gives.
    String stored =
        lines.stream()
            .filter(l -> l.startsWith("id_number       = "))
            .findFirst()
            .orElseThrow()
            .substring("id_number       = ".length());
    byte[] ciphertext = Base64.getDecoder().decode(stored);
    assertThat(ciphertext).hasSize(18 + 34);
    assertThat(String.format("0x%08x", ByteBuffer.wrap(ciphertext, 2, 4).getInt()))
        .isEqualTo(oldKey);
    assertThat(stored).doesNotContain("3055");
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    "Lookup of the number as typed at the counter, in groups with spaces"
                        + " \\(370602 \\*{8} 3505\\): blind index [0-9a-f]{32} finds row 8"
                        + " \\(张\\*\\*\\), confirmed after decryption."));
  }

  @Test
  void thePublishedDatasetVerifiesAsWrittenAndTheChangeIsRefused() throws Exception {
    int valid = lines.indexOf(published("valid, the dataset is accepted."));
    int changed = lines.indexOf("One character changed on the way: 370602 became 370603.");
    int invalid = lines.indexOf(published("INVALID, the dataset is refused."));
    assertThat(valid).isPositive().isLessThan(changed);
    assertThat(changed).isLessThan(invalid);
    // The files it wrote verify with the public key it wrote, and only as written.
    Path p = out.resolve("published");
    byte[] dataset = Files.readAllBytes(p.resolve("dataset.json"));
    byte[] signature = Files.readAllBytes(p.resolve("dataset.json.sig"));
    Sm2Verifier verifier =
        new Sm2Verifier(Sm2PublicKey.fromPem(Files.readString(p.resolve("publisher.pem"))));
    assertThat(verifier.verify(dataset, signature)).isTrue();
    String json = new String(dataset, StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith(
            "{\"provider\":\"public-security\",\"consumer\":\"civil-affairs\","
                + "\"agreements\":[\"GA-MZ-2026-017\"],\"purpose\":\"subsistence-allowance-review\"")
        .contains("{\"idNumber\":\"370602********3055\",\"name\":\"周军\"")
        .doesNotContain("370602198104263055");
    byte[] altered = json.replaceFirst("370602", "370603").getBytes(StandardCharsets.UTF_8);
    assertThat(verifier.verify(altered, signature)).isFalse();
  }

  @Test
  void theAuditTrailVerifiesAndTheChangedByteIsNamedByFileLineAndSequence() throws Exception {
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    "Verdict: intact\\. 11 records, 2 signed checkpoints, closed properly\\."));
    List<String> audit = auditLines();
    assertThat(audit).hasSize(11);
    assertThat(String.join("\n", audit))
        .doesNotContain("370602198104263055", "周军", "18223005005") // decided, never what was read
        .contains("\"type\":\"audit.close\"");
    assertThat(audit.stream().filter(l -> l.contains("\"type\":\"data.access\""))).hasSize(7);

    // Find the changed byte by comparing the copy with the original, independently of the story.
    Path original = auditFile();
    Path tampered = out.resolve("tampered").resolve(original.getFileName());
    byte[] a = Files.readAllBytes(original);
    byte[] b = Files.readAllBytes(tampered);
    assertThat(b).hasSameSizeAs(a);
    List<Integer> differ = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        differ.add(i);
      }
    }
    assertThat(differ).hasSize(1);
    int newlines = 0;
    for (int i = 0; i < differ.get(0); i++) {
      newlines += a[i] == '\n' ? 1 : 0;
    }
    int line = newlines + 1;
    String record = audit.get(line - 1);
    assertThat(record).contains("\"department\":\"human-resources\"", "\"decision\":\"deny\"");
    Matcher seq = Pattern.compile("\"seq\":(\\d+)").matcher(record);
    assertThat(seq.find()).isTrue();

    assertThat(lines)
        .containsSubsequence(
            "Verdict: TAMPERED.",
            tampered
                + ":"
                + line
                + ": [mac-mismatch] seq "
                + seq.group(1)
                + ": the MAC does not verify under key "
                + record.replaceAll(".*\"kid\":\"([0-9a-f]{8})\".*", "0x$1")
                + ": the record was changed");
    assertThat(lines)
        .anyMatch(l -> l.startsWith(tampered + ":" + line + "：[mac-mismatch] 序号 " + seq.group(1)));
    // Without any key the chain alone still finds the change, one line later.
    AuditVerification chainOnly = AuditVerifier.builder().build().verify(List.of(tampered));
    assertThat(chainOnly.tampered()).isTrue();
    assertThat(AuditVerifier.builder().build().verify(List.of(original)).tampered()).isFalse();
  }

  @Test
  void aWrongArgumentIsAUsageErrorInBothLanguages() {
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        GovDataSharing.run(
            new String[] {"--verbose"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(e.toString(StandardCharsets.UTF_8))
        .contains("未知或不完整的参数：--verbose", "Unknown or incomplete argument: --verbose", "--out DIR");
  }

  @Test
  void aDirectoryThatIsNotEmptyIsRefusedBeforeAnythingRuns() throws Exception {
    Path used = Files.createDirectories(dir.resolve("used"));
    Files.writeString(used.resolve("notes.txt"), "kept");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        GovDataSharing.run(
            new String[] {"--out", used.toString()},
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(o.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(e.toString(StandardCharsets.UTF_8))
        .contains("The directory " + used + " is not empty");
    assertThat(used.resolve("audit")).doesNotExist();
  }

  @Test
  void agreementsThatGiveAnotherOutcomeEndTheStoryNonZeroNamingTheRead() throws Exception {
    // Civil affairs renewed its agreement on the enterprise register: read (5) is now allowed.
    String renewed =
        bundledPolicy().replace("    validUntil: 2025-12-31\n", "    validUntil: 2026-12-31\n");
    Path policy = Files.writeString(dir.resolve("renewed.yaml"), renewed);
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int code =
        GovDataSharing.run(
            new String[] {
              "--out", dir.resolve("renewed").toString(), "--policy", policy.toString()
            },
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(4);
    List<String> told = o.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
    assertThat(told)
        .contains(
            "Sharing agreements from "
                + policy
                + ": 3 (GA-MZ-2026-017, SC-RS-2026-004, SC-MZ-2025-031)",
            "!! read (5): expected deny (expired), got allow-masked (agreement)",
            "!! 读取（5）：应为 deny（expired），实际为 allow-masked（agreement）",
            "The story did not run as designed: 1 deviation(s) (exit code 4)",
            "- read (5): expected deny (expired), got allow-masked (agreement)")
        .noneMatch(l -> l.startsWith("The story ran as designed"));
  }

  @Test
  void agreementsThatCannotBeReadAreAConfigurationErrorNamingFileAndLine() throws Exception {
    String broken =
        bundledPolicy()
            .replace("    approvedBy: 省大数据局 鲁数据共享〔2026〕4号\n", "    approvedOn: 2026-01-05\n");
    Path policy = Files.writeString(dir.resolve("broken.yaml"), broken);
    int line = broken.lines().toList().indexOf("    approvedOn: 2026-01-05") + 1;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        GovDataSharing.run(
            new String[] {"--out", dir.resolve("broken").toString(), "--policy", policy.toString()},
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(o.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(e.toString(StandardCharsets.UTF_8))
        .contains("The sharing agreements cannot be used: " + policy + ":" + line + ": ")
        .contains("approvedOn")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("broken")).doesNotExist();
  }

  @Test
  void theReadmeExcerptIsWhatTheStoryPrints() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```text\n") + "```text\n".length();
    List<String> excerpt =
        readme.substring(start, readme.indexOf("```", start)).lines().map(String::strip).toList();
    assertThat(excerpt).hasSizeGreaterThan(40);
    // Lines with what changes between runs and machines (guard counts, key ids, index values,
    // paths) are left out; every other line must be printed, in the order shown.
    List<String> stable =
        excerpt.stream()
            .filter(l -> !l.equals("[…]"))
            .filter(
                l ->
                    Stream.of("/tmp/", "0x", "盲索引", "blind index", "启动检查（", "start-up guard (")
                        .noneMatch(l::contains))
            .filter(l -> !l.startsWith("达到失败阈值") && !l.startsWith("Rules at or above"))
            .toList();
    assertThat(stable).hasSizeGreaterThan(30);
    assertThat(lines).containsSubsequence(stable);
  }

  private static String bundledPolicy() throws Exception {
    try (var in = Story.class.getResourceAsStream(Story.POLICY)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The English and Chinese lines of read (n), up to the next read or step. */
  private static List<String> read(int n) {
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("(" + n + ") ")) {
        from = i - 1; // the Chinese line comes first
        break;
      }
    }
    assertThat(from).as("read (%d) in %s", n, stdout).isNotNegative();
    int to = from + 2;
    while (to < lines.size()
        && !lines.get(to).startsWith("（" + (n + 1) + "）")
        && !lines.get(to).startsWith("【")) {
      to++;
    }
    return lines.subList(from, to);
  }

  private static String published(String outcome) {
    return "Civil affairs verifies the signature with the public key of the publisher: " + outcome;
  }

  private static Path auditFile() throws Exception {
    try (Stream<Path> files = Files.list(out.resolve("audit"))) {
      return files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
  }

  private static List<String> auditLines() throws Exception {
    return Files.readAllLines(auditFile(), StandardCharsets.UTF_8);
  }
}
