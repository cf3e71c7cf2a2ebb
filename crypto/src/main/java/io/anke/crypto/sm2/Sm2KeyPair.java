package io.anke.crypto.sm2;

import io.anke.crypto.sm2.internal.Sm2Domain;
import java.security.SecureRandom;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.SM2KeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * An SM2 private key and its public key. {@link #destroy()} destroys the private key (see {@link
 * Sm2PrivateKey#destroy()}).
 */
public final class Sm2KeyPair implements Destroyable {
  private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

  private final Sm2PrivateKey privateKey;

  /** The pair of an existing private key. */
  public Sm2KeyPair(Sm2PrivateKey privateKey) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
  }

  /** A fresh key pair from the platform's default {@link SecureRandom}. */
  public static Sm2KeyPair generate() {
    return generate(DEFAULT_RANDOM);
  }

  /** A fresh key pair with d uniform in [1, n-2], drawn from {@code random}. */
  public static Sm2KeyPair generate(SecureRandom random) {
    SM2KeyPairGenerator generator = new SM2KeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(Sm2Domain.SM2P256V1, random));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    return new Sm2KeyPair(
        new Sm2PrivateKey(
            ((ECPrivateKeyParameters) pair.getPrivate()).getD(),
            ((ECPublicKeyParameters) pair.getPublic()).getQ()));
  }

  /** The private key. */
  public Sm2PrivateKey privateKey() {
    return privateKey;
  }

  /** The public key. */
  public Sm2PublicKey publicKey() {
    return privateKey.publicKey();
  }

  /** Destroys the private key. */
  @Override
  public void destroy() {
    privateKey.destroy();
  }

  /** True once the private key is destroyed. */
  @Override
  public boolean isDestroyed() {
    return privateKey.isDestroyed();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sm2KeyPair && privateKey.equals(((Sm2KeyPair) o).privateKey);
  }

  @Override
  public int hashCode() {
    return privateKey.hashCode();
  }

  /** Shows the public key only. */
  @Override
  public String toString() {
    return "Sm2KeyPair[public " + publicKey().toHex() + "]";
  }
}
