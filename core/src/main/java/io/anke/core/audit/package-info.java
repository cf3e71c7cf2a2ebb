/**
 * The tamper-evident audit trail: {@link io.anke.core.audit.AuditLog} writes JSON Lines records
 * chained with SM3, authenticated with HMAC-SM3 under a keyset key and committed to by SM2-signed
 * checkpoints; {@link io.anke.core.audit.AuditVerifier} finds every change. The log is the {@link
 * io.anke.core.policy.AccessAuditor} of the data-access guard and records the start-up guard's
 * decision.
 */
package io.anke.core.audit;
