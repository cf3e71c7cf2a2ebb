package io.anke.crypto.keyset;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The material of one keyset key, typed: one record per kind of material, each knowing the {@link
 * KeyType} it belongs to and the {@linkplain KeysetCodec.Material material code} it is stored
 * under. A key type's parameters are fixed by the type (key lengths, the curve); the one parameter
 * chosen per key, the {@link OutputPrefix}, lives beside the material in {@link KeyEntry}.
 *
 * <p>The hierarchy is sealed, and everything that depends on the kind of key is a {@code switch}
 * without a default over {@link KeyType} ({@link #generate}) or over {@link KeysetCodec.Material}
 * ({@link KeysetCodec}): a new key type or material kind does not compile until each of them says
 * what to do with it, so no key type can fall through to another type's key.
 *
 * <p>Where to add a key type: a constant in {@link KeyType}, a record here, its case in {@link
 * #generate}, a constant in {@link KeysetCodec.Material} with its case in {@code
 * KeysetCodec.material}, and the primitive in {@link KeysetHandle}.
 */
sealed interface KeysetKey {

  /** The key type this material belongs to. */
  default KeyType type() {
    return material().type();
  }

  /** How the codec stores this material. */
  KeysetCodec.Material material();

  /** True for secret material: everything but the public half of an SM2 key pair. */
  boolean isSecret();

  /**
   * The material as the codec stores it (see {@link KeysetCodec.Material}): a fresh copy that the
   * caller wipes. Only {@link KeysetCodec} calls this.
   */
  byte[] encoded();

  /**
   * An independent object with the same material, so that destroying either leaves the other
   * intact; public material holds no secret and is shared.
   */
  default KeysetKey copy() {
    if (!isSecret()) {
      return this;
    }
    byte[] b = encoded();
    try {
      return KeysetCodec.decode(material(), b);
    } finally {
      Arrays.fill(b, (byte) 0);
    }
  }

  /** Overwrites secret material with zeros (nothing for public material); idempotent. */
  void destroy();

  /**
   * Fresh material for a key of {@code type}. Exhaustive over {@link KeyType}: a type added there
   * fails to compile here until it says how its keys are made.
   */
  static KeysetKey generate(KeyType type, SecureRandom random) {
    return switch (type) {
      case SM4_GCM -> new Sm4GcmKey(Sm4Key.generate(random));
      case SM2 -> new Sm2SigningKey(Sm2KeyPair.generate(random).privateKey());
      case HMAC_SM3 -> new HmacSm3Key(MacKey.generate(random));
    };
  }

  /** An SM4 key of an sm4-gcm keyset. */
  record Sm4GcmKey(Sm4Key key) implements KeysetKey {
    public Sm4GcmKey {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public KeysetCodec.Material material() {
      return KeysetCodec.Material.SM4;
    }

    @Override
    public boolean isSecret() {
      return true;
    }

    @Override
    public byte[] encoded() {
      return key.toBytes(InsecureSecretAccess.get());
    }

    @Override
    public void destroy() {
      key.destroy();
    }
  }

  /** The private key of an sm2 keyset: signs, and has the public key for verifying. */
  record Sm2SigningKey(Sm2PrivateKey key) implements KeysetKey {
    public Sm2SigningKey {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public KeysetCodec.Material material() {
      return KeysetCodec.Material.SM2_PRIVATE;
    }

    @Override
    public boolean isSecret() {
      return true;
    }

    @Override
    public byte[] encoded() {
      return key.exportRaw(InsecureSecretAccess.get());
    }

    @Override
    public void destroy() {
      key.destroy();
    }
  }

  /** The public key of a public sm2 keyset: verifies only. */
  record Sm2VerifyingKey(Sm2PublicKey key) implements KeysetKey {
    public Sm2VerifyingKey {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public KeysetCodec.Material material() {
      return KeysetCodec.Material.SM2_PUBLIC;
    }

    @Override
    public boolean isSecret() {
      return false;
    }

    @Override
    public byte[] encoded() {
      return key.toUncompressed();
    }

    @Override
    public void destroy() {
      // a public key holds no secret
    }
  }

  /** The secret of an hmac-sm3 keyset key. */
  record HmacSm3Key(MacKey key) implements KeysetKey {
    public HmacSm3Key {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public KeysetCodec.Material material() {
      return KeysetCodec.Material.HMAC_SM3;
    }

    @Override
    public boolean isSecret() {
      return true;
    }

    @Override
    public byte[] encoded() {
      return key.toBytes();
    }

    @Override
    public void destroy() {
      key.destroy();
    }
  }
}
