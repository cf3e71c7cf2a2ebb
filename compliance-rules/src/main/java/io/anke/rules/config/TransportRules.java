package io.anke.rules.config;

import io.anke.core.Severity;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.ScanContext;
import io.anke.rules.packs.DatabaseFamily;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigValues;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data in transit: JDBC connections with TLS turned off, TLS switched off for a server or client,
 * sensitive endpoints over plain HTTP or LDAP, protocol lists that allow SSL 3.0, TLS 1.0 or 1.1,
 * weak cipher suites, cipher lists without any national (SM) suite, and JDBC URLs of foreign
 * databases.
 */
final class TransportRules {
  private static final List<ProfileId> MLPS_AND_CRYPTO =
      List.of(
          ProfileId.CRYPTO_L2,
          ProfileId.CRYPTO_L3,
          ProfileId.MLPS_L2,
          ProfileId.MLPS_L3,
          ProfileId.GOV_CLOUD_BASELINE);
  private static final List<String> IN_TRANSIT =
      List.of(
          "GB/T 39786-2021 8.2(c)",
          "GB/T 39786-2021 8.4(d)",
          "GB/T 22239-2019 8.1.2.2",
          "GB/T 22239-2019 8.1.4.8");

  private TransportRules() {}

  /**
   * The parameters of a JDBC URL (after {@code ?}, or after the first {@code ;}), keys lower case.
   */
  static Map<String, String> jdbcParameters(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    int q = url.indexOf('?');
    int semi = url.indexOf(';');
    int start = q >= 0 ? q : semi;
    if (start < 0) {
      return out;
    }
    for (String pair : url.substring(start + 1).split("[&;]")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
      }
    }
    return out;
  }

  // Tomcat's "all": SSLv2Hello, TLSv1, TLSv1.1, TLSv1.2 and TLSv1.3.
  private static final List<String> ALL_PROTOCOLS =
      List.of("SSLv2Hello", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  /**
   * The high-risk protocols a configured list enables, canonical name to the item as written. Items
   * are read in order as Tomcat and OpenSSL-style lists are: {@code -X} or {@code !X} removes X,
   * {@code all} adds every version, anything else adds itself. Names are read by {@link
   * Algorithms#protocol}, the scanner's one protocol vocabulary.
   */
  static Map<String, String> legacyProtocols(List<String> items) {
    Map<String, String> enabled = new LinkedHashMap<>();
    for (String item : items) {
      boolean remove = item.startsWith("-") || item.startsWith("!");
      String name = remove || item.startsWith("+") ? item.substring(1) : item;
      List<String> names = name.equalsIgnoreCase("all") ? ALL_PROTOCOLS : List.of(name);
      for (String n : names) {
        String canonical = Algorithms.protocol(n);
        if (canonical == null) {
          continue;
        }
        if (remove) {
          enabled.remove(canonical);
        } else {
          enabled.putIfAbsent(canonical, item);
        }
      }
    }
    enabled.keySet().removeIf(p -> Algorithms.classify(p) != Classification.HIGH_RISK);
    return enabled;
  }

  /** True for a key that lists TLS protocol versions. */
  static boolean isProtocolKey(ConfigEntry e) {
    String k = e.canonicalKey();
    String last = e.lastSegment();
    if (Set.of("sslprotocol", "sslenabledprotocols", "enabledtlsprotocols", "tlsprotocols")
        .contains(last)) {
      return true;
    }
    boolean tlsContext = k.contains("ssl") || k.contains("tls") || k.contains("https");
    return tlsContext
        && Set.of("protocol", "protocols", "enabledprotocols", "supportedprotocols").contains(last);
  }

  /** True for a key that lists cipher suites. */
  static boolean isCipherKey(ConfigEntry e) {
    String last = e.lastSegment();
    return last.endsWith("ciphers") || last.endsWith("ciphersuites") || last.equals("ciphersuite");
  }

  /**
   * Why a cipher-suite token is weak, or null. Exclusions such as {@code !RC4} are not uses. The
   * suite is read by {@link Algorithms#cipherSuite}, the reader CBOM cipher suites go through too,
   * so that a configured suite, a declared one and a JCA name of the same algorithm get the same
   * verdict.
   */
  static String weakCipher(String token) {
    if (token.startsWith("!") || token.startsWith("-")) {
      return null;
    }
    for (String p : Algorithms.cipherSuite(token)) {
      switch (p) {
        case "NULL":
          return "NULL";
        case "EXPORT", "EXP", "EXPORT1024", "EXP1024":
          return "EXPORT";
        case "ANON":
          return "anonymous";
        default:
          // A suite's SHA-1 is its HMAC, not a signature or digest of data: not weak here.
          if (Algorithms.classify(p) == Classification.HIGH_RISK && !"SHA-1".equals(p)) {
            return p;
          }
      }
    }
    return null;
  }

  /** True when a cipher-suite token uses a national (SM) cipher. */
  static boolean isSmSuite(String token) {
    return Algorithms.cipherSuite(token).stream()
        .anyMatch(p -> Algorithms.classify(p) == Classification.NATIONAL);
  }

  /** CONFIG-JDBC-NO-TLS. */
  static final class JdbcWithoutTls extends ConfigRule {
    JdbcWithoutTls() {
      super(
          ConfigRules.TEXT,
          "CONFIG-JDBC-NO-TLS",
          "config",
          Severity.MEDIUM,
          IN_TRANSIT,
          List.of(
              ProfileId.CRYPTO_L2,
              ProfileId.CRYPTO_L3,
              ProfileId.MLPS_L3,
              ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String url = e.jdbcUrl();
        if (url == null) {
          continue;
        }
        for (Map.Entry<String, String> p : jdbcParameters(url).entrySet()) {
          String k = p.getKey();
          String v = p.getValue().toLowerCase(Locale.ROOT);
          boolean off =
              (Set.of("usessl", "requiressl", "ssl", "encrypt", "usetls").contains(k)
                      && v.equals("false"))
                  || (k.equals("sslmode") && (v.equals("disable") || v.equals("disabled")));
          if (off) {
            String param = k + "=" + p.getValue();
            sink.report(
                finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), param))
                    .property("parameter", param)
                    .key(param)
                    .build());
          }
        }
      }
    }
  }

  /** CONFIG-TLS-DISABLED. */
  static final class TlsDisabled extends ConfigRule {
    private static final Set<String> SWITCHES =
        Set.of("ssl", "usessl", "requiressl", "tls", "usetls", "sslenabled", "tlsenabled");
    private static final Set<String> PARENTS = Set.of("ssl", "tls", "starttls", "https");

    TlsDisabled() {
      super(
          ConfigRules.TEXT,
          "CONFIG-TLS-DISABLED",
          "config",
          Severity.MEDIUM,
          IN_TRANSIT,
          MLPS_AND_CRYPTO);
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String last = e.lastSegment();
        String v = e.value().strip();
        boolean off =
            v.equalsIgnoreCase("false")
                && (SWITCHES.contains(last)
                    || ((last.equals("enabled") || last.equals("enable"))
                        && PARENTS.contains(ConfigValues.parentSegment(e.canonicalKey()))));
        boolean noGuarantee = last.equals("transportguarantee") && v.equalsIgnoreCase("NONE");
        if (off || noGuarantee) {
          sink.report(
              finding(
                      sink,
                      f,
                      e,
                      ConfigRules.TEXT.text(
                          id() + (noGuarantee ? ".message.guarantee" : ".message"), e.key()))
                  .build());
        }
      }
    }
  }

  /** CONFIG-PLAIN-HTTP-ENDPOINT. */
  static final class PlainHttpEndpoint extends ConfigRule {
    private static final List<String> SENSITIVE =
        List.of(
            "auth",
            "token",
            "login",
            "sso",
            "cas",
            "jwk",
            "issuer",
            "idp",
            "kms",
            "secret",
            "password",
            "credential",
            "payment",
            "userinfo",
            "identity",
            "keycloak",
            "ldap",
            "saml",
            "oidc",
            "certificate",
            "sign");

    PlainHttpEndpoint() {
      super(
          ConfigRules.TEXT,
          "CONFIG-PLAIN-HTTP-ENDPOINT",
          "config",
          Severity.MEDIUM,
          IN_TRANSIT,
          List.of(ProfileId.CRYPTO_L3, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String v = e.value().strip();
        String lower = v.toLowerCase(Locale.ROOT);
        boolean http = lower.startsWith("http://");
        boolean ldap = lower.startsWith("ldap://");
        if (!http && !ldap) {
          continue;
        }
        String k = e.canonicalKey();
        if (http && SENSITIVE.stream().noneMatch(k::contains)) {
          continue;
        }
        String host = host(v);
        if (host != null && isLoopback(host)) {
          continue;
        }
        String shown = (http ? "http://" : "ldap://") + (host == null ? "…" : host);
        sink.report(
            finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), shown))
                .property("endpoint", shown)
                .build());
      }
    }

    private static String host(String url) {
      try {
        return URI.create(url.replace("${", "").replace("}", "")).getHost();
      } catch (IllegalArgumentException ex) {
        return null;
      }
    }

    private static boolean isLoopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
  }

  /** CONFIG-WEAK-TLS-PROTOCOL. */
  static final class WeakTlsProtocol extends ConfigRule {
    WeakTlsProtocol() {
      super(
          ConfigRules.TEXT,
          "CONFIG-WEAK-TLS-PROTOCOL",
          "config",
          Severity.HIGH,
          IN_TRANSIT,
          MLPS_AND_CRYPTO);
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        List<String> tokens = new ArrayList<>();
        if (isProtocolKey(e)) {
          tokens.addAll(ConfigValues.items(e.value()));
        } else if (e.jdbcUrl() != null) {
          for (Map.Entry<String, String> p : jdbcParameters(e.jdbcUrl()).entrySet()) {
            if (p.getKey().contains("protocol")) {
              tokens.addAll(ConfigValues.items(p.getValue()));
            }
          }
        }
        for (Map.Entry<String, String> legacy : legacyProtocols(tokens).entrySet()) {
          sink.report(
              finding(
                      sink,
                      f,
                      e,
                      ConfigRules.TEXT.text(
                          id() + ".message", e.key(), legacy.getValue(), legacy.getKey()))
                  .property("algorithm", legacy.getKey())
                  .key(legacy.getKey())
                  .build());
        }
      }
    }
  }

  /** CONFIG-WEAK-CIPHER-SUITE. */
  static final class WeakCipherSuite extends ConfigRule {
    WeakCipherSuite() {
      super(
          ConfigRules.TEXT,
          "CONFIG-WEAK-CIPHER-SUITE",
          "config",
          Severity.HIGH,
          IN_TRANSIT,
          MLPS_AND_CRYPTO);
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        if (!isCipherKey(e)) {
          continue;
        }
        for (String t : ConfigValues.items(e.value())) {
          String why = weakCipher(t);
          if (why != null) {
            sink.report(
                finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), t, why))
                    .property("algorithm", why)
                    .property("cipherSuite", t)
                    .key(t)
                    .build());
          }
        }
      }
    }
  }

  /** CONFIG-TLS-NO-SM-SUITE. */
  static final class NoSmSuite extends ConfigRule {
    NoSmSuite() {
      super(
          ConfigRules.TEXT,
          "CONFIG-TLS-NO-SM-SUITE",
          "config",
          Severity.MEDIUM,
          List.of("GB/T 39786-2021 8.2(c)", "GB/T 39786-2021 8.4(d)", "GB/T 38636-2020"),
          List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        if (!isCipherKey(e)) {
          continue;
        }
        List<String> suites =
            ConfigValues.items(e.value()).stream()
                .filter(t -> !t.startsWith("!") && !t.startsWith("-"))
                .toList();
        if (suites.isEmpty() || suites.stream().anyMatch(TransportRules::isSmSuite)) {
          continue;
        }
        sink.report(
            finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), suites.size()))
                .build());
      }
    }
  }

  /** CONFIG-FOREIGN-DB-URL. */
  static final class ForeignDatabaseUrl extends ConfigRule {
    ForeignDatabaseUrl() {
      super(
          ConfigRules.TEXT,
          "CONFIG-FOREIGN-DB-URL",
          "config",
          Severity.HIGH,
          List.of("Xinchuang (信创) domestic stack"),
          List.of(ProfileId.XINCHUANG_STRICT));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String url = e.jdbcUrl();
        if (url == null) {
          continue;
        }
        Optional<CatalogMatch> m = context.catalog().matcher().jdbcUrl(url);
        DatabaseFamily family = m.map(x -> DatabaseFamily.of(x.entry())).orElse(null);
        if (family == null || family == DatabaseFamily.DOMESTIC) {
          continue;
        }
        CatalogEntry db = m.get().entry();
        String prefix = m.get().value();
        String variant =
            switch (family) {
              case PROTOCOL -> ".message.protocol";
              case EMBEDDED -> ".message.embedded";
              default -> ".message";
            };
        var b =
            finding(
                    sink,
                    f,
                    e,
                    ConfigRules.TEXT.text(
                        id() + variant, e.key(), prefix, db.vendorName("zh"), db.vendorName("en")))
                .property("catalogEntry", db.id())
                .property("urlPrefix", prefix);
        if (family != DatabaseFamily.FOREIGN) {
          b.severity(Severity.MEDIUM);
        }
        sink.report(b.build());
      }
    }
  }
}
