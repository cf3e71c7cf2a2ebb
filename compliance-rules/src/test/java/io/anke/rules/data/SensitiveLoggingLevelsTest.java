package io.anke.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.ScanResult;
import io.anke.rules.packs.PackScans;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DATA-SENSITIVE-LOGGING at every level: which loggers print values at which level, and the same
 * judgement read from a logback file's elements.
 */
class SensitiveLoggingLevelsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "root | DEBUG | root=debug",
        "root | info | -",
        "root | ' all ' | root=all",
        "org.apache.http.wire | debug | org.apache.http.wire=debug",
        "org.apache.http.wireless | debug | -",
        "org.apache.hc.client5.http.wire.Sub | trace | org.apache.hc.client5.http.wire.Sub=trace",
        "org.apache.http.wire | warn | -",
        // Hibernate's type loggers print bound values at TRACE only
        "org.hibernate.type | debug | -",
        "org.hibernate.type.descriptor.sql | trace | org.hibernate.type.descriptor.sql=trace",
        "org.hibernate.orm.jdbc.bind | all | org.hibernate.orm.jdbc.bind=all",
        "com.example.app | trace | -",
      })
  void eachLoggerIsVerboseOnlyAtTheLevelsThatPrintValues(
      String logger, String level, String expected) {
    assertThat(SensitiveLoggingRule.verboseLogger(logger, level)).isEqualTo(expected);
  }

  @Test
  void logbackElementsAreReadByTheirNameAndLevel() throws Exception {
    String logback =
        """
        <configuration>
          <logger name="org.hibernate.orm.jdbc.bind" level="TRACE"/>
          <logger name="org.hibernate.type" level="DEBUG"/>
          <logger name="com.example" level="TRACE"/>
          <appender name="x" class="ch.qos.logback.core.ConsoleAppender" level="DEBUG"/>
          <root level="DEBUG"/>
        </configuration>
        """;
    Path app =
        new PackScans.FatJar("log-app")
            .file("BOOT-INF/classes/logback-spring.xml", logback)
            .write(dir);
    ScanResult r = PackScans.runApplication(app, dir, new DataRules().rules());
    assertThat(PackScans.of(r, "DATA-SENSITIVE-LOGGING"))
        .extracting(f -> f.properties().get("setting"))
        .containsExactlyInAnyOrder("org.hibernate.orm.jdbc.bind=trace", "root=debug");
  }
}
