package io.anke.core.manifest;

import io.anke.core.rule.FactKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Whether the programs of a delivery are the ones its signed manifest names: the outcome of {@link
 * DeliveryManifest#verify}. It is a scan fact ({@code ScanContext.Builder.fact}) that the {@code
 * RUNTIME-} rules judge.
 *
 * @param manifest the manifest file
 * @param signatureStatus whether the manifest's signature is present, well formed and made by a
 *     trusted key
 * @param signer who signed: the certificate's subject, or {@code SM2 key <key identifier>}; null
 *     unless the signature is valid
 * @param signatureDetail why the signature is not valid (English, never key material), or null
 * @param differences the files that differ from the manifest, sorted by path
 */
public record ProgramIntegrity(
    Path manifest,
    SignatureStatus signatureStatus,
    String signer,
    String signatureDetail,
    List<Difference> differences) {
  /** The key under which rules require and read the delivered programs' integrity. */
  public static final FactKey<ProgramIntegrity> KEY =
      FactKey.of("program-integrity", ProgramIntegrity.class);

  /** The state of the manifest's signature. */
  public enum SignatureStatus {
    /** Made by a trusted key over exactly these manifest bytes. */
    VALID,
    /** The signature file beside the manifest does not exist. */
    MISSING,
    /** Malformed, made by another key, or not over these bytes. */
    INVALID
  }

  /** How a file differs from its manifest entry. */
  public enum Kind {
    /** Listed, present, with another digest (or unreadable: no actual digest). */
    CHANGED,
    /** Present (running) but not listed. */
    ADDED,
    /** Listed but neither running nor present. */
    MISSING
  }

  /**
   * One file that differs.
   *
   * @param kind how it differs
   * @param path the manifest path ({@code lib/x.jar}); for an added file outside the manifest's
   *     directory, the file's own path
   * @param expectedDigest the manifest's SM3 digest (lowercase hex), null for {@link Kind#ADDED}
   * @param actualDigest the file's SM3 digest, null for {@link Kind#MISSING} and for a file that
   *     could not be read
   */
  public record Difference(Kind kind, String path, String expectedDigest, String actualDigest) {
    /** Checks the required parts. */
    public Difference {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
    }
  }

  /** Checks the required parts and copies the list. */
  public ProgramIntegrity {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(signatureStatus, "signatureStatus");
    differences = List.copyOf(differences);
  }

  /** A result with a valid signature ({@code signatureValid}) or an invalid one. */
  public ProgramIntegrity(
      Path manifest, boolean signatureValid, String signer, List<Difference> differences) {
    this(
        manifest,
        signatureValid ? SignatureStatus.VALID : SignatureStatus.INVALID,
        signatureValid ? signer : null,
        null,
        differences);
  }

  /** True when the signature is valid (made by a trusted key over these manifest bytes). */
  public boolean signatureValid() {
    return signatureStatus == SignatureStatus.VALID;
  }

  /** True when the signature is valid and no file differs. */
  public boolean intact() {
    return signatureValid() && differences.isEmpty();
  }
}
