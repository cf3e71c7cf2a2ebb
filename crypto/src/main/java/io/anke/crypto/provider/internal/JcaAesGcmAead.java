package io.anke.crypto.provider.internal;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM through a JCA provider whose key cannot be exported (a PKCS#11 token): nonce (12) ‖
 * ciphertext ‖ tag (16), the same layout as {@code Sm4Gcm}.
 */
public final class JcaAesGcmAead implements Aead {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;
  private final Provider provider;
  private final String name;

  public JcaAesGcmAead(SecretKey key, Provider provider, String name) {
    this.key = key;
    this.provider = provider;
    this.name = name;
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      if (associatedData != null && associatedData.length > 0) {
        c.updateAAD(associatedData);
      }
      byte[] body = c.doFinal(plaintext);
      byte[] out = Arrays.copyOf(nonce, 12 + body.length);
      System.arraycopy(body, 0, out, 12, body.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          CryptoMessage.AES_GCM_ENCRYPTION_FAILED.english(name, e.getMessage()), e);
    }
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    if (ciphertext.length < 12 + 16) {
      throw new DecryptionFailedException(
          CryptoMessage.CIPHERTEXT_SHORTER_THAN_NONCE_AND_TAG.text());
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Arrays.copyOf(ciphertext, 12)));
      if (associatedData != null && associatedData.length > 0) {
        c.updateAAD(associatedData);
      }
      return c.doFinal(ciphertext, 12, ciphertext.length - 12);
    } catch (AEADBadTagException e) {
      throw new DecryptionFailedException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          CryptoMessage.AES_GCM_DECRYPTION_FAILED.english(name, e.getMessage()), e);
    }
  }

  @Override
  public String toString() {
    return "AES-GCM[" + name + "]";
  }
}
