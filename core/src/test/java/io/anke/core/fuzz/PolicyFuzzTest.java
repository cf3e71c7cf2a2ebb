package io.anke.core.fuzz;

import static io.anke.core.classification.DataClass.CORE;
import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.ConfigurationException;
import io.anke.core.classification.Classified;
import io.anke.core.classification.DataResource;
import io.anke.core.policy.AccessAction;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.Decision;
import io.anke.core.policy.SharingAgreement;
import io.anke.core.policy.Subject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A data-sharing policy file: any text is either a policy or a {@link ConfigurationException}
 * naming the file; an accepted policy decides every action of a subject of each of its departments
 * on the resource it was read with, without failing.
 */
class PolicyFuzzTest {
  private static final String SOURCE = "policy.yaml";
  private static final List<Class<?>> RESOURCES = List.of(Resident.class);
  private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

  /** A population record owned by public security, as the policy fixtures name it. */
  @DataResource(owner = "public-security")
  record Resident(
      @Classified(value = SENSITIVE_PERSONAL, encrypted = true) String idNumber,
      @Classified(PERSONAL) String name,
      @Classified(PERSONAL) String mobile,
      String divisionCode,
      @Classified(value = CORE, encrypted = true) String watchListFlag) {}

  @FuzzTest
  void policyFile(byte[] data) {
    AccessPolicy policy;
    try {
      policy = AccessPolicy.read(SOURCE, new String(data, StandardCharsets.UTF_8), RESOURCES);
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
      return;
    }
    for (String department : policy.departments().keySet()) {
      Subject.Builder subject =
          Subject.builder("u-1").department(department).authentication(Authentication.MULTI_FACTOR);
      for (SharingAgreement a : policy.agreements()) {
        subject.roles(a.roles());
        a.purposes().stream().findFirst().ifPresent(subject::purpose);
      }
      for (AccessAction action : AccessAction.values()) {
        Decision d = policy.decide(subject.build(), Resident.class, action, AT);
        assertThat(d.effect()).isNotNull();
      }
    }
  }
}
