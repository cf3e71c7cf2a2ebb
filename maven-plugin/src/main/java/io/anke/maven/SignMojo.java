package io.anke.maven;

import io.anke.core.ConfigurationException;
import io.anke.core.InputException;
import io.anke.core.files.FileFailure;
import io.anke.core.manifest.DeliveryManifest;
import io.anke.core.rule.Text;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.maven.internal.BuildLogReport;
import io.anke.maven.internal.MavenBom;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the signed delivery manifest of the module's packaged artifacts (the main artifact and
 * every attached one): the SM3 digest of each, signed with SM2 in a detached CMS signature beside
 * the manifest ({@code anke-manifest.txt.p7s}). The same format as {@code anke sign}; {@code anke
 * sign --verify} and the start-up guard check it.
 */
@Mojo(
    name = "sign",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresOnline = false,
    threadSafe = true)
public class SignMojo extends AbstractAnkeMojo {

  /**
   * The SM2 private key that signs (PKCS#8 or SEC1, PEM or DER, as {@code openssl genpkey
   * -algorithm SM2} writes it). Keep it out of the source tree; pass it per build, for example
   * {@code -Danke.sign.keyFile=/secure/release-key.pem}.
   */
  @Parameter(property = "anke.sign.keyFile", required = true)
  private File keyFile;

  /**
   * The signer's certificate (PEM), carried in the signature; its key must be {@code keyFile}'s.
   * Without it the signature names the key by its key identifier.
   */
  @Parameter(property = "anke.sign.certificateFile")
  private File certificateFile;

  /**
   * The manifest to write; every artifact must lie in its directory or below. The signature is the
   * same name with {@code .p7s} appended.
   */
  @Parameter(
      property = "anke.sign.manifestFile",
      defaultValue = "${project.build.directory}/anke-manifest.txt")
  private File manifestFile;

  /** Public for Maven. */
  public SignMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().warn(BuildLogReport.text(locale(), "skip.sign"));
      return;
    }
    List<Path> artifacts = new ArrayList<>();
    addFile(project.getArtifact(), artifacts);
    for (Artifact a : project.getAttachedArtifacts()) {
      addFile(a, artifacts);
    }
    if (artifacts.isEmpty()) {
      throw new MojoExecutionException(BuildLogReport.text(locale(), "sign.nothing"));
    }
    Path root = project.getBasedir().toPath();
    Path manifest = manifestFile.toPath();
    try {
      Sm2SigningKeyHandle key = Sm2KeyHandle.of(read(keyFile, Sm2PrivateKey::fromPemOrDer));
      List<X509Certificate> chain =
          certificateFile == null ? List.of() : read(certificateFile, Sm2Certificates::parseAll);
      if (!chain.isEmpty() && !Sm2Certificates.publicKey(chain.get(0)).equals(key.publicKey())) {
        throw new ConfigurationException(
            certificateFile.toString(), 0, BuildLogReport.texts("error.notTheSigningKey"));
      }
      DeliveryManifest signed = DeliveryManifest.sign(manifest, artifacts, key, chain);
      info(
          "sign.written",
          signed.entries().size(),
          MavenBom.relative(manifest, root),
          MavenBom.relative(DeliveryManifest.signatureOf(manifest), root));
    } catch (ConfigurationException | InputException e) {
      throw configError(e);
    }
  }

  private static void addFile(Artifact artifact, List<Path> out) {
    File f = artifact == null ? null : artifact.getFile();
    if (f != null && f.isFile()) {
      out.add(f.toPath());
    }
  }

  /** The largest key or certificate file the goal reads, as the crypto module's key files. */
  static final long MAX_KEY_FILE_BYTES = 1 << 20;

  /**
   * A key or certificate file parsed; a missing, oversized or malformed one is a configuration
   * error, the oversized one refused by its size before any byte is read.
   */
  static <T> T read(File file, Function<byte[], T> parser) {
    try {
      long size = Files.size(file.toPath());
      if (size > MAX_KEY_FILE_BYTES) {
        throw new ConfigurationException(
            file.toString(),
            0,
            BuildLogReport.texts("error.keyFileTooLarge", size, MAX_KEY_FILE_BYTES >> 20));
      }
      return parser.apply(Files.readAllBytes(file.toPath()));
    } catch (IOException e) {
      throw new ConfigurationException(
          file.toString(),
          0,
          BuildLogReport.texts("error.keyFileUnreadable", FileFailure.reason(file.toPath(), e)),
          e);
    } catch (CryptoFormatException e) {
      throw new ConfigurationException(file.toString(), 0, Text.messageOf(e), e);
    }
  }
}
