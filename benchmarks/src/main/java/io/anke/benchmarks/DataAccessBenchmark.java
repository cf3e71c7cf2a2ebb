package io.anke.benchmarks;

import static io.anke.core.classification.DataClass.PERSONAL;
import static io.anke.core.classification.DataClass.SENSITIVE_PERSONAL;

import io.anke.core.classification.Classified;
import io.anke.core.classification.DataClass;
import io.anke.core.classification.DataResource;
import io.anke.core.masking.MaskStrategy;
import io.anke.core.masking.Masked;
import io.anke.core.policy.AccessAction;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.DataAccessGuard;
import io.anke.core.policy.Decision;
import io.anke.core.policy.SharingAgreement;
import io.anke.core.policy.Subject;
import io.anke.core.validation.DivisionCode;
import io.anke.core.validation.MobileNumber;
import io.anke.core.validation.ResidentId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a data-access decision once metadata is cached, side by side with validating the same
 * bean with plain Hibernate Validator, and of the whole guard (validate, decide, mask).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DataAccessBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DataAccessBenchmark {

  /** The record the benchmark reads: five fields, three of them personal. */
  @DataResource(name = "resident", owner = "public-security")
  public record Resident(
      @NotNull
          @ResidentId
          @Classified(value = SENSITIVE_PERSONAL, encrypted = true)
          @Masked(MaskStrategy.ID_NUMBER)
          String idNumber,
      @NotBlank @Classified(PERSONAL) @Masked(MaskStrategy.NAME) String name,
      @MobileNumber @Classified(PERSONAL) @Masked(MaskStrategy.MOBILE) String mobile,
      @DivisionCode String divisionCode,
      @Classified(PERSONAL) @Masked(MaskStrategy.ADDRESS) String address) {}

  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  private static final Set<String> SOME_FIELDS = Set.of("name", "idNumber", "address");

  private ValidatorFactory factory;
  private Validator validator;
  private AccessPolicy policy;
  private DataAccessGuard guard;
  private DataAccessGuard guardWithoutValidation;
  private Subject caseworker;
  private Subject owner;
  private Resident resident;

  @Setup(Level.Trial)
  public void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    policy =
        AccessPolicy.builder()
            .department("public-security", "省公安厅", "Public Security")
            .department("civil-affairs", "省民政厅", "Civil Affairs")
            .resource(Resident.class)
            .agreement(
                SharingAgreement.builder("GA-MZ-2026-017")
                    .between("public-security", "civil-affairs")
                    .resource("resident")
                    .purposes("subsistence-allowance-review")
                    .fields("name", "divisionCode")
                    .masked("idNumber", "mobile")
                    .dataClasses(DataClass.PERSONAL, DataClass.SENSITIVE_PERSONAL)
                    .roles("caseworker")
                    .valid(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                    .approvedBy("bench")
                    .build())
            .build();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    guard = DataAccessGuard.builder(policy).validator(validator).clock(clock).build();
    guardWithoutValidation = DataAccessGuard.builder(policy).clock(clock).build();
    caseworker =
        Subject.builder("mz-0042")
            .department("civil-affairs")
            .roles("caseworker")
            .purpose("subsistence-allowance-review")
            .authentication(Authentication.MULTI_FACTOR)
            .build();
    owner =
        Subject.builder("ga-7")
            .department("public-security")
            .purpose("case-handling")
            .authentication(Authentication.CRYPTOGRAPHIC_MULTI_FACTOR)
            .build();
    resident = new Resident("110101199003071233", "张三", "13800138000", "110101", "北京市东城区东华门街道1号");
    if (!validator.validate(resident).isEmpty()
        || decideUnderAgreement().effect() != Decision.Effect.ALLOW_MASKED) {
      throw new IllegalStateException("the benchmark's record or policy is not what it should be");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /**
   * A decision under a sharing agreement for every field: fields masked and withheld (after the
   * first, answered from the policy's memory of this agreement, action and authentication).
   */
  @Benchmark
  public Decision decideUnderAgreement() {
    return policy.decide(caseworker, Resident.class, AccessAction.READ, NOW);
  }

  /**
   * A decision for some fields only: decided afresh every time (only requests for every field are
   * remembered), the cost of a first decision.
   */
  @Benchmark
  public Decision decideSomeFields() {
    return policy.decide(caseworker, Resident.class, AccessAction.READ, SOME_FIELDS, NOW);
  }

  /** A decision for the owner's own department. */
  @Benchmark
  public Decision decideOwnDuty() {
    return policy.decide(owner, Resident.class, AccessAction.READ, NOW);
  }

  /** For comparison: Hibernate Validator validating the same bean (five constraints). */
  @Benchmark
  public Set<ConstraintViolation<Resident>> validateWithHibernateValidator() {
    return validator.validate(resident);
  }

  /** The guard's whole read: validate, decide, mask a copy. */
  @Benchmark
  public Resident guardRead() {
    return guard.read(caseworker, resident);
  }

  /** The guard's read without validation: decide and mask a copy. */
  @Benchmark
  public Resident guardReadWithoutValidation() {
    return guardWithoutValidation.read(caseworker, resident);
  }
}
