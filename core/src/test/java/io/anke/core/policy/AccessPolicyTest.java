package io.anke.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.classification.DataClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  static final Instant IN_2026 = Instant.parse("2026-06-01T02:00:00Z");

  static AccessPolicy policy() {
    return policyBuilder().build();
  }

  /** The builder of {@link #policy()}, for tests that add to it. */
  static AccessPolicy.Builder policyBuilder() {
    return AccessPolicy.builder()
        .department("public-security", "省公安厅", "Provincial Public Security Department")
        .department("civil-affairs", "省民政厅", "Provincial Civil Affairs Department")
        .department("human-resources", "省人社厅", "Provincial Human Resources Department")
        .resource(Resident.class)
        .agreement(
            SharingAgreement.builder("GA-MZ-2026-017")
                .between("public-security", "civil-affairs")
                .resource("resident")
                .purposes("subsistence-allowance-review")
                .fields("name", "divisionCode")
                .masked("idNumber", "mobile")
                .dataClasses(DataClass.PERSONAL, DataClass.SENSITIVE_PERSONAL)
                .valid(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .approvedBy("省大数据局 2026-17")
                .build());
  }

  static Subject.Builder caseworker() {
    return Subject.builder("u-1001")
        .department("civil-affairs")
        .roles("caseworker")
        .purpose("subsistence-allowance-review")
        .authentication(Authentication.MULTI_FACTOR);
  }

  @Test
  void anotherDepartmentUnderAnAgreementGetsItsFieldsMaskedAsAgreedAndTheRestWithheld() {
    Decision d = policy().decide(caseworker().build(), Resident.class, AccessAction.READ, IN_2026);
    assertThat(d.effect()).isEqualTo(Decision.Effect.ALLOW_MASKED);
    assertThat(d.clear()).containsExactlyInAnyOrder("name", "divisionCode");
    assertThat(d.masked()).containsExactlyInAnyOrder("idNumber", "mobile");
    assertThat(d.withheld()).containsExactly("watchListFlag");
    assertThat(d.agreements()).containsExactly("GA-MZ-2026-017");
    assertThat(d.reasons())
        .extracting(Reason::code)
        .containsExactly("agreement", "masked", "withheld");
    assertThat(d.explanation().en())
        .contains(
            "allowed by sharing agreement GA-MZ-2026-017, approved by 省大数据局 2026-17, valid until 2026-12-31");
    assertThat(d.explanation().zh()).contains("依共享协议 GA-MZ-2026-017 允许");
  }

  @Test
  void anAgreementIsValidFromItsFirstThroughItsLastDay() {
    SharingAgreement a = policy().agreements().get(0);
    assertThat(a.validOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(a.validOn(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(a.validOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(a.validOn(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void deniedWithoutAnAgreementAfterItsExpiryAndForAPurposeItDoesNotName() {
    AccessPolicy p = policy();
    Subject hr = caseworker().department("human-resources").build();
    Decision none = p.decide(hr, Resident.class, AccessAction.READ, IN_2026);
    assertThat(none.effect()).isEqualTo(Decision.Effect.DENY);
    assertThat(none.withheld()).hasSize(5);
    assertThat(none.reasons()).extracting(Reason::code).containsExactly("no-agreement");
    assertThat(none.reasons().get(0).text().en())
        .isEqualTo(
            "denied: no sharing agreement lets human-resources read resident owned by public-security");

    Decision expired =
        p.decide(
            caseworker().build(),
            Resident.class,
            AccessAction.READ,
            Instant.parse("2027-01-01T00:30:00Z"));
    assertThat(expired.effect()).isEqualTo(Decision.Effect.DENY);
    assertThat(expired.reasons().get(0).text().en())
        .isEqualTo("denied: agreement GA-MZ-2026-017 expired after 2026-12-31");

    // 2026-12-31T20:00Z is already 2027-01-01 in Shanghai: the agreement's last day is over there
    Decision lateUtc =
        p.decide(
            caseworker().build(),
            Resident.class,
            AccessAction.READ,
            Instant.parse("2026-12-31T20:00:00Z"));
    assertThat(lateUtc.reasons()).extracting(Reason::code).containsExactly("expired");

    Decision purpose =
        p.decide(
            caseworker().purpose("marketing").build(), Resident.class, AccessAction.READ, IN_2026);
    assertThat(purpose.effect()).isEqualTo(Decision.Effect.DENY);
    assertThat(purpose.reasons().get(0).text().en())
        .isEqualTo(
            "denied: agreement GA-MZ-2026-017 does not name the purpose marketing; it names subsistence-allowance-review");

    Decision export = p.decide(caseworker().build(), Resident.class, AccessAction.EXPORT, IN_2026);
    assertThat(export.reasons()).extracting(Reason::code).containsExactly("action");

    Decision early =
        p.decide(
            caseworker().build(),
            Resident.class,
            AccessAction.READ,
            Instant.parse("2025-12-31T12:00:00Z"));
    assertThat(early.reasons()).extracting(Reason::code).containsExactly("not-yet-valid");
  }

  @Test
  void aMissingAttributeDeniesAndSaysWhich() {
    Subject noPurpose = caseworker().purpose(null).authentication(null).build();
    Decision d = policy().decide(noPurpose, Resident.class, AccessAction.READ, IN_2026);
    assertThat(d.effect()).isEqualTo(Decision.Effect.DENY);
    assertThat(d.reasons().get(0).text().en()).endsWith("needs: purpose, authentication");
    Decision unknown =
        policy()
            .decide(
                caseworker().department("tax").build(), Resident.class, AccessAction.READ, IN_2026);
    assertThat(unknown.reasons()).extracting(Reason::code).containsExactly("unknown-department");
  }

  @Test
  void theOwnerSeesEverythingOnlyAfterACryptographicSecondFactor() {
    Subject police =
        Subject.builder("p-7")
            .department("public-security")
            .purpose("case-handling")
            .authentication(Authentication.CRYPTOGRAPHIC_MULTI_FACTOR)
            .build();
    Decision strong = policy().decide(police, Resident.class, AccessAction.READ, IN_2026);
    assertThat(strong.effect()).isEqualTo(Decision.Effect.ALLOW);
    assertThat(strong.clear()).hasSize(5);
    assertThat(strong.reasons()).extracting(Reason::code).containsExactly("own-duty");

    Subject weak =
        Subject.builder("p-8")
            .department("public-security")
            .purpose("case-handling")
            .authentication(Authentication.SINGLE_FACTOR)
            .build();
    Decision d = policy().decide(weak, Resident.class, AccessAction.READ, IN_2026);
    assertThat(d.effect()).isEqualTo(Decision.Effect.ALLOW_MASKED);
    assertThat(d.masked()).containsExactly("idNumber");
    assertThat(d.withheld()).containsExactly("watchListFlag"); // core data: not even masked
    assertThat(d.reasons()).extracting(Reason::code).contains("strong-authentication");
    assertThat(d.reasons().get(1).text().en())
        .isEqualTo(
            "not in the clear: idNumber, watchListFlag at protection level 3 needs a cryptographic second factor (GB/T 22239-2019 8.1.4.1 d); the subject has single-factor");
  }

  @Test
  void asksForSomeFieldsOnly() {
    Decision d =
        policy()
            .decide(
                caseworker().build(), Resident.class, AccessAction.READ, Set.of("name"), IN_2026);
    assertThat(d.effect()).isEqualTo(Decision.Effect.ALLOW);
    assertThat(d.clear()).containsExactly("name");
    Decision none =
        policy()
            .decide(
                caseworker().build(),
                Resident.class,
                AccessAction.READ,
                Set.of("watchListFlag"),
                IN_2026);
    assertThat(none.effect()).isEqualTo(Decision.Effect.DENY);
    assertThat(none.reasons()).extracting(Reason::code).endsWith("nothing-released");
    assertThatThrownBy(
            () ->
                policy()
                    .decide(
                        caseworker().build(),
                        Resident.class,
                        AccessAction.READ,
                        Set.of("salary"),
                        IN_2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no field 'salary'");
  }

  @Test
  void agreementsThatContradictTheResourceAreRefusedWhenAdded() {
    AccessPolicy.Builder b =
        AccessPolicy.builder()
            .department("public-security", null, null)
            .department("civil-affairs", null, null)
            .resource(Resident.class);
    SharingAgreement.Builder base =
        SharingAgreement.builder("A-1")
            .between("public-security", "civil-affairs")
            .resource("resident")
            .purposes("p")
            .valid(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
            .approvedBy("x");
    assertThatThrownBy(() -> b.agreement(base.fields("idNumber").build()))
        .hasMessage(
            "dataClasses: agreement A-1: field 'idNumber' is personal data, which the agreement's dataClasses do not cover");
    SharingAgreement.Builder other =
        SharingAgreement.builder("A-2")
            .between("civil-affairs", "public-security")
            .resource("resident")
            .purposes("p")
            .fields("divisionCode")
            .valid(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
            .approvedBy("x");
    assertThatThrownBy(() -> b.agreement(other.build()))
        .hasMessageContaining(
            "resource 'resident' is owned by 'public-security', not 'civil-affairs'");
  }

  @Test
  void rememberedDecisionsEqualFreshOnesForEverySubjectDayActionAndAuthentication() {
    AccessPolicy warm = policy();
    List<Subject.Builder> who =
        List.of(
            caseworker(),
            Subject.builder("u-2")
                .department("civil-affairs")
                .roles("clerk")
                .purpose("subsistence-allowance-review"),
            caseworker().purpose("marketing"),
            caseworker().department("human-resources"),
            caseworker().department("public-security"),
            Subject.builder(null)
                .department("civil-affairs")
                .roles("caseworker")
                .purpose("subsistence-allowance-review"));
    List<Instant> days =
        List.of(
            IN_2026, Instant.parse("2025-12-31T12:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    for (int round = 0; round < 2; round++) { // the second round answers from memory
      for (Subject.Builder b : who) {
        for (Authentication auth : Authentication.values()) {
          Subject s = b.authentication(auth).build();
          for (Instant day : days) {
            for (AccessAction action : AccessAction.values()) {
              assertThat(warm.decide(s, Resident.class, action, day))
                  .isEqualTo(policy().decide(s, Resident.class, action, day));
            }
          }
        }
      }
    }
  }

  /** Another type that calls itself "resident" but was never given to the policy. */
  @io.anke.core.classification.DataResource(name = "resident", owner = "public-security")
  record Impostor(String name, String idNumber) {}

  @Test
  void anAgreementAppliesOnlyToTheTypeItWasCheckedAgainst() {
    AccessPolicy p = policy();
    assertThat(p.decide(caseworker().build(), Resident.class, AccessAction.READ, IN_2026).allowed())
        .isTrue();
    Decision d = p.decide(caseworker().build(), Impostor.class, AccessAction.READ, IN_2026);
    assertThat(d.effect()).isEqualTo(Decision.Effect.DENY);
    assertThat(d.reasons()).extracting(Reason::code).containsExactly("no-agreement");
  }

  @Test
  void concurrentDecisionsGiveTheSingleThreadedAnswers() throws Exception {
    AccessPolicy p = policy();
    List<Subject> subjects =
        List.of(
            caseworker().build(),
            caseworker().department("human-resources").build(),
            caseworker().purpose("other").build(),
            Subject.builder("p")
                .department("public-security")
                .purpose("x")
                .authentication(Authentication.SINGLE_FACTOR)
                .build());
    List<Decision> expected = new ArrayList<>();
    for (Subject s : subjects) {
      expected.add(p.decide(s, Resident.class, AccessAction.READ, IN_2026));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> all = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        all.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    int k = i % subjects.size();
                    if (!p.decide(subjects.get(k), Resident.class, AccessAction.READ, IN_2026)
                        .equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : all) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
