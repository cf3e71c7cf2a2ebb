package io.anke.samples.portal;

import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.Authentication;
import io.anke.core.policy.Subject;
import io.anke.core.validation.Identifiers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/residents/{idNumber}}: a resident's record as the requesting department may see
 * it.
 *
 * <p>The requester is named by request headers, which keeps the sample short. <b>A real portal
 * takes them from its authentication</b> (an SM2 certificate login, the government cloud's single
 * sign-on) and never from headers a client can set: whoever can set them can claim any department.
 *
 * <ul>
 *   <li>{@value #USER}, {@value #DEPARTMENT}, {@value #PURPOSE}: the user, their department and the
 *       purpose of use; required (400 when missing).
 *   <li>{@value #ROLES}: the user's roles, separated by commas; optional.
 *   <li>{@value #AUTHENTICATION}: how the user logged in, {@code single-factor}, {@code
 *       multi-factor} or {@code cryptographic-multi-factor}; optional, {@code single-factor} when
 *       absent, the weakest claim, which never releases more.
 * </ul>
 *
 * Answers: 200 with the record, masked as the policy decides; 400 for missing or unknown headers
 * and a path that is not an identity number; 403 when the policy denies, with the reasons; 404 when
 * no resident has the number (only for requesters who may read residents); 500 when the stored
 * record does not decrypt or fails its own constraints. Problems are RFC 9457 documents ({@link
 * ProblemResponses}); no answer may be cached.
 */
@RestController
public class ResidentController {
  static final String USER = "X-Anke-User";
  static final String DEPARTMENT = "X-Anke-Department";
  static final String PURPOSE = "X-Anke-Purpose";
  static final String ROLES = "X-Anke-Roles";
  static final String AUTHENTICATION = "X-Anke-Authentication";

  private final ResidentService residents;
  private final Clock clock;
  private final ZoneId zone;

  /** The controller over the service; the policy's time zone tells today's date. */
  public ResidentController(ResidentService residents, Clock clock, AccessPolicy policy) {
    this.residents = residents;
    this.clock = clock;
    this.zone = policy.zone();
  }

  @GetMapping(path = "/api/residents/{idNumber}", produces = "application/json")
  ResponseEntity<Resident> read(
      @PathVariable("idNumber") String idNumber,
      @RequestHeader(name = USER, required = false) String user,
      @RequestHeader(name = DEPARTMENT, required = false) String department,
      @RequestHeader(name = PURPOSE, required = false) String purpose,
      @RequestHeader(name = ROLES, required = false) String roles,
      @RequestHeader(name = AUTHENTICATION, required = false) String authentication) {
    Subject subject = subject(user, department, purpose, roles, authentication);
    if (!Identifiers.isValidResidentId(idNumber, LocalDate.now(clock.withZone(zone)))) {
      throw PortalProblem.invalidIdNumber();
    }
    Resident seen = residents.read(subject, idNumber);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(seen);
  }

  /** The requester as the headers name them; every missing required header is reported at once. */
  static Subject subject(
      String user, String department, String purpose, String roles, String authentication) {
    List<String> missing = new ArrayList<>();
    if (blank(user)) {
      missing.add(USER);
    }
    if (blank(department)) {
      missing.add(DEPARTMENT);
    }
    if (blank(purpose)) {
      missing.add(PURPOSE);
    }
    if (!missing.isEmpty()) {
      throw PortalProblem.missingHeaders(missing);
    }
    Authentication how = Authentication.SINGLE_FACTOR;
    if (!blank(authentication)) {
      how =
          Authentication.of(authentication)
              .orElseThrow(
                  () ->
                      PortalProblem.invalidHeader(
                          AUTHENTICATION,
                          authentication,
                          Arrays.stream(Authentication.values())
                              .map(Authentication::id)
                              .toList()
                              .toString()));
    }
    Subject.Builder b =
        Subject.builder(user.strip())
            .department(department.strip())
            .purpose(purpose.strip())
            .authentication(how);
    if (!blank(roles)) {
      b.roles(
          Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList());
    }
    return b.build();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
