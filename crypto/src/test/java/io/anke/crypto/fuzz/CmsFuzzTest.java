package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.CONTENT;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.envelope.CmsEnvelope;
import io.anke.crypto.envelope.CmsSignature;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * CMS SignedData ({@code CmsSignature.verify}: attached, detached, PEM, GM/T 0010 labels) and
 * EnvelopedData ({@code CmsEnvelope.decrypt}): only the documented exceptions escape, and a
 * detached signature refuses every changed content.
 */
class CmsFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final Class<?> SIG = SignatureException.class;
  private static final Sm2PrivateKey KEY = Fixtures.sm2Key();
  private static final X509Certificate CERT = Sm2Certificates.parse(Fixtures.hostile("cert.pem"));
  private static final Sm2KeyHandle HANDLE = Sm2KeyHandle.of(KEY);
  private static final byte[] DETACHED = Fixtures.hostile("cms-signed-detached-gmt0010.der");

  /** The bytes as SignedData (attached, detached, trusted keys) and as EnvelopedData. */
  @FuzzTest
  void cmsMessages(byte[] input) {
    CmsSignature.Verified attached =
        acceptedOrRefused("CmsSignature.verify", () -> CmsSignature.verify(input, null), CFE, SIG);
    CmsSignature.Verified detached =
        acceptedOrRefused(
            "CmsSignature.verify detached", () -> CmsSignature.verify(input, CONTENT), CFE, SIG);
    acceptedOrRefused(
        "CmsSignature.verify trusted",
        () -> CmsSignature.verify(input, null, Sm2.defaultId(), List.of(KEY.publicKey())),
        CFE,
        SIG);
    for (CmsSignature.Verified v : Arrays.asList(attached, detached)) {
      if (v != null) {
        check(v.content() != null && v.signerKey() != null, "a verified message names its key");
      }
    }
    acceptedOrRefused(
        "CmsEnvelope.decrypt",
        () -> CmsEnvelope.decrypt(input, CERT, HANDLE),
        CFE,
        DecryptionFailedException.class);
  }

  @FuzzTest
  void detachedSignatureRefusesChangedContent(FuzzedDataProvider data) {
    byte[] content = Mutator.mutate(CONTENT, data);
    CmsSignature.Verified v =
        acceptedOrRefused(
            "CmsSignature.verify detached", () -> CmsSignature.verify(DETACHED, content), CFE, SIG);
    check(
        (v != null) == Arrays.equals(content, CONTENT),
        "a detached signature verifies exactly the unchanged content");
  }
}
