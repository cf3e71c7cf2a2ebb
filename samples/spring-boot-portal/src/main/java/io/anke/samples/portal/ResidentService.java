package io.anke.samples.portal;

import io.anke.core.policy.AccessAction;
import io.anke.core.policy.AccessAuditor;
import io.anke.core.policy.AccessDeniedException;
import io.anke.core.policy.AccessEvent;
import io.anke.core.policy.DataAccessGuard;
import io.anke.core.policy.Decision;
import io.anke.core.policy.Subject;
import io.anke.crypto.DecryptionFailedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads a resident's record for a requester through the data-access guard.
 *
 * <p>Every read ends in exactly one {@code data.access} record of the audit trail, whatever the
 * outcome: the guard's own record when it decides on a stored record, else the policy's decision
 * for the resource as a whole, with no record released. The same decision also comes first for what
 * the requester learns: a requester the policy does not allow to read residents is refused (403)
 * whether or not the person exists or the stored record is sound, so that refused requests cannot
 * tell who is in the population records.
 */
@Service
public class ResidentService {
  private static final Logger LOG = LoggerFactory.getLogger(ResidentService.class);

  private final ResidentRepository repository;
  private final DataAccessGuard guard;
  private final AccessAuditor auditor;
  private final Clock clock;

  /** The service over the repository and the guard; {@code auditor} is the guard's auditor. */
  public ResidentService(
      ResidentRepository repository, DataAccessGuard guard, AccessAuditor auditor, Clock clock) {
    this.repository = repository;
    this.guard = guard;
    this.auditor = auditor;
    this.clock = clock;
  }

  /**
   * The record of the resident with this identity number, masked as the policy decides for {@code
   * subject}.
   *
   * @throws PortalProblem 403 when the policy denies, 404 when there is no such resident, 500 when
   *     the stored record does not decrypt or fails its constraints
   */
  public Resident read(Subject subject, String idNumber) {
    Optional<Resident> stored;
    try {
      stored = repository.findByIdNumber(idNumber);
    } catch (DecryptionFailedException e) {
      LOG.error(
          "a stored resident record does not decrypt ({}): changed, moved or its key is gone",
          e.getMessage());
      decideWithoutRecord(subject);
      throw PortalProblem.unreadableStoredRecord();
    }
    if (stored.isEmpty()) {
      decideWithoutRecord(subject);
      throw PortalProblem.notFound();
    }
    try {
      return guard.read(subject, stored.get());
    } catch (AccessDeniedException e) {
      throw PortalProblem.denied(e.decision());
    } catch (ConstraintViolationException e) {
      // The guard validates before it decides: nothing was decided or recorded yet.
      List<String> fields =
          e.getConstraintViolations().stream()
              .map(v -> v.getPropertyPath().toString())
              .distinct()
              .sorted()
              .toList();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        LOG.error("stored resident record is invalid: {}: {}", v.getPropertyPath(), v.getMessage());
      }
      decideWithoutRecord(subject);
      throw PortalProblem.invalidStoredRecord(fields);
    }
  }

  /**
   * Decides whether {@code subject} may read residents at all and records that decision with no
   * record released, as the guard records its own.
   *
   * @throws PortalProblem 403 when the policy denies
   */
  private void decideWithoutRecord(Subject subject) {
    Instant now = clock.instant();
    Decision d = guard.policy().decide(subject, Resident.class, AccessAction.READ, now);
    auditor.record(new AccessEvent(now, subject, d, 0));
    if (!d.allowed()) {
      throw PortalProblem.denied(d);
    }
  }
}
