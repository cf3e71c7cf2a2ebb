package io.anke.rules.config;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigValues;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Operations settings: exposed management endpoints, short log retention, unreadable files. */
final class OperationsRules {
  /** Six months of logs (Cybersecurity Law); 184 days cover any six calendar months. */
  static final int MIN_DAYS = 180;

  static final int SAFE_DAYS = 184;

  private OperationsRules() {}

  /** CONFIG-MANAGEMENT-EXPOSED. */
  static final class ManagementExposed extends ConfigRule {
    private static final Set<String> SENSITIVE =
        Set.of(
            "*",
            "env",
            "heapdump",
            "threaddump",
            "configprops",
            "shutdown",
            "jolokia",
            "logfile",
            "httptrace",
            "httpexchanges",
            "sessions");

    ManagementExposed() {
      super(
          ConfigRules.TEXT,
          "CONFIG-MANAGEMENT-EXPOSED",
          "config",
          Severity.MEDIUM,
          List.of("GB/T 22239-2019 8.1.4.4"),
          List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      String managementPort = null;
      String serverPort = null;
      for (ConfigEntry e : f.entries()) {
        if (e.canonicalKey().equals("management.server.port")) {
          managementPort = e.value().strip();
        } else if (e.canonicalKey().equals("server.port")) {
          serverPort = e.value().strip();
        }
      }
      boolean separatePort = managementPort != null && !Objects.equals(managementPort, serverPort);
      for (ConfigEntry e : f.entries()) {
        String k = e.canonicalKey();
        String v = e.value().strip().toLowerCase(Locale.ROOT);
        String what = null;
        if (k.equals("management.endpoints.web.exposure.include")) {
          List<String> exposed =
              ConfigValues.items(v).stream().filter(SENSITIVE::contains).toList();
          if (!exposed.isEmpty()) {
            what = String.join(",", exposed);
          }
        } else if (k.endsWith(".showvalues")
            && k.startsWith("management.endpoint.")
            && v.equals("always")) {
          what = "show-values=always";
        } else if (k.equals("management.endpoint.shutdown.enabled") && v.equals("true")) {
          what = "shutdown";
        } else if ((k.equals("spring.h2.console.enabled")
                || k.equals("spring.h2.console.settings.weballowothers"))
            && v.equals("true")) {
          what = "h2-console";
        } else if (k.equals("management.security.enabled") && v.equals("false")) {
          what = "management.security.enabled=false";
        }
        if (what == null) {
          continue;
        }
        var b =
            finding(
                    sink,
                    f,
                    e,
                    ConfigRules.TEXT.text(
                        id() + (separatePort ? ".message.port" : ".message"),
                        e.key(),
                        what,
                        Objects.toString(managementPort, "")))
                .property("exposed", what);
        if (separatePort) {
          b.severity(Severity.LOW).property("managementPort", managementPort);
        }
        sink.report(b.build());
      }
    }
  }

  /** CONFIG-LOG-RETENTION-SHORT. */
  static final class ShortLogRetention extends ConfigRule {
    ShortLogRetention() {
      super(
          ConfigRules.TEXT,
          "CONFIG-LOG-RETENTION-SHORT",
          "config",
          Severity.MEDIUM,
          List.of(
              "GB/T 22239-2019 8.1.4.3",
              "GB/T 22239-2019 7.1.4.3",
              "Cybersecurity Law (网络安全法) Art. 21(3)"),
          List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String k = e.canonicalKey();
        boolean spring =
            k.equals("logging.logback.rollingpolicy.maxhistory")
                || k.equals("logging.file.maxhistory");
        boolean logback =
            f.format() == ConfigFile.Format.XML && e.lastSegment().equals("maxhistory");
        if (!spring && !logback) {
          continue;
        }
        long periods;
        try {
          periods = Long.parseLong(e.value().strip());
        } catch (NumberFormatException ex) {
          continue;
        }
        if (periods <= 0) {
          continue; // 0 keeps every file
        }
        boolean hourly = logback && hourlyPattern(f, e);
        long days = hourly ? periods / 24 : periods;
        if (days >= SAFE_DAYS) {
          continue;
        }
        var b =
            finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), days, MIN_DAYS))
                .property("days", Long.toString(days));
        if (days >= MIN_DAYS) {
          b.severity(Severity.LOW);
        }
        sink.report(b.build());
      }
    }

    /** True when the rolling policy's file-name pattern rolls every hour. */
    private static boolean hourlyPattern(ConfigFile f, ConfigEntry maxHistory) {
      String element = maxHistory.elementKey();
      for (ConfigEntry e : f.entries()) {
        if (e.elementKey().equals(element) && e.lastSegment().equals("filenamepattern")) {
          String p = e.value();
          int d = p.indexOf("%d{");
          return d >= 0 && p.indexOf("HH", d) > 0;
        }
      }
      return false;
    }
  }

  /** CONFIG-FILE-UNPARSEABLE. */
  static final class Unparseable extends ConfigRule {
    Unparseable() {
      super(
          ConfigRules.TEXT,
          "CONFIG-FILE-UNPARSEABLE",
          "config",
          Severity.INFO,
          List.of(),
          List.of(
              ProfileId.CRYPTO_L2,
              ProfileId.CRYPTO_L3,
              ProfileId.MLPS_L2,
              ProfileId.MLPS_L3,
              ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    public void evaluate(ScanContext context, FindingSink sink) {
      for (ConfigFile f : context.facts(ConfigFile.KEY)) {
        if (f.parsed()) {
          continue;
        }
        sink.report(
            sink.finding()
                .subject(Subject.of(Subject.FILE, f.path()))
                .location(Location.of(f.path()))
                .message(ConfigRules.TEXT.text(id() + ".message", f.path(), f.problemText()))
                .build());
      }
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      // evaluate() handles the files that could not be parsed
    }
  }
}
