package io.anke.scan.cbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.Origin;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Subject;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bytecode.Algorithms;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.UsageKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CycloneDX 1.6 CBOMs judged by the {@code CRYPTO-} rules: the CycloneDX bom-examples CBOMs and
 * cyclonedx-core-java's cryptography documents as published, and two real-shaped CBOMs (a legacy
 * gateway with weak cryptography, a system with only national algorithms). Each scan goes the way
 * {@code anke scan --sbom} goes: read, enrich from the bundled catalog, run the profile.
 */
class CbomAssetsTest {
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  private static Path fixture(String name) {
    try {
      return Path.of(CbomAssetsTest.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  private static BillOfMaterials read(String name) {
    return BomReaders.read(fixture(name), name);
  }

  private static ScanResult scan(String profile, String... names) throws IOException {
    ScanSettings settings = ScanSettings.builder().profile(profile).build();
    ScanInputs.Builder inputs = ScanInputs.builder();
    for (String n : names) {
      inputs.bom(BomEnricher.enrich(read(n), settings.catalog()));
    }
    return settings.run(inputs.build());
  }

  private static List<CryptoAssetUsage> evidence(BillOfMaterials bom) {
    return bom.facts().stream()
        .filter(CryptoAssetUsage.class::isInstance)
        .map(CryptoAssetUsage.class::cast)
        .toList();
  }

  /** {@code RULE algorithm @ subject} of each finding of the crypto rules. */
  private static List<String> crypto(ScanResult r) {
    return r.findings().stream()
        .filter(f -> f.ruleId().startsWith("CRYPTO-"))
        .map(f -> f.ruleId() + " " + f.properties().get("algorithm") + " @ " + f.subject().id())
        .toList();
  }

  private static Finding only(ScanResult r, String rule, String algorithm, String subject) {
    List<Finding> found =
        r.findings().stream()
            .filter(f -> f.ruleId().equals(rule))
            .filter(f -> algorithm.equals(f.properties().get("algorithm")))
            .filter(f -> f.subject().id().equals(subject))
            .toList();
    assertThat(found).as(rule + " " + algorithm + " @ " + subject + " in " + crypto(r)).hasSize(1);
    return found.get(0);
  }

  // ---- the case: AES-128-GCM and SHA512withRSA under crypto-l3 -----------------------

  @Test
  void bomExamplesAlgorithmCbomIsJudgedUnderCryptoL3() throws IOException {
    ScanResult r = scan("crypto-l3", "bom-examples-algorithm.cdx.json");

    Finding aes = only(r, "CRYPTO-NON-NATIONAL-CIPHER", "AES", "AES-128-GCM");
    assertThat(aes.subject().kind()).isEqualTo(Subject.CRYPTO_ASSET);
    assertThat(aes.location().file()).isEqualTo("bom-examples-algorithm.cdx.json");
    assertThat(aes.location().line()).isEqualTo(15);
    assertThat(aes.properties())
        .containsEntry("pointer", "/components/0")
        .containsEntry("assetType", "algorithm")
        .containsEntry("field", "name")
        .containsEntry("detail", "AES-128-GCM")
        .containsEntry("classification", "NON_NATIONAL");
    assertThat(aes.message().en())
        .isEqualTo(
            "Cryptographic asset AES-128-GCM (algorithm) uses the non-national cipher AES"
                + " (name: AES-128-GCM)");
    assertThat(aes.message().zh()).containsPattern(CHINESE).contains("AES-128-GCM");

    only(r, "CRYPTO-NON-NATIONAL-HASH", "SHA-512", "SHA512withRSA");
    only(r, "CRYPTO-NON-NATIONAL-ASYMMETRIC", "RSA", "SHA512withRSA");
    // "512" is SHA512withRSA's hash size, not an RSA key of 512 bits.
    assertThat(crypto(r)).noneMatch(f -> f.startsWith("CRYPTO-SHORT-KEY"));
    Finding none =
        r.findings().stream()
            .filter(f -> f.ruleId().equals("CRYPTO-NO-NATIONAL-ALGORITHM"))
            .findFirst()
            .orElseThrow();
    assertThat(none.subject().id()).isEqualTo("bom-examples-algorithm.cdx.json");
    assertThat(none.properties()).containsEntry("algorithms", "AES, RSA, SHA-512");
    assertThat(r.summary().passed()).isFalse();
  }

  @Test
  void xmlAndJsonFormsOfOneCbomGiveTheSameEvidence() {
    List<String> json = shape(read("bom-examples-algorithm.cdx.json"));
    List<String> xml = shape(read("bom-examples-algorithm.cdx.xml"));
    assertThat(json).hasSize(3);
    assertThat(xml).isEqualTo(json);
  }

  private static List<String> shape(BillOfMaterials bom) {
    return evidence(bom).stream()
        .map(
            u ->
                u.kind()
                    + " "
                    + u.algorithm()
                    + " "
                    + u.classification()
                    + " "
                    + u.field()
                    + " "
                    + u.detail()
                    + " "
                    + u.asset().pointer())
        .toList();
  }

  @Test
  void sameAlgorithmSameVerdictWhetherInBytecodeOrInACbom() throws IOException {
    // One rule, one classification: a bytecode MD5 and a CBOM MD5 are the same evidence kind.
    CryptoUsage code =
        new CryptoUsage(
            UsageKind.ALGORITHM,
            "MD5",
            Algorithms.classify("MD5"),
            "java.security.MessageDigest.getInstance",
            "MD5",
            0,
            new CodeLocation(
                "app.jar!/gov/example/pay/SignUtil.class",
                List.of("app.jar"),
                "gov.example.pay.SignUtil",
                "sign",
                "()V",
                41,
                0,
                null,
                true));
    CryptoAssetUsage declared =
        evidence(read("legacy-gateway.cbom.json")).stream()
            .filter(u -> "MD5".equals(u.algorithm()) && u.field().equals("name"))
            .findFirst()
            .orElseThrow();
    assertThat(declared.kind()).isEqualTo(code.kind());
    assertThat(declared.classification()).isEqualTo(code.classification());
    ScanResult r =
        ScanSettings.builder()
            .profile("crypto-l3")
            .build()
            .run(ScanInputs.builder().fact(code).bom(read("legacy-gateway.cbom.json")).build());
    assertThat(
            r.findings().stream()
                .filter(f -> "MD5".equals(f.properties().get("algorithm")))
                .filter(
                    f ->
                        f.subject().id().equals("gov.example.pay.SignUtil")
                            || f.subject().id().equals("crypto/algorithm/md5@1.2.840.113549.2.5"))
                .map(Finding::ruleId)
                .distinct())
        .containsExactly("CRYPTO-WEAK-HASH");
  }

  // ---- a legacy CBOM: every weak thing is found, where it is declared ------------------------

  @Test
  void legacyGatewayCbomGivesEachWeaknessAtItsAsset() throws IOException {
    ScanResult r = scan("crypto-l3", "legacy-gateway.cbom.json");
    List<String> found = crypto(r);

    only(r, "CRYPTO-WEAK-HASH", "MD5", "crypto/algorithm/md5@1.2.840.113549.2.5");
    only(r, "CRYPTO-WEAK-CIPHER", "DES", "crypto/algorithm/des-ecb@1.3.14.3.2.6");
    only(r, "CRYPTO-ECB-MODE", "DES", "crypto/algorithm/des-ecb@1.3.14.3.2.6");
    // ECB from the name AES128-ECB, not from a mode field.
    only(r, "CRYPTO-ECB-MODE", "AES", "crypto/algorithm/aes-128-ecb@2.16.840.1.101.3.4.1.1");
    // The OID (ecdsa-with-SHA1) refines the bare name ECDSA; the curve gives 160 bits.
    only(r, "CRYPTO-WEAK-HASH", "SHA-1", "crypto/algorithm/ecdsa-secp160r1");
    Finding ec = only(r, "CRYPTO-SHORT-KEY", "ECDSA", "crypto/algorithm/ecdsa-secp160r1");
    assertThat(ec.properties()).containsEntry("keySize", "160");

    String key = "crypto/key/rsa-1024@1.2.840.113549.1.1.1";
    Finding rsaKey = only(r, "CRYPTO-SHORT-KEY", "RSA", key);
    assertThat(rsaKey.properties())
        .containsEntry("field", "relatedCryptoMaterialProperties.size")
        .containsEntry("keySize", "1024")
        .containsEntry("assetType", "related-crypto-material");
    assertThat(rsaKey.message().en())
        .isEqualTo(
            "Cryptographic asset RSA-1024 (related-crypto-material) has RSA keys of 1024 bits"
                + " (relatedCryptoMaterialProperties.size: 1024)");

    // The certificate: signed with SHA-1, its public key a 1024-bit RSA key.
    String cert = "crypto/certificate/gateway.bank.example@sha256:9a41b5d2";
    Finding certHash = only(r, "CRYPTO-WEAK-HASH", "SHA-1", cert);
    assertThat(certHash.properties())
        .containsEntry("field", "certificateProperties.signatureAlgorithmRef")
        .containsEntry("detail", "SHA1withRSA (crypto/algorithm/sha1-rsa@1.2.840.113549.1.1.5)");
    only(r, "CRYPTO-SHORT-KEY", "RSA", cert);

    // The protocol: TLS 1.0, and the algorithms of its suites read from their names.
    String tls = "crypto/protocol/tls@1.0";
    only(r, "CRYPTO-LEGACY-TLS", "TLS 1.0", tls);
    only(r, "CRYPTO-WEAK-CIPHER", "3DES", tls);
    only(r, "CRYPTO-WEAK-CIPHER", "RC4", tls);
    only(r, "CRYPTO-WEAK-HASH", "MD5", tls);
    only(r, "CRYPTO-WEAK-HASH", "SHA-1", tls);

    // Reported, not dropped: a name the vocabulary does not know.
    Finding xxtea = only(r, "CRYPTO-UNRECOGNIZED-ALGORITHM", "XXTEA", "crypto/algorithm/xxtea");
    assertThat(xxtea.message().en()).contains("XXTEA").contains("do not classify");

    // Non-national ones fail level 3; the nested asset's path runs through its container.
    Finding blowfish =
        only(r, "CRYPTO-NON-NATIONAL-CIPHER", "Blowfish", "crypto/algorithm/blowfish-cbc");
    assertThat(blowfish.subject().path())
        .containsExactly(
            "gov.example:payment-gateway:3.1.0",
            "org.bouncycastle:bcprov-jdk15on:1.60",
            "Blowfish-CBC");
    only(
        r,
        "CRYPTO-NON-NATIONAL-HASH",
        "SHA-256",
        "crypto/algorithm/hmac-sha256@1.2.840.113549.2.9");
    assertThat(found).contains("CRYPTO-NO-NATIONAL-ALGORITHM null @ legacy-gateway.cbom.json");
  }

  @Test
  void aProvidedAssetCarriesThePathThroughItsProvider() throws IOException {
    ScanResult r = scan("crypto-l3", "legacy-gateway.cbom.json");
    Finding des = only(r, "CRYPTO-WEAK-CIPHER", "DES", "crypto/algorithm/des-ecb@1.3.14.3.2.6");
    assertThat(des.subject().path())
        .containsExactly(
            "gov.example:payment-gateway:3.1.0", "org.bouncycastle:bcprov-jdk15on:1.60", "DES");

    ScanResult example = scan("crypto-l3", "bom-examples-with-dependencies.cdx.json");
    Finding aes = only(example, "CRYPTO-NON-NATIONAL-CIPHER", "AES", "aes128gcm");
    assertThat(aes.subject().path())
        .containsExactly("Acme Application:1.0", "Crypto library:1.0.0", "AES");
  }

  @Test
  void highRiskProfilesSeeTheWeakAssetsButNotTheNonNationalOnes() throws IOException {
    List<String> l2 = crypto(scan("crypto-l2", "legacy-gateway.cbom.json"));
    assertThat(l2).anyMatch(f -> f.startsWith("CRYPTO-WEAK-HASH MD5"));
    assertThat(l2).anyMatch(f -> f.startsWith("CRYPTO-LEGACY-TLS TLS 1.0"));
    assertThat(l2).noneMatch(f -> f.startsWith("CRYPTO-NON-NATIONAL-"));
  }

  // ---- a national CBOM: nothing weak, nothing non-national -----------------------------------

  @Test
  void nationalCbomYieldsNoWeakOrNonNationalFinding() throws IOException {
    BillOfMaterials bom = read("national.cbom.json");
    assertThat(evidence(bom)).hasSizeGreaterThan(15);
    assertThat(evidence(bom))
        .allMatch(u -> u.classification() == Classification.NATIONAL, "all national");
    // TLCP by name, TLS 1.1 carrying only SM suites is TLCP, TLS 1.3 with RFC 8998 is national.
    assertThat(
            evidence(bom).stream()
                .filter(u -> u.kind() == UsageKind.PROTOCOL)
                .map(u -> u.algorithm() + " " + u.asset().id()))
        .containsExactly(
            "TLCP crypto/protocol/tlcp",
            "TLCP crypto/protocol/tls@1.1-sm",
            "TLS 1.3 crypto/protocol/tls@1.3");

    for (String profile : List.of("crypto-l3", "xinchuang-strict")) {
      ScanResult r = scan(profile, "national.cbom.json");
      assertThat(crypto(r)).as(profile).isEmpty();
      // The document's SM assets are the SM capability the provider rule looks for.
      assertThat(r.findings())
          .extracting(Finding::ruleId)
          .as(profile)
          .doesNotContain("BOM-NO-SM-CRYPTO-PROVIDER");
    }
  }

  @Test
  void cryptoAssetsAreNotJudgedAsSoftwarePackages() throws IOException {
    // An algorithm has no purl and no supplier: BOM- and HW- rules must not call it a package or
    // a device. Only the application component remains for them.
    ScanResult r = scan("xinchuang-strict", "bom-examples-protocol.cdx.json");
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().startsWith("BOM-") || f.ruleId().startsWith("HW-"))
        .allMatch(
            f ->
                f.subject().kind().equals(Subject.FILE)
                    || f.subject().id().equals("my application:1.0"),
            "no BOM-/HW- finding on an asset");
    Finding provider =
        r.findings().stream()
            .filter(f -> f.ruleId().equals("BOM-NO-SM-CRYPTO-PROVIDER"))
            .findFirst()
            .orElseThrow();
    assertThat(provider.properties()).containsEntry("components", "1");
    assertThat(crypto(r)).contains("CRYPTO-NON-NATIONAL-TLS TLS 1.2 @ crypto/protocol/tls@1.2");
  }

  // ---- what cannot be classified is reported -------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bom-examples-algorithm.cdx.json",
        "bom-examples-algorithm.cdx.xml",
        "bom-examples-certificate.cdx.json",
        "bom-examples-key.cdx.json",
        "bom-examples-protocol.cdx.json",
        "bom-examples-with-dependencies.cdx.json",
        "valid-cryptography-full-1.6.cdx.json",
        "valid-cryptography-full-1.6.cdx.xml",
        "legacy-gateway.cbom.json",
        "national.cbom.json",
      })
  void everyAssetOfACbomGivesEvidence(String name) {
    BillOfMaterials bom = read(name);
    List<String> assets =
        bom.components().stream()
            .filter(c -> c.kind() == ComponentKind.CRYPTOGRAPHIC_ASSET)
            .map(c -> c.origin().pointer())
            .toList();
    assertThat(assets).isNotEmpty();
    assertThat(evidence(bom).stream().map(u -> u.asset().pointer()).distinct())
        .containsExactlyInAnyOrderElementsOf(assets);
    assertThat(evidence(bom)).allMatch(u -> u.asset().file().equals(name));
    assertThat(evidence(bom)).allMatch(u -> u.asset().line() > 0);
  }

  @Test
  void cyclonedxCoreJavaFullCbomReportsEveryUnresolvedReferenceAndUnknownName() throws IOException {
    for (String name :
        List.of("valid-cryptography-full-1.6.cdx.json", "valid-cryptography-full-1.6.cdx.xml")) {
      ScanResult r = scan("crypto-l3", name);
      List<String> unrecognised =
          r.findings().stream()
              .filter(f -> f.ruleId().equals("CRYPTO-UNRECOGNIZED-ALGORITHM"))
              .map(f -> f.subject().id() + " " + f.properties().get("field"))
              .toList();
      assertThat(unrecognised)
          .as(name)
          .contains(
              "asset-1 name",
              "asset-2 certificateProperties.signatureAlgorithmRef",
              "asset-2 certificateProperties.subjectPublicKeyRef",
              "asset-3 protocolProperties.ikev2TransformTypes.encr",
              "asset-4 relatedCryptoMaterialProperties.algorithmRef",
              "asset-4 relatedCryptoMaterialProperties.securedBy.algorithmRef");
      // Its cipher suite is still read by name, and TLS 1.3 judged.
      assertThat(crypto(r))
          .as(name)
          .contains(
              "CRYPTO-NON-NATIONAL-TLS TLS 1.3 @ asset-3",
              "CRYPTO-NON-NATIONAL-ASYMMETRIC DH @ asset-3",
              "CRYPTO-NON-NATIONAL-CIPHER AES @ asset-3");
    }
  }

  @Test
  void aCertificateOrKeyThatNamesNoAlgorithmIsReported() {
    JsonNode cert =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"www.gov.example\",\"bom-ref\":\"c1\","
                + "\"cryptoProperties\":{\"assetType\":\"certificate\","
                + "\"certificateProperties\":{\"subjectName\":\"CN = www.gov.example\"}}}");
    JsonNode salt =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"login-salt\",\"bom-ref\":\"s1\","
                + "\"cryptoProperties\":{\"assetType\":\"related-crypto-material\","
                + "\"relatedCryptoMaterialProperties\":{\"type\":\"salt\",\"size\":128}}}");
    BillOfMaterials bom = attach(List.of(cert, salt), MissingNode.getInstance());
    assertThat(evidence(bom))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.asset().id()).isEqualTo("c1");
              assertThat(u.algorithm()).isNull();
              assertThat(u.classification()).isEqualTo(Classification.UNKNOWN);
            });
  }

  @Test
  void aTlsProtocolWithOnlySmSuitesIsNationalAndSignallingValuesAreNoSuites() {
    JsonNode tls =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"TLSv1.3\",\"bom-ref\":\"p1\","
                + "\"cryptoProperties\":{\"assetType\":\"protocol\",\"protocolProperties\":"
                + "{\"type\":\"tls\",\"version\":\"1.3\",\"cipherSuites\":["
                + "{\"name\":\"TLS_SM4_GCM_SM3\"},{\"name\":\"TLS_EMPTY_RENEGOTIATION_INFO_SCSV\"}]}}}");
    JsonNode mixed =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"TLSv1.3\",\"bom-ref\":\"p2\","
                + "\"cryptoProperties\":{\"assetType\":\"protocol\",\"protocolProperties\":"
                + "{\"type\":\"tls\",\"version\":\"1.3\",\"cipherSuites\":["
                + "{\"name\":\"TLS_SM4_GCM_SM3\"},{\"name\":\"TLS_AES_128_GCM_SHA256\"}]}}}");
    List<String> seen =
        evidence(attach(List.of(tls, mixed), MissingNode.getInstance())).stream()
            .filter(
                u -> u.kind() == UsageKind.PROTOCOL || u.classification() == Classification.UNKNOWN)
            .map(u -> u.asset().id() + " " + u.algorithm() + " " + u.classification())
            .toList();
    assertThat(seen).containsExactly("p1 TLS 1.3 NATIONAL", "p2 TLS 1.3 NON_NATIONAL");

    JsonNode spelled =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"https-listener\",\"bom-ref\":\"p3\","
                + "\"cryptoProperties\":{\"assetType\":\"protocol\",\"protocolProperties\":"
                + "{\"type\":\"tls\",\"version\":\"TLSv1.1\"}}}");
    assertThat(evidence(attach(List.of(spelled), MissingNode.getInstance())))
        .singleElement()
        .satisfies(u -> assertThat(u.algorithm()).isEqualTo("TLS 1.1"))
        .satisfies(u -> assertThat(u.classification()).isEqualTo(Classification.HIGH_RISK));
  }

  // ---- CycloneDX 1.7 shapes (algorithmFamily, ellipticCurve, relatedCryptographicAssets) ------

  @Test
  void cycloneDx17CertificateIsReadThroughItsRelatedAssets() throws IOException {
    JsonNode doc;
    try (InputStream in =
        CbomAssetsTest.class.getResourceAsStream("valid-cryptography-certificate-1.7.cdx.json")) {
      doc = new ObjectMapper().readTree(in);
    }
    List<JsonNode> components = new ArrayList<>();
    doc.path("components").forEach(components::add);
    List<String> seen =
        evidence(attach(components, doc.path("dependencies"))).stream()
            .map(u -> u.asset().name() + " " + u.kind() + " " + u.algorithm() + " " + u.field())
            .toList();
    // The certificate's related algorithm reference is dangling in this published example
    // ("...569RR"); its related public key resolves to a 2048-bit RSA key.
    assertThat(seen)
        .contains(
            "google.com ALGORITHM 6b00f384-6c39-420f-91eb-94de0f7be569RR"
                + " certificateProperties.relatedCryptographicAssets",
            "google.com ALGORITHM RSA certificateProperties.relatedCryptographicAssets",
            "google.com KEY_SIZE RSA certificateProperties.relatedCryptographicAssets",
            "RSA-2048 ALGORITHM RSA relatedCryptoMaterialProperties.algorithmRef",
            "SHA512withRSA ALGORITHM SHA-512 name");
  }

  @Test
  void cycloneDx17AlgorithmFamilyAndEllipticCurve() {
    JsonNode sm2 =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"signing\",\"bom-ref\":\"a1\","
                + "\"cryptoProperties\":{\"assetType\":\"algorithm\",\"algorithmProperties\":"
                + "{\"primitive\":\"signature\",\"algorithmFamily\":\"ECDSA\","
                + "\"ellipticCurve\":\"oscaa/SM2\"}}}");
    JsonNode brainpool =
        json(
            "{\"type\":\"cryptographic-asset\",\"name\":\"key-agreement\",\"bom-ref\":\"a2\","
                + "\"cryptoProperties\":{\"assetType\":\"algorithm\",\"algorithmProperties\":"
                + "{\"primitive\":\"key-agree\",\"algorithmFamily\":\"ECDH\","
                + "\"ellipticCurve\":\"brainpool/brainpoolP160r1\"}}}");
    List<String> seen =
        evidence(attach(List.of(sm2, brainpool), MissingNode.getInstance())).stream()
            .map(
                u ->
                    u.asset().id()
                        + " "
                        + u.kind()
                        + " "
                        + u.algorithm()
                        + " "
                        + u.classification())
            .toList();
    assertThat(seen)
        .containsExactly(
            "a1 ALGORITHM SM2 NATIONAL",
            "a2 ALGORITHM ECDH NON_NATIONAL",
            "a2 KEY_SIZE ECDH HIGH_RISK");
  }

  // ---- documents without assets are untouched ------------------------------------------------

  @Test
  void anSbomWithoutAssetsHasNoCryptoFacts() {
    BillOfMaterials bom =
        BomReaders.read(fixture("/io/anke/scan/bom/app-1.5.cdx.json"), "app-1.5.cdx.json");
    assertThat(bom.facts()).isEmpty();
    assertThat(bom.components()).noneMatch(c -> c.kind() == ComponentKind.CRYPTOGRAPHIC_ASSET);
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A document of the given component nodes, as the reader would have built it. */
  private static BillOfMaterials attach(List<JsonNode> nodes, JsonNode dependencies) {
    List<Component> components = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      components.add(
          Component.builder()
              .kind(ComponentKind.CRYPTOGRAPHIC_ASSET)
              .name(nodes.get(i).path("name").asText())
              .origin(new Origin("cbom.json", i + 1, "/components/" + i))
              .build());
    }
    BillOfMaterials bom = new BillOfMaterials("cbom.json", components);
    return CbomAssets.attach(
        bom, p -> nodes.get(Integer.parseInt(p.substring("/components/".length()))), dependencies);
  }
}
