package io.anke.rules.data;

import static io.anke.rules.packs.PackScans.classFile;
import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.PackScans.FatJar;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.data.PersonalInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DATA- rules on generated application classes and configuration in a fat jar. */
class DataRulesTest {
  @TempDir Path dir;

  static final String ENTITY = "Ljakarta/persistence/Entity;";

  private ScanResult scan(String profile) throws Exception {
    Path lib =
        new FatJar("thirdparty")
            .file("com/vendor/Person.class", classFile("com/vendor/Person", ENTITY, "idCard"))
            .write(dir);
    Path app =
        new FatJar("data-app")
            .file(
                "BOOT-INF/classes/com/example/Citizen.class",
                classFile(
                    "com/example/Citizen",
                    ENTITY,
                    "idCard",
                    "bankCardNo@Ljakarta/persistence/Convert;#converter",
                    "mobile",
                    "passportNo@Ljakarta/persistence/Transient;",
                    "certNo@Lcom/example/crypto/EncryptedField;"))
            .file(
                "BOOT-INF/classes/com/example/CitizenVO.class",
                classFile(
                    "com/example/CitizenVO",
                    null,
                    "idCard",
                    "mobile@Lcom/example/mask/Sensitive;",
                    "phone_brand"))
            .file(
                "BOOT-INF/classes/com/example/Order.class",
                classFile("com/example/Order", null, "phone"))
            .file(
                "BOOT-INF/classes/application.yml",
                """
                spring:
                  mvc:
                    log-request-details: true
                logging:
                  level:
                    org.hibernate.orm.jdbc.bind: TRACE
                    org.hibernate.SQL: DEBUG
                    com.example: DEBUG
                mybatis-plus:
                  configuration:
                    log-impl: org.apache.ibatis.logging.stdout.StdOutImpl
                storage:
                  archive: https://gov-archive.s3.us-west-2.amazonaws.com/backups
                  primary: https://oss-cn-beijing.aliyuncs.com
                  hk: oss-cn-hongkong.aliyuncs.com
                  cos: https://bucket-1250000000.cos.ap-beijing.myqcloud.com
                  cos-sg: https://bucket-1250000000.cos.ap-singapore.myqcloud.com
                  china: https://bucket.s3.cn-north-1.amazonaws.com.cn
                cloud:
                  aws:
                    region:
                      static: us-east-1
                """)
            .file(
                "BOOT-INF/classes/logback.xml",
                """
                <configuration>
                  <logger name="org.apache.http.wire" level="DEBUG"/>
                  <logger name="com.example" level="DEBUG"/>
                  <root level="DEBUG"/>
                </configuration>
                """)
            .lib(lib)
            .write(dir);
    return PackScans.run(PackScans.context(app, dir), profile);
  }

  @Test
  void sensitivePersonalInformationStoredWithoutEncryption() throws Exception {
    ScanResult r = scan("mlps-l3");
    assertThat(of(r, "DATA-PI-PLAINTEXT-STORAGE"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("com.example.Citizen");
              assertThat(f.properties())
                  .containsEntry("field", "idCard")
                  .containsEntry("personalInfo", "ID_NUMBER");
              assertThat(f.location().className()).isEqualTo("com.example.Citizen");
              assertThat(f.location().file())
                  .isEqualTo("data-app.jar!/BOOT-INF/classes/com/example/Citizen.class");
              assertThat(f.message().zh()).contains("身份证件号码");
            });
  }

  @Test
  void viewObjectsWithoutMasking() throws Exception {
    ScanResult r = scan("mlps-l3");
    assertThat(of(r, "DATA-PI-UNMASKED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("com.example.CitizenVO");
              assertThat(f.properties()).containsEntry("field", "idCard");
              assertThat(f.severity()).isEqualTo(Severity.LOW);
            });
  }

  @Test
  void loggingThatWritesValues() throws Exception {
    ScanResult r = scan("gov-cloud-baseline");
    assertThat(of(r, "DATA-SENSITIVE-LOGGING"))
        .extracting(f -> f.properties().get("setting"))
        .containsExactlyInAnyOrder(
            "spring.mvc.log-request-details=true",
            "org.hibernate.orm.jdbc.bind=trace",
            "MyBatis StdOutImpl",
            "org.apache.http.wire=debug",
            "root=debug");
  }

  @Test
  void storageOutsideMainlandChina() throws Exception {
    ScanResult r = scan("gov-cloud-baseline");
    assertThat(of(r, "DATA-CROSS-BORDER-STORAGE"))
        .extracting(f -> f.properties().get("destination"))
        .containsExactlyInAnyOrder(
            "AWS global (gov-archive.s3.us-west-2.amazonaws.com)",
            "Alibaba Cloud OSS cn-hongkong (oss-cn-hongkong.aliyuncs.com)",
            "Tencent Cloud COS ap-singapore (bucket-1250000000.cos.ap-singapore.myqcloud.com)",
            "AWS region us-east-1");
    assertThat(
            CrossBorderStorageRule.check(new ConfigEntry("x", "oss-cn-shanghai.aliyuncs.com", 1)))
        .isNull();
  }

  @Test
  void personalInfoNamesAreMatchedExactly() {
    assertThat(PersonalInfo.of("ID_CARD")).contains(PersonalInfo.Kind.ID_NUMBER);
    assertThat(PersonalInfo.of("sfzh")).contains(PersonalInfo.Kind.ID_NUMBER);
    assertThat(PersonalInfo.of("phoneBrand")).isEmpty();
    assertThat(PersonalInfo.of("idCardType")).isEmpty();
  }
}
