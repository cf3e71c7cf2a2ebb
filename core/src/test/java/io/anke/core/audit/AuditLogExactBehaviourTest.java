package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.policy.AccessAction;
import io.anke.core.policy.AccessEvent;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.Decision;
import io.anke.core.policy.Reason;
import io.anke.core.policy.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact results of the log's smaller promises: access records, receipts, builder limits. */
class AuditLogExactBehaviourTest {
  @TempDir Path dir;

  private static final Instant DECIDED = Instant.parse("2026-03-04T05:06:07Z");

  @Test
  void anAccessBecomesARecordWithEveryPartOfTheDecision() {
    Subject subject =
        Subject.builder("u-7")
            .department("civil-affairs")
            .purpose("benefit-review")
            .authentication(Authentication.MULTI_FACTOR)
            .build();
    Decision d =
        new Decision(
            Decision.Effect.ALLOW_MASKED,
            "resident",
            AccessAction.READ,
            Set.of("name", "age"),
            Set.of("phone", "address"),
            Set.of("idNumber"),
            List.of(new Reason("masked", List.of(List.of("phone", "address")))),
            List.of("SA-1", "SA-2"));

    AuditEvent e = AuditLog.toAuditEvent(new AccessEvent(DECIDED, subject, d, 3));

    assertThat(e.type()).isEqualTo(AuditEvent.DATA_ACCESS);
    assertThat(e.user()).isEqualTo("u-7");
    assertThat(e.department()).isEqualTo("civil-affairs");
    assertThat(e.action()).isEqualTo("read");
    assertThat(e.resource()).isEqualTo("resident");
    assertThat(e.decision()).isEqualTo("allow-masked");
    assertThat(e.reasons()).containsExactly("masked: released masked: phone, address");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("decidedAt", "2026-03-04T05:06:07Z");
    expected.put("purpose", "benefit-review");
    expected.put("authentication", "multi-factor");
    expected.put("records", "3");
    expected.put("clear", "age,name");
    expected.put("masked", "address,phone");
    expected.put("withheld", "idNumber");
    expected.put("agreements", "SA-1,SA-2");
    assertThat(e.attributes()).containsExactlyEntriesOf(expected);
  }

  @Test
  void anAccessWithoutPurposeFieldsOrAgreementsLeavesThoseAttributesOut() {
    Subject subject = Subject.builder("u-8").build();
    Decision d =
        new Decision(
            Decision.Effect.DENY,
            "resident",
            AccessAction.EXPORT,
            Set.of(),
            Set.of(),
            Set.of(),
            List.of(),
            List.of());

    AuditEvent e = AuditLog.toAuditEvent(new AccessEvent(DECIDED, subject, d, 0));

    assertThat(e.department()).isNull();
    assertThat(e.decision()).isEqualTo("deny");
    assertThat(e.reasons()).isEmpty();
    assertThat(e.attributes())
        .isEqualTo(Map.of("decidedAt", "2026-03-04T05:06:07Z", "records", "0"));
  }

  @Test
  void recordingAnAccessWaitsUntilItIsOnStorageEvenWithGroupCommit() throws Exception {
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofMillis(300))
            .open()) {
      Decision d =
          new Decision(
              Decision.Effect.ALLOW,
              "resident",
              AccessAction.READ,
              Set.of("name"),
              Set.of(),
              Set.of(),
              List.of(),
              List.of());
      log.record(new AccessEvent(DECIDED, Subject.builder("u-1").build(), d, 1));
      // file.start is 1, the access 2: recorded means acknowledged
      assertThat(log.acknowledgedSequence()).isGreaterThanOrEqualTo(2);
    }
    LogContents c = LogContents.read(dir);
    assertThat(c.lines.get(1).type()).isEqualTo(AuditEvent.DATA_ACCESS);
    assertThat(c.lines.get(1).json().get("attrs").get("clear").asText()).isEqualTo("name");
  }

  @Test
  void aReceiptIsPendingUntilTheGroupCommitAndATimedWaitSaysWhich() {
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofSeconds(10))
            .open()) {
      AuditReceipt r = log.append(AuditLogTest.event(1));
      assertThat(r.sequence()).isEqualTo(2);
      assertThat(log.acknowledgedSequence()).isEqualTo(1);
      assertThat(r.acknowledged()).isFalse();
      assertThat(r).hasToString("AuditReceipt[seq=2, pending]");
      assertThat(r.awaitAcknowledged(Duration.ofMillis(60))).isFalse();

      log.checkpoint();
      assertThat(log.acknowledgedSequence()).isEqualTo(3);
      assertThat(r.acknowledged()).isTrue();
      assertThat(r).hasToString("AuditReceipt[seq=2, acknowledged]");
      assertThat(r.awaitAcknowledged(Duration.ofMillis(60))).isTrue();
    }
  }

  @Test
  void aTimedWaitReturnsTrueOnceTheGroupCommitForcesTheRecord() {
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofMillis(200))
            .open()) {
      AuditReceipt r = log.append(AuditLogTest.event(1));
      assertThat(r.acknowledged()).isFalse();
      assertThat(r.awaitAcknowledged(Duration.ofSeconds(30))).isTrue();
      assertThat(r.acknowledged()).isTrue();
    }
  }

  @Test
  void anInterruptedWaitThrowsAndKeepsTheInterrupt() {
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofSeconds(10))
            .open()) {
      AuditReceipt r = log.append(AuditLogTest.event(1));
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> r.awaitAcknowledged(Duration.ofSeconds(5)))
            .isInstanceOf(AuditException.class)
            .hasMessageContaining("interrupted while waiting for audit record 2 to reach storage");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void waitingOnALogClosedAfterAFailureThrows() {
    AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofSeconds(10))
            .open();
    log.close();
    assertThatThrownBy(log::checkpoint)
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("is closed; no record can be appended");
  }

  @Test
  void aLogNamesItsDirectoryIdAndDurability() {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      assertThat(log.logId()).matches("[0-9a-f]{16}");
      assertThat(log).hasToString("AuditLog[" + dir + ", log " + log.logId() + ", SYNC]");
      assertThat(log.currentFile().getParent()).isEqualTo(dir);
    }
  }

  @Test
  void twoNewLogsGetDifferentIds() {
    String first;
    try (AuditLog log = AuditTestKeys.log(dir.resolve("a")).open()) {
      first = log.logId();
    }
    try (AuditLog log = AuditTestKeys.log(dir.resolve("b")).open()) {
      assertThat(log.logId()).isNotEqualTo(first).isNotEqualTo("0000000000000000");
    }
  }

  @Test
  void builderLimitsAcceptTheirBoundsAndRefuseOnePast() {
    AuditLog.Builder b = AuditTestKeys.log(dir);
    assertThat(b.checkpointEvery(1)).isSameAs(b);
    assertThatThrownBy(() -> b.checkpointEvery(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.groupCommitInterval(Duration.ofMillis(1))).isSameAs(b);
    assertThat(b.groupCommitInterval(Duration.ofSeconds(10))).isSameAs(b);
    assertThatThrownBy(() -> b.groupCommitInterval(Duration.ofMillis(1).minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
    assertThatThrownBy(() -> b.groupCommitInterval(Duration.ofSeconds(10).plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
    assertThat(b.checkpointInterval(Duration.ofMillis(10))).isSameAs(b);
    assertThat(b.checkpointInterval(Duration.ofDays(1))).isSameAs(b);
    assertThatThrownBy(() -> b.checkpointInterval(Duration.ofMillis(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("checkpointInterval");
    assertThat(b.retention(AuditLog.MIN_RETENTION)).isSameAs(b);
    assertThatThrownBy(() -> b.retention(AuditLog.MIN_RETENTION.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(b.rotateDaily(false)).isSameAs(b);
    assertThat(b.slf4j(true)).isSameAs(b);
  }

  @Test
  void everyCheckpointEveryOneWritesACheckpointAfterEachRecord() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).checkpointEvery(1).open()) {
      log.append(AuditLogTest.event(1));
      log.append(AuditLogTest.event(2));
    }
    assertThat(LogContents.read(dir).lines)
        .extracting(LogContents.Line::type)
        .containsExactly(
            SystemTypes.FILE_START,
            "data.access",
            SystemTypes.CHECKPOINT,
            "data.access",
            SystemTypes.CHECKPOINT,
            SystemTypes.CLOSE);
  }

  @Test
  void problemsAndExceptionsSayWhereAndWhat() {
    io.anke.core.rule.Text text = AuditLog.TEXT.text("closed", "/x");
    AuditException ex = new AuditException(text, null);
    assertThat(ex.text()).isSameAs(text);
    assertThat(ex.messageIn(Locale.ENGLISH))
        .isEqualTo("the audit log in /x is closed; no record can be appended");
    assertThat(ex.getLocalizedMessage()).isEqualTo(ex.messageIn(Locale.getDefault()));
    assertThat(ex.getLocalizedMessage()).isNotEmpty();

    assertThat(AuditProblem.Kind.INCOMPLETE_FINAL_RECORD.id()).isEqualTo("incomplete-final-record");
    assertThat(problem(null, 3).location()).isEmpty();
    assertThat(problem("a.jsonl", 0).location()).isEqualTo("a.jsonl");
    assertThat(problem("a.jsonl", 1).location()).isEqualTo("a.jsonl:1");

    AuditVerification onlyNotice =
        new AuditVerification(List.of(), List.of(problem("a.jsonl", 1)), 1, 1, true, true);
    assertThat(onlyNotice.unreadable()).isFalse();
    assertThat(onlyNotice.tampered()).isFalse();
    assertThat(onlyNotice.intact()).isTrue();
  }

  private static AuditProblem problem(String file, long line) {
    return new AuditProblem(
        AuditProblem.Kind.NOT_CLOSED,
        AuditProblem.Level.NOTICE,
        file,
        line,
        0,
        null,
        AuditLog.TEXT.text("closed", "/x"));
  }
}
