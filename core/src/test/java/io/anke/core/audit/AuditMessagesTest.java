package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message of the audit trail exists in both languages and is used by the code. */
class AuditMessagesTest {
  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = AuditLog.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryKeyIsUsed() throws IOException {
    Properties en = load("Messages.properties");
    Properties zh = load("Messages_zh_CN.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/anke/core/audit"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        code.append(Files.readString(f));
      }
    }
    List<String> unused = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String used = key.startsWith("verify.") ? key.substring("verify.".length()) : key;
      if (!code.toString().contains("\"" + used + "\"")) {
        unused.add(key);
      }
    }
    assertThat(unused).isEmpty();
    for (String key : en.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
    }
  }
}
