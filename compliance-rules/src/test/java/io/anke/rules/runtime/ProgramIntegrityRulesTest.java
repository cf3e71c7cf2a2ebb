package io.anke.rules.runtime;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.manifest.DeliveryManifest;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.ProfileId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RUNTIME- manifest rules on real signed deliveries, through the engine and profiles. */
class ProgramIntegrityRulesTest {
  @TempDir Path dir;
  Path manifest;
  Path pub;

  @BeforeEach
  void signedDelivery() throws Exception {
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("app.jar"), "app");
    Files.writeString(dir.resolve("lib/dm-jdbc.jar"), "driver");
    Files.writeString(dir.resolve("lib/common.jar"), "common");
    manifest = dir.resolve("anke-manifest.txt");
    Sm2KeyHandle key = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    DeliveryManifest.sign(manifest, List.of(dir), key, List.of());
    pub =
        Files.writeString(
            dir.getParent().resolve(dir.getFileName() + "-pub.pem"), key.publicKey().toSpkiPem());
  }

  ScanResult scan(ProgramIntegrity fact, String profile) {
    return PackScans.run(ScanContext.builder().workingDirectory(dir).fact(fact).build(), profile);
  }

  @Test
  void anIntactDeliveryGivesNoFinding() {
    ProgramIntegrity ok = DeliveryManifest.verifyDelivery(manifest, pub);
    ScanResult r = scan(ok, ProfileId.GOV_CLOUD_BASELINE.id());
    assertThat(of(r, "RUNTIME-PROGRAM-CHANGED")).isEmpty();
    assertThat(of(r, "RUNTIME-MANIFEST-SIGNATURE-INVALID")).isEmpty();
  }

  @Test
  void eachChangedAddedOrMissingFileIsOneFindingNamingIt() throws Exception {
    Files.writeString(dir.resolve("lib/dm-jdbc.jar"), "patched");
    Files.writeString(dir.resolve("lib/ojdbc8.jar"), "foreign");
    Files.delete(dir.resolve("lib/common.jar"));
    for (String profile : ProfileId.ids()) {
      List<Finding> f =
          of(
              scan(DeliveryManifest.verifyDelivery(manifest, pub), profile),
              "RUNTIME-PROGRAM-CHANGED");
      assertThat(f).as(profile).hasSize(3);
      assertThat(f).allMatch(x -> x.severity() == Severity.HIGH);
      assertThat(f)
          .extracting(x -> x.subject().id() + " | " + x.message().en())
          .containsExactlyInAnyOrder(
              "lib/common.jar | lib/common.jar is missing: anke-manifest.txt lists it, but it is"
                  + " neither running nor present",
              "lib/dm-jdbc.jar | lib/dm-jdbc.jar was changed: its SM3 digest differs from the one"
                  + " in anke-manifest.txt",
              "lib/ojdbc8.jar | lib/ojdbc8.jar was added: anke-manifest.txt does not list it");
      assertThat(f).allMatch(x -> x.standards().contains("GB/T 39786-2021 8.3(f)"));
      assertThat(f.get(0).message().zh()).isNotBlank();
    }
  }

  @Test
  void aBadOrMissingSignatureIsCritical() throws Exception {
    Path other = dir.getParent().resolve("other-pub.pem");
    Files.writeString(other, Sm2KeyPair.generate().publicKey().toSpkiPem());
    List<Finding> wrongKey =
        of(
            scan(DeliveryManifest.verifyDelivery(manifest, other), ProfileId.MLPS_L3.id()),
            "RUNTIME-MANIFEST-SIGNATURE-INVALID");
    assertThat(wrongKey).hasSize(1);
    assertThat(wrongKey.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(wrongKey.get(0).message().en())
        .startsWith("The signature of anke-manifest.txt is not valid: ")
        .contains("not the trusted key");
    assertThat(wrongKey.get(0).message().zh()).contains("签名无效");

    Files.delete(DeliveryManifest.signatureOf(manifest));
    List<Finding> unsigned =
        of(
            scan(DeliveryManifest.verifyDelivery(manifest, pub), ProfileId.CRYPTO_L2.id()),
            "RUNTIME-MANIFEST-SIGNATURE-INVALID");
    assertThat(unsigned).hasSize(1);
    assertThat(unsigned.get(0).message().en())
        .isEqualTo(
            "anke-manifest.txt has no signature beside it: anke-manifest.txt.p7s does not exist");
    assertThat(unsigned.get(0).properties()).containsEntry("signature", "missing");
  }
}
