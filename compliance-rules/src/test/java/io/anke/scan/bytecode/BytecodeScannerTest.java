package io.anke.scan.bytecode;

import static io.anke.scan.bytecode.Fixtures.className;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BytecodeScannerTest {
  private static final String[] FIXTURES = {
    "JcaUsages", "Holder", "BouncyCastleUsages", "CodecUsages", "LegacyKey", "FieldHelper"
  };

  @TempDir Path dir;

  private Path fixtureJar(String name) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String f : FIXTURES) {
      entries.put(Fixtures.PACKAGE + f + ".class", Fixtures.classFile(f));
    }
    Path jar = dir.resolve(name);
    Files.write(jar, Fixtures.jar(entries));
    return jar;
  }

  private static List<CryptoUsage> of(BytecodeScanResult result, String simpleName) {
    return result.usages().stream()
        .filter(u -> u.location().className().equals(className(simpleName)))
        .toList();
  }

  private static CryptoUsage at(BytecodeScanResult result, String method, UsageKind kind) {
    return result.usages().stream()
        .filter(u -> u.location().method().equals(method) && u.kind() == kind)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + kind + " in " + method + ": " + result.usages()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "JcaUsages",
        "BouncyCastleUsages",
        "CodecUsages",
        "Holder",
        "LegacyKey",
        "FieldHelper"
      })
  void eachFixtureYieldsExactlyTheMarkedUsages(String fixture) throws IOException {
    BytecodeScanResult result = BytecodeScanner.withDefaults().scan(fixtureJar("f.jar"), "f.jar");
    assertThat(of(result, fixture).stream().map(Fixtures::brief))
        .containsExactlyInAnyOrderElementsOf(Fixtures.expected(fixture));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void usagesCarryClassificationApiDetailMethodAndPath() throws IOException {
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(fixtureJar("app.jar"), "app.jar");

    CryptoUsage md5 = at(r, "literal", UsageKind.ALGORITHM);
    assertThat(md5.algorithm()).isEqualTo("MD5");
    assertThat(md5.classification()).isEqualTo(Classification.HIGH_RISK);
    assertThat(md5.api()).isEqualTo("java.security.MessageDigest.getInstance");
    assertThat(md5.detail()).isEqualTo("MD5");
    assertThat(md5.location().path()).isEqualTo("app.jar!/" + Fixtures.PACKAGE + "JcaUsages.class");
    assertThat(md5.location().archives()).containsExactly("app.jar");
    assertThat(md5.location().methodDescriptor()).isEqualTo("()Ljava/lang/Object;");
    assertThat(md5.location().release()).isZero();
    assertThat(md5.location().applicationCode()).isTrue();
    assertThat(md5.location().purl()).isNull();

    CryptoUsage ecb = at(r, "builderChain", UsageKind.ECB_MODE);
    assertThat(ecb.detail()).isEqualTo("AES/ECB/PKCS5Padding");
    assertThat(ecb.classification()).isEqualTo(Classification.HIGH_RISK);
    assertThat(at(r, "indyConcat", UsageKind.ALGORITHM).detail()).isEqualTo("AES/GCM/NoPadding");
    assertThat(at(r, "bareAes", UsageKind.ALGORITHM).classification())
        .isEqualTo(Classification.NON_NATIONAL);
    assertThat(at(r, "sm4Ecb", UsageKind.ALGORITHM).classification())
        .isEqualTo(Classification.NATIONAL);

    CryptoUsage shortRsa = at(r, "shortRsa", UsageKind.KEY_SIZE);
    assertThat(shortRsa.keySize()).isEqualTo(1024);
    assertThat(shortRsa.classification()).isEqualTo(Classification.HIGH_RISK);
    CryptoUsage longRsa = at(r, "longRsa", UsageKind.KEY_SIZE);
    assertThat(longRsa.keySize()).isEqualTo(3072);
    assertThat(longRsa.classification()).isEqualTo(Classification.NON_NATIONAL);

    assertThat(at(r, "legacyTls", UsageKind.PROTOCOL).classification())
        .isEqualTo(Classification.HIGH_RISK);
    assertThat(at(r, "modernTls", UsageKind.PROTOCOL).classification())
        .isEqualTo(Classification.NON_NATIONAL);
    assertThat(at(r, "enabledProtocols", UsageKind.PROTOCOL).api())
        .isEqualTo("javax.net.ssl.SSLSocket.setEnabledProtocols");

    // A same-class helper taking the algorithm: reported where the constant is supplied.
    CryptoUsage summary = at(r, "summaryCaller", UsageKind.ALGORITHM);
    assertThat(summary.algorithm()).isEqualTo("SHA-512");

    // Key material: the detail says where it came from, never what it is.
    CryptoUsage key = at(r, "constantStringKey", UsageKind.CONSTANT_KEY);
    assertThat(key.detail()).isEqualTo("constant string").doesNotContain("0123456789");
    assertThat(at(r, "otherClassFieldKey", UsageKind.CONSTANT_KEY).detail())
        .isEqualTo("static field io.anke.scan.bytecode.fixtures.Holder.SHARED_KEY");
    assertThat(at(r, "randomIv", UsageKind.INSECURE_RANDOM).detail()).isEqualTo("iv");
    // … and the rules read it as a typed value, not by parsing the detail back.
    assertThat(key.source()).isEqualTo(MaterialSource.Constant.STRING);
    assertThat(at(r, "otherClassFieldKey", UsageKind.CONSTANT_KEY).source())
        .isEqualTo(
            new MaterialSource.StaticField("io.anke.scan.bytecode.fixtures.Holder", "SHARED_KEY"));
    assertThat(at(r, "randomIv", UsageKind.INSECURE_RANDOM).source())
        .isEqualTo(MaterialSource.InsecureRandom.IV);
    assertThat(r.usages())
        .allSatisfy(
            u ->
                assertThat(u.source() == null)
                    .as("%s has a source exactly when it is key material", u)
                    .isEqualTo(
                        u.kind() != UsageKind.CONSTANT_KEY
                            && u.kind() != UsageKind.CONSTANT_IV
                            && u.kind() != UsageKind.INSECURE_RANDOM));
    assertThat(r.usages())
        .allSatisfy(u -> assertThat(String.valueOf(u.detail())).doesNotContain("abcdefghijklmnop"));
  }

  @Test
  void nothingIsReportedForStringsThatNeverReachACryptoApi() throws IOException {
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(fixtureJar("app.jar"), "app.jar");
    assertThat(r.usages())
        .noneMatch(
            u ->
                List.of(
                            "notUsages",
                            "local" /* only the SHA-1 that reached the factory */,
                            "secureIv",
                            "keyFromInput",
                            "keyFromParameter",
                            "algorithmFromParameter",
                            "digest",
                            "fieldWithUnknownValue")
                        .contains(u.location().method())
                    && !(u.location().method().equals("local") && u.algorithm().equals("SHA-1")));
  }

  @Test
  void usagesNameTheSourceFileTheirLinesBelongTo() throws IOException {
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(fixtureJar("app.jar"), "app.jar");
    // javac writes the SourceFile attribute; the line of a usage is a line of that file.
    assertThat(of(r, "JcaUsages"))
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u.location().sourceFile()).isEqualTo("JcaUsages.java"));
    // A class file without the attribute (one generated with ASM without visitSource) names none.
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(GeneratedHelpers.USER + ".class", GeneratedHelpers.constantUser());
    entries.put(GeneratedHelpers.HOLDER + ".class", GeneratedHelpers.constantHolder());
    Path jar = dir.resolve("names.jar");
    Files.write(jar, Fixtures.jar(entries));
    assertThat(BytecodeScanner.withDefaults().scan(jar, "names.jar").usages())
        .singleElement()
        .satisfies(u -> assertThat(u.location().sourceFile()).isNull());
  }

  @Test
  void helperLibrariesAreRecognisedByOwnerAndMethod() throws IOException {
    Path jar = dir.resolve("helpers.jar");
    Files.write(
        jar, Fixtures.jar(Map.of(GeneratedHelpers.NAME + ".class", GeneratedHelpers.classFile())));
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(jar, "helpers.jar");
    assertThat(
            r.usages().stream().map(u -> u.algorithm() + "@" + u.location().line() + " " + u.api()))
        .containsExactly(
            "MD5@10 cn.hutool.crypto.SecureUtil.md5",
            "SHA-1@11 cn.hutool.crypto.digest.DigestUtil.sha1Hex",
            "DES@12 cn.hutool.crypto.SecureUtil.des",
            "SM3@13 cn.hutool.crypto.SmUtil.sm3",
            "MD5@14 org.springframework.util.DigestUtils.md5DigestAsHex",
            "SHA-256@15 com.google.common.hash.Hashing.sha256",
            "AES@17 cn.hutool.crypto.symmetric.AES",
            "SHA-1@18 cn.hutool.crypto.digest.Digester.<init>",
            "MD5@19 org.apache.commons.codec.digest.Md5Crypt.apr1Crypt",
            "SM3@21 io.anke.crypto.sm3.Sm3.hash",
            "SM4@22 io.anke.crypto.sm4.Sm4Key");
  }

  @Test
  void constantValueFieldOfAnotherClassIsResolved() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    // The user comes first: the holder's value is only known at the end of the scan.
    entries.put(GeneratedHelpers.USER + ".class", GeneratedHelpers.constantUser());
    entries.put(GeneratedHelpers.HOLDER + ".class", GeneratedHelpers.constantHolder());
    Path jar = dir.resolve("names.jar");
    Files.write(jar, Fixtures.jar(entries));
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(jar, "names.jar");
    assertThat(r.usages().stream().map(Fixtures::brief))
        .containsExactly("ALGORITHM SHA-1 com.example.generated.UsesNames:7");
    assertThat(r.usages().get(0).detail()).isEqualTo("SHA1");
  }

  @Test
  void classDirectoryIsScannedLikeAJar() throws IOException {
    Path classes = dir.resolve("classes");
    for (String f : FIXTURES) {
      Path file = classes.resolve(Fixtures.PACKAGE + f + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, Fixtures.classFile(f));
    }
    BytecodeScanResult fromDir = BytecodeScanner.withDefaults().scan(classes, "target/classes");
    BytecodeScanResult fromJar = BytecodeScanner.withDefaults().scan(fixtureJar("a.jar"), "a.jar");
    assertThat(fromDir.usages().stream().map(Fixtures::brief))
        .containsExactlyElementsOf(fromJar.usages().stream().map(Fixtures::brief).toList());
    assertThat(fromDir.usages().get(0).location().path()).startsWith("target/classes/io/anke/");
    assertThat(fromDir.classes()).isEqualTo(FIXTURES.length);
  }

  @Test
  void fatJarSeparatesApplicationCodeFromLibrariesWithTheirPurls() throws IOException {
    Map<String, byte[]> app = new LinkedHashMap<>();
    app.put(
        "META-INF/maven/com.example/shop/pom.properties",
        "groupId=com.example\nartifactId=shop\nversion=2.1.0\n".getBytes(StandardCharsets.UTF_8));
    app.put(
        "BOOT-INF/classes/" + Fixtures.PACKAGE + "CodecUsages.class",
        Fixtures.classFile("CodecUsages"));
    Path codec = Fixtures.jarOf(DigestUtils.class);
    app.put("BOOT-INF/lib/" + codec.getFileName(), Files.readAllBytes(codec));
    Path fat = dir.resolve("shop.jar");
    Files.write(fat, Fixtures.jar(app));

    BytecodeScanResult all = BytecodeScanner.withDefaults().scan(fat, "shop.jar");
    CryptoUsage own = at(all, "md5", UsageKind.ALGORITHM);
    assertThat(own.location().applicationCode()).isTrue();
    assertThat(own.location().purl()).isEqualTo("pkg:maven/com.example/shop@2.1.0");
    assertThat(own.location().path())
        .isEqualTo("shop.jar!/BOOT-INF/classes/" + Fixtures.PACKAGE + "CodecUsages.class");

    CryptoUsage library = at(all, "getMd5Digest", UsageKind.ALGORITHM);
    assertThat(library.location().className())
        .isEqualTo("org.apache.commons.codec.digest.DigestUtils");
    assertThat(library.location().applicationCode()).isFalse();
    assertThat(library.location().purl()).isEqualTo("pkg:maven/commons-codec/commons-codec@1.23.0");
    assertThat(library.location().archives())
        .containsExactly("shop.jar", "shop.jar!/BOOT-INF/lib/" + codec.getFileName());
    assertThat(all.libraries())
        .containsEntry("shop.jar", "pkg:maven/com.example/shop@2.1.0")
        .containsEntry(
            "shop.jar!/BOOT-INF/lib/" + codec.getFileName(),
            "pkg:maven/commons-codec/commons-codec@1.23.0");

    BytecodeScanResult own1 =
        BytecodeScanner.builder().applicationOnly(true).build().scan(fat, "shop.jar");
    assertThat(own1.usages()).isNotEmpty().allMatch(u -> u.location().applicationCode());
    assertThat(own1.usages().stream().map(Fixtures::brief))
        .containsExactlyInAnyOrderElementsOf(Fixtures.expected("CodecUsages"));
    assertThat(own1.classesAnalysed()).isEqualTo(1);
    assertThat(own1.applicationClasses()).isEqualTo(1);
    assertThat(all.applicationClasses()).isEqualTo(1);
    assertThat(all.classesAnalysed()).isGreaterThan(50);
    assertThat(own1.classes()).isGreaterThan(50);

    BytecodeScanResult byPackage =
        BytecodeScanner.builder()
            .applicationOnly(true)
            .applicationPackages(List.of("org.apache.commons.codec.digest"))
            .build()
            .scan(fat, "shop.jar");
    assertThat(byPackage.usages())
        .isNotEmpty()
        .allMatch(u -> u.location().className().startsWith("org.apache.commons.codec.digest."));
  }

  @Test
  void targetDeclaredALibraryHasNoApplicationCode() throws IOException {
    Path codec = Fixtures.jarOf(DigestUtils.class);
    BytecodeScanResult asApp = BytecodeScanner.withDefaults().scan(codec, "codec.jar");
    assertThat(asApp.usages()).isNotEmpty().allMatch(u -> u.location().applicationCode());
    BytecodeScanResult asLibrary =
        BytecodeScanner.builder().library(true).build().scan(codec, "codec.jar");
    assertThat(asLibrary.usages())
        .hasSameSizeAs(asApp.usages())
        .noneMatch(u -> u.location().applicationCode());
    assertThat(asLibrary.applicationClasses()).isZero();
    BytecodeScanResult skipped =
        BytecodeScanner.builder()
            .library(true)
            .applicationOnly(true)
            .build()
            .scan(codec, "codec.jar");
    assertThat(skipped.usages()).isEmpty();
    assertThat(skipped.classesAnalysed()).isZero();
  }

  @Test
  void aLibraryIsNamedByTheCoordinatesTheBuildResolvedUnlessAShadedPomClaimsTheClass()
      throws IOException {
    // Microsoft's driver says version=13.6.2 in its pom.properties; Maven resolved 13.6.2.jre11,
    // and that is the identity the build's bill of materials and waivers use.
    Path jar = dir.resolve("mssql-jdbc-13.6.2.jre11.jar");
    Files.write(
        jar,
        Fixtures.jar(
            Map.of(
                "META-INF/maven/com.microsoft.sqlserver/mssql-jdbc/pom.properties",
                "groupId=com.microsoft.sqlserver\nartifactId=mssql-jdbc\nversion=13.6.2\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Fixtures.PACKAGE + "CodecUsages.class",
                Fixtures.classFile("CodecUsages"))));
    String resolved = "pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2.jre11";
    BytecodeScanResult r =
        BytecodeScanner.builder()
            .libraryPurl(resolved)
            .build()
            .scan(jar, jar.getFileName().toString());
    assertThat(r.usages())
        .isNotEmpty()
        .allMatch(u -> u.location().purl().equals(resolved))
        .noneMatch(u -> u.location().applicationCode());

    // A shaded jar: the class belongs to the library whose groupId is its package.
    Path shaded = dir.resolve("bundle-2.0.jar");
    Files.write(
        shaded,
        Fixtures.jar(
            Map.of(
                "META-INF/maven/com.example/bundle/pom.properties",
                "groupId=com.example\nartifactId=bundle\nversion=2.0\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "META-INF/maven/io.anke.scan/fixtures/pom.properties",
                "groupId=io.anke.scan\nartifactId=fixtures\nversion=0.9\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Fixtures.PACKAGE + "CodecUsages.class",
                Fixtures.classFile("CodecUsages"))));
    BytecodeScanResult s =
        BytecodeScanner.builder()
            .libraryPurl("pkg:maven/com.example/bundle@2.0")
            .build()
            .scan(shaded, "bundle-2.0.jar");
    assertThat(s.usages())
        .isNotEmpty()
        .allMatch(u -> u.location().purl().equals("pkg:maven/io.anke.scan/fixtures@0.9"));
  }

  @Test
  void multiReleaseClassesCarryTheirRelease() throws IOException {
    Path jar = dir.resolve("mr.jar");
    Files.write(
        jar,
        Fixtures.jar(
            Map.of(
                "META-INF/versions/11/" + Fixtures.PACKAGE + "CodecUsages.class",
                Fixtures.classFile("CodecUsages"))));
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(jar, "mr.jar");
    assertThat(r.usages()).hasSize(4).allMatch(u -> u.location().release() == 11);
  }

  @Test
  void resultIsTheSameWithOneOrManyWorkers() throws IOException {
    Path jar = fixtureJar("d.jar");
    List<CryptoUsage> inline =
        BytecodeScanner.builder().threads(1).build().scan(jar, "d.jar").usages();
    List<CryptoUsage> pooled =
        BytecodeScanner.builder().threads(4).build().scan(jar, "d.jar").usages();
    assertThat(pooled).isEqualTo(inline);
    assertThat(inline).hasSizeGreaterThan(40);
  }

  @Test
  void unreadableClassIsAProblemAndTheScanGoesOn() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "com/x/Broken.class",
        new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0});
    entries.put(Fixtures.PACKAGE + "CodecUsages.class", Fixtures.classFile("CodecUsages"));
    Path jar = dir.resolve("broken.jar");
    Files.write(jar, Fixtures.jar(entries));
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(jar, "broken.jar");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).path()).isEqualTo("broken.jar!/com/x/Broken.class");
    assertThat(r.problems().get(0).message().en()).startsWith("not a readable class file");
    assertThat(r.problems().get(0).message().zh()).startsWith("无法读取的类文件");
    assertThat(r.usages()).hasSize(4);
  }

  @Test
  void archiveLimitsStillApply() throws IOException {
    Path jar = dir.resolve("bomb.jar");
    Files.write(jar, Fixtures.jar(Map.of("a/Huge.class", new byte[20 << 20])));
    assertThatThrownBy(() -> BytecodeScanner.withDefaults().scan(jar, "bomb.jar"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bomb.jar!/a/Huge.class: entry expands more than 100 times");
  }
}
