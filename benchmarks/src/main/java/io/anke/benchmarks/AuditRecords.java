package io.anke.benchmarks;

import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditVerifier;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The keys, the typical record and the directories of the audit benchmarks. */
final class AuditRecords {
  final KeysetHandle mac = KeysetHandle.generateNew(KeyType.HMAC_SM3);
  final Sm2KeyPair signer = Sm2KeyPair.generate();

  AuditLog.Builder log(Path dir) {
    return AuditLog.builder(dir).macKeys(mac).checkpointKey(Sm2KeyHandle.of(signer.privateKey()));
  }

  AuditVerifier verifier() {
    return AuditVerifier.builder().macKeys(mac).checkpointKeys(List.of(signer.publicKey())).build();
  }

  /**
   * A short data-access record — who, which department, what, on what, the outcome, how many rows —
   * 403 bytes as a line: 141 of them are the event, the rest the record's sequence number, time,
   * log id, chain link, key id and MAC.
   */
  static AuditEvent dataAccess(long n) {
    return AuditEvent.builder(AuditEvent.DATA_ACCESS)
        .user("u-" + (100_000 + n % 900_000))
        .department("civil-affairs")
        .action("read")
        .resource("resident")
        .decision("allow")
        .attribute("records", "20")
        .build();
  }

  /**
   * A new directory for log files on a real disk: under {@code anke.bench.dir} if set, else the
   * JVM's temporary directory. Refused on tmpfs, where a force costs nothing and the figures would
   * say nothing about storage.
   */
  static Path newDirectory(String prefix) throws IOException {
    Path parent =
        Path.of(System.getProperty("anke.bench.dir", System.getProperty("java.io.tmpdir")));
    Path dir = Files.createTempDirectory(parent, prefix);
    FileStore store = Files.getFileStore(dir);
    if (store.type().equals("tmpfs") || store.type().equals("ramfs")) {
      deleteTree(dir);
      throw new IllegalStateException(
          parent + " is on " + store.type() + ": give a directory on a disk with -Danke.bench.dir");
    }
    System.out.println("log directory " + dir + " on " + store + " (" + store.type() + ")");
    return dir;
  }

  static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
