package io.anke.scan.cbom;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Subject;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bytecode.UsageKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CBOM that says in which classes its assets are used ({@code evidence.occurrences} whose {@code
 * symbol} is {@code class#method}, the shape of Anke's own CycloneDX output) is judged like that
 * code: a finding per place, on the class, at its file, line and method; a library's class with its
 * library's dependency path; {@code CRYPTO-NO-NATIONAL-ALGORITHM} on the application's own assets.
 * JSON and XML alike.
 */
class CodeOccurrencesTest {

  private static ScanResult scan(String name) throws IOException, URISyntaxException {
    Path file = Path.of(CodeOccurrencesTest.class.getResource(name).toURI());
    ScanSettings settings = ScanSettings.builder().profile("crypto-l3").build();
    BillOfMaterials bom = BomEnricher.enrich(BomReaders.read(file, name), settings.catalog());
    return settings.run(ScanInputs.builder().bom(bom).build());
  }

  private static List<String> crypto(ScanResult r) {
    return r.findings().stream()
        .filter(f -> f.ruleId().startsWith("CRYPTO-"))
        .map(
            f ->
                f.ruleId()
                    + " "
                    + f.subject().kind()
                    + " "
                    + f.subject().id()
                    + " "
                    + f.subject().path()
                    + " @ "
                    + f.location().display())
        .sorted()
        .toList();
  }

  private static Finding find(ScanResult r, String rule) {
    return r.findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not in " + crypto(r)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"code-occurrences.cbom.json", "code-occurrences.cbom.xml"})
  void eachPlaceInCodeIsJudgedOnItsClass(String name) throws Exception {
    ScanResult r = scan(name);
    assertThat(crypto(r))
        .containsExactly(
            "CRYPTO-HARDCODED-KEY class gov.example.permit.Vault []"
                + " @ permit.jar!/gov/example/permit/Vault.class gov.example.permit.Vault#<init>:8",
            "CRYPTO-NO-NATIONAL-ALGORITHM file " + name + " [] @ " + name,
            "CRYPTO-WEAK-HASH class gov.example.permit.Audit []"
                + " @ permit.jar!/gov/example/permit/Audit.class"
                + " gov.example.permit.Audit#record:40",
            "CRYPTO-WEAK-HASH class gov.example.permit.Sign []"
                + " @ permit.jar!/gov/example/permit/Sign.class"
                + " gov.example.permit.Sign#digest:12",
            "CRYPTO-WEAK-HASH class org.example.legacy.Hasher"
                + " [gov.example:permit:1.0, org.example:legacy-crypto:2.0]"
                + " @ permit.jar!/BOOT-INF/lib/legacy-crypto-2.0.jar!/org/example/legacy/Hasher.class"
                + " org.example.legacy.Hasher#hash:7");

    Finding md5 =
        r.findings().stream()
            .filter(f -> f.subject().id().equals("gov.example.permit.Sign"))
            .findFirst()
            .orElseThrow();
    assertThat(md5.subject().kind()).isEqualTo(Subject.CLASS);
    assertThat(md5.location().className()).isEqualTo("gov.example.permit.Sign");
    assertThat(md5.location().method()).isEqualTo("digest");
    assertThat(md5.properties())
        .containsEntry("algorithm", "MD5")
        .containsEntry("bomRef", "md5")
        .containsEntry("origin", "application");
    assertThat(md5.message().en())
        .isEqualTo(
            "Cryptographic asset MD5 (algorithm) uses the high-risk hash MD5 (name: MD5),"
                + " used at gov.example.permit.Sign#digest:12 (application code)");
    assertThat(md5.message().zh()).contains("gov.example.permit.Sign#digest:12").contains("应用自身代码");

    Finding sha1 =
        r.findings().stream()
            .filter(f -> f.subject().id().equals("org.example.legacy.Hasher"))
            .findFirst()
            .orElseThrow();
    assertThat(sha1.properties())
        .containsEntry("origin", "library")
        .containsEntry("component", "pkg:maven/org.example/legacy-crypto@2.0");
    assertThat(sha1.message().en())
        .endsWith(
            ", used at org.example.legacy.Hasher#hash:7"
                + " (in library pkg:maven/org.example/legacy-crypto@2.0)");

    // The key's kind comes from the property CycloneDX has no field for.
    assertThat(find(r, "CRYPTO-HARDCODED-KEY").properties())
        .containsEntry("usage", UsageKind.CONSTANT_KEY.name())
        .containsEntry("algorithm", "AES");

    // The library's SM3 is not the application's: the application's own assets are MD5 and a
    // constant AES key, none national.
    assertThat(find(r, "CRYPTO-NO-NATIONAL-ALGORITHM").properties())
        .containsEntry("algorithms", "AES, MD5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"code-occurrences.cbom.json", "code-occurrences.cbom.xml"})
  void occurrencesWithoutAClassLeaveTheAssetJudgedAsAWhole(String name) throws Exception {
    // legacy-gateway's occurrences name source files, not classes: one finding per asset.
    ScanResult legacy = scan("legacy-gateway.cbom.json");
    Finding md5 =
        legacy.findings().stream()
            .filter(f -> f.ruleId().equals("CRYPTO-WEAK-HASH"))
            .filter(f -> "crypto/algorithm/md5@1.2.840.113549.2.5".equals(f.subject().id()))
            .findFirst()
            .orElseThrow();
    assertThat(md5.subject().kind()).isEqualTo(Subject.CRYPTO_ASSET);
    assertThat(md5.location().file()).isEqualTo("legacy-gateway.cbom.json");
    // In the code-occurrence document, the asset with a class occurrence is never judged whole.
    assertThat(scan(name).findings())
        .noneMatch(f -> f.subject().kind().equals(Subject.CRYPTO_ASSET));
  }
}
