package io.anke.samples.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.policy.AccessDeniedException;
import io.anke.core.policy.AccessEvent;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.DataAccessGuard;
import io.anke.core.policy.Decision;
import io.anke.core.policy.Reason;
import io.anke.core.policy.Subject;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.field.IndexNormalizer;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data-access walkthrough as an application runs it: a resident's record is stored with its
 * identity number encrypted, found by its blind index, validated, decided, masked and audited when
 * the civil-affairs department reads it under a sharing agreement — and refused without one, after
 * the agreement's expiry and for a purpose it does not name.
 */
class DataSharingTest {
  static final String ID = "110101199003071233";
  static final Instant JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

  private Connection db;
  private ValidatorFactory validation;
  private final List<AccessEvent> audit = new ArrayList<>();
  private ResidentStore store;
  private AccessPolicy policy;

  static Path policyFile() throws URISyntaxException {
    return Path.of(DataSharingTest.class.getResource("sharing-policy.yaml").toURI());
  }

  @BeforeEach
  void setUp() throws Exception {
    db = DriverManager.getConnection("jdbc:h2:mem:residents;DB_CLOSE_DELAY=-1");
    validation = Validation.buildDefaultValidatorFactory();
    // keys: an SM4-GCM keyset for the column, a separate random key for the blind index
    KeysetHandle columnKeys = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] indexKey = new byte[32];
    new SecureRandom().nextBytes(indexKey);
    FieldEncryptor encryptor = FieldEncryptor.create(columnKeys, "resident");
    BlindIndex idIndex =
        BlindIndex.forColumn(indexKey, "resident.id_number", IndexNormalizer.IDENTIFIER);
    store = new ResidentStore(db, encryptor, idIndex);
    store.insert(1, new Resident(ID, "张三", "13800138000", "110101", "北京市东城区东华门街道1号"));
    policy = AccessPolicy.load(policyFile(), List.of(Resident.class));
  }

  @AfterEach
  void tearDown() throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    }
    db.close();
    validation.close();
  }

  private ResidentRecords service(Instant now) {
    Validator validator = validation.getValidator();
    DataAccessGuard guard =
        DataAccessGuard.builder(policy)
            .validator(validator)
            .auditor(audit::add)
            .clock(Clock.fixed(now, ZoneId.of("Asia/Shanghai")))
            .build();
    return new ResidentRecords(store, guard);
  }

  static Subject.Builder caseworker() {
    return Subject.builder("mz-0042")
        .department("civil-affairs")
        .roles("caseworker")
        .purpose("subsistence-allowance-review")
        .authentication(Authentication.MULTI_FACTOR);
  }

  @Test
  void anotherDepartmentReadsUnderTheAgreementWhatItAllowsMasked() throws Exception {
    Resident seen =
        service(JUNE_2026).read(caseworker().build(), "110101199003071233").orElseThrow();
    assertThat(seen)
        .isEqualTo(new Resident("110101********1233", "张三", "138****8000", "110101", "******"));
    Decision d = audit.get(0).decision();
    assertThat(d.effect()).isEqualTo(Decision.Effect.ALLOW_MASKED);
    assertThat(d.agreements()).containsExactly("GA-MZ-2026-017");
    assertThat(audit.get(0).subject().id()).isEqualTo("mz-0042");
    assertThat(audit.get(0).records()).isEqualTo(1);
  }

  @Test
  void deniedWithoutAnAgreementAfterItsExpiryAndForAnotherPurpose() {
    Subject hr = caseworker().department("human-resources").build();
    assertThatThrownBy(() -> service(JUNE_2026).read(hr, ID))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("no sharing agreement lets human-resources read resident");
    assertThatThrownBy(
            () -> service(Instant.parse("2027-01-05T00:00:00Z")).read(caseworker().build(), ID))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("agreement GA-MZ-2026-017 expired after 2026-12-31")
        .hasMessageContaining("协议 GA-MZ-2026-017 已于 2026-12-31 之后失效");
    Subject marketing = caseworker().purpose("marketing").build();
    assertThatThrownBy(() -> service(JUNE_2026).read(marketing, ID))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e ->
                assertThat(e.decision().reasons())
                    .extracting(Reason::code)
                    .containsExactly("purpose"));
    // each refusal is in the audit trail, with nothing released
    assertThat(audit).hasSize(3);
    assertThat(audit).allSatisfy(e -> assertThat(e.records()).isZero());
    assertThat(audit)
        .allSatisfy(e -> assertThat(e.decision().effect()).isEqualTo(Decision.Effect.DENY));
  }

  @Test
  void theIdentityNumberIsStoredEncryptedAndBoundToItsRow() throws Exception {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id_number FROM resident WHERE row_id = 1")) {
      rs.next();
      assertThat(rs.getString(1)).doesNotContain(ID).doesNotContain("1233");
    }
    store.insert(2, new Resident("11010519491231002X", "李四", null, "110105", null));
    try (Statement s = db.createStatement()) {
      // an insider copies row 1's ciphertext over row 2's: it no longer decrypts
      s.execute(
          "UPDATE resident SET id_number = (SELECT id_number FROM resident WHERE row_id = 1)"
              + " WHERE row_id = 2");
    }
    assertThatThrownBy(() -> store.findByIdNumber("11010519491231002x"))
        .isInstanceOf(DecryptionFailedException.class);
    // the blind index normalises: lower-case x finds the same row before it is tampered with
  }

  @Test
  void anInvalidRecordIsAConstraintViolationNotAnAccess() throws Exception {
    store.insert(3, new Resident("110101199003071234", "王五", "12345", "990000", null));
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    try {
      assertThatThrownBy(() -> service(JUNE_2026).read(caseworker().build(), "110101199003071234"))
          .isInstanceOfSatisfying(
              ConstraintViolationException.class,
              e ->
                  assertThat(e.getConstraintViolations())
                      .extracting(v -> v.getPropertyPath().toString())
                      .containsExactlyInAnyOrder("idNumber", "mobile", "divisionCode"));
    } finally {
      Locale.setDefault(Locale.ROOT);
    }
    assertThat(audit).isEmpty();
  }
}
