package io.anke.crypto.provider.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.Pem;
import java.io.ByteArrayInputStream;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle JCA provider instance of the key-management packages. It is passed to JCA
 * factories explicitly and never registered with {@code Security.addProvider}. The JDK's own
 * providers cannot be used for SM2 certificates: SunEC does not know the curve sm2p256v1, so the
 * JDK {@code CertificateFactory} rejects every SM2 certificate ("Unknown named curve").
 */
public final class Jca {
  /** Bouncy Castle, unregistered. */
  public static final Provider BC = new BouncyCastleProvider();

  private Jca() {}

  /** An X.509 certificate factory that understands SM2 keys. */
  public static CertificateFactory certificateFactory() {
    try {
      return CertificateFactory.getInstance("X.509", BC);
    } catch (CertificateException e) {
      throw new IllegalStateException(CryptoMessage.JCA_NO_CERT_FACTORY.english(), e);
    }
  }

  /**
   * Parses one or more certificates, PEM ({@code CERTIFICATE} blocks, other blocks ignored) or one
   * DER certificate.
   *
   * @throws CryptoFormatException naming {@code what} if there is no certificate or one is
   *     malformed
   */
  public static List<X509Certificate> parseCertificates(byte[] data, Bilingual what) {
    if (data.length == 0) {
      throw new CryptoFormatException(CryptoMessage.JCA_EMPTY.text(what));
    }
    List<X509Certificate> out = new ArrayList<>();
    if (Pem.looksLikePem(data)) {
      List<Pem.Block> blocks = Pem.blocks(Pem.decodeAll(data, what), "CERTIFICATE");
      if (blocks.isEmpty()) {
        throw new CryptoFormatException(CryptoMessage.JCA_NO_CERT_BLOCK.text(what));
      }
      for (Pem.Block b : blocks) {
        out.add(one(b.der(), CryptoMessage.JCA_NTH_CERT.text(what, out.size() + 1)));
      }
    } else {
      out.add(one(data, what));
    }
    return out;
  }

  private static X509Certificate one(byte[] der, Bilingual what) {
    Collection<? extends java.security.cert.Certificate> certs;
    try {
      certs = certificateFactory().generateCertificates(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      // Bouncy Castle reports some malformed DER with unchecked exceptions.
      throw new CryptoFormatException(CryptoMessage.JCA_NOT_X509.text(what), e);
    }
    if (certs.size() != 1 || !(certs.iterator().next() instanceof X509Certificate cert)) {
      throw new CryptoFormatException(CryptoMessage.JCA_CERT_COUNT.text(what, certs.size()));
    }
    return cert;
  }
}
