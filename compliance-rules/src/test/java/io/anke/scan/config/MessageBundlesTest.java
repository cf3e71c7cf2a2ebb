package io.anke.scan.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.rules.config.ConfigRules;
import io.anke.rules.packs.PackScans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Message bundles and labels are not configuration: a translation of "password" is not a password.
 * Real inputs: Tomcat's own jar (its LocalStrings.properties error texts) and a Spring Boot fat jar
 * with the bundles, labels and configuration such an application ships.
 */
class MessageBundlesTest {
  @TempDir Path dir;

  private static final String TOMCAT_REALM_STRINGS =
      "org/apache/catalina/realm/LocalStrings.properties";

  private static List<Finding> secretFindings(List<ConfigFile> files) {
    ScanContext context = ScanContext.builder().facts(files).build();
    ScanResult r = Engine.builder().addRules(new ConfigRules().rules()).build().run(context);
    return r.findings().stream()
        .filter(
            f ->
                f.ruleId().equals("CONFIG-PLAINTEXT-PASSWORD")
                    || f.ruleId().equals("CONFIG-WEAK-PASSWORD")
                    || f.ruleId().equals("CONFIG-HARDCODED-KEY"))
        .toList();
  }

  /** The configuration files of an application archive, as a scan collects them. */
  private static List<ConfigFile> configFiles(Path app, String name) throws IOException {
    return io.anke.scan.data.ApplicationFacts.collect(app, name).stream()
        .filter(ConfigFile.class::isInstance)
        .map(ConfigFile.class::cast)
        .toList();
  }

  private static String where(Finding f) {
    return f.ruleId()
        + " "
        + f.location().file().replaceAll(".*!/BOOT-INF/classes/", "")
        + ":"
        + f.location().line();
  }

  @Test
  void tomcatsOwnJarHasErrorTextsNotPasswords() throws IOException {
    Path tomcat = PackScans.classpathJar("tomcat-embed-core");
    List<ConfigFile> files = ConfigFileCollector.collect(tomcat, "tomcat-embed-core.jar");
    assertThat(files)
        .extracting(ConfigFile::path)
        .contains("tomcat-embed-core.jar!/org/apache/catalina/startup/catalina.properties")
        .noneMatch(p -> p.contains("LocalStrings"));
    assertThat(secretFindings(files)).extracting(MessageBundlesTest::where).isEmpty();
  }

  @Test
  void springBootApplicationBundlesAndLabelsAreNotPasswordsItsDataSourceIs() throws Exception {
    Path app =
        new PackScans.FatJar("portal")
            .file(
                "BOOT-INF/classes/application.properties",
                """
                server.port=8080
                spring.datasource.url=jdbc:mysql://db.internal:3306/portal
                spring.datasource.username=portal
                spring.datasource.password=Secr3t!
                spring.messages.basename=i18n/messages,labels/common
                """)
            // Pass phrases and passwords in Chinese are credentials, not texts.
            .file(
                "BOOT-INF/classes/application-prod.properties",
                """
                spring.datasource.password=correct horse battery staple
                spring.redis.password=政务云缓存2026
                """)
            .file(
                "BOOT-INF/classes/application.yml",
                """
                app:
                  login:
                    label:
                      password: Password
                    placeholder:
                      password: Enter your password
                """)
            // Declared through spring.messages.basename; Spring reads them as UTF-8.
            .file("BOOT-INF/classes/i18n/messages.properties", "login.password=Password\n")
            .file("BOOT-INF/classes/i18n/messages_zh_CN.properties", "login.password=密码\n")
            .file("BOOT-INF/classes/labels/common.properties", "common.password=Password\n")
            // The application's own labels, in a file whose name says nothing.
            .file(
                "BOOT-INF/classes/common.properties",
                "common.username=用户名\ncommon.password=密码\ncommon.password.confirm=确认密码\n")
            .file(
                "BOOT-INF/classes/ValidationMessages.properties",
                "user.password=Password must not be blank\n")
            // Error texts shipped with the application, as Tomcat ships its own.
            .file("BOOT-INF/classes/com/example/realm/LocalStrings.properties", realTomcatStrings())
            .file("BOOT-INF/classes/i18n/zh-CN.yml", "login:\n  password: 密码\n  submit: 登录\n")
            // Configuration with names that look like bundles: still configuration.
            .file(
                "BOOT-INF/classes/db.properties",
                "db.url=jdbc:sqlserver://mssql:1433\ndb.password=Mssq1Pass\n")
            .file(
                "BOOT-INF/classes/db_ms.properties",
                "db.url=jdbc:sqlserver://mssql2:1433\ndb.password=Mssq2Pass\n")
            .file("BOOT-INF/classes/mail-messages.properties", "mail.smtp.password=Smtp4Pass\n")
            .write(dir);
    List<ConfigFile> files = configFiles(app, "portal.jar");
    assertThat(secretFindings(files))
        .extracting(MessageBundlesTest::where)
        .containsExactlyInAnyOrder(
            "CONFIG-PLAINTEXT-PASSWORD application.properties:4",
            "CONFIG-PLAINTEXT-PASSWORD application-prod.properties:1",
            "CONFIG-PLAINTEXT-PASSWORD application-prod.properties:2",
            "CONFIG-PLAINTEXT-PASSWORD db.properties:2",
            "CONFIG-PLAINTEXT-PASSWORD db_ms.properties:2",
            "CONFIG-PLAINTEXT-PASSWORD mail-messages.properties:1",
            "CONFIG-WEAK-PASSWORD application.properties:4");
    // The labels file is still read as configuration: only its entries are texts.
    assertThat(files).extracting(ConfigFile::fileName).contains("common.properties");
  }

  /**
   * Keys under a segment that often names texts ({@code message}, {@code msg}, {@code validation})
   * are settings too: a message broker's password, an SMS gateway's secret. Only a value that reads
   * as a label (it names the credential, or is natural text) is a text there.
   */
  @Test
  void credentialsOfMessageBrokersAndValidationServicesAreStillCredentials() throws Exception {
    Path app =
        new PackScans.FatJar("orders")
            .file(
                "BOOT-INF/classes/application.yml",
                """
                message:
                  rabbitmq:
                    host: mq.internal
                    password: Mq#Prod2024!
                msg:
                  sms:
                    access-key-secret: Sms#Prod2024Secret
                validation:
                  service:
                    password: Val#Prod2024!
                app:
                  login:
                    label:
                      password: Password
                    tip:
                      password: "New password:"
                """)
            .write(dir);
    List<ConfigFile> files = configFiles(app, "orders.jar");
    assertThat(secretFindings(files))
        .extracting(MessageBundlesTest::where)
        .containsExactlyInAnyOrder(
            "CONFIG-PLAINTEXT-PASSWORD application.yml:4",
            "CONFIG-PLAINTEXT-PASSWORD application.yml:7",
            "CONFIG-PLAINTEXT-PASSWORD application.yml:10");
  }

  @Test
  void naturalTextIsToldFromCredentials() {
    assertThat(ConfigValues.isNaturalText("密码")).isTrue();
    assertThat(ConfigValues.isNaturalText("パスワード")).isTrue();
    assertThat(ConfigValues.isNaturalText("User name or password is incorrect")).isTrue();
    assertThat(ConfigValues.isNaturalText("Exception retrieving password for [{0}]")).isTrue();
    assertThat(ConfigValues.isNaturalText("Secr3t!")).isFalse();
    assertThat(ConfigValues.isNaturalText("Password")).isFalse();
    assertThat(ConfigValues.isNaturalText("p@ss word")).isFalse();
    assertThat(ConfigValues.isNaturalText("${DB_PASSWORD:changeme}")).isFalse();
    // Texts about a credential name it; pass phrases and CJK passwords do not.
    assertThat(ConfigValues.isTextAboutCredential("确认密码")).isTrue();
    assertThat(ConfigValues.isTextAboutCredential("Enter your password")).isTrue();
    assertThat(ConfigValues.isTextAboutCredential("correct horse battery staple")).isFalse();
    assertThat(ConfigValues.isTextAboutCredential("政务云数据库2026")).isFalse();
  }

  /** The password-related lines of Tomcat's realm messages, read from the real jar. */
  private static String realTomcatStrings() throws IOException {
    try (ZipFile zip = new ZipFile(PackScans.classpathJar("tomcat-embed-core").toFile());
        InputStream in = zip.getInputStream(zip.getEntry(TOMCAT_REALM_STRINGS))) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      StringBuilder slice = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.startsWith("#") || line.toLowerCase(java.util.Locale.ROOT).contains("password")) {
          slice.append(line).append('\n');
        }
      }
      return slice.toString();
    }
  }
}
