package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditLog;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code anke audit verify} on logs written by {@link AuditLog}: intact, with a byte changed, a
 * line removed, the closing line removed, files out of order, and with each key left out.
 */
@ExtendWith(EnglishLocale.class)
class AuditCommandTest {
  /** A command of the tree, for the helpers that speak its language (English here). */
  private static final CommandSpec SPEC =
      Main.commandLine(java.util.Locale.ENGLISH).getCommandSpec();

  @TempDir Path dir;
  Path logDir;
  Sm2KeyPair signer;

  @BeforeEach
  void keys() throws IOException {
    Files.writeString(dir.resolve("kek.hex"), "000102030405060708090a0b0c0d0e0f\n");
    KeysetHandle mac = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    try (OutputStream out = Files.newOutputStream(dir.resolve("audit.keyset"))) {
      mac.write(out, KeysetCommand.loadKek(SPEC, dir.resolve("kek.hex")));
    }
    signer = Sm2KeyPair.generate();
    Files.writeString(dir.resolve("audit-pub.pem"), signer.publicKey().toSpkiPem());
    logDir = dir.resolve("audit");
  }

  /** Writes {@code events} records with the keys of {@link #keys()} and closes the log. */
  Path writeLog(Path into, int events, long rotateAtBytes) throws IOException {
    KeysetHandle mac = readMacKeys();
    try (AuditLog log =
        AuditLog.builder(into)
            .macKeys(mac)
            .checkpointKey(Sm2KeyHandle.of(signer.privateKey()))
            .checkpointEvery(5)
            .rotateAtBytes(rotateAtBytes)
            .open()) {
      for (int i = 1; i <= events; i++) {
        log.append(
            AuditEvent.builder("data.export")
                .user("u-" + i)
                .department("civil-affairs")
                .action("export")
                .resource("resident")
                .decision("allow")
                .attribute("rows", String.valueOf(10 * i))
                .build());
      }
    }
    return into;
  }

  KeysetHandle readMacKeys() {
    return KeysetCommand.readKeyset(
        SPEC, dir.resolve("audit.keyset"), KeysetCommand.loadKek(SPEC, dir.resolve("kek.hex")));
  }

  /** The one log file of a log written without rotation. */
  Path onlyFile(Path log) throws IOException {
    List<Path> files = jsonl(log);
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  static List<Path> jsonl(Path log) throws IOException {
    try (Stream<Path> s = Files.list(log)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  String p(String name) {
    return dir.resolve(name).toString();
  }

  /** {@code anke audit verify ARGS --key --kek --pubkey}. */
  Run verify(String... args) {
    List<String> all = new ArrayList<>(List.of("audit", "verify"));
    all.addAll(List.of(args));
    all.addAll(
        List.of("--key", p("audit.keyset"), "--kek", p("kek.hex"), "--pubkey", p("audit-pub.pem")));
    return MainTest.run(all.toArray(String[]::new));
  }

  static Run anke(String... args) {
    return MainTest.run(args);
  }

  static void rewriteLines(Path file, java.util.function.UnaryOperator<List<String>> change)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    Files.writeString(file, String.join("\n", change.apply(lines)) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void anIntactLogIsIntactWithEveryCheckMade() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    Run r = verify(file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches(
            "log [0-9a-f]{16}: 1 file\\(s\\), seq 1\\.\\.\\d+, \\d+ record\\(s\\),"
                + " \\d+ checkpoint\\(s\\), closed");
    assertThat(lines.get(1))
        .startsWith("intact: 1 file(s), ")
        .endsWith("in 1 log(s); record MACs checked, checkpoint signatures checked");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void collectedLogLinesAreReadOnlyWhenAskedFor() throws IOException {
    Path file = onlyFile(writeLog(logDir, 6, 1 << 20));
    // What a log pipeline keeps: each record after the logger's prefix, among other lines.
    List<String> collected = new ArrayList<>();
    collected.add("2026-12-02 08:00:00.000 [main] INFO  org.example.App - started");
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      collected.add("2026-12-02 08:00:01.000 [http-1] INFO  io.anke.audit - " + line);
    }
    Path platform = dir.resolve("pipeline/platform.log");
    Files.createDirectories(platform.getParent());
    Files.write(platform, collected, StandardCharsets.UTF_8);

    Run asked = verify("--collected", "--closed", platform.getParent().toString());
    assertThat(asked.exit()).as(asked.out() + asked.err()).isZero();
    assertThat(asked.out()).contains("intact: 1 file(s)");

    Run strict = verify(platform.toString());
    assertThat(strict.exit()).isEqualTo(3);
    assertThat(strict.out())
        .contains(platform + ": unreadable: no audit record in the file")
        .contains("--collected");
  }

  @Test
  void oneByteChangedInLineThreeIsNamedByFileLineAndSequenceNumber() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    byte[] bytes = Files.readAllBytes(file);
    int line3 = startOfLine(bytes, 3);
    int at = indexOf(bytes, "\"u-2\"", line3) + 3;
    assertThat(at).isGreaterThan(line3).isLessThan(startOfLine(bytes, 4));
    bytes[at] = '7';
    Files.write(file, bytes);

    Run r = verify(file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains(file + ":3: tampering: seq 3: the MAC does not verify under key ")
        .contains("TAMPERED: 1 problem(s) show tampering; 1 file(s)");
    assertThat(r.out().lines().filter(l -> l.contains(": tampering: "))).hasSize(1);
  }

  @Test
  void aDeletedLineIsNamedByTheMissingSequenceNumber() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    rewriteLines(
        file,
        lines -> {
          lines.remove(4); // line 5, seq 5
          return lines;
        });
    Run r = verify(file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains(file + ":5: tampering: record(s) 5 missing between " + file + ":4 (seq 4)")
        .contains("TAMPERED");
  }

  @Test
  void withoutTheClosingLineALogFailsOnlyWhenRequiredClosed() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    rewriteLines(
        file,
        lines -> {
          assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"audit.close\"");
          lines.remove(lines.size() - 1);
          return lines;
        });

    Run open = verify(file.toString());
    assertThat(open.exit()).as(open.out()).isZero();
    assertThat(open.out())
        .contains(": notice: the log does not end with its closing checkpoint")
        .contains(", not closed\n")
        .contains("intact: ");

    Run closed = verify(file.toString(), "--closed");
    assertThat(closed.exit()).as(closed.out()).isEqualTo(1);
    assertThat(closed.out())
        .contains(": tampering: the log does not end with its closing checkpoint")
        .contains("TAMPERED: 1 problem(s)");
  }

  @Test
  void aDirectoryMeansEveryJsonlFileBelowItInPathOrder() throws IOException {
    writeLog(logDir, 60, 4096);
    List<Path> files = jsonl(logDir);
    assertThat(files).hasSizeGreaterThan(2);
    Files.writeString(logDir.resolve("notes.txt"), "not a log\n");

    Run r = verify(logDir.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("intact: " + files.size() + " file(s)");
    assertThat(r.out()).contains(": " + files.size() + " file(s), seq 1..");

    // The same directory one level up: below it counts too; and through a symbolic link.
    assertThat(verify(dir.toString()).out()).contains("intact: " + files.size() + " file(s)");
    Path link = Files.createSymbolicLink(dir.resolve("current"), logDir);
    Run linked = verify(link.toString());
    assertThat(linked.exit()).as(linked.out() + linked.err()).isZero();
    assertThat(linked.out()).contains("intact: " + files.size() + " file(s)");
    Run twice = verify(link.toString(), logDir.toString(), files.get(0).toString());
    assertThat(twice.exit()).as(twice.out()).isZero();
    assertThat(twice.out()).contains("intact: " + files.size() + " file(s)");

    // Files named one by one are read in the order given: the second and third swapped.
    List<String> swapped = new ArrayList<>();
    for (Path f : files) {
      swapped.add(f.toString());
    }
    swapped.add(1, swapped.remove(2));
    Run outOfOrder = verify(swapped.toArray(String[]::new));
    assertThat(outOfOrder.exit()).isEqualTo(1);
    assertThat(outOfOrder.out())
        .contains(files.get(1) + ":1: tampering: this file (from seq ")
        .contains("is out of order: it belongs before " + files.get(2) + ":1")
        .contains("TAMPERED: 1 problem(s) show tampering");
  }

  @Test
  void jsonCarriesTheVerdictTheChainsAndEachProblemInBothLanguages() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    byte[] bytes = Files.readAllBytes(file);
    int at = indexOf(bytes, "\"u-2\"", startOfLine(bytes, 3)) + 3;
    bytes[at] = '7';
    Files.write(file, bytes);

    Run r = verify(file.toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("intact").asBoolean()).isFalse();
    assertThat(json.path("tampered").asBoolean()).isTrue();
    assertThat(json.path("unreadable").asBoolean()).isFalse();
    assertThat(json.path("files").asInt()).isEqualTo(1);
    assertThat(json.path("macsChecked").asBoolean()).isTrue();
    assertThat(json.path("signaturesChecked").asBoolean()).isTrue();
    JsonNode chain = json.path("chains").get(0);
    assertThat(chain.path("log").asText()).matches("[0-9a-f]{16}");
    assertThat(chain.path("firstSeq").asLong()).isEqualTo(1);
    assertThat(chain.path("records").asLong()).isEqualTo(json.path("records").asLong());
    assertThat(chain.path("closed").asBoolean()).isTrue();
    assertThat(chain.path("files").get(0).asText()).isEqualTo(file.toString());
    assertThat(json.path("problems")).hasSize(1);
    JsonNode p = json.path("problems").get(0);
    assertThat(p.path("kind").asText()).isEqualTo("mac-mismatch");
    assertThat(p.path("level").asText()).isEqualTo("tampering");
    assertThat(p.path("file").asText()).isEqualTo(file.toString());
    assertThat(p.path("line").asLong()).isEqualTo(3);
    assertThat(p.path("seq").asLong()).isEqualTo(3);
    assertThat(p.path("log").asText()).isEqualTo(chain.path("log").asText());
    assertThat(p.path("message").path("en").asText()).startsWith("seq 3: the MAC does not verify");
    assertThat(p.path("message").path("zh").asText()).startsWith("序号 3：");
  }

  @Test
  void withoutKeysTheChainIsCheckedAndTheOutputSaysWhatWasNot() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    Run r = anke("audit", "verify", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("notice: record MACs not checked: no MAC keyset given (--key)")
        .contains("notice: checkpoint signatures not checked")
        .contains(
            "record MACs NOT checked (no --key), checkpoint signatures NOT checked (no --pubkey)")
        .contains("intact: ");

    Run json = anke("audit", "verify", file.toString(), "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.path("macsChecked").asBoolean()).isFalse();
    assertThat(doc.path("signaturesChecked").asBoolean()).isFalse();
    assertThat(doc.path("intact").asBoolean()).isTrue();
    JsonNode unchecked = doc.path("problems").get(0);
    assertThat(unchecked.path("kind").asText()).isEqualTo("unchecked");
    assertThat(unchecked.path("level").asText()).isEqualTo("notice");
    assertThat(unchecked.path("file").isNull()).isTrue();
    assertThat(unchecked.path("line").isNull()).isTrue();
  }

  @Test
  void aCheckpointKeyThatIsNotTrustedIsTampering() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    Files.writeString(dir.resolve("other.pem"), Sm2KeyPair.generate().publicKey().toSpkiPem());
    Run r = anke("audit", "verify", file.toString(), "--pubkey", p("other.pem"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("the checkpoint is signed by key ");
  }

  @Test
  void aCertificateIsATrustedCheckpointKey() throws Exception {
    CertCommandTest.openssl(dir, "genpkey", "-algorithm", "SM2", "-out", "ca.key");
    Run cert =
        CertCommandTest.openssl(
            dir,
            "req",
            "-x509",
            "-new",
            "-key",
            "ca.key",
            "-sm3",
            "-subj",
            "/O=Gov/CN=Audit Checkpoints",
            "-days",
            "30",
            "-out",
            "audit-cert.pem");
    assertThat(cert.exit()).as(cert.err()).isZero();
    signer = new Sm2KeyPair(Sm2PrivateKey.fromPemOrDer(Files.readAllBytes(dir.resolve("ca.key"))));
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    Run r = anke("audit", "verify", file.toString(), "--pubkey", p("audit-cert.pem"));
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("checkpoint signatures checked").contains("intact: ");
  }

  @Test
  void missingOrUnreadableInputIsExitThreeAndNamed() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    Run missing = verify(file.toString(), p("no-such.jsonl"));
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains(p("no-such.jsonl") + ": no such file or directory");
    assertThat(missing.out()).isEmpty();

    Files.writeString(dir.resolve("notes.jsonl"), "{\"not\":\"an audit record\"}\n");
    Run notAudit = verify(file.toString(), p("notes.jsonl"));
    assertThat(notAudit.exit()).as(notAudit.out()).isEqualTo(3);
    assertThat(notAudit.out())
        .contains(p("notes.jsonl") + ": unreadable: no audit record in the file")
        .contains("UNREADABLE: 1 file(s)");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run none = verify(empty.toString());
    assertThat(none.exit()).isEqualTo(3);
    assertThat(none.err()).contains(empty + ": no *.jsonl file");

    Run wrongKek =
        anke(
            "audit",
            "verify",
            file.toString(),
            "--key",
            p("audit.keyset"),
            "--kek",
            write("other.hex", "ffeeddccbbaa99887766554433221100"));
    assertThat(wrongKek.exit()).isEqualTo(3);
    assertThat(wrongKek.err()).contains("wrong key-encryption key").doesNotContain("Exception");
  }

  @Test
  void usageErrorsAreExitTwo() throws IOException {
    Path file = onlyFile(writeLog(logDir, 3, 1 << 20));
    Run noLog = anke("audit", "verify");
    assertThat(noLog.exit()).isEqualTo(2);
    assertThat(noLog.err()).contains("name the audit log files or directories");

    Run noKek = anke("audit", "verify", file.toString(), "--key", p("audit.keyset"));
    assertThat(noKek.exit()).isEqualTo(2);
    assertThat(noKek.err()).contains("--key needs --kek");

    Run noKey = anke("audit", "verify", file.toString(), "--kek", p("kek.hex"));
    assertThat(noKey.exit()).isEqualTo(2);

    KeysetHandle sm4 = KeysetHandle.generateNew(KeyType.SM4_GCM);
    try (OutputStream out = Files.newOutputStream(dir.resolve("sm4.keyset"))) {
      sm4.write(out, KeysetCommand.loadKek(SPEC, dir.resolve("kek.hex")));
    }
    Run wrongType =
        anke("audit", "verify", file.toString(), "--key", p("sm4.keyset"), "--kek", p("kek.hex"));
    assertThat(wrongType.exit()).isEqualTo(2);
    assertThat(wrongType.err())
        .contains(p("sm4.keyset") + " is a keyset of type sm4-gcm")
        .contains("hmac-sm3")
        .doesNotContain("Exception");

    Run group = anke("audit");
    assertThat(group.exit()).isEqualTo(2);
    assertThat(group.err()).contains("verify");
  }

  @Test
  void chineseLocaleGivesChineseOutputAndHelp() throws IOException {
    Path file = onlyFile(writeLog(logDir, 12, 1 << 20));
    byte[] bytes = Files.readAllBytes(file);
    bytes[indexOf(bytes, "\"u-2\"", startOfLine(bytes, 3)) + 3] = '7';
    Files.write(file, bytes);
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    Run r = verify(file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(file + ":3: 篡改: 序号 3：MAC 在密钥 ")
        .contains("日志 ")
        .contains("已被篡改：1 个问题表明日志被改动")
        .contains("已校验记录 MAC，已校验检查点签名");
    assertThat(anke("audit", "verify", "--help").out()).contains("校验审计日志文件").contains("退出码");
  }

  @Test
  void helpNamesTheOptionsAndExitCodes() {
    Run r = anke("audit", "verify", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("LOG...")
        .contains("--key=FILE")
        .contains("--kek=FILE")
        .contains("--pubkey=FILE")
        .contains("--closed")
        .contains("--format=text|json")
        .contains("1  tampering");
    assertThat(anke("--help").out()).contains("audit");
  }

  private String write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
    return p(name);
  }

  /** The offset where 1-based line {@code n} starts. */
  private static int startOfLine(byte[] bytes, int n) {
    int line = 1;
    for (int i = 0; i < bytes.length && line < n; i++) {
      if (bytes[i] == '\n') {
        line++;
        if (line == n) {
          return i + 1;
        }
      }
    }
    return n == 1 ? 0 : -1;
  }

  private static int indexOf(byte[] bytes, String what, int from) {
    byte[] w = what.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = Math.max(0, from); i + w.length <= bytes.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (bytes[i + j] != w[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
