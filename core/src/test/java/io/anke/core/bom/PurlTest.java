package io.anke.core.bom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurlTest {

  @Test
  void parsesTypeNamespaceNameAndVersionIgnoringQualifiersAndSubpath() {
    assertThat(Purl.parse("pkg:maven/com.mysql/mysql-connector-j@8.4.0?type=jar#x"))
        .isEqualTo(new Purl("maven", "com.mysql", "mysql-connector-j", "8.4.0"));
    assertThat(Purl.parse("pkg://npm/%40scope/name"))
        .isEqualTo(new Purl("npm", "@scope", "name", null));
    assertThat(Purl.parse("pkg:generic/openssl@3.0+dfsg"))
        .isEqualTo(new Purl("generic", "", "openssl", "3.0+dfsg"));
  }

  @Test
  void malformedPurlsHaveNoIdentity() {
    assertThat(Purl.parse(null)).isNull();
    assertThat(Purl.parse("maven/com.mysql/x")).isNull();
    assertThat(Purl.parse("pkg:maven")).isNull();
    assertThat(Purl.parse("pkg:maven/com.mysql/")).isNull();
    assertThat(Purl.parse("pkg:maven/g/%zz")).isNull();
  }

  @Test
  void mavenPurlsRoundTrip() {
    String purl = Purl.maven("org.example", "a b", "1.0+build");
    assertThat(purl).isEqualTo("pkg:maven/org.example/a%20b@1.0%2Bbuild");
    assertThat(Purl.parse(purl)).isEqualTo(new Purl("maven", "org.example", "a b", "1.0+build"));
    assertThat(Purl.maven("g", "a", null)).isEqualTo("pkg:maven/g/a");
  }
}
