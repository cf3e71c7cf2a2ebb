package io.anke.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jakarta executable validation of a service's return value, the subject passed as payload. */
class LawfulAccessTest {
  private static ValidatorFactory factory;

  /** A service method whose result must be one the caller may read. */
  static class ResidentService {
    @LawfulAccess
    Resident find(String id) {
      return new Resident(id, "张三", "13800138000", "110101", "0");
    }

    @LawfulAccess
    List<Resident> all() {
      return List.of();
    }
  }

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Set<ConstraintViolation<ResidentService>> check(Validator validator, Object value)
      throws Exception {
    ExecutableValidator executables = validator.forExecutables();
    Method find = ResidentService.class.getDeclaredMethod("find", String.class);
    return executables.validateReturnValue(new ResidentService(), find, value);
  }

  private static Validator validatorFor(Subject subject) {
    Clock clock = Clock.fixed(AccessPolicyTest.IN_2026, ZoneOffset.UTC);
    return factory
        .unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .constraintValidatorPayload(new AccessContext(subject, AccessPolicyTest.policy(), clock))
        .getValidator();
  }

  private static final Resident RECORD =
      new Resident("110101199003071233", "张三", "13800138000", "110101", "0");

  @Test
  void allowedReturnValuesPassAndDeniedOnesAreViolationsWithTheReasons() throws Exception {
    assertThat(check(validatorFor(AccessPolicyTest.caseworker().build()), RECORD)).isEmpty();
    Subject hr =
        AccessPolicyTest.caseworker().department("human-resources").purpose("${1+1}").build();
    Set<ConstraintViolation<ResidentService>> v = check(validatorFor(hr), RECORD);
    assertThat(v).hasSize(1);
    assertThat(v.iterator().next().getMessage())
        .contains(
            "no sharing agreement lets human-resources read resident owned by public-security");
  }

  @Test
  void userTextInTheReasonsIsNotInterpreted() throws Exception {
    Subject hostile = AccessPolicyTest.caseworker().purpose("${'x'.repeat(3)}{reasons}").build();
    ConstraintViolation<ResidentService> v = check(validatorFor(hostile), RECORD).iterator().next();
    assertThat(v.getMessage()).contains("does not name the purpose ${'x'.repeat(3)}{reasons}");
  }

  @Test
  void withoutAPayloadEveryValueIsAViolation() throws Exception {
    Set<ConstraintViolation<ResidentService>> v = check(factory.getValidator(), RECORD);
    // exactly one: allMatch alone would hold for no violation at all, a validator failing open
    assertThat(v)
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .asString()
        .contains("AccessContext");
    assertThat(check(factory.getValidator(), null)).isEmpty();
  }

  @Test
  void aValueThatIsNoClassifiedResourceIsAViolation() throws Exception {
    Set<ConstraintViolation<ResidentService>> v =
        check(validatorFor(AccessPolicyTest.caseworker().build()), List.of(RECORD, "not a record"));
    assertThat(v)
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .asString()
        .contains("not a correctly classified data resource");
  }
}
