package io.anke.samples.access;

import io.anke.cli.Main;
import io.anke.core.audit.AuditLog;
import io.anke.core.policy.AccessDeniedException;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.DataAccessGuard;
import io.anke.core.policy.Subject;
import io.anke.crypto.Aead;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.field.IndexNormalizer;
import io.anke.crypto.keyset.KeyEncryptionKeys;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2PrivateKey;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail that {@code docs/audit.md} verifies on the command line: the keys made with
 * {@code anke keyset create} and {@code anke sm2 keygen}, then four reads of a resident's record
 * through the data-access application — civil affairs (allowed, masked), human resources (refused:
 * no agreement), civil affairs for marketing (refused: wrong purpose), civil affairs again — a
 * checkpoint after them, and the log closed. The log's clock steps a fixed time per reading, so
 * that every run writes records of the same lengths.
 */
public final class AuditTrailExample {
  private AuditTrailExample() {}

  /**
   * Writes {@code kek.hex}, {@code audit.keyset}, {@code checkpoint.pem}, {@code
   * checkpoint-pub.pem} and {@code audit/} into {@code dir}.
   */
  public static void writeInto(Path dir) throws Exception {
    byte[] kek = new byte[16];
    new SecureRandom().nextBytes(kek);
    Files.writeString(dir.resolve("kek.hex"), HexFormat.of().formatHex(kek) + "\n");
    anke(
        dir,
        "keyset",
        "create",
        "--type",
        "hmac-sm3",
        "--keyset",
        "audit.keyset",
        "--kek",
        "kek.hex");
    anke(dir, "sm2", "keygen", "--out", "checkpoint.pem", "--pubout", "checkpoint-pub.pem");

    // How an application opens them.
    Aead keyEncryptionKey =
        KeyEncryptionKeys.fromProvider(
            FileKeyProvider.builder().sm4("kek", dir.resolve("kek.hex")).build(), "kek");
    KeysetHandle auditKeys;
    try (InputStream in = Files.newInputStream(dir.resolve("audit.keyset"))) {
      auditKeys = KeysetHandle.read(in, keyEncryptionKey);
    }
    Sm2PrivateKey checkpointKey =
        Sm2PrivateKey.fromPem(Files.readString(dir.resolve("checkpoint.pem")));

    try (Connection db =
            DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
        AuditLog audit =
            AuditLog.builder(dir.resolve("audit"))
                .macKeys(auditKeys)
                .checkpointKey(Sm2KeyHandle.of(checkpointKey))
                .checkpointEvery(4)
                .clock(new SteppingClock(DataSharingTest.JUNE_2026, Duration.ofNanos(1_713_000)))
                .open()) {
      ResidentRecords records = residentRecords(db, validation, audit);

      records.read(DataSharingTest.caseworker().build(), DataSharingTest.ID).orElseThrow();
      Subject hr =
          Subject.builder("hr-0007")
              .department("human-resources")
              .roles("caseworker")
              .purpose("subsistence-allowance-review")
              .authentication(Authentication.MULTI_FACTOR)
              .build();
      refused(records, hr);
      refused(records, DataSharingTest.caseworker().purpose("marketing").build());
      records.read(DataSharingTest.caseworker().build(), DataSharingTest.ID).orElseThrow();
    }
  }

  /**
   * The data-access application of {@link DataSharingTest} on {@code db}, holding the record of
   * {@link DataSharingTest#ID}, its every decision audited by {@code audit}: the agreements of the
   * sample's policy, as on 1 June 2026.
   */
  static ResidentRecords residentRecords(Connection db, ValidatorFactory validation, AuditLog audit)
      throws Exception {
    byte[] indexKey = new byte[32];
    new SecureRandom().nextBytes(indexKey);
    ResidentStore store =
        new ResidentStore(
            db,
            FieldEncryptor.create(KeysetHandle.generateNew(KeyType.SM4_GCM), "resident"),
            BlindIndex.forColumn(indexKey, "resident.id_number", IndexNormalizer.IDENTIFIER));
    store.insert(
        1, new Resident(DataSharingTest.ID, "张三", "13800138000", "110101", "北京市东城区东华门街道1号"));
    DataAccessGuard guard =
        DataAccessGuard.builder(
                AccessPolicy.load(DataSharingTest.policyFile(), List.of(Resident.class)))
            .validator(validation.getValidator())
            .auditor(audit)
            .clock(Clock.fixed(DataSharingTest.JUNE_2026, ZoneId.of("Asia/Shanghai")))
            .build();
    return new ResidentRecords(store, guard);
  }

  private static void refused(ResidentRecords records, Subject subject) throws Exception {
    try {
      records.read(subject, DataSharingTest.ID);
    } catch (AccessDeniedException expected) {
      return;
    }
    throw new AssertionError(subject + " was not refused");
  }

  private static void anke(Path dir, String... args) {
    String[] withPaths = args.clone();
    for (int i = 1; i < withPaths.length; i++) {
      if (withPaths[i - 1].matches("--(keyset|kek|out|pubout)")) {
        withPaths[i] = dir.resolve(withPaths[i]).toString();
      }
    }
    StringWriter out = new StringWriter();
    int exit = Main.execute(new PrintWriter(out), new PrintWriter(out), withPaths);
    if (exit != 0) {
      throw new AssertionError("anke " + String.join(" ", args) + " exited " + exit + ": " + out);
    }
  }

  /** A clock that moves on by {@code step} each time it is read. */
  private static final class SteppingClock extends Clock {
    private Instant next;
    private final Duration step;

    SteppingClock(Instant start, Duration step) {
      this.next = start;
      this.step = step;
    }

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plus(step);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
