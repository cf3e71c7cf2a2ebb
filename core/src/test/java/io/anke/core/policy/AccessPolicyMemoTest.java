package io.anke.core.policy;

import static io.anke.core.classification.DataClass.PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A policy remembers decisions per subject kind, action and authentication, so that repeated
 * requests cost a lookup. What it remembers must never answer a request it was not computed for:
 * one shared policy, asked a shuffled mix of requests that differ in every input the decision reads
 * (some of which the memo must not serve: other fields, an incomplete subject, an unknown
 * department, a look-alike type of the same resource name), answers each exactly as a new policy
 * does.
 */
class AccessPolicyMemoTest {
  /** Another type named like the registered resource, with other classifications. */
  @DataResource(owner = "public-security", name = "resident")
  record LookAlike(@Classified(PERSONAL) String name, String idNumber) {}

  private record Request(
      Subject subject, Class<?> type, AccessAction action, Set<String> fields, Instant at) {
    Decision on(AccessPolicy p) {
      return fields == null
          ? p.decide(subject, type, action, at)
          : p.decide(subject, type, action, fields, at);
    }
  }

  @Test
  void aSharedPolicyAnswersEveryRequestAsANewPolicyDoes() {
    List<Subject> subjects = new ArrayList<>();
    for (Authentication a : Authentication.values()) {
      subjects.add(AccessPolicyTest.caseworker().authentication(a).build());
      subjects.add(
          AccessPolicyTest.caseworker().department("public-security").authentication(a).build());
    }
    subjects.add(AccessPolicyTest.caseworker().authentication(null).build());
    subjects.add(AccessPolicyTest.caseworker().department("human-resources").build());
    subjects.add(AccessPolicyTest.caseworker().department("tax-bureau").build());
    subjects.add(AccessPolicyTest.caseworker().purpose("").build());
    subjects.add(AccessPolicyTest.caseworker().purpose("other-purpose").build());
    subjects.add(AccessPolicyTest.caseworker().department("").build());
    subjects.add(
        Subject.builder("")
            .department("civil-affairs")
            .purpose("subsistence-allowance-review")
            .authentication(Authentication.MULTI_FACTOR)
            .build());

    List<Set<String>> residentFields =
        List.of(Set.of("name"), Set.of("name", "idNumber"), Set.of("watchListFlag"));
    List<Instant> days =
        List.of(
            AccessPolicyTest.IN_2026,
            Instant.parse("2025-06-01T02:00:00Z"),
            Instant.parse("2027-06-01T02:00:00Z"));
    List<Request> requests = new ArrayList<>();
    for (Subject s : subjects) {
      for (AccessAction action : AccessAction.values()) {
        for (Instant at : days) {
          requests.add(new Request(s, Resident.class, action, null, at));
          requests.add(new Request(s, LookAlike.class, action, null, at));
          for (Set<String> f : residentFields) {
            requests.add(new Request(s, Resident.class, action, f, at));
          }
        }
      }
    }
    // Twice through in a fixed shuffled order: each request also comes after the others.
    List<Request> order = new ArrayList<>(requests);
    order.addAll(requests);
    Collections.shuffle(order, new Random(20261203));

    AccessPolicy shared = AccessPolicyTest.policy();
    int allowed = 0;
    for (Request r : order) {
      Decision expected = r.on(AccessPolicyTest.policy());
      assertThat(r.on(shared)).as("%s", r).isEqualTo(expected);
      allowed += expected.allowed() ? 1 : 0;
    }
    // The mix holds both outcomes, so a memo answering one for the other is seen.
    assertThat(allowed).isBetween(1, order.size() - 1);
  }
}
