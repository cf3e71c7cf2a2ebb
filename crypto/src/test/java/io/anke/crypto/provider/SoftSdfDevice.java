package io.anke.crypto.provider;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A software stand-in for a GM/T 0018 device (like GmSSL's SoftSDF): key pairs per index, an access
 * password, and the SDF error codes a real device returns. Its private keys are only used inside
 * the "device" methods.
 */
public final class SoftSdfDevice implements SdfDevice {
  private final Map<Integer, Sm2KeyPair[]> keys = new HashMap<>();
  private final char[] password;
  final AtomicInteger signCalls = new AtomicInteger();
  final AtomicInteger openSessions = new AtomicInteger();
  final AtomicInteger closedSessions = new AtomicInteger();

  public SoftSdfDevice(char[] password, int... indexes) {
    this.password = password;
    for (int i : indexes) {
      keys.put(i, new Sm2KeyPair[] {Sm2KeyPair.generate(), Sm2KeyPair.generate()});
    }
  }

  @Override
  public Session openSession() {
    openSessions.incrementAndGet();
    return new Session() {
      final java.util.Set<Integer> unlocked = new java.util.HashSet<>();
      boolean closed;

      @Override
      public void getPrivateKeyAccessRight(int keyIndex, char[] pw) throws SdfException {
        if (!Arrays.equals(pw, password)) {
          throw new SdfException("SDF_GetPrivateKeyAccessRight", SdfException.SDR_BASE + 0x07);
        }
        unlocked.add(keyIndex);
      }

      @Override
      public Sm2PublicKey exportSignPublicKey(int keyIndex) throws SdfException {
        return pair(keyIndex, 0).publicKey();
      }

      @Override
      public Sm2PublicKey exportEncPublicKey(int keyIndex) throws SdfException {
        return pair(keyIndex, 1).publicKey();
      }

      @Override
      public byte[] internalSignEcc(int keyIndex, byte[] e) throws SdfException {
        Sm2KeyPair p = pair(keyIndex, 0);
        access(keyIndex);
        signCalls.incrementAndGet();
        return new Sm2Signer(p.privateKey()).withEncoding(Sm2SignatureEncoding.RAW).signDigest(e);
      }

      @Override
      public byte[] internalDecryptEcc(int keyIndex, EccCipher cipher) throws SdfException {
        Sm2KeyPair p = pair(keyIndex, 1);
        access(keyIndex);
        try {
          return new Sm2Decrypter(p.privateKey()).decrypt(cipher.toC1C3C2());
        } catch (DecryptionFailedException ex) {
          throw new SdfException("SDF_InternalDecrypt_ECC", SdfException.SDR_BASE + 0x0C);
        }
      }

      @Override
      public void close() {
        if (!closed) {
          closedSessions.incrementAndGet();
        }
        closed = true;
      }

      private void access(int keyIndex) throws SdfException {
        if (closed) {
          throw new SdfException("session", SdfException.SDR_BASE + 0x06);
        }
        if (password != null && !unlocked.contains(keyIndex)) {
          throw new SdfException("SDF_InternalSign_ECC", SdfException.SDR_BASE + 0x07);
        }
      }

      private Sm2KeyPair pair(int keyIndex, int which) throws SdfException {
        Sm2KeyPair[] p = keys.get(keyIndex);
        if (p == null) {
          throw new SdfException("SDF_Export", SdfException.SDR_BASE + 0x08);
        }
        return p[which];
      }
    };
  }
}
