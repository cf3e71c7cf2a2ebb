package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.core.runtime.RuntimeSecurityFacts.BouncyCastleFacts;
import io.anke.rules.internal.RulesMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor.Version;
import java.util.Objects;
import java.util.Properties;

/**
 * RUNTIME-BC-UNSUPPORTED: the Bouncy Castle provider the application loads is older than the
 * release Anke is built against (written into {@code build.properties} by the build), its version
 * cannot be told, no copy is visible at all, or several bcprov copies are on the class path so that
 * the first shadows the rest. Each message names the jar actually loaded.
 */
final class BouncyCastleRule extends RuntimeRule {
  private final String required;

  BouncyCastleRule(String required) {
    super("RUNTIME-BC-UNSUPPORTED", Severity.HIGH, Clauses.PRODUCT, Clauses.ASSESSED_AND_STRICT);
    this.required = Objects.requireNonNull(required, "required");
  }

  /** The Bouncy Castle version of the build, from the filtered {@code build.properties}. */
  static String builtAgainst() {
    try (InputStream in = BouncyCastleRule.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException(RulesMessage.BUILD_PROPERTIES_MISSING.english());
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("bouncycastle.version");
      if (v == null || v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(RulesMessage.BUILD_PROPERTIES_NO_BC_VERSION.english(v));
      }
      return v.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The release this rule accepts as the oldest. */
  String required() {
    return required;
  }

  @Override
  void judge(RuntimeSecurityFacts facts, FindingSink sink) {
    BouncyCastleFacts bc = facts.bouncyCastle();
    if (!bc.present()) {
      report(sink, bc, "absent", RuntimeRules.TEXT.text(id() + ".message.absent", required));
      return;
    }
    Version version = parse(bc.version());
    if (version == null) {
      report(
          sink,
          bc,
          "unknown",
          RuntimeRules.TEXT.text(id() + ".message.unknown", bc.jar(), required));
    } else if (version.compareTo(Version.parse(required)) < 0) {
      report(
          sink,
          bc,
          "old",
          RuntimeRules.TEXT.text(id() + ".message.old", bc.jar(), bc.version(), required));
    }
    if (bc.copies().size() > 1) {
      String shadowed = String.join(", ", bc.copies().subList(1, bc.copies().size()));
      report(
          sink,
          bc,
          "shadowed",
          RuntimeRules.TEXT.text(
              id() + ".message.shadowed",
              bc.jar(),
              bc.version() == null ? "?" : bc.version(),
              shadowed));
    }
  }

  private static Version parse(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Version.parse(v.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void report(FindingSink sink, BouncyCastleFacts bc, String reason, Text message) {
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.HOST, "jvm:bouncycastle"))
            .location(bc.jar() == null ? Location.NONE : Location.of(bc.jar()))
            .message(message)
            .property("reason", reason)
            .property("jar", bc.jar())
            .property("version", bc.version())
            .property("required", required)
            .property(
                "shadowed",
                bc.copies().size() > 1
                    ? String.join(", ", bc.copies().subList(1, bc.copies().size()))
                    : null)
            .key(reason)
            .build());
  }
}
