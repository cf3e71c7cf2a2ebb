package io.anke.core.policy;

/**
 * Receives every access {@link DataAccessGuard} decides, allowed or denied, before any data is
 * returned. An auditor that throws stops the access: data is not released without its record.
 */
@FunctionalInterface
public interface AccessAuditor {
  /** An auditor that records nothing (for tests and for applications that audit elsewhere). */
  AccessAuditor NONE = event -> {};

  /**
   * Records one access.
   *
   * @throws RuntimeException when the record cannot be kept; the guard then refuses the access
   */
  void record(AccessEvent event);
}
