package io.anke.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.DataResource;
import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.core.validation.ResidentId;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DataAccessGuardTest {

  /** A mutable record class, to prove the caller's object is never changed. */
  @DataResource(name = "applicant", owner = "public-security")
  static class Applicant {
    @ResidentId
    @Classified(value = DataClass.SENSITIVE_PERSONAL, encrypted = true)
    @Masked(MaskStrategy.ID_NUMBER)
    String idNumber;

    @Classified(DataClass.PERSONAL)
    @Masked(MaskStrategy.NAME)
    String name;

    @Classified(DataClass.PERSONAL)
    @Masked(MaskStrategy.MOBILE)
    String mobile;

    int householdSize;

    Applicant() {}

    Applicant(String idNumber, String name, String mobile, int householdSize) {
      this.idNumber = idNumber;
      this.name = name;
      this.mobile = mobile;
      this.householdSize = householdSize;
    }
  }

  static AccessPolicy policy() {
    return AccessPolicy.builder()
        .department("public-security", null, null)
        .department("civil-affairs", null, null)
        .resource(Applicant.class)
        .agreement(
            SharingAgreement.builder("A-1")
                .between("public-security", "civil-affairs")
                .resource("applicant")
                .purposes("subsistence-allowance-review")
                .fields("name")
                .masked("idNumber")
                .dataClasses(DataClass.PERSONAL, DataClass.SENSITIVE_PERSONAL)
                .valid(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .approvedBy("x")
                .build())
        .build();
  }

  private final List<AccessEvent> audit = new ArrayList<>();

  private DataAccessGuard guard(ValidatorFactory validation) {
    DataAccessGuard.Builder b =
        DataAccessGuard.builder(policy())
            .auditor(audit::add)
            .clock(Clock.fixed(AccessPolicyTest.IN_2026, ZoneOffset.UTC));
    return (validation == null ? b : b.validator(validation.getValidator())).build();
  }

  @Test
  void returnsAMaskedCopyAndLeavesTheCallersObjectAlone() {
    Applicant a = new Applicant("110101199003071233", "张三", "13800138000", 3);
    Applicant seen = guard(null).read(AccessPolicyTest.caseworker().build(), a);
    assertThat(seen).isNotSameAs(a);
    assertThat(seen.name).isEqualTo("张三");
    assertThat(seen.idNumber).isEqualTo("110101********1233"); // masked as agreed
    assertThat(seen.mobile).isEqualTo("******"); // withheld: hidden whatever its @Masked says
    assertThat(seen.householdSize).isZero(); // withheld, not a string: left out
    assertThat(a.idNumber).isEqualTo("110101199003071233");
    assertThat(a.mobile).isEqualTo("13800138000");
    assertThat(a.householdSize).isEqualTo(3);
    assertThat(audit).singleElement().satisfies(e -> assertThat(e.records()).isOne());
  }

  /** A user of the owning department, strongly authenticated. */
  private static Subject owner() {
    return Subject.builder("p")
        .department("public-security")
        .purpose("x")
        .authentication(Authentication.CRYPTOGRAPHIC_MULTI_FACTOR)
        .build();
  }

  @Test
  void theOwnerGetsACopyToo() {
    Applicant a = new Applicant("110101199003071233", "张三", "13800138000", 3);
    Subject owner = owner();
    Applicant seen = guard(null).read(owner, a);
    assertThat(seen).isNotSameAs(a).usingRecursiveComparison().isEqualTo(a);
  }

  @Test
  void exportIsDecidedAsAnExportAndOnlyTheOwnerMayHereAsNoAgreementGrantsIt() {
    Applicant a = new Applicant("110101199003071233", "张三", "13800138000", 3);
    Subject owner = owner();
    Applicant exported = guard(null).export(owner, a);
    assertThat(exported).isNotSameAs(a).usingRecursiveComparison().isEqualTo(a);
    assertThatThrownBy(() -> guard(null).export(AccessPolicyTest.caseworker().build(), a))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit)
        .extracting(e -> e.decision().action(), e -> e.decision().allowed(), AccessEvent::records)
        .containsExactly(tuple(AccessAction.EXPORT, true, 1), tuple(AccessAction.EXPORT, false, 0));
  }

  @Test
  void anAuditorThatFailsStopsTheAccess() {
    DataAccessGuard g =
        DataAccessGuard.builder(policy())
            .auditor(
                e -> {
                  throw new IllegalStateException("audit log full");
                })
            .clock(Clock.fixed(AccessPolicyTest.IN_2026, ZoneOffset.UTC))
            .build();
    assertThatThrownBy(
            () ->
                g.read(
                    AccessPolicyTest.caseworker().build(),
                    new Applicant("110101199003071233", "x", null, 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("audit log full");
  }

  /** The read is refused for the invalid identity number alone, and nothing is audited. */
  private void refusedForTheIdNumber(Function<DataAccessGuard, Object> read) {
    try (ValidatorFactory v = Validation.buildDefaultValidatorFactory()) {
      assertThatThrownBy(() -> read.apply(guard(v)))
          .isInstanceOfSatisfying(
              ConstraintViolationException.class,
              e ->
                  assertThat(e.getConstraintViolations())
                      .extracting(c -> c.getPropertyPath().toString())
                      .containsExactly("idNumber"));
      assertThat(audit).isEmpty();
    }
  }

  @Test
  void anInvalidRecordIsRefusedBeforeAnythingIsDecided() {
    Applicant bad = new Applicant("110101199003071234", "张三", null, 1);
    refusedForTheIdNumber(g -> g.read(AccessPolicyTest.caseworker().build(), bad));
  }

  @Test
  void oneInvalidRecordAmongManyRefusesTheWholeReadBeforeAnythingIsDecided() {
    List<Applicant> list =
        List.of(
            new Applicant("110101199003071233", "张三", null, 1),
            new Applicant("110101199003071234", "李四", null, 2));
    refusedForTheIdNumber(g -> g.readAll(AccessPolicyTest.caseworker().build(), list));
  }

  @Test
  void readAllDecidesOnceForRecordsOfOneType() {
    List<Applicant> list =
        List.of(
            new Applicant("110101199003071233", "张三", null, 1),
            new Applicant("11010519491231002X", "李四", null, 2));
    List<Applicant> seen = guard(null).readAll(AccessPolicyTest.caseworker().build(), list);
    assertThat(seen)
        .extracting(x -> x.idNumber)
        .containsExactly("110101********1233", "110105********002X");
    assertThat(audit).singleElement().satisfies(e -> assertThat(e.records()).isEqualTo(2));
    assertThatThrownBy(
            () ->
                guard(null)
                    .readAll(AccessPolicyTest.caseworker().build(), List.of(list.get(0), "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDenialIsAuditedAndThrownWithItsReasons() {
    Subject hr = AccessPolicyTest.caseworker().department("public-security").purpose(null).build();
    assertThatThrownBy(
            () -> guard(null).read(hr, new Applicant("110101199003071233", "x", null, 0)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("拒绝：主体缺少判定所需的属性：purpose | denied: the subject lacks");
    assertThat(audit).singleElement().satisfies(e -> assertThat(e.decision().allowed()).isFalse());
  }
}
