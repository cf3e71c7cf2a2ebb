package io.anke.rules.docs;

import io.anke.core.FailOn;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.host.HostInventory;
import io.anke.core.host.HostProbe;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.ScanContext;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.core.waiver.WaiverSet;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CodeLocation;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.bytecode.UsageKind;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.data.ClassWithPersonalData;
import io.anke.scan.data.ClassificationDeclaration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedding example of docs/compliance-engine.md ("Embedding"), as a program: {@link
 * ComplianceEngineDocExamplesTest} runs it in a child JVM whose working directory holds {@code
 * waivers.yaml}, and checks its exit code, the SARIF report and the baseline it records.
 *
 * <p>Arguments: the SBOM to read (a CycloneDX CBOM) and the report directory.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** The usage of MD5 that a bytecode scan of {@code app.jar} would report. */
  static final CryptoUsage MD5_IN_HASHES =
      new CryptoUsage(
          UsageKind.ALGORITHM,
          "MD5",
          Classification.HIGH_RISK,
          "java.security.MessageDigest.getInstance",
          "MD5",
          0,
          new CodeLocation(
              "app.jar!/BOOT-INF/lib/acme-1.2.jar!/com/acme/Hashes.class",
              List.of("app.jar", "app.jar!/BOOT-INF/lib/acme-1.2.jar"),
              "com.acme.Hashes",
              "digest",
              "([B)[B",
              12,
              0,
              "pkg:maven/com.acme/acme@1.2",
              false));

  /** Runs the scan of the doc and exits with its exit code. */
  public static void main(String[] args) throws IOException {
    BillOfMaterials sbom = BomReaders.read(Path.of(args[0]));
    BillOfMaterials hostBom = HostInventory.toBom(HostProbe.live().probe(), Catalog.bundled());
    CryptoUsage cryptoUsage = MD5_IN_HASHES;
    Path outDir = Path.of(args[1]);

    ScanContext context =
        ScanContext.builder()
            .bom(sbom) // io.anke.core.bom.BillOfMaterials, as many as you have;
            // its facts() (a CBOM's crypto assets) come with it
            .host(hostBom) // optional: the probed host; also appears in boms()
            .catalog(Catalog.bundled()) // vendor catalog; empty when not given
            .fact(cryptoUsage) // typed extension facts, read with context.facts(Type.class)
            // kinds of fact this scan does not gather (a rule that requires one would otherwise be
            // reported as not run, ANKE-INPUT-MISSING, rather than pass)
            .notGathered(ConfigFile.KEY, ClassWithPersonalData.KEY, ClassificationDeclaration.KEY)
            .notGathered(BytecodeScanResult.KEY, RuntimeSecurityFacts.KEY, ProgramIntegrity.KEY)
            .workingDirectory(Path.of(".")) // context.relativize(path) is relative to it
            .build();

    ProfileRegistry profiles = ProfileRegistry.bundled();
    ScanResult result =
        Engine.builder()
            .rules(RuleRegistry.discover()) // ServiceLoader: io.anke.core.rule.RuleProvider
            .profile(profiles.resolve("gov-cloud-baseline")) // an id, or a user's profile file
            .waivers(WaiverSet.read(Path.of("waivers.yaml")))
            .baselineFile(Path.of("anke-baseline.json")) // optional
            .failOn(FailOn.parse("high")) // optional: the profile's, else high
            .build()
            .run(context);

    ReportFormats formats = ReportFormats.discover(); // text, json, sarif, html (+ cyclonedx)
    ReportFormats.writeTo(outDir, formats.get("sarif"), result, ReportOptions.defaults());
    System.exit(result.exitCode().code());
  }
}
