package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Aead;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The keyset file format (version 1) stays byte-for-byte what it was: the files under {@code
 * io/anke/crypto/keyset/format-v1/} were written by the library before its key material became
 * typed, one set per key type, each keyset with four keys (primary enabled with the key-ID prefix,
 * enabled {@link OutputPrefix#RAW}, disabled, destroyed). They must read, mean the same keys, and
 * write back to the same bytes. Written under the KEK {@value #KEK_HEX} with the associated data
 * {@code format-v1}; {@code TYPE-primary.bin} and {@code TYPE-raw.bin} are outputs of the primary
 * and the RAW key over {@link #DATA} (SM4-GCM ciphertexts with {@code format-v1} as associated
 * data, SM3withSM2 signatures, HMAC-SM3 tags).
 */
class KeysetFormatV1Test {
  static final String KEK_HEX = "00112233445566778899aabbccddeeff";
  static final Aead KEK = Sm4Gcm.withKey(Sm4Key.fromBytes(Hex.decode(KEK_HEX)));
  static final byte[] AAD = "format-v1".getBytes(StandardCharsets.US_ASCII);
  static final byte[] DATA = "keyset format v1 / 密钥集格式".getBytes(StandardCharsets.UTF_8);

  static byte[] fixture(String name) {
    try (InputStream in = KeysetFormatV1Test.class.getResourceAsStream("format-v1/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture format-v1/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static KeysetHandle readClear(KeyType type) throws IOException {
    return CleartextKeysetHandle.read(
        new ByteArrayInputStream(fixture(type.cliName() + "-cleartext.keyset")),
        InsecureSecretAccess.get());
  }

  static byte[] writeClear(KeysetHandle ks) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(ks, out, InsecureSecretAccess.get());
    return out.toByteArray();
  }

  static byte[] armourBody(byte[] file) {
    String s = new String(file, StandardCharsets.US_ASCII);
    return Base64.getMimeDecoder().decode(s.substring(s.indexOf('\n') + 1, s.indexOf("-----END")));
  }

  /** The clear header of an encrypted keyset body: magic, version, metadata length, metadata. */
  static byte[] encryptedHeader(byte[] file) {
    byte[] body = armourBody(file);
    int metadataLength = ByteBuffer.wrap(body, 5, 4).getInt();
    return Arrays.copyOf(body, 9 + metadataLength);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void aCleartextKeysetReadsAsTheSameKeysAndWritesBackByteForByte(KeyType type) throws Exception {
    KeysetHandle ks = readClear(type);

    assertThat(ks.type()).isEqualTo(type);
    assertThat(ks.keys()).hasSize(4).extracting(KeyInfo::type).containsOnly(type);
    assertThat(ks.keys())
        .extracting(KeyInfo::status)
        .containsExactly(
            KeyStatus.ENABLED, KeyStatus.ENABLED, KeyStatus.DISABLED, KeyStatus.DESTROYED);
    assertThat(ks.keys())
        .extracting(KeyInfo::outputPrefix)
        .containsExactly(
            OutputPrefix.KEY_ID, OutputPrefix.RAW, OutputPrefix.KEY_ID, OutputPrefix.KEY_ID);
    assertThat(ks.keys()).extracting(KeyInfo::primary).containsExactly(true, false, false, false);
    assertThat(ks.keys()).extracting(KeyInfo::publicOnly).containsOnly(false);
    assertThat(ks.hasSecretKeys()).isTrue();
    assertThat(writeClear(ks)).isEqualTo(fixture(type.cliName() + "-cleartext.keyset"));
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void anEncryptedKeysetReadsAsItsCleartextTwinAndKeepsItsHeader(KeyType type) throws Exception {
    byte[] file = fixture(type.cliName() + ".keyset");
    KeysetHandle ks = KeysetHandle.read(new ByteArrayInputStream(file), KEK, AAD);

    assertThat(writeClear(ks)).isEqualTo(fixture(type.cliName() + "-cleartext.keyset"));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ks.write(again, KEK, AAD);
    // The ciphertext differs (fresh nonce); the authenticated clear header must not.
    assertThat(encryptedHeader(again.toByteArray())).isEqualTo(encryptedHeader(file));
    assertThat(
            writeClear(KeysetHandle.read(new ByteArrayInputStream(again.toByteArray()), KEK, AAD)))
        .isEqualTo(fixture(type.cliName() + "-cleartext.keyset"));
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void theKeysStillOpenWhatTheyMade(KeyType type) throws Exception {
    KeysetHandle ks = readClear(type);
    byte[] primary = fixture(type.cliName() + "-primary.bin");
    byte[] raw = fixture(type.cliName() + "-raw.bin");
    assertThat(KeyRouter.prefixedId(primary)).isEqualTo(ks.primaryKeyId());
    switch (type) {
      case SM4_GCM -> {
        assertThat(ks.aead().decrypt(primary, AAD)).isEqualTo(DATA);
        assertThat(ks.aead().decrypt(raw, AAD)).isEqualTo(DATA);
      }
      case SM2 -> {
        assertThat(ks.verifier().verify(DATA, primary)).isTrue();
        assertThat(ks.verifier().verify(DATA, raw)).isTrue();
      }
      case HMAC_SM3 -> {
        // HMAC is deterministic: the same key makes the same tag.
        assertThat(ks.mac().computeMac(DATA)).isEqualTo(primary);
        assertThat(ks.promote(ks.keys().get(1).id()).mac().computeMac(DATA)).isEqualTo(raw);
      }
    }
  }

  @Test
  void aPublicKeysetReadsAndWritesBackByteForByteAndMatchesItsPrivateKeyset() throws Exception {
    byte[] file = fixture("sm2-public.keyset");
    KeysetHandle pub = KeysetHandle.readPublic(new ByteArrayInputStream(file));

    assertThat(pub.hasSecretKeys()).isFalse();
    // A destroyed key has no material left to be public or private.
    assertThat(pub.keys()).extracting(KeyInfo::publicOnly).containsExactly(true, true, true, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pub.writePublic(out);
    assertThat(out.toByteArray()).isEqualTo(file);
    ByteArrayOutputStream derived = new ByteArrayOutputStream();
    readClear(KeyType.SM2).publicKeysetHandle().writePublic(derived);
    assertThat(derived.toByteArray()).isEqualTo(file);
    assertThat(pub.verifier().verify(DATA, fixture("sm2-primary.bin"))).isTrue();
    assertThat(pub.verifier().verify(DATA, fixture("sm2-raw.bin"))).isTrue();
  }
}
