package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.AAD;
import static io.anke.crypto.fuzz.Fixtures.CONTENT;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.CleartextKeysetHandle;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.KeysetVerifier;
import io.anke.crypto.sm4.Sm4Gcm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keyset files ({@code KeysetHandle.read}, {@code readPublic}, {@code CleartextKeysetHandle.read})
 * and what a keyset decrypts and verifies ({@code KeysetAead}, {@code KeysetVerifier}): only the
 * documented exceptions escape; an encrypted keyset, a keyset ciphertext and a keyset signature
 * refuse every changed byte; a clear keyset that is read is written and read back unchanged.
 */
class KeysetFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final Class<?> DFE = DecryptionFailedException.class;
  private static final Aead KEK = Sm4Gcm.withKey(Fixtures.sm4Key());
  private static final byte[] SM4_KEYSET_AAD = "hostile".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SM4_KEYSET = Fixtures.hostile("sm4.keyset");
  private static final byte[] SM2_KEYSET = Fixtures.hostile("sm2.keyset");
  private static final byte[] KEYSET_CIPHERTEXT = Fixtures.hostile("sm4-keyset-ciphertext.bin");
  private static final byte[] KEYSET_SIGNATURE = Fixtures.hostile("sm2-keyset-signature.bin");
  private static final Aead KEYSET_AEAD;
  private static final KeysetVerifier KEYSET_VERIFIER;

  static {
    try {
      KEYSET_AEAD = read(SM4_KEYSET, SM4_KEYSET_AAD).aead();
      KEYSET_VERIFIER = read(SM2_KEYSET, null).verifier();
    } catch (IOException | DecryptionFailedException e) {
      throw new IllegalStateException("the committed keysets no longer read", e);
    }
  }

  private static KeysetHandle read(byte[] file, byte[] aad)
      throws IOException, DecryptionFailedException {
    return KeysetHandle.read(new ByteArrayInputStream(file), KEK, aad);
  }

  @FuzzTest
  void encryptedKeysetRefusesEveryChange(FuzzedDataProvider data) {
    boolean sm4 = data.consumeBoolean();
    byte[] valid = sm4 ? SM4_KEYSET : SM2_KEYSET;
    byte[] changed = Mutator.mutate(valid, data);
    KeysetHandle read =
        acceptedOrRefused(
            "KeysetHandle.read",
            () -> read(changed, sm4 ? SM4_KEYSET_AAD : null),
            CFE,
            DFE,
            IOException.class);
    check(
        (read != null) == Arrays.equals(changed, valid),
        "an encrypted keyset reads exactly when unchanged");
  }

  /** The bytes as an encrypted, a public and a cleartext keyset file. */
  @FuzzTest
  @DictionaryEntries({
    "-----BEGIN ANKE ",
    "-----END ANKE ",
    "ENCRYPTED KEYSET-----",
    "PUBLIC KEYSET-----",
    "CLEARTEXT KEYSET-----"
  })
  void keysetFiles(byte[] input) throws IOException {
    acceptedOrRefused("KeysetHandle.read", () -> read(input, null), CFE, DFE, IOException.class);
    publicKeyset(input);
    cleartextKeyset(input);
  }

  private static void publicKeyset(byte[] input) throws IOException {
    KeysetHandle keyset =
        acceptedOrRefused(
            "KeysetHandle.readPublic",
            () -> KeysetHandle.readPublic(new ByteArrayInputStream(input)),
            CFE,
            IOException.class);
    if (keyset == null) {
      return;
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    keyset.writePublic(written);
    KeysetHandle again = KeysetHandle.readPublic(new ByteArrayInputStream(written.toByteArray()));
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    again.writePublic(rewritten);
    check(sameKeys(keyset, again), "a public keyset reads back with the same keys");
    check(
        Arrays.equals(written.toByteArray(), rewritten.toByteArray()),
        "a public keyset is written the same way again");
  }

  private static void cleartextKeyset(byte[] input) throws IOException {
    InsecureSecretAccess access = InsecureSecretAccess.get();
    KeysetHandle keyset =
        acceptedOrRefused(
            "CleartextKeysetHandle.read",
            () -> CleartextKeysetHandle.read(new ByteArrayInputStream(input), access),
            CFE,
            IOException.class);
    if (keyset == null) {
      return;
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(keyset, written, access);
    KeysetHandle again =
        CleartextKeysetHandle.read(new ByteArrayInputStream(written.toByteArray()), access);
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(again, rewritten, access);
    check(sameKeys(keyset, again), "a cleartext keyset reads back with the same keys");
    check(
        Arrays.equals(written.toByteArray(), rewritten.toByteArray()),
        "a cleartext keyset is written the same way again");
  }

  @FuzzTest
  void keysetPrimitivesRefuseEveryChange(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      byte[] changed = Mutator.mutate(KEYSET_CIPHERTEXT, data);
      byte[] plaintext =
          acceptedOrRefused("KeysetAead.decrypt", () -> KEYSET_AEAD.decrypt(changed, AAD), DFE);
      check(
          (plaintext != null) == Arrays.equals(changed, KEYSET_CIPHERTEXT),
          "a keyset ciphertext decrypts exactly when unchanged");
    } else {
      byte[] changed = Mutator.mutate(KEYSET_SIGNATURE, data);
      Boolean verified =
          acceptedOrRefused(
              "KeysetVerifier.verify",
              () -> KEYSET_VERIFIER.verify(CONTENT, changed),
              KeyUnavailableException.class);
      check(
          Boolean.TRUE.equals(verified) == Arrays.equals(changed, KEYSET_SIGNATURE),
          "a keyset signature verifies exactly when unchanged");
    }
  }

  private static boolean sameKeys(KeysetHandle a, KeysetHandle b) {
    return a.type() == b.type()
        && a.primaryKeyId() == b.primaryKeyId()
        && a.keys().equals(b.keys());
  }
}
