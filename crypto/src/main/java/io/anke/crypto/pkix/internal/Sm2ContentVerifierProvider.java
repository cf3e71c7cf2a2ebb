package io.anke.crypto.pkix.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2Verifier;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies SM3withSM2 signatures (certificates, requests, CMS signer infos) for one public key and
 * one distinguishing ID. Any other signature algorithm is refused, so a certificate signed with RSA
 * or ECDSA cannot pass as SM2.
 */
public final class Sm2ContentVerifierProvider implements ContentVerifierProvider {
  private final Sm2Verifier verifier;
  private final X509CertificateHolder certificate;

  public Sm2ContentVerifierProvider(
      Sm2PublicKey key, byte[] id, X509CertificateHolder certificate) {
    this.verifier = new Sm2Verifier(key).withId(id);
    this.certificate = certificate;
  }

  @Override
  public boolean hasAssociatedCertificate() {
    return certificate != null;
  }

  @Override
  public X509CertificateHolder getAssociatedCertificate() {
    return certificate;
  }

  @Override
  public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
    if (!GMObjectIdentifiers.sm2sign_with_sm3.equals(algorithm.getAlgorithm())) {
      throw new OperatorCreationException(
          CryptoMessage.SIGNATURE_ALGORITHM_NOT_SM2.english(algorithm.getAlgorithm().getId()));
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    return new ContentVerifier() {
      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
      }

      @Override
      public OutputStream getOutputStream() {
        return buffer;
      }

      @Override
      public boolean verify(byte[] signature) {
        return verifier.verify(buffer.toByteArray(), signature);
      }
    };
  }
}
