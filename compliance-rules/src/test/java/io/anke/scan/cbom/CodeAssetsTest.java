package io.anke.scan.cbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.archive.TestZips;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bom.CycloneDxWriter;
import io.anke.scan.bom.internal.CycloneDxSchemas;
import io.anke.scan.bom.internal.CycloneDxVersion;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.UsageKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The cryptography bill of materials Anke writes: the bytecode scanner's findings in a jar as
 * CycloneDX 1.6 cryptographic assets, valid against the schema, read back by the CBOM reader with
 * the same verdicts. Jars: every bytecode fixture class (each detection path of the scanner), and a
 * small payment gateway whose CBOM is the example of {@code docs/formats.md}.
 */
class CodeAssetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example of docs/formats.md, compared with what the writer writes now. */
  private static final Path GOLDEN =
      Path.of("src/test/resources/io/anke/scan/cbom/payment-gateway.cdx.json");

  @TempDir static Path dir;
  static ScanSettings settings;
  static ScanResult fixtures;
  static String fixturesCbom;

  @BeforeAll
  static void scanTheFixtures() throws IOException {
    settings = ScanSettings.builder().workingDirectory(dir).profile("crypto-l3").build();
    fixtures = scanJar(fixturesJar(), "fixtures.jar");
    fixturesCbom = cbom(fixtures, Catalog.bundled());
  }

  // ---- jars -------------------------------------------------------------------------------------

  /** Every class of the bytecode scanner's fixtures, in one jar. */
  private static Path fixturesJar() throws IOException {
    Path classes = Path.of("target/test-classes");
    Map<String, byte[]> entries = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes.resolve("io/anke/scan/bytecode/fixtures"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        entries.put(classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    return Files.write(dir.resolve("fixtures.jar"), jar(entries));
  }

  /** A jar of stored entries: the same bytes, so the same hash, wherever the test runs. */
  static byte[] jar(Map<String, byte[]> entries) {
    TestZips zip = TestZips.zip();
    entries.forEach(zip::stored);
    return zip.bytes();
  }

  /**
   * {@code payment-gateway-3.1.0.jar}: its pom.properties and {@code
   * gov.example.pay.PaymentCrypto}, whose methods sign with SM3withSM2 (line 12), encrypt with
   * SM4/CBC (17), checksum with MD5 (22), connect with TLS 1.2 (27) and make 1024-bit RSA keys (32,
   * 33).
   */
  static Path paymentGatewayJar() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "META-INF/maven/gov.example/payment-gateway/pom.properties",
        "artifactId=payment-gateway\ngroupId=gov.example\nversion=3.1.0\n"
            .getBytes(StandardCharsets.UTF_8));
    entries.put("gov/example/pay/PaymentCrypto.class", paymentCrypto());
    return Files.write(dir.resolve("payment-gateway-3.1.0.jar"), jar(entries));
  }

  private static byte[] paymentCrypto() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC,
        "gov/example/pay/PaymentCrypto",
        null,
        "java/lang/Object",
        null);
    cw.visitSource("PaymentCrypto.java", null);
    String[][] calls = {
      {"sign", "java/security/Signature", "SM3withSM2", "12"},
      {"encrypt", "javax/crypto/Cipher", "SM4/CBC/PKCS5Padding", "17"},
      {"checksum", "java/security/MessageDigest", "MD5", "22"},
      {"connect", "javax/net/ssl/SSLContext", "TLSv1.2", "27"},
    };
    for (String[] c : calls) {
      MethodVisitor mv =
          cw.visitMethod(Opcodes.ACC_PUBLIC, c[0], "()Ljava/lang/Object;", null, null);
      mv.visitCode();
      line(mv, Integer.parseInt(c[3]));
      mv.visitLdcInsn(c[2]);
      mv.visitMethodInsn(
          Opcodes.INVOKESTATIC, c[1], "getInstance", "(Ljava/lang/String;)L" + c[1] + ";", false);
      mv.visitInsn(Opcodes.ARETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }
    MethodVisitor mv =
        cw.visitMethod(Opcodes.ACC_PUBLIC, "keyPair", "()Ljava/lang/Object;", null, null);
    mv.visitCode();
    String kpg = "java/security/KeyPairGenerator";
    line(mv, 32);
    mv.visitLdcInsn("RSA");
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC, kpg, "getInstance", "(Ljava/lang/String;)L" + kpg + ";", false);
    mv.visitVarInsn(Opcodes.ASTORE, 1);
    line(mv, 33);
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    mv.visitIntInsn(Opcodes.SIPUSH, 1024);
    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, kpg, "initialize", "(I)V", false);
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    mv.visitInsn(Opcodes.ARETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static void line(MethodVisitor mv, int line) {
    Label l = new Label();
    mv.visitLabel(l);
    mv.visitLineNumber(line, l);
  }

  // ---- scans ------------------------------------------------------------------------------------

  /** Scans a jar the way {@code anke scan JAR} does. */
  static ScanResult scanJar(Path jar, String name) throws IOException {
    BillOfMaterials bom = BomEnricher.enrich(BomReaders.read(jar, name), settings.catalog());
    return settings.run(ScanInputs.builder().bom(bom).bytecode(jar, name, false).build());
  }

  /** The scan's CycloneDX output, as {@code --format cyclonedx} writes it. */
  static String cbom(ScanResult scan, Catalog catalog) {
    return CycloneDxWriter.builder()
        .toolVersion("0.1.0")
        .build()
        .write(scan.context().boms(), catalog, scan.context().facts(CryptoUsage.class));
  }

  /** Scans a CycloneDX document the way {@code anke scan --sbom FILE} does. */
  static ScanResult scanCbom(String cbom, String name) throws IOException {
    BillOfMaterials bom = BomReaders.read(cbom.getBytes(StandardCharsets.UTF_8), name);
    return settings.run(
        ScanInputs.builder().bom(BomEnricher.enrich(bom, settings.catalog())).build());
  }

  /** {@code RULE SEVERITY kind id path} of each crypto finding; a whole file's by its rule. */
  static TreeSet<String> verdict(ScanResult r) {
    TreeSet<String> out = new TreeSet<>();
    for (Finding f : r.findings()) {
      if (f.ruleId().startsWith("CRYPTO-")) {
        out.add(
            f.ruleId()
                + " "
                + f.severity()
                + " "
                + (f.subject().kind().equals("file")
                    ? "(document)"
                    : f.subject().kind() + " " + f.subject().id() + " " + f.subject().path()));
      }
    }
    return out;
  }

  /** {@code RULE subject file:line} of each crypto finding on a class, one entry per finding. */
  static List<String> placed(ScanResult r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f.ruleId().startsWith("CRYPTO-") && f.subject().kind().equals("class")) {
        out.add(
            f.ruleId()
                + " "
                + f.subject().id()
                + " "
                + f.location().file()
                + ":"
                + f.location().line()
                + " "
                + f.location().method());
      }
    }
    Collections.sort(out);
    return out;
  }

  static List<JsonNode> assets(JsonNode doc) {
    List<JsonNode> out = new ArrayList<>();
    doc.path("components")
        .forEach(
            c -> {
              if (c.path("type").asText().equals("cryptographic-asset")) {
                out.add(c);
              }
            });
    return out;
  }

  static JsonNode asset(JsonNode doc, String bomRef) {
    return assets(doc).stream()
        .filter(a -> a.path("bom-ref").asText().equals(bomRef))
        .findFirst()
        .orElseThrow(() -> new AssertionError(bomRef + " not written"));
  }

  // ---- the verdicts
  // ------------------------------------------------------------------------------

  @Test
  void theCbomOfAJarGivesTheSameCryptoFindingsAsTheJar() throws IOException {
    ScanResult back = scanCbom(fixturesCbom, "fixtures.cdx.json");
    assertThat(verdict(fixtures)).hasSizeGreaterThan(30);
    assertThat(verdict(back)).isEqualTo(verdict(fixtures));

    // Finding by finding, at the same class, file, line and method. A key size is written as the
    // algorithm with its size (RSA-1024), which also states the algorithm: its place gets the
    // algorithm's finding too, and nothing else differs.
    List<String> extra = new ArrayList<>(placed(back));
    for (String f : placed(fixtures)) {
      assertThat(extra.remove(f)).as("the CBOM's findings hold " + f).isTrue();
    }
    Set<String> keySizes = new HashSet<>();
    for (CryptoUsage u : fixtures.context().facts(CryptoUsage.class)) {
      if (u.kind() == UsageKind.KEY_SIZE) {
        keySizes.add(u.location().path() + ":" + u.location().line());
      }
    }
    assertThat(keySizes).hasSize(2);
    assertThat(extra)
        .hasSize(2)
        .allMatch(f -> f.startsWith("CRYPTO-NON-NATIONAL-ASYMMETRIC "))
        .allMatch(f -> keySizes.contains(f.split(" ")[2]));
  }

  @Test
  void theCbomIsValidCycloneDx16AndEachAssetIsUsedByTheJar() throws IOException {
    JsonNode doc = JSON.readTree(fixturesCbom);
    assertThat(CycloneDxSchemas.json(CycloneDxVersion.V1_6, JSON).validate(doc)).isEmpty();
    List<JsonNode> assets = assets(doc);
    assertThat(assets).hasSizeGreaterThan(40);
    Set<String> used = new HashSet<>();
    for (JsonNode d : doc.path("dependencies")) {
      assertThat(d.path("ref").asText()).isEqualTo("fixtures.jar");
      d.path("dependsOn").forEach(x -> used.add(x.asText()));
    }
    for (JsonNode a : assets) {
      assertThat(used).contains(a.path("bom-ref").asText());
      assertThat(a.path("evidence").path("occurrences")).isNotEmpty();
      for (JsonNode o : a.path("evidence").path("occurrences")) {
        assertThat(o.path("location").asText()).startsWith("fixtures.jar!/io/anke/");
        assertThat(o.path("symbol").asText()).matches("io\\.anke\\.[\\w.$]+#[\\w<>$]+\\(.*");
      }
    }
  }

  @Test
  void everyUseTheScannerFoundIsAnOccurrenceOfAnAsset() {
    Set<String> occurrences = new HashSet<>();
    for (JsonNode a : assets(readTree(fixturesCbom))) {
      for (JsonNode o : a.path("evidence").path("occurrences")) {
        occurrences.add(o.path("location").asText() + ":" + o.path("line").asInt());
      }
    }
    Set<String> uses = new TreeSet<>();
    for (CryptoUsage u : fixtures.context().facts(CryptoUsage.class)) {
      uses.add(u.location().path() + ":" + u.location().line());
    }
    assertThat(uses).hasSizeGreaterThan(50);
    assertThat(occurrences).isEqualTo(uses);
  }

  @Test
  void nationalOidsModesCurvesKeySizesAndKeyMaterialAreStated() {
    JsonNode doc = readTree(fixturesCbom);
    // SM4 in ECB: the ECB arc of SM4, mode and padding as the transformation states them.
    JsonNode sm4 = asset(doc, "crypto:algorithm:SM4/ECB/PKCS5Padding@fixtures.jar");
    assertThat(sm4.path("cryptoProperties").path("oid").asText())
        .isEqualTo("1.2.156.10197.1.104.1");
    JsonNode ap = sm4.path("cryptoProperties").path("algorithmProperties");
    assertThat(ap.path("primitive").asText()).isEqualTo("block-cipher");
    assertThat(ap.path("mode").asText()).isEqualTo("ecb");
    assertThat(ap.path("padding").asText()).isEqualTo("pkcs5");
    assertThat(ap.path("cryptoFunctions").toString()).isEqualTo("[\"encrypt\",\"decrypt\"]");
    // A bare AES reaching Cipher is AES in ECB (the provider default), which its name does not say.
    JsonNode aes = asset(doc, "crypto:algorithm:AES/ECB@fixtures.jar");
    assertThat(aes.path("name").asText()).isEqualTo("AES");
    assertThat(aes.path("cryptoProperties").path("algorithmProperties").path("mode").asText())
        .isEqualTo("ecb");
    // EC key pairs on the SM2 curve are SM2.
    JsonNode sm2 =
        assets(doc).stream()
            .filter(
                a -> a.path("cryptoProperties").path("oid").asText().equals("1.2.156.10197.1.301"))
            .filter(a -> a.path("name").asText().equals("EC"))
            .findFirst()
            .orElseThrow();
    assertThat(sm2.path("cryptoProperties").path("algorithmProperties").path("curve").asText())
        .isEqualTo("sm2p256v1");
    assertThat(
            asset(doc, "crypto:algorithm:SM3withSM2@fixtures.jar")
                .path("cryptoProperties")
                .path("oid")
                .asText())
        .isEqualTo("1.2.156.10197.1.501");
    // A key size is the algorithm with its size as parameter set.
    JsonNode rsa = asset(doc, "crypto:algorithm:RSA-1024@fixtures.jar");
    assertThat(
            rsa.path("cryptoProperties")
                .path("algorithmProperties")
                .path("parameterSetIdentifier")
                .asText())
        .isEqualTo("1024");
    // A protocol with its version.
    JsonNode tls = asset(doc, "crypto:protocol:TLS 1.0@fixtures.jar");
    assertThat(tls.path("cryptoProperties").path("protocolProperties").toString())
        .isEqualTo("{\"type\":\"tls\",\"version\":\"1.0\"}");
    // A constant key: secret-key material, with what CycloneDX has no field for as properties.
    JsonNode key =
        asset(doc, "crypto:related-crypto-material:3DES secret key (constant)@fixtures.jar");
    assertThat(
            key.path("cryptoProperties")
                .path("relatedCryptoMaterialProperties")
                .path("type")
                .asText())
        .isEqualTo("secret-key");
    assertThat(key.path("properties").toString())
        .contains("{\"name\":\"anke:crypto:algorithm\",\"value\":\"3DES\"}")
        .contains("{\"name\":\"anke:crypto:usage\",\"value\":\"CONSTANT_KEY\"}")
        .contains("{\"name\":\"anke:crypto:code\",\"value\":\"application\"}");
    assertThat(key.path("evidence").path("occurrences").get(0).path("additionalContext").asText())
        .isEqualTo(
            "javax.crypto.spec.SecretKeySpec: static field io.anke.scan.bytecode.fixtures.LegacyKey.KEY");
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  // ---- the example of docs/formats.md -----------------------------------------------------------

  /**
   * The payment gateway's CBOM is the committed example, byte for byte. To record it again after a
   * deliberate change of the output, run this test with {@code -Danke.cbom.record=true} and review
   * the diff.
   */
  @Test
  void paymentGatewayCbomIsTheDocumentedExample() throws IOException {
    ScanResult scan = scanJar(paymentGatewayJar(), "payment-gateway-3.1.0.jar");
    String written = cbom(scan, Catalog.empty());
    if (Boolean.getBoolean("anke.cbom.record")) {
      Files.writeString(GOLDEN, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(CycloneDxSchemas.json(CycloneDxVersion.V1_6, JSON).validate(readTree(written)))
        .isEmpty();
    assertThat(verdict(scanCbom(written, "payment-gateway.cdx.json"))).isEqualTo(verdict(scan));
  }

  /**
   * {@code anke scan --sbom app.cdx.json --format cyclonedx} writes the assets on with their
   * occurrences, so that the document written judges as the one read.
   */
  @Test
  void aCbomReadAndWrittenAgainKeepsItsOccurrencesAndItsVerdicts() throws IOException {
    BillOfMaterials read =
        BomReaders.read(fixturesCbom.getBytes(StandardCharsets.UTF_8), "fixtures.cdx.json");
    String again = CycloneDxWriter.builder().build().write(List.of(read), Catalog.bundled());
    JsonNode before = readTree(fixturesCbom);
    JsonNode after = readTree(again);
    assertThat(assets(after)).hasSameSizeAs(assets(before));
    for (JsonNode a : assets(before)) {
      JsonNode b = asset(after, a.path("bom-ref").asText());
      assertThat(b.path("evidence")).isEqualTo(a.path("evidence"));
      assertThat(b.path("cryptoProperties")).isEqualTo(a.path("cryptoProperties"));
    }
    assertThat(verdict(scanCbom(again, "again.cdx.json"))).isEqualTo(verdict(fixtures));
  }

  // ---- output properties ------------------------------------------------------------------------

  @Test
  void theSameUsagesInAnyOrderGiveTheSameDocument() {
    List<CryptoUsage> usages = new ArrayList<>(fixtures.context().facts(CryptoUsage.class));
    Collections.shuffle(usages, new Random(16));
    String shuffled =
        CycloneDxWriter.builder()
            .toolVersion("0.1.0")
            .build()
            .write(fixtures.context().boms(), Catalog.bundled(), usages);
    assertThat(shuffled).isEqualTo(fixturesCbom);
  }

  @Test
  void cycloneDx15OutputKeepsTheAssetsAsDataWithTheirProperties() {
    String v15 =
        CycloneDxWriter.builder()
            .specVersion("1.5")
            .build()
            .write(
                fixtures.context().boms(),
                Catalog.bundled(),
                fixtures.context().facts(CryptoUsage.class));
    JsonNode doc = readTree(v15);
    assertThat(CycloneDxSchemas.json(CycloneDxVersion.V1_5, JSON).validate(doc)).isEmpty();
    JsonNode md5 = null;
    for (JsonNode c : doc.path("components")) {
      if (c.path("bom-ref").asText().equals("crypto:algorithm:MD5@fixtures.jar")) {
        md5 = c;
      }
    }
    assertThat(md5).isNotNull();
    assertThat(md5.path("type").asText()).isEqualTo("data");
    assertThat(md5.path("properties").toString())
        .contains("anke:cryptoProperties")
        .contains("1.2.840.113549.2.5");
    assertThat(md5.path("evidence").path("occurrences")).isNotEmpty();
  }
}
