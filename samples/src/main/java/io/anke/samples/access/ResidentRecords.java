package io.anke.samples.access;

import io.anke.core.policy.DataAccessGuard;
import io.anke.core.policy.Subject;
import io.anke.crypto.DecryptionFailedException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What the shared-data service offers other departments: a resident's record, read through the
 * data-access guard, so that each caller gets only what the policy lets it see.
 */
public final class ResidentRecords {
  private final ResidentStore store;
  private final DataAccessGuard guard;

  /** The service over a store and a guard. */
  public ResidentRecords(ResidentStore store, DataAccessGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  /**
   * The record of the resident with this identity number, as {@code subject} may see it.
   *
   * @throws io.anke.core.policy.AccessDeniedException when the policy denies
   */
  public Optional<Resident> read(Subject subject, String idNumber)
      throws SQLException, DecryptionFailedException {
    return store.findByIdNumber(idNumber).map(r -> guard.read(subject, r));
  }
}
