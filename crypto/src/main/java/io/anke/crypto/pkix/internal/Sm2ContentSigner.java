package io.anke.crypto.pkix.internal;

import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * A Bouncy Castle {@link ContentSigner} for SM3withSM2 that signs through an {@link
 * Sm2SigningKeyHandle} with an explicit distinguishing ID: Z and e are computed here and only e
 * goes to the key, so certificates and CMS messages can be signed by keys inside devices. One
 * instance per signature (BC's contract).
 */
public final class Sm2ContentSigner implements ContentSigner {
  /** SM3withSM2 (1.2.156.10197.1.501) without parameters, as OpenSSL and GM/T 0015 write it. */
  public static final AlgorithmIdentifier ALGORITHM =
      new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);

  private final Sm2SigningKeyHandle key;
  private final byte[] id;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  public Sm2ContentSigner(Sm2SigningKeyHandle key, byte[] id) {
    this.key = key;
    this.id = id.clone();
  }

  @Override
  public AlgorithmIdentifier getAlgorithmIdentifier() {
    return ALGORITHM;
  }

  @Override
  public OutputStream getOutputStream() {
    return buffer;
  }

  @Override
  public byte[] getSignature() {
    return key.sign(buffer.toByteArray(), id, Sm2SignatureEncoding.DER);
  }
}
