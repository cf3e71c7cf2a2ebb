package io.anke.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.classification.DataClass;
import io.anke.testing.ConcurrentRuns;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * One {@link AccessPolicy} and one {@link DataAccessGuard} shared by sixteen threads. The policy
 * remembers decisions per agreement, action and authentication; here the threads start on a new
 * policy, so they race to fill that memory, and every decision must equal the one a separate
 * policy, built the same way, gives a single thread.
 */
class PolicyConcurrencyTest {
  static final int THREADS = 16;
  static final int ROUNDS = 8;

  /** A day inside both agreements. */
  static final Instant JUNE = Instant.parse("2026-06-01T02:00:00Z");

  /**
   * {@link AccessPolicyTest#policy()} and a second agreement for the same consumer, for one role
   * and part of the year, so that both paths of a decision run: the remembered one (one agreement
   * applies) and the computed one (none or both apply).
   */
  static AccessPolicy policy() {
    return AccessPolicyTest.policyBuilder()
        .agreement(
            SharingAgreement.builder("GA-MZ-2026-018")
                .between("public-security", "civil-affairs")
                .resource("resident")
                .purposes("subsistence-allowance-review", "statistics")
                .actions(AccessAction.READ, AccessAction.EXPORT)
                .roles("statistician")
                .fields("divisionCode")
                .masked("name")
                .dataClasses(DataClass.PERSONAL)
                .valid(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30))
                .approvedBy("省大数据局 2026-18")
                .build())
        .build();
  }

  record Request(Subject subject, AccessAction action, Instant at) {}

  static List<Request> requests() {
    List<Subject.Builder> subjects =
        List.of(
            Subject.builder("u-1").department("civil-affairs").roles("caseworker"),
            Subject.builder("u-2").department("civil-affairs").roles("statistician"),
            Subject.builder("u-3").department("human-resources"),
            Subject.builder("u-4").department("public-security"),
            Subject.builder("u-5").department("nowhere"));
    List<Request> out = new ArrayList<>();
    for (Subject.Builder s : subjects) {
      for (String purpose : List.of("subsistence-allowance-review", "statistics")) {
        for (Authentication a : Authentication.values()) {
          for (AccessAction action : AccessAction.values()) {
            for (String day :
                List.of("2026-02-01T02:00:00Z", "2026-06-01T02:00:00Z", "2027-06-01T02:00:00Z")) {
              out.add(
                  new Request(
                      s.purpose(purpose).authentication(a).build(), action, Instant.parse(day)));
            }
          }
        }
      }
    }
    out.add(
        new Request(
            Subject.builder("u-6").department("civil-affairs").build(), AccessAction.READ, JUNE));
    return out;
  }

  @Test
  void everyThreadsDecisionsEqualTheSingleThreadedOnes() throws Exception {
    List<Request> requests = requests();
    AccessPolicy reference = policy();
    List<Decision> expected = new ArrayList<>();
    for (Request r : requests) {
      expected.add(reference.decide(r.subject(), Resident.class, r.action(), r.at()));
    }
    assertThat(expected)
        .extracting(Decision::effect)
        .contains(Decision.Effect.ALLOW, Decision.Effect.ALLOW_MASKED, Decision.Effect.DENY);
    AccessPolicy shared = policy();

    ConcurrentRuns.run(
        THREADS,
        t -> {
          for (int round = 0; round < ROUNDS; round++) {
            for (int n = 0; n < requests.size(); n++) {
              int i = (n + t * 7 + round) % requests.size();
              Request r = requests.get(i);
              assertThat(shared.decide(r.subject(), Resident.class, r.action(), r.at()))
                  .as("request %d: %s", i, r)
                  .isEqualTo(expected.get(i));
            }
          }
          return null;
        });
  }

  @Test
  void aSharedGuardReturnsTheSingleThreadedCopiesAndAuditsEveryAccessOnce() throws Exception {
    List<Request> requests = requests();
    Resident record = new Resident("110105194912310021", "王小明", "13912345678", "110105", "none");
    Clock june = Clock.fixed(JUNE, ZoneOffset.UTC);
    DataAccessGuard reference = DataAccessGuard.builder(policy()).clock(june).build();
    List<Object> expected = new ArrayList<>();
    for (Request r : requests) {
      expected.add(outcome(reference, r, record));
    }
    ConcurrentLinkedQueue<AccessEvent> audit = new ConcurrentLinkedQueue<>();
    DataAccessGuard shared =
        DataAccessGuard.builder(policy()).clock(june).auditor(audit::add).build();

    List<Integer> calls =
        ConcurrentRuns.run(
            THREADS,
            t -> {
              int made = 0;
              for (int n = 0; n < requests.size(); n++) {
                int i = (n + t * 11) % requests.size();
                assertThat(outcome(shared, requests.get(i), record))
                    .as("request %d", i)
                    .isEqualTo(expected.get(i));
                made++;
              }
              return made;
            });

    int total = calls.stream().mapToInt(Integer::intValue).sum();
    assertThat(total).isEqualTo(THREADS * requests.size());
    assertThat(audit).hasSize(total);
    // Each thread's accesses are in the trail once each: per user, as many events as requests.
    for (Request r : requests) {
      long asked = requests.stream().filter(q -> q.subject().id().equals(r.subject().id())).count();
      assertThat(audit.stream().filter(e -> e.subject().id().equals(r.subject().id())).count())
          .as(r.subject().id())
          .isEqualTo(asked * THREADS);
    }
  }

  /** The masked copy, or the decision of the denial, for one request through {@code guard}. */
  private static Object outcome(DataAccessGuard guard, Request r, Resident record) {
    try {
      return r.action() == AccessAction.READ
          ? guard.read(r.subject(), record)
          : guard.export(r.subject(), record);
    } catch (AccessDeniedException e) {
      return e.decision();
    }
  }
}
