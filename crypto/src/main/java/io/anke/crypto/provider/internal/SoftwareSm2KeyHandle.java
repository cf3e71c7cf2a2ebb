package io.anke.crypto.provider.internal;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signer;
import java.util.Objects;

/** An SM2 key pair in memory, through the SM2 primitives (which cache the per-key values). */
public final class SoftwareSm2KeyHandle implements Sm2KeyHandle {
  private final Sm2Signer signer;
  private final Sm2Decrypter decrypter;

  /** Wraps {@code key}; the key object is kept, never copied into other forms. */
  public SoftwareSm2KeyHandle(Sm2PrivateKey key) {
    Objects.requireNonNull(key, "key");
    this.signer = new Sm2Signer(key).withEncoding(Sm2SignatureEncoding.RAW);
    this.decrypter = new Sm2Decrypter(key, Sm2CiphertextFormat.C1C3C2);
  }

  @Override
  public Sm2PublicKey publicKey() {
    return signer.publicKey();
  }

  @Override
  public byte[] signDigest(byte[] e) {
    return signer.signDigest(e);
  }

  @Override
  public byte[] decrypt(byte[] c1c3c2) throws DecryptionFailedException {
    return decrypter.decrypt(c1c3c2);
  }

  @Override
  public String toString() {
    return "Sm2KeyHandle[in memory, " + signer.publicKey() + "]";
  }
}
