package io.anke.scan.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example of docs/bytecode-scanning.md ("Embedding"), run on a Spring Boot fat jar
 * {@code target/app.jar}: the application's classes in {@code BOOT-INF/classes}, a jar of its own
 * package {@code com.example} and a third-party jar in {@code BOOT-INF/lib}.
 */
class BytecodeScanningDocTest {
  private static final Path APP_JAR = Path.of("target/app.jar");

  @TempDir Path dir;

  @Test
  void theEmbeddingExampleScansTheFatJarAndTheRulesJudgeIt() throws Exception {
    buildAppJar();

    BytecodeScanResult scan =
        BytecodeScanner.builder()
            .applicationOnly(false) // true: skip BOOT-INF/lib, WEB-INF/lib, lib/ …
            .applicationPackages(List.of("com.example")) // optional: what counts as the application
            .library(false) // true: a dependency jar scanned on its own
            // .libraryPurl("pkg:maven/g/a@1.0") // a dependency whose coordinates the build knows
            .build()
            .scan(Path.of("target/app.jar"), "target/app.jar");

    ScanContext context =
        ScanContext.builder()
            .fact(scan) // the CRYPTO-NO-NATIONAL-ALGORITHM and -SCAN-INCOMPLETE rules read it
            .facts(scan.usages()) // every other CRYPTO- rule reads CryptoUsage facts
            .build();

    // With packages given, exactly the classes in them are the application: com.example even in
    // BOOT-INF/lib, and a class of another package in BOOT-INF/classes not.
    CryptoUsage tokens = usageIn(scan, "com.example.Tokens");
    assertThat(tokens.algorithm()).isEqualTo("MD5");
    assertThat(tokens.location().applicationCode()).isTrue();
    assertThat(tokens.location().path())
        .isEqualTo("target/app.jar!/BOOT-INF/lib/example-util-1.0.jar!/com/example/Tokens.class");
    assertThat(usageIn(scan, Fixtures.className("JcaUsages")).location().applicationCode())
        .isFalse();
    CryptoUsage vendor = usageIn(scan, Fixtures.className("CodecUsages"));
    assertThat(vendor.location().applicationCode()).isFalse();
    assertThat(vendor.location().purl()).isEqualTo("pkg:maven/com.vendor/codec-helpers@2.0");

    ScanResult result =
        Engine.builder()
            .rules(RuleRegistry.discover())
            .profile(ProfileRegistry.bundled().resolve("crypto-l3"))
            .build()
            .run(context);
    assertThat(result.findings())
        .anyMatch(
            f ->
                f.ruleId().equals("CRYPTO-WEAK-HASH")
                    && f.subject().id().equals("com.example.Tokens")
                    && f.message().en().endsWith("(application code)"));
    List<Finding> national =
        result.findings().stream()
            .filter(f -> f.ruleId().equals("CRYPTO-NO-NATIONAL-ALGORITHM"))
            .toList();
    assertThat(national).hasSize(1);
    assertThat(national.get(0).subject().id()).isEqualTo("target/app.jar");

    // applicationOnly(true) leaves the third-party jar out.
    BytecodeScanResult own =
        BytecodeScanner.builder()
            .applicationOnly(true)
            .applicationPackages(List.of("com.example"))
            .build()
            .scan(APP_JAR, "target/app.jar");
    assertThat(own.usages())
        .noneMatch(u -> u.location().className().equals(Fixtures.className("CodecUsages")));
    assertThat(own.usages()).anyMatch(u -> u.location().className().equals("com.example.Tokens"));
  }

  private static CryptoUsage usageIn(BytecodeScanResult scan, String className) {
    return scan.usages().stream()
        .filter(u -> u.location().className().equals(className))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no usage in " + className + ": " + scan.usages()));
  }

  /** {@code target/app.jar}: application classes, a jar of com.example, a vendor's jar. */
  private void buildAppJar() throws Exception {
    Path src = dir.resolve("src/com/example/Tokens.java");
    Files.createDirectories(src.getParent());
    Files.writeString(
        src,
        """
        package com.example;
        public class Tokens {
          public static byte[] fingerprint(byte[] data) throws Exception {
            return java.security.MessageDigest.getInstance("MD5").digest(data);
          }
        }
        """);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int rc =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-proc:none", "-d", classes.toString(), src.toString());
    assertThat(rc).isZero();
    byte[] exampleUtil =
        Fixtures.jar(
            Map.of(
                "com/example/Tokens.class",
                Files.readAllBytes(classes.resolve("com/example/Tokens.class"))));
    byte[] vendor =
        Fixtures.jar(
            Map.of(
                Fixtures.PACKAGE + "CodecUsages.class",
                Fixtures.classFile("CodecUsages"),
                "META-INF/maven/com.vendor/codec-helpers/pom.properties",
                "groupId=com.vendor\nartifactId=codec-helpers\nversion=2.0\n".getBytes()));
    Map<String, byte[]> app = new LinkedHashMap<>();
    app.put(
        "BOOT-INF/classes/" + Fixtures.PACKAGE + "JcaUsages.class",
        Fixtures.classFile("JcaUsages"));
    app.put("BOOT-INF/lib/example-util-1.0.jar", exampleUtil);
    app.put("BOOT-INF/lib/codec-helpers-2.0.jar", vendor);
    Files.createDirectories(APP_JAR.getParent());
    Files.write(APP_JAR, Fixtures.jar(app));
  }
}
