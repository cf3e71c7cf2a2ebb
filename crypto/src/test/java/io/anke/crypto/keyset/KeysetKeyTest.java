package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Typed key material ({@link KeysetKey}) and the one codec that stores it ({@link KeysetCodec}):
 * every key type makes keys of its own type, every material kind reads back as what was written,
 * and each way a keyset file can be malformed fails with the error the codec documents.
 */
class KeysetKeyTest {
  private static final io.anke.crypto.Bilingual T =
      io.anke.crypto.internal.CryptoMessage.VERBATIM.text("t");

  static final SecureRandom RANDOM = new SecureRandom();
  static final byte[] DATA = "typed keys".getBytes(StandardCharsets.US_ASCII);

  // ---- generation: no key type falls through to another type's keys ----

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void everyKeyTypeMakesKeysOfItsOwnType(KeyType type) throws Exception {
    KeysetKey key = KeysetKey.generate(type, RANDOM);
    assertThat(key.type()).isEqualTo(type);
    assertThat(key.material().type()).isEqualTo(type);
    assertThat(key.isSecret()).isTrue();

    KeysetHandle ks = KeysetHandle.generateNew(type).addKey();
    assertThat(ks.type()).isEqualTo(type);
    assertThat(ks.keys()).extracting(KeyInfo::type).containsOnly(type);
    // The keyset's own primitive works with the fresh keys, and the other types' do not apply.
    switch (type) {
      case SM4_GCM ->
          assertThat(ks.aead().decrypt(ks.aead().encrypt(DATA, null), null)).isEqualTo(DATA);
      case SM2 -> assertThat(ks.verifier().verify(DATA, ks.signer().sign(DATA))).isTrue();
      case HMAC_SM3 -> assertThat(ks.mac().verifyMac(ks.mac().computeMac(DATA), DATA)).isTrue();
    }
    Set<KeyType> others = EnumSet.complementOf(EnumSet.of(type));
    for (KeyType other : others) {
      assertThatThrownBy(
              () -> {
                switch (other) {
                  case SM4_GCM -> ks.aead();
                  case SM2 -> ks.signer();
                  case HMAC_SM3 -> ks.mac();
                }
              })
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "this is a "
                  + type.cliName()
                  + " keyset; the operation needs a "
                  + other.cliName()
                  + " keyset");
    }
  }

  @Test
  void everyMaterialKindBelongsToOneKeyTypeAndEveryKeyTypeHasOne() {
    Set<KeyType> covered = EnumSet.noneOf(KeyType.class);
    for (KeysetCodec.Material m : KeysetCodec.Material.values()) {
      assertThat(KeysetCodec.Material.ofCode(m.code())).isSameAs(m);
      if (m == KeysetCodec.Material.NONE) {
        assertThat(m.type()).isNull();
      } else {
        covered.add(m.type());
      }
    }
    assertThat(covered).isEqualTo(EnumSet.allOf(KeyType.class));
    assertThat(KeysetCodec.Material.ofCode(5)).isNull();
  }

  @Test
  void anEntryRefusesMaterialOfAnotherKeyType() {
    KeysetKey sm4 = KeysetKey.generate(KeyType.SM4_GCM, RANDOM);
    assertThatThrownBy(
            () ->
                new KeyEntry(
                    0x0a0b0c0d, KeyType.SM2, KeyStatus.ENABLED, OutputPrefix.KEY_ID, 0, sm4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key 0x0a0b0c0d: sm4-gcm material in a sm2 key");
    KeyEntry entry =
        new KeyEntry(0x0a0b0c0d, KeyType.SM4_GCM, KeyStatus.ENABLED, OutputPrefix.KEY_ID, 0, sm4);
    assertThatThrownBy(entry::macKey)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("key 0x0a0b0c0d holds Sm4GcmKey, not HmacSm3Key");
  }

  // ---- the codec: one round trip per material kind ----

  static KeysetKey material(KeysetCodec.Material kind) {
    return switch (kind) {
      case NONE -> null;
      case SM4 -> new KeysetKey.Sm4GcmKey(Sm4Key.generate());
      case SM2_PRIVATE -> new KeysetKey.Sm2SigningKey(Sm2KeyPair.generate().privateKey());
      case SM2_PUBLIC -> new KeysetKey.Sm2VerifyingKey(Sm2KeyPair.generate().publicKey());
      case HMAC_SM3 -> new KeysetKey.HmacSm3Key(MacKey.generate(RANDOM));
    };
  }

  @ParameterizedTest
  @EnumSource(value = KeysetCodec.Material.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void everyMaterialKindReadsBackAsWritten(KeysetCodec.Material kind) {
    KeysetKey key = material(kind);
    KeyType type = kind.type();
    List<KeyEntry> keys =
        List.of(
            new KeyEntry(7, type, KeyStatus.ENABLED, OutputPrefix.KEY_ID, 1_700_000_000L, key),
            new KeyEntry(8, type, KeyStatus.DISABLED, OutputPrefix.RAW, 1_700_000_001L, key.copy()),
            new KeyEntry(9, type, KeyStatus.DESTROYED, OutputPrefix.KEY_ID, 1_700_000_002L, null));
    byte[] full = KeysetCodec.encode(7, keys, true);
    assertThat(full[7 + 4 + 1 + 1 + 1 + 8]).as("material code").isEqualTo((byte) kind.code());

    KeysetCodec.Decoded back = KeysetCodec.decode(full, T);

    assertThat(back.primaryId()).isEqualTo(7);
    assertThat(back.keys()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      KeyEntry was = keys.get(i);
      KeyEntry is = back.keys().get(i);
      assertThat(is.info(7)).isEqualTo(was.info(7));
      assertThat(KeysetCodec.Material.of(is.key())).isEqualTo(KeysetCodec.Material.of(was.key()));
      if (was.key() != null) {
        assertThat(is.key().getClass()).isEqualTo(was.key().getClass());
        assertThat(is.key().encoded()).hasSize(kind.length()).isEqualTo(was.key().encoded());
      }
    }
    assertThat(KeysetCodec.encode(7, back.keys(), true)).isEqualTo(full);
    assertThat(KeysetCodec.encode(7, back.keys(), false))
        .isEqualTo(KeysetCodec.encode(7, keys, false))
        .hasSize(full.length - 3 * 2 - 2 * kind.length());
  }

  @Test
  void copiesAreIndependentForSecretsAndSharedForPublicKeys() {
    for (KeysetCodec.Material kind : KeysetCodec.Material.values()) {
      KeysetKey key = material(kind);
      if (key == null) {
        continue;
      }
      KeysetKey copy = key.copy();
      assertThat(copy.encoded()).isEqualTo(key.encoded());
      key.destroy();
      if (key.isSecret()) {
        assertThat(copy).isNotSameAs(key);
        assertThat(copy.encoded()).hasSize(kind.length()); // still usable
      } else {
        assertThat(copy).isSameAs(key);
      }
    }
  }

  // ---- malformed headers of encrypted keysets ----

  /** An encrypted keyset file around {@code body}, armoured as the codec writes it. */
  static byte[] encryptedFile(byte[] body) {
    return KeysetCodec.armor(KeysetCodec.ENCRYPTED_LABEL, body).getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] encryptedBody(KeysetHandle ks) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ks.write(out, KeysetFileTest.KEK);
    return KeysetCodec.unarmor(out.toByteArray(), KeysetCodec.ENCRYPTED_LABEL, T);
  }

  static KeysetHandle readEncrypted(byte[] body) throws Exception {
    return KeysetHandle.read(new ByteArrayInputStream(encryptedFile(body)), KeysetFileTest.KEK);
  }

  @Test
  void malformedEncryptedHeadersFailAsDocumented() throws Exception {
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] body = encryptedBody(ks);
    assertThat(readEncrypted(body).keys()).isEqualTo(ks.keys()); // the unedited body reads

    assertThatThrownBy(() -> readEncrypted(Arrays.copyOf(body, 8)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("encrypted keyset: missing 'ANKS' magic; not an Anke keyset");
    byte[] magic = body.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> readEncrypted(magic))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("encrypted keyset: missing 'ANKS' magic; not an Anke keyset");
    byte[] version = body.clone();
    version[4] = 2;
    assertThatThrownBy(() -> readEncrypted(version))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("encrypted keyset: unknown file version 2, expected 1");
    for (int length : new int[] {-1, body.length}) {
      byte[] tooLong = body.clone();
      ByteBuffer.wrap(tooLong).putInt(5, length);
      assertThatThrownBy(() -> readEncrypted(tooLong))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessage("encrypted keyset: metadata length " + length + " exceeds the file");
    }
    // A changed header is authenticated: the KEK refuses it before anything is decoded.
    byte[] created = body.clone();
    created[9 + 7 + 4 + 3 + 7] ^= 1; // the creation time in the clear metadata
    assertThatThrownBy(() -> readEncrypted(created))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("encrypted keyset: wrong key-encryption key or associated data");
  }

  @Test
  void clearMetadataThatDoesNotDescribeTheKeysIsRefusedEvenWhenAuthenticated() throws Exception {
    // Whoever holds the KEK could write a header describing other keys; the reader compares.
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    KeysetHandle other = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] secret = other.writeCleartext();
    byte[] full = KeysetCodec.unarmor(secret, KeysetCodec.CLEARTEXT_LABEL, T);
    byte[] body = encryptedBody(ks);
    int headerLength = 9 + ByteBuffer.wrap(body).getInt(5);
    byte[] header = Arrays.copyOf(body, headerLength);
    byte[] context = "anke-keyset-v1".getBytes(StandardCharsets.US_ASCII);
    byte[] aad =
        ByteBuffer.allocate(context.length + 4 + header.length)
            .put(context)
            .putInt(header.length)
            .put(header)
            .array();
    byte[] ct = KeysetFileTest.KEK.encrypt(full, aad);
    byte[] forged = Arrays.copyOf(header, header.length + ct.length);
    System.arraycopy(ct, 0, forged, header.length, ct.length);

    assertThatThrownBy(() -> readEncrypted(forged))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("encrypted keyset: clear metadata does not match the keys");
  }

  // ---- malformed keyset bodies ----

  /**
   * A one-key sm4-gcm body: version, primary, count (offsets 0..6), then id (7), type (11), status
   * (12), prefix (13), created (14), material code (22), material length (23), material (25).
   */
  static byte[] oneKeyBody() throws Exception {
    return KeysetCodec.unarmor(
        KeysetHandle.generateNew(KeyType.SM4_GCM).writeCleartext(), KeysetCodec.CLEARTEXT_LABEL, T);
  }

  @Test
  void malformedBodiesFailAsDocumented() throws Exception {
    byte[] body = oneKeyBody();
    assertThat(body).hasSize(25 + 16);
    String id = KeyInfo.formatId(ByteBuffer.wrap(body).getInt(7));
    String key = "cleartext keyset: key " + id;

    byte[] none = body.clone();
    ByteBuffer.wrap(none).putShort(5, (short) 0);
    assertThatThrownBy(() -> KeysetFileTest.readClear(none))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("cleartext keyset: key count 0 outside 1..4096");
    byte[] many = body.clone();
    ByteBuffer.wrap(many).putShort(5, (short) 4097);
    assertThatThrownBy(() -> KeysetFileTest.readClear(many))
        .hasMessage("cleartext keyset: key count 4097 outside 1..4096");
    byte[] two = body.clone();
    ByteBuffer.wrap(two).putShort(5, (short) 2);
    assertThatThrownBy(() -> KeysetFileTest.readClear(two))
        .hasMessage("cleartext keyset: truncated keyset structure");
    assertThatThrownBy(() -> KeysetFileTest.readClear(Arrays.copyOf(body, 30)))
        .hasMessage("cleartext keyset: truncated keyset structure");

    byte[] zero = body.clone();
    ByteBuffer.wrap(zero).putInt(1, 0).putInt(7, 0);
    assertThatThrownBy(() -> KeysetFileTest.readClear(zero))
        .hasMessage("cleartext keyset: key 0x00000000: key IDs must be non-zero and unique");
    ByteBuffer twice = ByteBuffer.allocate(body.length * 2 - 7);
    twice.put(body, 0, 5).putShort((short) 2).put(body, 7, body.length - 7);
    twice.put(body, 7, body.length - 7);
    assertThatThrownBy(() -> KeysetFileTest.readClear(twice.array()))
        .hasMessage(key + ": key IDs must be non-zero and unique");

    byte[] status = body.clone();
    status[12] = 4;
    assertThatThrownBy(() -> KeysetFileTest.readClear(status))
        .hasMessage(key + ": unknown type, status, output prefix or material code");
    byte[] prefix = body.clone();
    prefix[13] = 0;
    assertThatThrownBy(() -> KeysetFileTest.readClear(prefix))
        .hasMessage(key + ": unknown type, status, output prefix or material code");

    byte[] destroyed = body.clone();
    destroyed[12] = 3;
    assertThatThrownBy(() -> KeysetFileTest.readClear(destroyed))
        .hasMessage(key + ": destroyed but still has key material");
    byte[] noMaterial = Arrays.copyOf(body, 25);
    noMaterial[22] = 0;
    noMaterial[23] = 0;
    noMaterial[24] = 0;
    assertThatThrownBy(() -> KeysetFileTest.readClear(noMaterial))
        .hasMessage(key + ": has no key material");
    byte[] noneWithBytes = body.clone();
    noneWithBytes[22] = 0;
    assertThatThrownBy(() -> KeysetFileTest.readClear(noneWithBytes))
        .hasMessage(key + ": material present for material kind 'none'");

    byte[] disabled = body.clone();
    disabled[12] = 2;
    assertThatThrownBy(() -> KeysetFileTest.readClear(disabled))
        .hasMessage("cleartext keyset: primary key " + id + " is DISABLED");
  }

  @Test
  void malformedSm2MaterialFailsAsDocumented() throws Exception {
    // One sm2 key with a public point that is not on the curve, in a public keyset.
    KeysetKey.Sm2VerifyingKey pub =
        new KeysetKey.Sm2VerifyingKey(Sm2KeyPair.generate().publicKey());
    byte[] body =
        KeysetCodec.encode(
            5,
            List.of(new KeyEntry(5, KeyType.SM2, KeyStatus.ENABLED, OutputPrefix.KEY_ID, 0, pub)),
            true);
    byte[] offCurve = body.clone();
    offCurve[body.length - 1] ^= 1;
    byte[] file =
        KeysetCodec.armor(KeysetCodec.PUBLIC_LABEL, offCurve).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> KeysetHandle.readPublic(new ByteArrayInputStream(file)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageStartingWith("public keyset: key 0x00000005: ");
    byte[] shortPoint = Arrays.copyOf(body, body.length - 1);
    shortPoint[24] = 64;
    assertThatThrownBy(() -> KeysetFileTest.readClear(shortPoint))
        .hasMessage("cleartext keyset: key 0x00000005: an SM2 public key must be a 65-byte point");

    // Public and private keys in one keyset, each well-formed on its own.
    KeyEntry secret =
        new KeyEntry(
            6,
            KeyType.SM2,
            KeyStatus.ENABLED,
            OutputPrefix.KEY_ID,
            0,
            KeysetKey.generate(KeyType.SM2, RANDOM));
    KeyEntry open = new KeyEntry(5, KeyType.SM2, KeyStatus.ENABLED, OutputPrefix.KEY_ID, 0, pub);
    byte[] mixed = KeysetCodec.encode(5, List.of(open, secret), true);
    assertThatThrownBy(() -> KeysetFileTest.readClear(mixed))
        .hasMessage("cleartext keyset: mixes public and private keys");

    // A secret keyset presented as a public one.
    byte[] secretOnly = KeysetCodec.encode(6, List.of(secret), true);
    byte[] asPublic =
        KeysetCodec.armor(KeysetCodec.PUBLIC_LABEL, secretOnly).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> KeysetHandle.readPublic(new ByteArrayInputStream(asPublic)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("public keyset: holds secret keys");
  }
}
