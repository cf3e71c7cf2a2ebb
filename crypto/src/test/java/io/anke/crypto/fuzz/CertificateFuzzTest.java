package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.pkix.CertificateChainVerifier;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.pkix.CertificateValidationException;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * Certificates ({@code Sm2Certificates.parse}/{@code parseAll}, PEM or DER, then what a parsed
 * certificate offers and {@code CertificateChainVerifier}) and certificate requests ({@code
 * CertificateRequest.parse}, then its accessors): only the documented exceptions escape, and a
 * certificate or request that is read is written again (DER and PEM) and read back unchanged.
 */
class CertificateFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final X509Certificate ANCHOR = Sm2Certificates.parse(Fixtures.hostile("cert.pem"));
  private static final Sm2PublicKey ISSUER_KEY = Fixtures.sm2Key().publicKey();
  private static final CertificateChainVerifier CHAINS =
      CertificateChainVerifier.trusting(List.of(ANCHOR))
          .at(ANCHOR.getNotBefore().toInstant().plusSeconds(60));

  @FuzzTest
  @DictionaryEntries({"-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"})
  void certificates(byte[] input) throws CertificateEncodingException {
    List<X509Certificate> all =
        acceptedOrRefused("Sm2Certificates.parseAll", () -> Sm2Certificates.parseAll(input), CFE);
    X509Certificate one =
        acceptedOrRefused("Sm2Certificates.parse", () -> Sm2Certificates.parse(input), CFE);
    check(
        (one != null) == (all != null && all.size() == 1),
        "parse accepts what parseAll reads as exactly one certificate");
    if (all == null) {
      return;
    }
    check(!all.isEmpty(), "parseAll returns at least one certificate or throws");
    for (X509Certificate c : all) {
      acceptedOrRefused("Sm2Certificates.publicKey", () -> Sm2Certificates.publicKey(c), CFE);
      acceptedOrRefused(
          "Sm2Certificates.sm3Fingerprint", () -> Sm2Certificates.sm3Fingerprint(c), CFE);
      Sm2Certificates.isSignedBy(c, ISSUER_KEY);
      Sm2Certificates.subjectOf(c);
      acceptedOrRefused(
          "CertificateChainVerifier.verify",
          () -> CHAINS.verify(List.of(c)),
          CertificateValidationException.class);
      X509Certificate fromDer = Sm2Certificates.parse(c.getEncoded());
      X509Certificate fromPem =
          Sm2Certificates.parse(Sm2Certificates.toPem(c).getBytes(StandardCharsets.US_ASCII));
      check(fromDer.equals(c) && fromPem.equals(c), "a certificate reads back unchanged");
    }
    acceptedOrRefused(
        "CertificateChainVerifier.verify (all)",
        () -> CHAINS.verify(all),
        CertificateValidationException.class);
  }

  @FuzzTest
  @DictionaryEntries({
    "-----BEGIN CERTIFICATE REQUEST-----",
    "-----END CERTIFICATE REQUEST-----",
    "-----BEGIN NEW CERTIFICATE REQUEST-----"
  })
  void certificateRequests(byte[] input) {
    CertificateRequest request =
        acceptedOrRefused("CertificateRequest.parse", () -> CertificateRequest.parse(input), CFE);
    if (request == null) {
      return;
    }
    // After parse nothing can fail: the fields are decoded at parse time.
    boolean verified = request.verify();
    CertificateRequest fromDer = CertificateRequest.parse(request.encoded());
    CertificateRequest fromPem =
        CertificateRequest.parse(request.toPem().getBytes(StandardCharsets.US_ASCII));
    for (CertificateRequest copy : List.of(fromDer, fromPem)) {
      check(
          Arrays.equals(copy.encoded(), request.encoded())
              && copy.subject().equals(request.subject())
              && copy.publicKey().equals(request.publicKey())
              && copy.dnsNames().equals(request.dnsNames())
              && copy.verify() == verified,
          "a certificate request reads back unchanged");
    }
  }
}
