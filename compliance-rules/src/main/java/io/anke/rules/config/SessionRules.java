package io.anke.rules.config;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.ScanContext;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Session settings: cookies without Secure or HttpOnly, and sessions that outlive 30 minutes. */
final class SessionRules {
  /** Idle sessions end after at most this long (evaluators' common threshold for 8.1.4.1 b). */
  static final long MAX_MINUTES = 30;

  private static final Pattern SIMPLE = Pattern.compile("(-?\\d+)\\s*(ns|us|ms|s|m|h|d)?");

  private SessionRules() {}

  /**
   * A Spring Boot duration in minutes ({@code 30m}, {@code 1800}, {@code PT2H}; a bare number is
   * seconds), negative for "never"; null when it cannot be read.
   */
  static Double springMinutes(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      // a double, so that a number beyond a long is read as the very long duration it means
      double n = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ns" -> n / 60e9;
        case "us" -> n / 60e6;
        case "ms" -> n / 60e3;
        case "s" -> n / 60;
        case "m" -> n;
        case "h" -> n * 60;
        default -> n * 1440;
      };
    }
    try {
      // not toMillis(): it overflows for durations that Duration itself can hold
      Duration d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
      return d.getSeconds() / 60.0 + d.getNano() / 60e9;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** CONFIG-COOKIE-INSECURE. */
  static final class InsecureCookie extends ConfigRule {
    InsecureCookie() {
      super(
          ConfigRules.TEXT,
          "CONFIG-COOKIE-INSECURE",
          "config",
          Severity.MEDIUM,
          List.of("GB/T 22239-2019 8.1.4.1", "GB/T 22239-2019 8.1.4.8"),
          List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String k = e.canonicalKey();
        String last = e.lastSegment();
        boolean cookie = k.contains("session.cookie.") || k.contains("cookieconfig/");
        if (!cookie || !e.value().strip().equalsIgnoreCase("false")) {
          continue;
        }
        if (last.equals("secure") || last.equals("httponly")) {
          String flag = last.equals("secure") ? "Secure" : "HttpOnly";
          sink.report(
              finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), flag))
                  .property("flag", flag)
                  .build());
        }
      }
    }
  }

  /** CONFIG-SESSION-TIMEOUT. */
  static final class LongSession extends ConfigRule {
    LongSession() {
      super(
          ConfigRules.TEXT,
          "CONFIG-SESSION-TIMEOUT",
          "config",
          Severity.MEDIUM,
          List.of("GB/T 22239-2019 8.1.4.1", "GB/T 22239-2019 7.1.4.1"),
          List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String k = e.canonicalKey();
        Double minutes;
        if (k.endsWith("sessionconfig/sessiontimeout")) {
          try {
            minutes = (double) Long.parseLong(e.value().strip()); // web.xml counts minutes
          } catch (NumberFormatException ex) {
            continue;
          }
        } else if (k.endsWith("session.timeout")) {
          minutes = springMinutes(e.value());
        } else {
          continue;
        }
        if (minutes == null || (minutes > 0 && minutes <= MAX_MINUTES)) {
          continue;
        }
        String shown = minutes <= 0 ? "∞" : String.valueOf(Math.round(minutes));
        sink.report(
            finding(
                    sink,
                    f,
                    e,
                    ConfigRules.TEXT.text(
                        id() + (minutes <= 0 ? ".message.never" : ".message"),
                        e.key(),
                        shown,
                        MAX_MINUTES))
                .property("minutes", shown)
                .build());
      }
    }
  }
}
