package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.AAD;
import static io.anke.crypto.fuzz.Fixtures.CONTENT;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm4.Sm4Ccm;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4CcmWithNonce;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * SM4 ciphertexts: the AEADs ({@code Sm4Gcm}, {@code Sm4Ccm}, {@code Sm4GcmWithNonce}, {@code
 * Sm4CcmWithNonce}) and HMAC-SM3 tags refuse every changed byte with {@link
 * DecryptionFailedException} (or false); CBC and ECB with PKCS#7, not authenticated, throw only
 * {@link DecryptionFailedException} (streams also {@link IOException}), and what they decrypt
 * encrypts back to the same ciphertext, in arrays and streams alike; {@code Sm4Key.fromBytes} only
 * {@link CryptoFormatException}.
 */
class Sm4AeadFuzzTest {
  private static final Class<?> DFE = DecryptionFailedException.class;
  private static final byte[] IV = Hex.decode("000102030405060708090a0b0c0d0e0f");
  private static final byte[] NONCE = Hex.decode("0102030405060708090a0b0c");
  private static final Sm4Gcm GCM = Sm4Gcm.withKey(Fixtures.sm4Key());
  private static final Sm4Ccm CCM = Sm4Ccm.withKey(Fixtures.sm4Key());
  // Each caller-nonce mode over its own key object: the fixtures are made once, with one nonce.
  private static final Sm4GcmWithNonce GCM_NONCE = Sm4GcmWithNonce.withKey(Fixtures.sm4Key());
  private static final Sm4CcmWithNonce CCM_NONCE = Sm4CcmWithNonce.withKey(Fixtures.sm4Key());
  private static final HmacSm3 HMAC =
      HmacSm3.withKey(Fixtures.sm4Key().toBytes(InsecureSecretAccess.get()));
  private static final Sm4Cbc CBC = Sm4Cbc.withKey(Fixtures.sm4Key());
  private static final Sm4Ecb ECB = Sm4Ecb.withKey(Fixtures.sm4Key(), Padding.PKCS7);

  /** The valid ciphertext (or tag) of each authenticated mode, in the order of {@link #open}. */
  private static final byte[][] VALID = {
    Fixtures.hostile("sm4-gcm.bin"),
    Fixtures.hostile("sm4-ccm.bin"),
    GCM_NONCE.encrypt(NONCE, CONTENT, AAD),
    CCM_NONCE.encrypt(NONCE, CONTENT, AAD),
    HMAC.mac(CONTENT)
  };

  private static final String[] NAMES = {
    "Sm4Gcm", "Sm4Ccm", "Sm4GcmWithNonce", "Sm4CcmWithNonce", "HmacSm3"
  };

  @FuzzTest
  void authenticatedModesRefuseEveryChange(FuzzedDataProvider data) {
    int mode = data.consumeInt(0, VALID.length - 1);
    byte[] changed = Mutator.mutate(VALID[mode], data);
    byte[] plaintext = acceptedOrRefused(NAMES[mode], () -> open(mode, changed), DFE);
    check(
        (plaintext != null) == Arrays.equals(changed, VALID[mode]),
        NAMES[mode] + " accepts exactly the unchanged ciphertext");
    check(plaintext == null || Arrays.equals(plaintext, CONTENT), "and decrypts it to the content");
  }

  /** The plaintext, or null when an HMAC tag does not verify. */
  private static byte[] open(int mode, byte[] ciphertext) throws DecryptionFailedException {
    return switch (mode) {
      case 0 -> GCM.decrypt(ciphertext, AAD);
      case 1 -> CCM.decrypt(ciphertext, AAD);
      case 2 -> GCM_NONCE.decrypt(NONCE, ciphertext, AAD);
      case 3 -> CCM_NONCE.decrypt(NONCE, ciphertext, AAD);
      default -> HMAC.verify(CONTENT, ciphertext) ? CONTENT : null;
    };
  }

  /** First byte even: CBC, odd: ECB; the rest is the ciphertext. */
  @FuzzTest
  void unauthenticatedModes(byte[] input) {
    if (input.length == 0) {
      return;
    }
    boolean cbc = (input[0] & 1) == 0;
    byte[] ciphertext = Arrays.copyOfRange(input, 1, input.length);
    String name = cbc ? "Sm4Cbc" : "Sm4Ecb";
    byte[] array =
        acceptedOrRefused(
            name + ".decrypt",
            () -> cbc ? CBC.decrypt(IV, ciphertext) : ECB.decrypt(ciphertext),
            DFE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Long streamed =
        acceptedOrRefused(
            name + ".decrypt(InputStream)",
            () -> {
              ByteArrayInputStream in = new ByteArrayInputStream(ciphertext);
              return cbc ? CBC.decrypt(IV, in, out) : ECB.decrypt(in, out);
            },
            DFE,
            IOException.class);
    check((array != null) == (streamed != null), name + ": arrays and streams agree");
    if (array != null) {
      check(Arrays.equals(out.toByteArray(), array), name + ": the same plaintext from a stream");
      byte[] again = cbc ? CBC.encrypt(IV, array) : ECB.encrypt(array);
      check(Arrays.equals(again, ciphertext), name + ": the plaintext encrypts back unchanged");
    }
  }
}
