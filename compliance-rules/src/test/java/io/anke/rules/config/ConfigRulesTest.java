package io.anke.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.rules.catalog.BundledCatalog;
import io.anke.rules.packs.PackScans;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigFileCollector;
import io.anke.testing.Canaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CONFIG- rules on configuration files as a Spring Boot application ships them. */
class ConfigRulesTest {
  @TempDir Path dir;

  static final String APPLICATION_YML =
      """
      server:
        port: 8080
        ssl:
          enabled: false
          enabled-protocols: TLSv1.2,TLSv1.1
          ciphers: TLS_RSA_WITH_3DES_EDE_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,!RC4
        servlet:
          session:
            timeout: 2h
            cookie:
              secure: false
              http-only: true
      spring:
        datasource:
          url: jdbc:mysql://db.internal:3306/app?useSSL=false&enabledTLSProtocols=TLSv1
          username: app
          password: %1$s
        redis:
          password: ${REDIS_PASSWORD}
        security:
          oauth2:
            client:
              provider:
                idp:
                  token-uri: http://sso.example.gov.cn/oauth/token
                  jwk-set-uri: https://sso.example.gov.cn/jwks
      jasypt:
        encryptor:
          password: %2$s
      app:
        sm4:
          key: ENC(3fa0c1b2d3e4f5a6b7c8d9e0)
        callback-auth-url: http://localhost:8080/auth
      management:
        server:
          port: 8080
        endpoints:
          web:
            exposure:
              include: health,info,env
      logging:
        logback:
          rollingpolicy:
            max-history: 30
      """
          .formatted(Canaries.DB_PASSWORD, Canaries.SM4_KEY_HEX);

  static final String JDBC_PROPERTIES =
      """
      # legacy data source
      jdbc.url=jdbc:postgresql://pg:5432/app?sslmode=disable
      jdbc.username=root
      jdbc.password=root
      db.password=${DB_PASSWORD:changeme}
      sign.secret=\\
          0123456789abcdef0123456789abcdef
      """;

  static final String WEB_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">
      <web-app>
        <session-config>
          <session-timeout>-1</session-timeout>
          <cookie-config>
            <http-only>false</http-only>
          </cookie-config>
        </session-config>
        <security-constraint>
          <user-data-constraint>
            <transport-guarantee>NONE</transport-guarantee>
          </user-data-constraint>
        </security-constraint>
      </web-app>
      """;

  static final String LOGBACK_XML =
      """
      <configuration>
        <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
          <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">
            <fileNamePattern>app.%d{yyyy-MM-dd_HH}.log</fileNamePattern>
            <maxHistory>720</maxHistory>
          </rollingPolicy>
        </appender>
        <logger name="org.apache.http.wire" level="DEBUG"/>
        <root level="INFO"/>
      </configuration>
      """;

  static int lineOf(String text, String marker) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(marker);
  }

  private ScanResult scan() throws Exception {
    Path app =
        new PackScans.FatJar("config-app")
            .file("BOOT-INF/classes/application.yml", APPLICATION_YML)
            .file("BOOT-INF/classes/jdbc.properties", JDBC_PROPERTIES)
            .file("BOOT-INF/classes/messages.properties", "login.password=Password\n")
            .file("BOOT-INF/classes/broken.yml", "a: [1, 2\n")
            .file("BOOT-INF/classes/logback-spring.xml", LOGBACK_XML)
            .file("WEB-INF/web.xml", WEB_XML)
            .lib(nestedLibraryWithDefaults())
            .write(dir);
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(dir)
            .catalog(BundledCatalog.get())
            .facts(io.anke.scan.data.ApplicationFacts.collect(app, "config-app.jar"))
            .build();
    return Engine.builder().addRules(new ConfigRules().rules()).build().run(context);
  }

  /** A library whose bundled defaults contain a password: not the deployment's configuration. */
  private Path nestedLibraryWithDefaults() throws Exception {
    return new PackScans.FatJar("some-lib")
        .file("application.properties", "spring.datasource.password=libdefault123\n")
        .write(dir);
  }

  private static Map<String, Finding> byLine(List<Finding> findings, String file) {
    Map<String, Finding> out = new TreeMap<>();
    for (Finding f : findings) {
      if (f.location().file().endsWith(file)) {
        out.put(f.location().line() + (f.key() == null ? "" : " " + f.key()), f);
      }
    }
    return out;
  }

  private static List<Finding> of(ScanResult r, String id) {
    return PackScans.of(r, id);
  }

  @Test
  void plaintextPasswordsAreReportedWithoutTheirValues() throws Exception {
    ScanResult r = scan();
    List<Finding> found = of(r, "CONFIG-PLAINTEXT-PASSWORD");
    assertThat(found)
        .extracting(f -> f.location().file() + ":" + f.location().line())
        .containsExactlyInAnyOrder(
            "config-app.jar!/BOOT-INF/classes/application.yml:"
                + lineOf(APPLICATION_YML, "password: " + Canaries.DB_PASSWORD),
            "config-app.jar!/BOOT-INF/classes/jdbc.properties:"
                + lineOf(JDBC_PROPERTIES, "jdbc.password"),
            "config-app.jar!/BOOT-INF/classes/jdbc.properties:"
                + lineOf(JDBC_PROPERTIES, "db.password"));
    for (Finding f : found) {
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.message().en() + f.message().zh() + f.properties())
          .doesNotContain(Canaries.DB_PASSWORD, "changeme", "=root");
    }
    assertThat(found).anySatisfy(f -> assertThat(f.message().en()).contains("plain-text default"));
    // ${REDIS_PASSWORD}, ENC(...), message bundles and bundled libraries are not findings.
    assertThat(found).noneMatch(f -> f.location().file().contains("some-lib"));
    assertThat(found).noneMatch(f -> f.subject().id().contains("redis"));
  }

  /**
   * The reports of a scan of configuration that holds a password and a key carry neither. They stay
   * in {@code target/leak-check/config-rules}, where the leak scan of the {@code samples} module
   * reads them again.
   */
  @Test
  void reportsOfTheScanCarryNoPasswordOrKey() throws Exception {
    ScanResult r = scan();
    assertThat(of(r, "CONFIG-PLAINTEXT-PASSWORD")).isNotEmpty();
    assertThat(of(r, "CONFIG-HARDCODED-KEY")).isNotEmpty();
    // The formats that show findings (the CycloneDX output lists components only).
    ReportFormats formats = ReportFormats.builtIn();
    Path out = Path.of("target", "leak-check", "config-rules");
    for (String id : formats.ids()) {
      for (java.util.Locale lang :
          List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
        ReportOptions options = new ReportOptions(lang, "test", false, ReportOptions.DEFAULT_WIDTH);
        String report =
            new String(ReportFormats.render(formats.get(id), r, options), StandardCharsets.UTF_8);
        assertThat(report)
            .as("%s report", id)
            .contains("config-app.jar")
            .doesNotContain(Canaries.DB_PASSWORD)
            .doesNotContainIgnoringCase(Canaries.SM4_KEY_HEX);
        ReportFormats.writeTo(out.resolve(lang.getLanguage()), formats.get(id), r, options);
      }
    }
  }

  /**
   * Spring Boot binds a YAML list to a list property as it binds a comma-separated value: protocol,
   * cipher and endpoint lists written as YAML sequences are judged as the same lists.
   */
  @Test
  void listsWrittenAsYamlSequencesAreJudgedLikeCommaSeparatedLists() throws Exception {
    String yml =
        """
        server:
          ssl:
            enabled-protocols:
              - TLSv1.2
              - SSLv2Hello
            ciphers:
              - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
              - TLS_RSA_WITH_3DES_EDE_CBC_SHA
        management:
          endpoints:
            web:
              exposure:
                include: [health, env, heapdump]
        """;
    Path app =
        new PackScans.FatJar("list-app").file("BOOT-INF/classes/application.yml", yml).write(dir);
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(dir)
            .catalog(BundledCatalog.get())
            .facts(io.anke.scan.data.ApplicationFacts.collect(app, "list-app.jar"))
            .build();
    ScanResult r = Engine.builder().addRules(new ConfigRules().rules()).build().run(context);
    assertThat(of(r, "CONFIG-WEAK-TLS-PROTOCOL"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().line()).isEqualTo(lineOf(yml, "enabled-protocols"));
              assertThat(f.message().en()).contains("SSLv2Hello");
            });
    assertThat(of(r, "CONFIG-WEAK-CIPHER-SUITE"))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("3DES"));
    assertThat(of(r, "CONFIG-TLS-NO-SM-SUITE")).hasSize(1);
    assertThat(of(r, "CONFIG-MANAGEMENT-EXPOSED"))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("env", "heapdump"));
  }

  @Test
  void keysInConfigurationAreKeyFindingsNotPasswordFindings() throws Exception {
    ScanResult r = scan();
    assertThat(of(r, "CONFIG-HARDCODED-KEY"))
        .extracting(f -> f.properties().get("key"))
        .containsExactlyInAnyOrder("jasypt.encryptor.password", "sign.secret");
    assertThat(of(r, "CONFIG-HARDCODED-KEY"))
        .filteredOn(f -> f.properties().get("key").equals("sign.secret"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.location().line()).isEqualTo(lineOf(JDBC_PROPERTIES, "sign.secret")));
    assertThat(of(r, "CONFIG-PLAINTEXT-PASSWORD"))
        .noneMatch(f -> f.properties().get("key").startsWith("jasypt"));
  }

  @Test
  void weakPasswordsNameTheirReason() throws Exception {
    ScanResult r = scan();
    Map<String, String> reasons = new TreeMap<>();
    for (Finding f : of(r, "CONFIG-WEAK-PASSWORD")) {
      reasons.put(f.properties().get("key"), f.properties().get("reason"));
    }
    assertThat(reasons)
        .containsExactly(
            Map.entry("db.password", "default"), Map.entry("jdbc.password", "default"));
  }

  @Test
  void transportRules() throws Exception {
    ScanResult r = scan();
    assertThat(of(r, "CONFIG-JDBC-NO-TLS"))
        .extracting(f -> f.properties().get("parameter"))
        .containsExactlyInAnyOrder("usessl=false", "sslmode=disable");
    assertThat(of(r, "CONFIG-WEAK-TLS-PROTOCOL"))
        .extracting(f -> f.properties().get("key") + " " + f.properties().get("algorithm"))
        .containsExactlyInAnyOrder(
            "server.ssl.enabled-protocols TLS 1.1", "spring.datasource.url TLS 1.0");
    assertThat(of(r, "CONFIG-WEAK-CIPHER-SUITE"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.properties()).containsEntry("algorithm", "3DES");
              assertThat(f.properties())
                  .containsEntry("cipherSuite", "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
            });
    assertThat(of(r, "CONFIG-TLS-NO-SM-SUITE")).hasSize(1);
    assertThat(of(r, "CONFIG-TLS-DISABLED"))
        .extracting(f -> f.properties().get("key"))
        .containsExactlyInAnyOrder(
            "server.ssl.enabled",
            "web-app[1]/security-constraint[1]/user-data-constraint[1]/transport-guarantee[1]");
    assertThat(of(r, "CONFIG-PLAIN-HTTP-ENDPOINT"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.properties())
                    .containsEntry("endpoint", "http://sso.example.gov.cn")
                    .containsEntry("key", "spring.security.oauth2.client.provider.idp.token-uri"));
  }

  /**
   * SSLv2Hello is an SSL 2.0 handshake for the bytecode scanner and for the configuration rules
   * alike (one protocol vocabulary); Tomcat's "all" includes it, "-X" removes X again.
   */
  @Test
  void sslv2HelloAndTomcatProtocolListsAreReadLikeTheScannerReadsThem() throws Exception {
    String properties =
        """
        server.port=8443
        server.ssl.enabled-protocols=TLSv1.2,SSLv2Hello
        """;
    String serverXml =
        """
        <Server port="8005" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
                       SSLEnabled="true" sslEnabledProtocols="TLSv1_1,TLSv1.2">
              <SSLHostConfig protocols="all,-TLSv1,-TLSv1.1">
                <Certificate certificateKeystoreFile="conf/server.p12" type="RSA"/>
              </SSLHostConfig>
              <SSLHostConfig hostName="api" protocols="+TLSv1.2 +TLSv1.3 -SSLv2Hello"/>
            </Connector>
          </Service>
        </Server>
        """;
    Path app =
        new PackScans.FatJar("tls-app")
            .file("BOOT-INF/classes/application.properties", properties)
            .file("BOOT-INF/classes/server.xml", serverXml)
            .write(dir);
    ScanContext context =
        ScanContext.builder()
            .workingDirectory(dir)
            .facts(io.anke.scan.data.ApplicationFacts.collect(app, "tls-app.jar"))
            .build();
    ScanResult r = Engine.builder().addRules(new ConfigRules().rules()).build().run(context);
    assertThat(of(r, "CONFIG-WEAK-TLS-PROTOCOL"))
        .extracting(
            f ->
                f.location().file().replaceAll(".*/", "")
                    + ":"
                    + f.location().line()
                    + " "
                    + f.properties().get("algorithm"))
        .containsExactlyInAnyOrder(
            "application.properties:2 SSL 2.0",
            "server.xml:" + lineOf(serverXml, "sslEnabledProtocols") + " TLS 1.1",
            "server.xml:" + lineOf(serverXml, "<SSLHostConfig protocols") + " SSL 2.0");
    assertThat(
            io.anke.scan.bytecode.Algorithms.protocol("SSLv2Hello")
                + " "
                + io.anke.scan.bytecode.Algorithms.protocol("TLSv1_1"))
        .isEqualTo("SSL 2.0 TLS 1.1");
  }

  @Test
  void cipherSuitesAreJudgedByTheAlgorithmsTheyName() {
    assertThat(TransportRules.weakCipher("TLS_RSA_WITH_3DES_EDE_CBC_SHA")).isEqualTo("3DES");
    assertThat(TransportRules.weakCipher("ECDHE-RSA-DES-CBC3-SHA")).isEqualTo("3DES");
    assertThat(TransportRules.weakCipher("SSL_RSA_WITH_DES_CBC_SHA")).isEqualTo("DES");
    assertThat(TransportRules.weakCipher("TLS_RSA_WITH_RC4_128_MD5")).isEqualTo("RC4");
    assertThat(TransportRules.weakCipher("TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5")).isEqualTo("EXPORT");
    assertThat(TransportRules.weakCipher("ADH-AES256-SHA")).isEqualTo("anonymous");
    // OpenSSL's cipher-string words, read by the same suite reader as declared (CBOM) suites.
    assertThat(TransportRules.weakCipher("AECDH-AES128-SHA")).isEqualTo("anonymous");
    assertThat(TransportRules.weakCipher("aNULL")).isEqualTo("anonymous");
    assertThat(TransportRules.weakCipher("eNULL")).isEqualTo("NULL");
    assertThat(TransportRules.weakCipher("TLS_RSA_WITH_NULL_SHA256")).isEqualTo("NULL");
    assertThat(TransportRules.weakCipher("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")).isNull();
    assertThat(TransportRules.weakCipher("TLS_AES_256_GCM_SHA384")).isNull();
    assertThat(TransportRules.weakCipher("!RC4")).isNull();
    assertThat(TransportRules.isSmSuite("ECC-SM2-SM4-CBC-SM3")).isTrue();
    assertThat(TransportRules.isSmSuite("TLS_SM4_GCM_SM3")).isTrue();
    assertThat(TransportRules.isSmSuite("TLS_AES_128_GCM_SHA256")).isFalse();
  }

  @Test
  void sessionCookieManagementAndLogRetention() throws Exception {
    ScanResult r = scan();
    assertThat(of(r, "CONFIG-SESSION-TIMEOUT"))
        .extracting(f -> f.properties().get("minutes"))
        .containsExactlyInAnyOrder("120", "∞");
    assertThat(of(r, "CONFIG-COOKIE-INSECURE"))
        .extracting(f -> f.properties().get("flag"))
        .containsExactlyInAnyOrder("Secure", "HttpOnly");
    assertThat(of(r, "CONFIG-MANAGEMENT-EXPOSED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.properties()).containsEntry("exposed", "env");
              // management.server.port equals server.port: not a separate port
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            });
    assertThat(of(r, "CONFIG-LOG-RETENTION-SHORT"))
        .extracting(f -> f.properties().get("days"))
        .containsExactlyInAnyOrder("30", "30"); // 30 daily files; 720 hourly files
  }

  @Test
  void sessionTimeoutsBeyondALongAreReadNotThrown() {
    assertThat(SessionRules.springMinutes("30m")).isEqualTo(30.0);
    assertThat(SessionRules.springMinutes("1800")).isEqualTo(30.0);
    assertThat(SessionRules.springMinutes("PT2H")).isEqualTo(120.0);
    assertThat(SessionRules.springMinutes("-1")).isNegative();
    assertThat(SessionRules.springMinutes("soon")).isNull();
    assertThat(SessionRules.springMinutes("99999999999999999999m"))
        .isGreaterThan((double) SessionRules.MAX_MINUTES);
    assertThat(SessionRules.springMinutes("PT2562047788015215H"))
        .isGreaterThan((double) SessionRules.MAX_MINUTES);
  }

  @Test
  void anUnparseableFileIsReportedNotSkipped() throws Exception {
    ScanResult r = scan();
    assertThat(of(r, "CONFIG-FILE-UNPARSEABLE"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().file()).endsWith("BOOT-INF/classes/broken.yml");
              assertThat(f.message().en()).contains("not valid YAML");
              assertThat(f.message().zh()).contains("无法解析").contains("不是有效的 YAML");
              assertThat(f.message().zh()).doesNotContain("not valid YAML");
            });
  }

  @Test
  void aParseProblemIsKeptInBothLanguagesWithItsLine() {
    ConfigFile bad =
        ConfigFileCollector.parse(
            "b.properties",
            ConfigFile.Format.PROPERTIES,
            "k=v\nk=\\u12\n".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.parsed()).isFalse();
    assertThat(bad.problem()).isEqualTo(bad.problemText().en()).startsWith("line 2: ");
    assertThat(bad.problemText().zh()).startsWith("第 2 行：").doesNotContain("line");
    // A problem given as a String alone reads the same in both languages, and the other way round.
    assertThat(new ConfigFile("c.yml", ConfigFile.Format.YAML, List.of(), "odd").problemText())
        .isEqualTo(Text.same("odd"));
    assertThat(new ConfigFile("c.yml", ConfigFile.Format.YAML, Text.of("怪", "odd")).problem())
        .isEqualTo("odd");
    assertThat(new ConfigFile("c.yml", ConfigFile.Format.YAML, List.of(), null).problemText())
        .isNull();
  }

  @Test
  void xmlExternalEntitiesAreNeverResolved() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE web-app [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <web-app><display-name>&secret;</display-name></web-app>
        """;
    ConfigFile f =
        ConfigFileCollector.parse(
            "WEB-INF/web.xml", ConfigFile.Format.XML, xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(f.entries()).noneMatch(e -> e.value().contains("root:"));
  }

  @Test
  void propertiesParserKeepsLinesAndHandlesEscapesAndContinuations() {
    ConfigFile f =
        ConfigFileCollector.parse(
            "a.properties",
            ConfigFile.Format.PROPERTIES,
            "# c\n! c\nk1 = v1\nk2:v\\\n  2\nk\\ 3=\\u4e2d\n\nk4\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(f.entries())
        .containsExactly(
            new ConfigEntry("k1", "v1", 3),
            new ConfigEntry("k2", "v2", 4),
            new ConfigEntry("k 3", "中", 6),
            new ConfigEntry("k4", "", 8));
    ConfigFile bad =
        ConfigFileCollector.parse(
            "b.properties",
            ConfigFile.Format.PROPERTIES,
            "k=\\u12\n".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.problem()).contains("line 1").contains("escape");
  }

  @Test
  void yamlAliasBombsAreRejectedAsProblems() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    ConfigFile f =
        ConfigFileCollector.parse(
            "bomb.yml", ConfigFile.Format.YAML, y.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(f.parsed()).isFalse();
    assertThat(f.problem()).isNotBlank();
  }
}
