package io.anke.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyFileTest {
  private static final List<Class<?>> RESOURCES = List.of(Resident.class);

  static String fixture() throws IOException {
    try (InputStream in = PolicyFileTest.class.getResourceAsStream("sharing-policy.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheFileIntoTheSamePolicyAsCode(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("policy.yaml"), fixture());
    AccessPolicy p = AccessPolicy.load(file, RESOURCES);
    assertThat(p.departments())
        .containsOnlyKeys("public-security", "civil-affairs", "human-resources");
    assertThat(p.departments().get("civil-affairs").zh()).isEqualTo("省民政厅");
    SharingAgreement a = p.agreements().get(0);
    assertThat(a.roles()).containsExactly("caseworker");
    assertThat(a.actions()).containsExactly(AccessAction.READ);
    Decision d =
        p.decide(
            AccessPolicyTest.caseworker().build(),
            Resident.class,
            AccessAction.READ,
            AccessPolicyTest.IN_2026);
    assertThat(d)
        .isEqualTo(
            AccessPolicyTest.policy()
                .decide(
                    AccessPolicyTest.caseworker().build(),
                    Resident.class,
                    AccessAction.READ,
                    AccessPolicyTest.IN_2026));
    Decision noRole =
        p.decide(
            Subject.builder("u")
                .department("civil-affairs")
                .purpose("subsistence-allowance-review")
                .authentication(Authentication.MULTI_FACTOR)
                .build(),
            Resident.class,
            AccessAction.READ,
            AccessPolicyTest.IN_2026);
    assertThat(noRole.reasons()).extracting(Reason::code).containsExactly("role");
  }

  /** Each broken file is refused whole, naming the line and what is wrong. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown department | consumer: civil-affairs | consumer: tax | 17 | unknown department 'tax'",
        "unknown resource | resource: resident | resource: company | 18 | unknown resource 'company'; known: resident",
        "unknown field | fields: [name, divisionCode] | fields: [name, salary] | 21 | resource 'resident' has no field 'salary'",
        "unknown data class | dataClasses: [personal, sensitive-personal] | dataClasses: [personal, secret] | 23 | unknown data class 'secret'",
        "uncovered class | dataClasses: [personal, sensitive-personal] | dataClasses: [personal] | 23 | field 'idNumber' is sensitive-personal data",
        "unknown action | actions: [read] | actions: [delete] | 20 | unknown action 'delete'; write read or export",
        "bad date | validUntil: 2026-12-31 | validUntil: 2026-13-31 | 26 | '2026-13-31' is not a date written YYYY-MM-DD",
        "reversed dates | validUntil: 2026-12-31 | validUntil: 2025-12-31 | 26 | ends (2025-12-31) before it starts (2026-01-01)",
        "unknown key | roles: [caseworker] | role: [caseworker] | 24 | unknown key 'role'",
        "no approver | '    approvedBy: 省大数据局 2026-17' | '' | 15 | missing 'approvedBy'",
        "wrong owner | provider: public-security | provider: human-resources | 16 | is owned by 'public-security', not 'human-resources'",
        "syntax | 'dataClasses: [personal, sensitive-personal]' | 'dataClasses: [personal, sensitive-personal' | 0 | ",
      })
  void aBrokenFileIsRejectedWholeWithItsLine(
      String what, String replace, String with, int line, String message) throws IOException {
    String text = fixture();
    assertThat(text).contains(replace);
    String broken = text.replace(replace, with);
    assertThatThrownBy(() -> AccessPolicy.read("policy.yaml", broken, RESOURCES))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.source()).isEqualTo("policy.yaml");
              if (line > 0) {
                assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
                assertThat(e.getMessage()).contains(message);
              } else {
                assertThat(e.line()).isPositive();
              }
            });
  }

  @Test
  void anEmptyOrMissingFileIsAConfigurationError(@TempDir Path dir) {
    assertThatThrownBy(() -> AccessPolicy.read("empty.yaml", "", RESOURCES))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> AccessPolicy.load(dir.resolve("none.yaml"), RESOURCES))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("cannot read the policy file");
    assertThatThrownBy(() -> AccessPolicy.read("p.yaml", "version: 1\nagreements: []\n", RESOURCES))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("missing 'departments'");
  }
}
