package io.anke.rules.data;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.Location;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DATA-SENSITIVE-LOGGING: logging settings that write request contents, SQL parameter values or
 * HTTP wire traffic — and with them personal information, passwords and tokens — into logs: bind-
 * parameter and wire loggers at TRACE/DEBUG, a DEBUG root logger, request-detail logging, MyBatis
 * logging to standard output. Read from Spring properties/YAML and logback/log4j2 XML.
 */
final class SensitiveLoggingRule extends PackRule {
  /** Loggers that print bound SQL values or HTTP bodies and headers, by canonical name prefix. */
  static final List<String> VALUE_LOGGERS =
      List.of(
          "org.hibernate.type",
          "org.hibernate.orm.jdbc.bind",
          "org.apache.http.wire",
          "org.apache.hc.client5.http.wire",
          "httpclient.wire",
          "reactor.netty.http",
          "org.springframework.web.filter.commonsrequestloggingfilter",
          "org.zalando.logbook");

  private static final Set<String> VERBOSE = Set.of("trace", "debug", "all");

  SensitiveLoggingRule() {
    super(
        DataRules.TEXT,
        "DATA-SENSITIVE-LOGGING",
        "data",
        Severity.MEDIUM,
        List.of("GB/T 35273-2020 6.3", "GB/T 22239-2019 8.1.4.11", "PIPL (个人信息保护法) Art. 51"),
        List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
  }

  /** What a logger at this level writes, or null when it is harmless. */
  static String verboseLogger(String logger, String level) {
    String l = logger.toLowerCase(Locale.ROOT);
    String v = level.strip().toLowerCase(Locale.ROOT);
    if (!VERBOSE.contains(v)) {
      return null;
    }
    if (l.equals("root")) {
      return "root=" + v;
    }
    for (String p : VALUE_LOGGERS) {
      if (l.equals(p) || l.startsWith(p + ".")) {
        // Hibernate's type loggers print values only at TRACE; wire loggers at DEBUG.
        if (p.startsWith("org.hibernate") && !v.equals("trace") && !v.equals("all")) {
          return null;
        }
        return logger + "=" + v;
      }
    }
    return null;
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(ConfigFile.KEY);
  }

  @Override
  public void evaluate(ScanContext context, FindingSink sink) {
    for (ConfigFile f : context.facts(ConfigFile.KEY)) {
      if (!f.parsed()) {
        continue;
      }
      for (ConfigEntry e : f.entries()) {
        String what = f.format() == ConfigFile.Format.XML ? xml(f, e) : property(e);
        if (what != null) {
          sink.report(
              sink.finding()
                  .subject(Subject.of(Subject.CONFIG, f.path() + "#" + e.key()))
                  .location(Location.of(f.path(), e.line()))
                  .message(DataRules.TEXT.text(id() + ".message", e.key(), what))
                  .property("setting", what)
                  .build());
        }
      }
    }
  }

  private static String property(ConfigEntry e) {
    String k = e.canonicalKey();
    String v = e.value().strip();
    if (k.startsWith("logging.level.")) {
      // the logger name keeps its case and dots: take it from the key as written
      String logger = e.key().substring("logging.level.".length());
      return verboseLogger(logger.replace("_", "").replace("-", ""), v);
    }
    if ((k.equals("spring.mvc.logrequestdetails")
            || k.equals("spring.http.logrequestdetails")
            || k.equals("spring.codec.logrequestdetails"))
        && v.equalsIgnoreCase("true")) {
      return e.key() + "=true";
    }
    if ((k.equals("mybatis.configuration.logimpl") || k.equals("mybatisplus.configuration.logimpl"))
        && v.endsWith("StdOutImpl")) {
      return "MyBatis StdOutImpl";
    }
    return null;
  }

  /** A logback/log4j2 logger element: name and level are attributes of one element. */
  private static String xml(ConfigFile f, ConfigEntry e) {
    String last = e.lastSegment();
    if (!last.equals("level")) {
      return null;
    }
    String element = e.elementKey();
    String elementName =
        element.substring(element.lastIndexOf('/') + 1).replaceAll("\\[\\d+]$", "");
    if (elementName.equals("root")) {
      return verboseLogger("root", e.value());
    }
    if (!elementName.equals("logger")) {
      return null;
    }
    for (ConfigEntry other : f.entries()) {
      if (other.key().equals(element + "/@name")) {
        return verboseLogger(other.value().strip(), e.value());
      }
    }
    return null;
  }
}
