package io.anke.samples.portal;

import io.anke.core.audit.AuditLog;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.policy.DataAccessGuard;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The Anke parts of the portal as beans: its keys, the audit trail, the sharing policy and the
 * data-access guard that uses all three.
 */
@Configuration(proxyBeanMethods = false)
public class PortalConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(PortalConfiguration.class);

  /** The clock of access decisions (agreements apply on the days they name). */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The sample's keys, made on the first start (see {@link PortalKeys}: production uses a KMS). */
  @Bean
  PortalKeys portalKeys(PortalProperties properties) {
    return PortalKeys.openOrCreate(properties.keys().directory());
  }

  /**
   * The audit trail: every access decision as a chained, HMAC-SM3-authenticated record, signed with
   * SM2 at every checkpoint. Closing it on shutdown writes its signed closing record, which tells a
   * verifier that nothing was cut off the end.
   */
  @Bean(destroyMethod = "close")
  AuditLog auditLog(PortalProperties properties, PortalKeys keys) {
    AuditLog log =
        AuditLog.builder(properties.audit().directory())
            .macKeys(keys.auditMacKeys())
            .checkpointKey(keys.checkpointKey())
            .checkpointEvery(properties.audit().checkpointEvery())
            .open();
    LOG.info(
        PortalMessages.text(
                "log.audit-opened",
                log.currentFile(),
                properties.keys().directory().resolve(PortalKeys.AUDIT_CHECKPOINT_PUBLIC))
            .bothLanguages());
    return log;
  }

  /**
   * The sharing policy of {@code portal.policy}. A policy with any error stops the start, naming
   * its file and line.
   */
  @Bean
  AccessPolicy accessPolicy(PortalProperties properties, ResourceLoader resources) {
    Resource policy = resources.getResource(properties.policy());
    try {
      String source = policy.isFile() ? policy.getFile().getPath() : policy.getDescription();
      return AccessPolicy.read(
          source, policy.getContentAsString(StandardCharsets.UTF_8), List.of(Resident.class));
    } catch (IOException e) {
      throw new UncheckedIOException(
          PortalMessages.text("policy.unreadable", properties.policy()).bothLanguages(), e);
    }
  }

  /**
   * The one call every read goes through: validate the stored record, decide, record the decision
   * in the audit trail before any data leaves, mask.
   */
  @Bean
  DataAccessGuard dataAccessGuard(
      AccessPolicy policy, Validator validator, AuditLog auditLog, Clock clock) {
    return DataAccessGuard.builder(policy)
        .validator(validator)
        .auditor(auditLog)
        .clock(clock)
        .build();
  }
}
