package io.anke.scan.bytecode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SinksTest {

  @Test
  void everyRecognisedClassPassesTheRawConstantPoolPrefilter() {
    // The prefilter decodes only class names under known prefixes; a sink outside them would
    // silently never be analysed.
    assertThat(Sinks.INTERESTING).isNotEmpty();
    for (String name : Sinks.INTERESTING) {
      byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
      boolean covered = false;
      for (byte[] prefix : ClassAnalyzer.cryptoPrefixes()) {
        String p = new String(prefix, StandardCharsets.UTF_8);
        covered |= new String(utf8, StandardCharsets.UTF_8).startsWith(p);
      }
      assertThat(covered).as(name).isTrue();
    }
    for (String pkg : Sinks.NATIONAL_PACKAGES.keySet()) {
      assertThat(pkg).startsWith("io/anke/crypto/");
    }
  }

  @Test
  void helperMethodNamesMapToAlgorithms() {
    assertThat(Sinks.helperAlgorithm("md5Hex")).isEqualTo("MD5");
    assertThat(Sinks.helperAlgorithm("sha1")).isEqualTo("SHA-1");
    assertThat(Sinks.helperAlgorithm("shaHex")).isEqualTo("SHA-1");
    assertThat(Sinks.helperAlgorithm("sha256Hex")).isEqualTo("SHA-256");
    assertThat(Sinks.helperAlgorithm("sha3_256")).isEqualTo("SHA3-256");
    assertThat(Sinks.helperAlgorithm("sha512_224Hex")).isEqualTo("SHA-512/224");
    assertThat(Sinks.helperAlgorithm("desede")).isEqualTo("3DES");
    assertThat(Sinks.helperAlgorithm("des")).isEqualTo("DES");
    assertThat(Sinks.helperAlgorithm("hmacMd5")).isEqualTo("MD5");
    assertThat(Sinks.helperAlgorithm("sm4")).isEqualTo("SM4");
    assertThat(Sinks.helperAlgorithm("digest")).isNull();
    assertThat(Sinks.helperAlgorithm("crc32")).isNull();
    assertThat(Sinks.helperAlgorithm("murmur3_128")).isNull();
    assertThat(Sinks.helperAlgorithm("decodes")).isNull();
  }
}
