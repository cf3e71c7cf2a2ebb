package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.CleartextKeysetHandle;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet scale: two instances of a service (real child JVMs) send their audit records through SLF4J
 * into one platform log, interleaved as a log pipeline would; the verifier reads both chains out of
 * it, each on its own, and names a changed record by the platform log's line.
 */
class AuditFleetTest {
  @TempDir Path dir;

  @Test
  void recordsCollectedFromTwoInstancesVerifyChainByChain() throws Exception {
    KeysetHandle keys = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    Path keyset = dir.resolve("audit.keyset");
    try (OutputStream out = Files.newOutputStream(keyset)) {
      CleartextKeysetHandle.write(keys, out, InsecureSecretAccess.get());
    }
    Sm2KeyPair signer = Sm2KeyPair.generate();
    Path pem = dir.resolve("checkpoint.pem");
    Files.writeString(pem, signer.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));

    List<Path> classpath = GuardedJvm.applicationClasspath();
    classpath.add(Path.of("target/test-classes").toAbsolutePath());
    List<List<String>> outputs = new ArrayList<>();
    for (String instance : List.of("node-a", "node-b")) {
      GuardedJvm.Run run =
          GuardedJvm.runMain(
              dir,
              classpath,
              AuditedInstance.class.getName(),
              List.of(
                  dir.resolve(instance).toString(),
                  keyset.toString(),
                  pem.toString(),
                  "25",
                  instance),
              "-Danke.guard.mode=off");
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      outputs.add(run.stderr().lines().toList());
    }
    // The platform's collector: both streams interleaved line by line, other log lines included.
    List<String> platform = new ArrayList<>();
    int n = Math.max(outputs.get(0).size(), outputs.get(1).size());
    for (int i = 0; i < n; i++) {
      for (List<String> o : outputs) {
        if (i < o.size()) {
          platform.add(o.get(i));
        }
      }
    }
    platform.add(2, "[main] INFO some.other.Logger - not an audit record");
    Path platformLog = dir.resolve("platform.log");
    Files.write(platformLog, platform, StandardCharsets.UTF_8);
    assertThat(platform.get(0)).contains("INFO io.anke.audit - {\"v\":1,");

    AuditVerifier verifier =
        AuditVerifier.builder()
            .macKeys(keys)
            .checkpointKeys(List.of(signer.publicKey()))
            .requireClosed(true)
            .collectedLogs(true)
            .build();
    AuditVerification v = verifier.verify(List.of(platformLog));
    assertThat(v.problems()).isEmpty();
    assertThat(v.chains()).hasSize(2);
    // each: the start, 25 records, two checkpoints, the close
    assertThat(v.chains()).allSatisfy(c -> assertThat(c.records()).isEqualTo(29));
    assertThat(v.chains().get(0).log()).isNotEqualTo(v.chains().get(1).log());

    // The same records read from the instances' own files agree.
    List<Path> files = new ArrayList<>();
    for (String instance : List.of("node-a", "node-b")) {
      try (var s = Files.list(dir.resolve(instance))) {
        s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      }
    }
    AuditVerification own =
        AuditVerifier.builder()
            .macKeys(keys)
            .checkpointKeys(List.of(signer.publicKey()))
            .requireClosed(true)
            .build()
            .verify(files);
    assertThat(own.problems()).isEmpty();
    assertThat(own.records()).isEqualTo(58);

    // A second process writing node-a's directory while this one holds it is refused, not mixed in.
    try (io.anke.core.audit.AuditLog holder =
        io.anke.core.audit.AuditLog.builder(dir.resolve("node-a"))
            .macKeys(keys)
            .checkpointKey(io.anke.crypto.provider.Sm2KeyHandle.of(signer.privateKey()))
            .open()) {
      GuardedJvm.Run second =
          GuardedJvm.runMain(
              dir,
              classpath,
              AuditedInstance.class.getName(),
              List.of(
                  dir.resolve("node-a").toString(), keyset.toString(), pem.toString(), "5", "x"),
              "-Danke.guard.mode=off");
      assertThat(second.exitCode()).isNotZero();
      assertThat(second.stderr())
          .contains("AuditException")
          .contains(
              "is in use by another writer (process " + ProcessHandle.current().pid() + " holds");
      holder.append(io.anke.core.audit.AuditEvent.builder("check").decision("allow").build());
    }
    try (var s = Files.list(dir.resolve("node-a"))) {
      files.clear();
      s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
    }
    assertThat(
            AuditVerifier.builder()
                .macKeys(keys)
                .checkpointKeys(List.of(signer.publicKey()))
                .requireClosed(true)
                .build()
                .verify(files)
                .problems())
        .isEmpty();

    // One record of node-b changed in the platform log is named by that log's line.
    int line = 10;
    String changed = platform.get(line - 1).replace("node-b-user", "node-x-user");
    if (changed.equals(platform.get(line - 1))) {
      line = 11;
      changed = platform.get(line - 1).replace("node-b-user", "node-x-user");
    }
    platform.set(line - 1, changed);
    Files.write(platformLog, platform, StandardCharsets.UTF_8);
    AuditVerification t = verifier.verify(List.of(platformLog));
    assertThat(t.tampered()).isTrue();
    assertThat(t.problems())
        .filteredOn(p -> p.level() == AuditProblem.Level.TAMPERING)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(AuditProblem.Kind.MAC_MISMATCH);
              assertThat(p.file()).isEqualTo(platformLog.toString());
            });
  }
}
