package io.anke.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.InputException;
import io.anke.core.manifest.ProgramIntegrity.Difference;
import io.anke.core.manifest.ProgramIntegrity.Kind;
import io.anke.core.manifest.ProgramIntegrity.SignatureStatus;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm3.Sm3;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryManifestTest {
  @TempDir Path dir;
  Path delivery;
  Path manifest;
  Sm2PrivateKey privateKey;
  Sm2KeyHandle key;
  Path pub;

  @BeforeEach
  void delivery() throws Exception {
    delivery = Files.createDirectories(dir.resolve("permit-service-2.3.0"));
    write("app.jar", "app classes");
    write("lib/dm-jdbc-8.1.jar", "driver");
    write("lib/common-1.0.jar", "common");
    write("conf/应用.yml", "server.port: 8443\n");
    manifest = delivery.resolve(DeliveryManifest.DEFAULT_FILE_NAME);
    privateKey = Sm2KeyPair.generate().privateKey();
    key = Sm2KeyHandle.of(privateKey);
    pub = dir.resolve("pub.pem");
    Files.writeString(pub, key.publicKey().toSpkiPem());
  }

  Path write(String rel, String content) throws Exception {
    Path f = delivery.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  static String sm3(String content) {
    return Hex.encode(Sm3.digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theManifestListsEveryFileSortedWithSlashesAndIsSignedOverItsBytes() throws Exception {
    DeliveryManifest.sign(manifest, List.of(delivery), key, List.of());
    String text = Files.readString(manifest, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "anke-delivery-manifest 1\n"
                + "sm3 "
                + sm3("app classes")
                + "  app.jar\n"
                + "sm3 "
                + sm3("server.port: 8443\n")
                + "  conf/应用.yml\n"
                + "sm3 "
                + sm3("common")
                + "  lib/common-1.0.jar\n"
                + "sm3 "
                + sm3("driver")
                + "  lib/dm-jdbc-8.1.jar\n");
    assertThat(DeliveryManifest.signatureOf(manifest)).exists();
    // A second run replaces the manifest and does not list it or its signature.
    DeliveryManifest again = DeliveryManifest.sign(manifest, List.of(delivery), key, List.of());
    assertThat(again.entries()).hasSize(4);

    ProgramIntegrity ok = DeliveryManifest.verifyDelivery(manifest, pub);
    assertThat(ok.intact()).as("%s", ok).isTrue();
    assertThat(ok.signer())
        .isEqualTo("SM2 key " + Hex.encode(Sm2Certificates.keyIdentifier(key.publicKey())));
  }

  @Test
  void changedAddedAndMissingFilesAreEachNamed() throws Exception {
    DeliveryManifest.sign(manifest, List.of(delivery), key, List.of());
    write("lib/dm-jdbc-8.1.jar", "patched driver");
    write("lib/ojdbc8.jar", "foreign driver");
    Files.delete(delivery.resolve("lib/common-1.0.jar"));

    ProgramIntegrity r = DeliveryManifest.verifyDelivery(manifest, pub);
    assertThat(r.signatureValid()).isTrue();
    assertThat(r.differences())
        .containsExactly(
            new Difference(Kind.MISSING, "lib/common-1.0.jar", sm3("common"), null),
            new Difference(
                Kind.CHANGED, "lib/dm-jdbc-8.1.jar", sm3("driver"), sm3("patched driver")),
            new Difference(Kind.ADDED, "lib/ojdbc8.jar", null, sm3("foreign driver")));
  }

  @Test
  void aChangedManifestOrAnotherKeyOrNoSignatureIsNotAValidSignature() throws Exception {
    DeliveryManifest.sign(manifest, List.of(delivery), key, List.of());
    Path other = dir.resolve("other.pem");
    Files.writeString(other, Sm2KeyPair.generate().publicKey().toSpkiPem());
    ProgramIntegrity wrongKey = DeliveryManifest.verifyDelivery(manifest, other);
    assertThat(wrongKey.signatureStatus()).isEqualTo(SignatureStatus.INVALID);
    assertThat(wrongKey.signatureDetail()).contains("is not the trusted key");
    assertThat(wrongKey.signer()).isNull();

    // Someone patches a jar and writes its new digest into the manifest.
    write("app.jar", "patched");
    String text = Files.readString(manifest, StandardCharsets.UTF_8);
    Files.writeString(manifest, text.replace(sm3("app classes"), sm3("patched")));
    ProgramIntegrity forged = DeliveryManifest.verifyDelivery(manifest, pub);
    assertThat(forged.signatureStatus()).isEqualTo(SignatureStatus.INVALID);
    assertThat(forged.differences()).isEmpty();

    Files.delete(DeliveryManifest.signatureOf(manifest));
    ProgramIntegrity unsigned = DeliveryManifest.verifyDelivery(manifest, pub);
    assertThat(unsigned.signatureStatus()).isEqualTo(SignatureStatus.MISSING);
    assertThat(unsigned.intact()).isFalse();
  }

  @Test
  void aCertificateKeyProviderOrKeysetSignsAndTheMatchingFileIsTrusted() throws Exception {
    X509Certificate cert = CertificateBuilder.selfSigned("CN=Release Signing,O=Gov", key).build();
    Path certFile = dir.resolve("cert.pem");
    Files.writeString(certFile, Sm2Certificates.toPem(cert));
    Path keyFile = dir.resolve("key.pem");
    Files.writeString(keyFile, privateKey.exportPkcs8Pem(InsecureSecretAccess.get()));
    FileKeyProvider provider = FileKeyProvider.builder().sm2("release", keyFile, certFile).build();
    DeliveryManifest.sign(manifest, List.of(delivery), provider, "release");
    for (Path trusted : List.of(certFile, pub)) {
      ProgramIntegrity r = DeliveryManifest.verifyDelivery(manifest, trusted);
      assertThat(r.intact()).as("%s", r).isTrue();
      assertThat(r.signer()).isEqualTo("CN=Release Signing,O=Gov");
    }

    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM2);
    DeliveryManifest.sign(manifest, List.of(delivery), keyset);
    ByteArrayOutputStream publicKeyset = new ByteArrayOutputStream();
    keyset.publicKeysetHandle().writePublic(publicKeyset);
    Path publicFile = dir.resolve("public.keyset");
    Files.write(publicFile, publicKeyset.toByteArray());
    assertThat(DeliveryManifest.verifyDelivery(manifest, publicFile).intact()).isTrue();
    assertThat(DeliveryManifest.verifyDelivery(manifest, certFile).signatureValid()).isFalse();
    // Rotated away and disabled: the old key is no longer trusted.
    KeysetHandle rotated = keyset.rotate();
    KeysetHandle retired = rotated.disable(keyset.primaryKeyId());
    publicKeyset.reset();
    retired.publicKeysetHandle().writePublic(publicKeyset);
    Files.write(publicFile, publicKeyset.toByteArray());
    assertThat(DeliveryManifest.verifyDelivery(manifest, publicFile).signatureValid()).isFalse();
  }

  @Test
  void runningArchivesMatchByRelativePathUnderTheManifestElseByFileName() throws Exception {
    DeliveryManifest.sign(manifest, List.of(delivery), key, List.of());
    // The application runs from an unpacked copy; the manifest was shipped on its own.
    Path runDir = Files.createDirectories(dir.resolve("run"));
    Path app = Files.writeString(runDir.resolve("app.jar"), "app classes");
    Path driver = Files.writeString(runDir.resolve("dm-jdbc-8.1.jar"), "driver, patched");
    Path extra = Files.writeString(runDir.resolve("ojdbc8.jar"), "foreign");
    ProgramIntegrity r =
        DeliveryManifest.verify(
            manifest, pub, List.of(app, driver, extra, runDir.resolve("not-there.jar"), manifest));
    assertThat(r.signatureValid()).isTrue();
    // conf/应用.yml and lib/common-1.0.jar did not run but are present and unchanged.
    assertThat(r.differences())
        .containsExactly(
            new Difference(Kind.ADDED, extra.toString(), null, sm3("foreign")),
            new Difference(
                Kind.CHANGED, "lib/dm-jdbc-8.1.jar", sm3("driver"), sm3("driver, patched")));

    Path inside = delivery.resolve("lib/dm-jdbc-8.1.jar");
    Path moved = Files.writeString(delivery.resolve("dm-jdbc-8.1.jar"), "driver");
    ProgramIntegrity under = DeliveryManifest.verify(manifest, pub, List.of(inside, moved));
    // Under the manifest's directory the path decides, not the name.
    assertThat(under.differences())
        .containsExactly(new Difference(Kind.ADDED, "dm-jdbc-8.1.jar", null, sm3("driver")));
  }

  @Test
  void malformedManifestLinesAreRefusedWithFileAndLine() {
    String hex = sm3("x");
    String[][] cases = {
      {"anke-delivery-manifest 1\nsm3 " + hex + "  ../etc/passwd\n", "2", "'..' segment"},
      {"anke-delivery-manifest 1\nsm3 " + hex + "  a/../../b.jar\n", "2", "'..' segment"},
      {"anke-delivery-manifest 1\nsm3 " + hex + "  /opt/app.jar\n", "2", "absolute"},
      {"anke-delivery-manifest 1\nsm3 " + hex + "  C:/app.jar\n", "2", "absolute"},
      {"anke-delivery-manifest 1\nsm3 " + hex + "  lib\\\\a.jar\n", "2", "backslash"},
      {"anke-delivery-manifest 1\nsm3 " + hex + "  a//b.jar\n", "2", "empty or '.' segment"},
      {"anke-delivery-manifest 1\r\nsm3 " + hex + "  a.jar\r\n", "1", "carriage return"},
      {"anke-delivery-manifest 2\n", "1", "version '2' is not supported"},
      {"sha256sum output\n", "1", "not an Anke delivery manifest"},
      {"anke-delivery-manifest 1\nsha256 " + hex + "  a.jar\n", "2", "'sha256' is not supported"},
      {"anke-delivery-manifest 1\nsm3 " + hex + " a.jar\n", "2", "two spaces"},
      {
        "anke-delivery-manifest 1\nsm3 " + hex.toUpperCase(java.util.Locale.ROOT) + "  a.jar\n",
        "2",
        "lowercase hex"
      },
      {
        "anke-delivery-manifest 1\nsm3 " + hex + "  a.jar\nsm3 " + hex + "  a.jar\n",
        "3",
        "listed twice (first on line 2)"
      },
      {"anke-delivery-manifest 1\nsm3 " + hex + "  a.jar", "2", "does not end with a line feed"},
      {"", "1", "empty file"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(
              () -> DeliveryManifest.parse(c[0].getBytes(StandardCharsets.UTF_8), "M.txt"))
          .as(c[0])
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("M.txt:" + c[1] + ": ")
          .hasMessageContaining(c[2]);
    }
  }

  @Test
  void forTheGuardAMissingOrMalformedManifestOrKeyIsAConfigurationError() throws Exception {
    DeliveryManifest.sign(manifest, List.of(delivery), key, List.of());
    Path missing = dir.resolve("nope.pem");
    assertThatThrownBy(() -> DeliveryManifest.verify(manifest, missing, List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(missing + ": trusted key file does not exist");
    Path privateAsTrusted = dir.resolve("key.pem");
    Files.writeString(privateAsTrusted, privateKey.exportPkcs8Pem(InsecureSecretAccess.get()));
    assertThatThrownBy(() -> DeliveryManifest.verify(manifest, privateAsTrusted, List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("private key");
    Files.writeString(
        manifest,
        Files.readString(manifest).replace("  conf/", "  ../conf/"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DeliveryManifest.verify(manifest, pub, List.of()))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(e -> assertThat(((ConfigurationException) e).line()).isEqualTo(3))
        .hasMessageStartingWith(manifest + ":3: path '../conf/");
    assertThatThrownBy(() -> DeliveryManifest.verifyDelivery(manifest, pub))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(manifest + ":3: ");
  }

  @Test
  void filesOutsideTheManifestDirectoryOrWithUnwritableNamesAreRefused() throws Exception {
    Path outside = Files.writeString(dir.resolve("elsewhere.jar"), "x");
    assertThatThrownBy(() -> DeliveryManifest.create(manifest, List.of(delivery, outside)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("lies outside the manifest's directory");
    write("bad\nname.jar", "x");
    assertThatThrownBy(() -> DeliveryManifest.create(manifest, List.of(delivery)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("control character");
    assertThatThrownBy(
            () -> DeliveryManifest.create(manifest, List.of(delivery.resolve("no-such.jar"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no such file");
  }
}
