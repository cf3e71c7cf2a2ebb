package io.anke.samples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.audit.AuditProblem;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.engine.ScanResult;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.spring.guard.GuardOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal started as it runs, on a random port, driven over real HTTP: reads under the sharing
 * agreement (masked), by the owner (clear), denials with their reasons in both languages, requests
 * without a requester, Actuator's {@code anke} health component — and at the end, after the
 * application has shut down, the audit trail it left verifies and holds one {@code data.access}
 * record per decided request, with the decision each request got.
 *
 * <p>The methods run in order: each one adds the audit records it expects; Spring shuts the
 * application down after the last, and {@code @AfterAll} checks the trail it left against them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // read by the start-up guard, before the context (and @DynamicPropertySource) exists
    properties = "anke.guard.report=target/portal-test-guard-report.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalApplicationTest {
  /** A day on which agreement GA-MZ-2026-017 applies (10:00 in Shanghai). */
  static final Instant JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

  static final String ZHANG_SAN = "110101199003071233";
  static final String WANG_JIANGUO = "37010319620228006X";
  static final String LI_NA = "370102198507152344";
  static final String ZHAO_MIN = "370102200101013213"; // stored with an invalid mobile number
  static final String NOBODY = "110101200001010010"; // a valid number nobody has

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  /** The data.access records the requests so far must have left, in order. */
  static final List<AuditedAccess> EXPECTED = new ArrayList<>();

  record AuditedAccess(String user, String department, String decision, String records) {}

  @DynamicPropertySource
  static void portalDirectories(DynamicPropertyRegistry registry) {
    registry.add("portal.audit.directory", () -> dir.resolve("audit").toString());
    registry.add("portal.keys.directory", () -> dir.resolve("keys").toString());
    registry.add("portal.audit.checkpoint-every", () -> "4");
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedDay {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(JUNE_2026, ZoneOffset.UTC);
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired GuardOutcome guardOutcome;
  @Autowired JdbcTemplate jdbc;

  // ---- requests ----

  /** A civil-affairs caseworker reviewing an allowance application. */
  static HttpHeaders caseworker() {
    HttpHeaders h = new HttpHeaders();
    h.set("X-Anke-User", "mz-0042");
    h.set("X-Anke-Department", "civil-affairs");
    h.set("X-Anke-Purpose", "subsistence-allowance-review");
    h.set("X-Anke-Roles", "caseworker");
    h.set("X-Anke-Authentication", "multi-factor");
    return h;
  }

  static HttpHeaders requester(String user, String department, String purpose) {
    HttpHeaders h = new HttpHeaders();
    h.set("X-Anke-User", user);
    h.set("X-Anke-Department", department);
    h.set("X-Anke-Purpose", purpose);
    return h;
  }

  ResponseEntity<String> get(String idNumber, HttpHeaders headers) {
    return http.exchange(
        "/api/residents/" + idNumber, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertProblem(ResponseEntity<String> response, HttpStatus status, String type) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
    JsonNode body = json(response);
    assertThat(body.path("type").asText()).isEqualTo("tag:anke.io,2026:portal/" + type);
    assertThat(body.path("status").asInt()).isEqualTo(status.value());
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).isNotBlank();
    // an id for the occurrence, not the request path with the identity number in it
    assertThat(body.path("instance").asText()).startsWith("urn:uuid:");
  }

  // ---- reads that are allowed ----

  @Test
  @Order(1)
  void anotherDepartmentReadsUnderTheAgreementMaskedAsAgreed() throws Exception {
    ResponseEntity<String> response = get(ZHANG_SAN, caseworker());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
    // name and region in the clear, identity number and mobile masked, the address withheld
    assertThat(json(response))
        .isEqualTo(
            JSON.readTree(
                "{\"idNumber\":\"110101********1233\",\"name\":\"张三\",\"mobile\":\"138****8000\","
                    + "\"divisionCode\":\"110101\",\"address\":\"******\"}"));
    EXPECTED.add(new AuditedAccess("mz-0042", "civil-affairs", "allow-masked", "1"));
  }

  @Test
  @Order(2)
  void theOwnerReadsInTheClearWithACryptographicSecondFactor() throws Exception {
    HttpHeaders officer = requester("ga-0007", "public-security", "household-registration");
    officer.set("X-Anke-Authentication", "cryptographic-multi-factor");

    // a lower-case x finds the record: the blind index normalises the number
    ResponseEntity<String> response = get("37010319620228006x", officer);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(response))
        .isEqualTo(
            JSON.readTree(
                "{\"idNumber\":\"37010319620228006X\",\"name\":\"王建国\",\"mobile\":\"15866661234\","
                    + "\"divisionCode\":\"370103\",\"address\":\"济南市市中区经四路56号\"}"));
    EXPECTED.add(new AuditedAccess("ga-0007", "public-security", "allow", "1"));
  }

  @Test
  @Order(3)
  void theOwnerWithoutACryptographicFactorSeesTheSensitiveIdentityNumberMasked() throws Exception {
    // no X-Anke-Authentication: the weakest claim, single-factor
    ResponseEntity<String> response =
        get(WANG_JIANGUO, requester("ga-0008", "public-security", "household-registration"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(response))
        .isEqualTo(
            JSON.readTree(
                "{\"idNumber\":\"370103********006X\",\"name\":\"王建国\",\"mobile\":\"15866661234\","
                    + "\"divisionCode\":\"370103\",\"address\":\"济南市市中区经四路56号\"}"));
    EXPECTED.add(new AuditedAccess("ga-0008", "public-security", "allow-masked", "1"));
  }

  // ---- denials ----

  @Test
  @Order(10)
  void aDepartmentWithoutAnAgreementIsDeniedWithTheReasonInBothLanguages() {
    HttpHeaders hr = requester("rs-0100", "human-resources", "pension-review");
    hr.set("X-Anke-Roles", "caseworker");

    ResponseEntity<String> response = get(ZHANG_SAN, hr);

    assertProblem(response, HttpStatus.FORBIDDEN, "access-denied");
    JsonNode body = json(response);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
    assertThat(body.path("title").asText()).isEqualTo("Access denied by the data-sharing policy");
    assertThat(body.path("decision").asText()).isEqualTo("deny");
    JsonNode reason = body.path("reasons").get(0);
    assertThat(body.path("reasons").size()).isEqualTo(1);
    assertThat(reason.path("code").asText()).isEqualTo("no-agreement");
    assertThat(reason.path("en").asText())
        .isEqualTo(
            "denied: no sharing agreement lets human-resources read resident owned by"
                + " public-security");
    assertThat(reason.path("zh").asText()).contains("human-resources").contains("public-security");
    assertThat(body.path("detail").asText()).isEqualTo(reason.path("en").asText());
    // nothing of the record in the answer
    assertThat(response.getBody()).doesNotContain("张三").doesNotContain("1233");
    EXPECTED.add(new AuditedAccess("rs-0100", "human-resources", "deny", "0"));
  }

  @Test
  @Order(11)
  void aPurposeTheAgreementDoesNotNameIsDeniedAndTitledInChineseWhenAsked() {
    HttpHeaders marketing = caseworker();
    marketing.set("X-Anke-Purpose", "marketing");
    marketing.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.5");

    ResponseEntity<String> response = get(ZHANG_SAN, marketing);

    assertProblem(response, HttpStatus.FORBIDDEN, "access-denied");
    JsonNode body = json(response);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("zh-CN");
    assertThat(body.path("title").asText()).isEqualTo("数据共享策略拒绝访问");
    JsonNode reason = body.path("reasons").get(0);
    assertThat(reason.path("code").asText()).isEqualTo("purpose");
    assertThat(reason.path("en").asText())
        .contains("agreement GA-MZ-2026-017 does not name the purpose marketing");
    assertThat(reason.path("zh").asText()).contains("GA-MZ-2026-017").contains("marketing");
    assertThat(body.path("detail").asText()).isEqualTo(reason.path("zh").asText());
    EXPECTED.add(new AuditedAccess("mz-0042", "civil-affairs", "deny", "0"));
  }

  @Test
  @Order(12)
  void whetherSomeoneExistsIsToldOnlyToThoseAllowedToRead() {
    ResponseEntity<String> allowed = get(NOBODY, caseworker());
    assertProblem(allowed, HttpStatus.NOT_FOUND, "not-found");
    EXPECTED.add(new AuditedAccess("mz-0042", "civil-affairs", "allow-masked", "0"));

    ResponseEntity<String> refused =
        get(NOBODY, requester("rs-0100", "human-resources", "pension-review"));
    assertProblem(refused, HttpStatus.FORBIDDEN, "access-denied");
    assertThat(json(refused).path("reasons").get(0).path("code").asText())
        .isEqualTo("no-agreement");
    EXPECTED.add(new AuditedAccess("rs-0100", "human-resources", "deny", "0"));
  }

  // ---- requests that name no requester, or nothing valid ----

  @Test
  @Order(20)
  void withoutTheRequesterHeadersTheAnswerIs400NamingThemAndNothingIsDecided() {
    HttpHeaders onlyUser = new HttpHeaders();
    onlyUser.set("X-Anke-User", "mz-0042");

    ResponseEntity<String> response = get(ZHANG_SAN, onlyUser);

    assertProblem(response, HttpStatus.BAD_REQUEST, "missing-headers");
    JsonNode body = json(response);
    assertThat(body.path("missingHeaders").toString())
        .isEqualTo("[\"X-Anke-Department\",\"X-Anke-Purpose\"]");
    assertThat(body.path("detail").asText())
        .isEqualTo(
            "the request lacks the header(s) naming the requester: X-Anke-Department,"
                + " X-Anke-Purpose");
    assertThat(response.getBody()).doesNotContain("张三");

    assertProblem(get(ZHANG_SAN, new HttpHeaders()), HttpStatus.BAD_REQUEST, "missing-headers");
  }

  @Test
  @Order(21)
  void anUnknownAuthenticationOrAPathThatIsNoIdentityNumberIs400() {
    HttpHeaders claimed = caseworker();
    claimed.set("X-Anke-Authentication", "usb-key");
    ResponseEntity<String> unknown = get(ZHANG_SAN, claimed);
    assertProblem(unknown, HttpStatus.BAD_REQUEST, "invalid-header");
    assertThat(json(unknown).path("detail").asText())
        .contains("X-Anke-Authentication")
        .contains("cryptographic-multi-factor");

    // one digit changed: the check character no longer matches
    assertProblem(
        get("110101199003071234", caseworker()), HttpStatus.BAD_REQUEST, "invalid-id-number");
  }

  // ---- stored records that must not be released ----

  @Test
  @Order(30)
  void aStoredRecordThatFailsItsConstraintsIs500NamingTheFieldNotItsValue() {
    ResponseEntity<String> response = get(ZHAO_MIN, caseworker());

    assertProblem(response, HttpStatus.INTERNAL_SERVER_ERROR, "invalid-stored-record");
    assertThat(json(response).path("fields").toString()).isEqualTo("[\"mobile\"]");
    assertThat(response.getBody()).doesNotContain("12345").doesNotContain("赵敏");
    EXPECTED.add(new AuditedAccess("mz-0042", "civil-affairs", "allow-masked", "0"));

    // to a requester without an agreement it is a denial like any other
    ResponseEntity<String> refused =
        get(ZHAO_MIN, requester("rs-0100", "human-resources", "pension-review"));
    assertProblem(refused, HttpStatus.FORBIDDEN, "access-denied");
    EXPECTED.add(new AuditedAccess("rs-0100", "human-resources", "deny", "0"));
  }

  @Test
  @Order(31)
  void aCiphertextCopiedFromAnotherRowIsNotDecryptedAnd500() {
    String stored =
        jdbc.queryForObject("SELECT mobile FROM resident WHERE row_id = 2", String.class);
    assertThat(stored).doesNotContain("13912345678"); // stored encrypted
    assertThat(get(LI_NA, caseworker()).getStatusCode()).isEqualTo(HttpStatus.OK);
    EXPECTED.add(new AuditedAccess("mz-0042", "civil-affairs", "allow-masked", "1"));

    // an insider copies row 1's mobile ciphertext over row 2's
    jdbc.update(
        "UPDATE resident SET mobile = (SELECT mobile FROM resident WHERE row_id = 1)"
            + " WHERE row_id = 2");
    ResponseEntity<String> response = get(LI_NA, caseworker());

    assertProblem(response, HttpStatus.INTERNAL_SERVER_ERROR, "unreadable-stored-record");
    assertThat(response.getBody()).doesNotContain("138").doesNotContain("李娜");
    EXPECTED.add(new AuditedAccess("mz-0042", "civil-affairs", "allow-masked", "0"));
  }

  // ---- the start-up guard through the starter ----

  @Test
  @Order(40)
  void actuatorHealthShowsTheAnkeComponentWithTheResultOfThisStart() {
    ScanResult result = guardOutcome.result().orElseThrow();
    boolean passed = result.summary().passed();

    ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

    // 503 as soon as one component is DOWN, as Actuator answers for any component
    assertThat(response.getStatusCode())
        .isEqualTo(passed ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    JsonNode anke = json(response).path("components").path("anke");
    assertThat(anke.path("status").asText()).isEqualTo(passed ? "UP" : "DOWN");
    JsonNode details = anke.path("details");
    assertThat(details.path("profile").asText()).isEqualTo("gov-cloud-baseline");
    assertThat(details.path("failOn").asText()).isEqualTo(result.summary().failOn().id());
    assertThat(details.path("total").asInt()).isEqualTo(result.summary().total());
    assertThat(details.has("failing")).isEqualTo(!passed);

    ResponseEntity<String> report = http.getForEntity("/actuator/anke", String.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(report).path("summary").path("total").asInt())
        .isEqualTo(result.summary().total());
  }

  // ---- the audit trail ----

  /** Set by the last test, after which Spring closes the application. */
  static boolean shutDownAfterLastTest;

  @Test
  @Order(100)
  // Spring closes the application after this test (and drops it from its test-context cache):
  // the shutdown that afterShutdown... below checks the trail of.
  @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
  void whileRunningTheTrailVerifiesUpToItsLastRecordButIsNotClosed() {
    AuditVerification running = verifyTrail(false);

    assertThat(running.tampered()).isFalse();
    assertThat(running.problems())
        .extracting(AuditProblem::kind)
        .containsExactly(AuditProblem.Kind.NOT_CLOSED);
    assertThat(running.chains().get(0).closed()).isFalse();
    shutDownAfterLastTest = true;
  }

  @AfterAll
  static void afterShutdownTheTrailIsClosedAndHoldsOneRecordPerDecidedRequest() throws Exception {
    assumeTrue(shutDownAfterLastTest, "the application was shut down after the last test");
    AuditVerification closed = verifyTrail(true);

    assertThat(closed.problems()).isEmpty();
    assertThat(closed.macsChecked()).isTrue();
    assertThat(closed.signaturesChecked()).isTrue();
    assertThat(closed.chains()).hasSize(1);
    // destroyMethod "close": the log's signed closing record is its last
    assertThat(closed.chains().get(0).closed()).isTrue();
    assertThat(closed.chains().get(0).checkpoints()).isGreaterThan(1);

    List<AuditedAccess> recorded = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Path f : trailFiles()) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        all.append(line).append('\n');
        JsonNode record = JSON.readTree(line);
        if (record.path("type").asText().equals("data.access")) {
          recorded.add(
              new AuditedAccess(
                  record.path("subject").path("user").asText(),
                  record.path("subject").path("department").asText(),
                  record.path("decision").asText(),
                  record.path("attrs").path("records").asText()));
          assertThat(record.path("resource").asText()).isEqualTo("resident");
          assertThat(record.path("attrs").path("decidedAt").asText())
              .isEqualTo(JUNE_2026.toString());
        }
      }
    }
    assertThat(recorded).containsExactlyElementsOf(EXPECTED);
    // what was decided, never what was read
    for (Resident r : SampleResidents.RESIDENTS) {
      assertThat(all).doesNotContain(r.idNumber()).doesNotContain(r.name());
    }
  }

  static List<Path> trailFiles() throws IOException {
    try (Stream<Path> all = Files.list(dir.resolve("audit"))) {
      return all.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /**
   * Verifies the trail as an auditor does: with the MAC keyset (opened with the key-encryption key)
   * and the checkpoint public key from the file the portal wrote for them.
   */
  static AuditVerification verifyTrail(boolean requireClosed) {
    try {
      PortalKeys keys = PortalKeys.openOrCreate(dir.resolve("keys"));
      Sm2PublicKey checkpointKey =
          Sm2PublicKey.fromPem(
              Files.readString(dir.resolve("keys").resolve(PortalKeys.AUDIT_CHECKPOINT_PUBLIC)));
      return AuditVerifier.builder()
          .macKeys(keys.auditMacKeys())
          .checkpointKeys(List.of(checkpointKey))
          .requireClosed(requireClosed)
          .build()
          .verify(trailFiles());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
