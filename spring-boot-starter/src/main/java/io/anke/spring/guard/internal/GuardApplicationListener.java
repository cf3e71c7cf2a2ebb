package io.anke.spring.guard.internal;

import io.anke.core.FailOn;
import io.anke.core.engine.ScanResult;
import io.anke.core.guard.GuardMode;
import io.anke.core.guard.StartupGuard;
import io.anke.core.guard.StartupGuardException;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.spring.guard.AnkeGuardProperties;
import io.anke.spring.guard.GuardOutcome;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.context.ApplicationEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;

/**
 * Runs the start-up guard while Spring Boot starts an application, at the earliest point where its
 * {@code anke.guard.*} properties can be read: on {@link ApplicationEnvironmentPreparedEvent},
 * right after the config data ({@code application.properties}, YAML, profile-specific files,
 * imports) has been loaded and the application's logging configured, and before the banner, the
 * application context and any bean exist. In {@code enforce} mode the guard's {@link
 * StartupGuardException} stops {@link SpringApplication#run}; {@link StartupGuardFailureAnalyzer}
 * reports it.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so Spring Boot creates one instance per
 * {@link SpringApplication}; the instance keeps that application's outcome until its context exists
 * and then registers it as the bean {@link GuardOutcome#BEAN_NAME}.
 */
public class GuardApplicationListener
    implements org.springframework.context.event.GenericApplicationListener {
  /**
   * Just after {@link LoggingApplicationListener}, so that the guard logs the application's way.
   */
  static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER + 1;

  private static final TextBundle MESSAGES =
      TextBundle.of(
          "io.anke.spring.guard.internal.Messages",
          GuardApplicationListener.class.getClassLoader());

  private GuardOutcome outcome;

  @Override
  public boolean supportsEventType(ResolvableType eventType) {
    Class<?> type = eventType.getRawClass();
    return type != null
        && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
            || ApplicationContextInitializedEvent.class.isAssignableFrom(type));
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      outcome = check(prepared.getSpringApplication(), prepared.getEnvironment());
    } else if (event instanceof ApplicationContextInitializedEvent initialized && outcome != null) {
      initialized
          .getApplicationContext()
          .getBeanFactory()
          .registerSingleton(GuardOutcome.BEAN_NAME, outcome);
    }
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  /**
   * Runs the guard with this application's {@code anke.guard.*} properties over the system
   * properties and environment the guard reads by itself.
   *
   * @throws StartupGuardException in {@code enforce} mode when the application must not start, and
   *     in any mode when an {@code anke.guard.*} value is malformed (the mode it names cannot be
   *     trusted)
   */
  static GuardOutcome check(SpringApplication application, ConfigurableEnvironment environment) {
    AnkeGuardProperties p =
        Binder.get(environment)
            .bind(AnkeGuardProperties.PREFIX, AnkeGuardProperties.class)
            .orElseGet(AnkeGuardProperties::new);
    StartupGuard.Builder guard = StartupGuard.builder().classLoader(application.getClassLoader());
    Setting s = new Setting(environment);
    s.apply("mode", p.getMode(), GuardMode::parse, guard::mode);
    s.apply("profile", p.getProfile(), Function.identity(), guard::profile);
    s.apply("waivers", p.getWaivers(), Path::of, guard::waivers);
    s.apply("report", p.getReport(), Path::of, guard::report);
    s.apply("fail-on", p.getFailOn(), FailOn::parse, guard::failOn);
    s.apply("manifest", p.getManifest(), Path::of, guard::manifest);
    s.apply("manifest-key", p.getManifestKey(), Path::of, guard::manifestKey);
    Optional<ScanResult> result = guard.build().run();
    return new GuardOutcome(result.orElse(null));
  }

  /** Hands one property to the guard, parsed with the guard's own vocabulary. */
  private record Setting(ConfigurableEnvironment environment) {
    <T> void apply(
        String name,
        String value,
        Function<String, T> parse,
        java.util.function.Consumer<T> target) {
      if (value == null || value.isBlank()) {
        return;
      }
      T parsed;
      try {
        parsed = parse.apply(value.strip());
      } catch (IllegalArgumentException e) {
        Text message =
            MESSAGES.text(
                "property.invalid",
                origin(environment, name),
                AnkeGuardProperties.PREFIX + "." + name,
                value,
                e.getMessage());
        throw new StartupGuardException(
            message.zh() + System.lineSeparator() + message.en(), null, e);
      }
      target.accept(parsed);
    }
  }

  /**
   * Where the winning value of {@code anke.guard.NAME} was set: {@code file:line} for a properties
   * or YAML file, Spring's own description for other sources (environment variable, system
   * property, command line).
   */
  static String origin(ConfigurableEnvironment environment, String name) {
    ConfigurationPropertyName key =
        ConfigurationPropertyName.of(AnkeGuardProperties.PREFIX + "." + name);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      ConfigurationProperty property = source.getConfigurationProperty(key);
      if (property == null) {
        continue;
      }
      Origin origin = property.getOrigin();
      if (origin instanceof PropertySourceOrigin wrapped && wrapped.getOrigin() != null) {
        origin = wrapped.getOrigin();
      }
      if (origin instanceof TextResourceOrigin text
          && text.getResource() != null
          && text.getLocation() != null) {
        return describe(text.getResource()) + ":" + (text.getLocation().getLine() + 1);
      }
      return origin == null ? key.toString() : origin.toString();
    }
    return key.toString();
  }

  /** The file's path when it is one (editors jump to path:line), else Spring's description. */
  private static String describe(Resource resource) {
    try {
      return resource.getFile().getPath();
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return resource.getDescription();
    }
  }
}
