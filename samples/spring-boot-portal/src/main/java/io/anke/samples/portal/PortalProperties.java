package io.anke.samples.portal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings, {@code portal.*} in {@code application.properties}.
 *
 * @param audit where the audit trail is written and how often it is signed
 * @param keys where the sample keeps its keys
 * @param policy the sharing policy (a Spring resource location)
 */
@ConfigurationProperties("portal")
public record PortalProperties(
    @DefaultValue Audit audit,
    @DefaultValue Keys keys,
    @DefaultValue("classpath:sharing-policy.yaml") String policy) {

  /**
   * @param directory the audit log's directory; one writer per directory, so every instance of the
   *     portal needs its own
   * @param checkpointEvery a signed checkpoint after this many records
   */
  public record Audit(
      @DefaultValue("portal-data/audit") Path directory,
      @DefaultValue("1000") int checkpointEvery) {}

  /**
   * @param directory where {@link PortalKeys} keeps the keysets and the key-encryption key
   */
  public record Keys(@DefaultValue("portal-data/keys") Path directory) {}
}
