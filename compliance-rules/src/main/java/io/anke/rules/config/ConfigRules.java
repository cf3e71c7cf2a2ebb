package io.anke.rules.config;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import java.util.List;

/** Registers the {@code CONFIG-} rules with the engine ({@link java.util.ServiceLoader}). */
public final class ConfigRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.config.Messages", ConfigRules.class.getClassLoader());

  /** Public for {@link java.util.ServiceLoader}. */
  public ConfigRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new SecretRules.PlaintextPassword(),
        new SecretRules.HardcodedKey(),
        new SecretRules.WeakPassword(),
        new TransportRules.JdbcWithoutTls(),
        new TransportRules.TlsDisabled(),
        new TransportRules.PlainHttpEndpoint(),
        new TransportRules.WeakTlsProtocol(),
        new TransportRules.WeakCipherSuite(),
        new TransportRules.NoSmSuite(),
        new TransportRules.ForeignDatabaseUrl(),
        new SessionRules.InsecureCookie(),
        new SessionRules.LongSession(),
        new OperationsRules.ManagementExposed(),
        new OperationsRules.ShortLogRetention(),
        new OperationsRules.Unparseable());
  }
}
