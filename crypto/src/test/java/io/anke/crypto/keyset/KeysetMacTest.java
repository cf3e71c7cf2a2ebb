package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** HMAC-SM3 keysets: tags under the primary key that name it, and survive rotation. */
class KeysetMacTest {
  static final Aead KEK = Sm4Gcm.withKey(Sm4Key.generate());
  static final byte[] RECORD =
      "{\"seq\":41,\"actor\":\"ops-7\",\"action\":\"export\"}".getBytes(StandardCharsets.UTF_8);

  /** Two keys, the second primary: tags of the first must still verify. */
  static final KeysetHandle ROTATED = KeysetHandle.generateNew(KeyType.HMAC_SM3).rotate();

  static KeysetHandle persist(KeysetHandle h) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    h.write(out, KEK);
    return KeysetHandle.read(new ByteArrayInputStream(out.toByteArray()), KEK);
  }

  /** The body of a cleartext export: the one route by which key bytes leave a keyset. */
  static byte[] cleartextBody(KeysetHandle h) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(h, out, InsecureSecretAccess.get());
    return KeysetCodec.unarmor(
        out.toByteArray(),
        KeysetCodec.CLEARTEXT_LABEL,
        CryptoMessage.LABEL_CLEARTEXT_KEYSET.text());
  }

  /** The bytes of key {@code id}, read back from the cleartext export. */
  static byte[] keyBytes(KeysetHandle h, int id) throws Exception {
    for (KeyEntry k :
        KeysetCodec.decode(cleartextBody(h), CryptoMessage.LABEL_CLEARTEXT_KEYSET.text()).keys()) {
      if (k.id() == id) {
        return k.macKey().toBytes();
      }
    }
    throw new AssertionError("no key " + KeyInfo.formatId(id));
  }

  static byte[] prefixOf(int id) {
    return ByteBuffer.allocate(5).put((byte) 1).putInt(id).array();
  }

  static void destroyed(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessageContaining("has been destroyed");
  }

  @Test
  void aMacIsTheKeyIdPrefixAndTheHmacSm3TagOfThePrimaryKey() throws Exception {
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    assertThat(ks.type()).isEqualTo(KeyType.HMAC_SM3);
    assertThat(ks.hasSecretKeys()).isTrue();
    int id = ks.primaryKeyId();
    KeysetMac mac = ks.mac();
    assertThat(mac.primaryKeyId()).isEqualTo(id);
    assertThat(mac.primaryPrefix()).isEqualTo(OutputPrefix.KEY_ID);

    byte[] key = keyBytes(ks, id);
    assertThat(key).hasSize(32);
    byte[] out = mac.computeMac(RECORD);
    assertThat(out).hasSize(5 + KeysetMac.TAG_LENGTH);
    assertThat(Arrays.copyOf(out, 5)).isEqualTo(prefixOf(id));
    assertThat(Arrays.copyOfRange(out, 5, out.length)).isEqualTo(HmacSm3.withKey(key).mac(RECORD));
    assertThat(ks.namesPrimaryKey(out)).isTrue();
    assertThat(mac.verifyMac(out, RECORD)).isTrue();

    // The range overload authenticates exactly the slice.
    byte[] framed = new byte[RECORD.length + 7];
    System.arraycopy(RECORD, 0, framed, 3, RECORD.length);
    assertThat(mac.computeMac(framed, 3, RECORD.length)).isEqualTo(out);
    assertThat(mac.verifyMac(out, framed, 3, RECORD.length)).isTrue();
    assertThat(mac.verifyMac(out, framed, 2, RECORD.length)).isFalse();
    assertThat(mac.computeMac(new byte[0])).hasSize(37);
    assertThatThrownBy(() -> mac.computeMac(RECORD, 1, RECORD.length))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> mac.verifyMac(out, RECORD, -1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> mac.verifyMac(null, RECORD)).isInstanceOf(NullPointerException.class);

    // Fresh keys are random: another keyset has another key.
    KeysetHandle other = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    assertThat(keyBytes(other, other.primaryKeyId())).isNotEqualTo(key);
    assertThat(other.mac().verifyMac(out, RECORD)).as("another keyset's key").isFalse();
  }

  @Test
  void aRawKeyWritesTheBareTagAsAnyHmacSm3Does() throws Exception {
    KeysetHandle raw = KeysetHandle.generateNew(KeyType.HMAC_SM3, OutputPrefix.RAW);
    KeysetMac mac = raw.mac();
    assertThat(mac.primaryPrefix()).isEqualTo(OutputPrefix.RAW);
    byte[] tag = mac.computeMac(RECORD);
    assertThat(tag)
        .hasSize(KeysetMac.TAG_LENGTH)
        .isEqualTo(HmacSm3.withKey(keyBytes(raw, raw.primaryKeyId())).mac(RECORD));
    assertThat(raw.namesPrimaryKey(tag)).isFalse();
    assertThat(mac.verifyMac(tag, RECORD)).isTrue();
    // Rotated to a prefixed primary, the raw tags still verify.
    KeysetHandle rotated = raw.rotate();
    assertThat(rotated.mac().primaryPrefix()).isEqualTo(OutputPrefix.KEY_ID);
    assertThat(rotated.mac().verifyMac(tag, RECORD)).isTrue();
    assertThat(rotated.mac().verifyMac(Arrays.copyOf(tag, 31), RECORD)).isFalse();
  }

  @Test
  void tagsOfEveryGenerationVerifyAfterRotationAndPromotion() throws Exception {
    KeysetHandle gen1 = persist(KeysetHandle.generateNew(KeyType.HMAC_SM3));
    int id1 = gen1.primaryKeyId();
    byte[] mac1 = gen1.mac().computeMac(RECORD);

    KeysetHandle gen2 = persist(gen1.rotate());
    int id2 = gen2.primaryKeyId();
    assertThat(id2).isNotEqualTo(id1);
    byte[] mac2 = gen2.mac().computeMac(RECORD);
    assertThat(Arrays.copyOf(mac2, 5)).isEqualTo(prefixOf(id2));
    assertThat(gen2.mac().verifyMac(mac1, RECORD)).isTrue();
    assertThat(gen2.mac().verifyMac(mac2, RECORD)).isTrue();
    // An older handle knows nothing of the new key: not valid, and nothing to blame.
    assertThat(gen1.mac().verifyMac(mac2, RECORD)).isFalse();

    // The two-step rotation: add, deploy, promote.
    KeysetHandle added = persist(gen2.addKey());
    int id3 = added.newestKeyId();
    assertThat(added.mac().primaryKeyId()).isEqualTo(id2);
    assertThat(added.mac().computeMac(RECORD)).isEqualTo(mac2); // HMAC is deterministic
    KeysetHandle gen3 = persist(added.promote(id3));
    KeysetMac mac = gen3.mac();
    assertThat(mac.primaryKeyId()).isEqualTo(id3);
    byte[] mac3 = mac.computeMac(RECORD);
    assertThat(List.of(mac1, mac2, mac3))
        .allSatisfy(m -> assertThat(mac.verifyMac(m, RECORD)).isTrue());
    assertThat(Arrays.copyOfRange(mac3, 5, 37))
        .isEqualTo(HmacSm3.withKey(keyBytes(gen3, id3)).mac(RECORD));
    // Promoting back to the old key makes it the MAC key again.
    assertThat(gen3.promote(id1).mac().computeMac(RECORD)).isEqualTo(mac1);
  }

  @Test
  void aTagUnderADisabledOrDestroyedKeyFailsByNameNotAsInvalid() throws Exception {
    KeysetHandle gen1 = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    int id1 = gen1.primaryKeyId();
    byte[] mac1 = gen1.mac().computeMac(RECORD);
    KeysetHandle gen2 = gen1.rotate();
    byte[] mac2 = gen2.mac().computeMac(RECORD);

    KeysetHandle disabled = persist(gen2.disable(id1));
    assertThatThrownBy(() -> disabled.mac().verifyMac(mac1, RECORD))
        .isInstanceOfSatisfying(
            KeyUnavailableException.class,
            e -> {
              assertThat(e.keyId()).isEqualTo(id1);
              assertThat(e.status()).isEqualTo(KeyStatus.DISABLED);
            })
        .hasMessageContaining(KeyInfo.formatId(id1) + " is disabled");
    // Named by a disabled key, even a wrong tag is refused as unavailable, as KeysetVerifier does.
    byte[] wrong = mac1.clone();
    wrong[20] ^= 1;
    assertThatThrownBy(() -> disabled.mac().verifyMac(wrong, RECORD))
        .isInstanceOf(KeyUnavailableException.class);
    assertThat(disabled.mac().verifyMac(mac2, RECORD)).isTrue();
    assertThat(disabled.enable(id1).mac().verifyMac(mac1, RECORD)).isTrue();

    KeysetHandle retired = persist(disabled.destroy(id1));
    assertThatThrownBy(() -> retired.mac().verifyMac(mac1, RECORD))
        .isInstanceOfSatisfying(
            KeyUnavailableException.class,
            e -> assertThat(e.status()).isEqualTo(KeyStatus.DESTROYED))
        .hasMessageContaining(KeyInfo.formatId(id1) + " was destroyed");
    assertThat(retired.mac().verifyMac(mac2, RECORD)).isTrue();
    // The material is gone from what the retired keyset writes, and was there before.
    byte[] key1 = keyBytes(gen2, id1);
    assertThat(KeysetRotationTest.indexOf(cleartextBody(gen2), key1)).isPositive();
    assertThat(KeysetRotationTest.indexOf(cleartextBody(retired), key1)).isNegative();

    // Deleted, the key is not known at all: the tag is just not valid.
    assertThat(retired.delete(id1).mac().verifyMac(mac1, RECORD)).isFalse();
  }

  @Test
  void tamperedTagsDataAndPrefixesAndWrongLengthsAreNotValid() throws Exception {
    KeysetMac mac = ROTATED.mac();
    byte[] out = mac.computeMac(RECORD);
    assertThat(mac.verifyMac(out, RECORD)).isTrue();

    byte[] data = RECORD.clone();
    data[9] ^= 0x20;
    assertThat(mac.verifyMac(out, data)).as("changed data").isFalse();
    assertThat(mac.verifyMac(out, Arrays.copyOf(RECORD, RECORD.length - 1))).isFalse();
    assertThat(mac.verifyMac(out, Arrays.copyOf(RECORD, RECORD.length + 1))).isFalse();

    byte[] tag = out.clone();
    tag[out.length - 1] ^= (byte) 0x80;
    assertThat(mac.verifyMac(tag, RECORD)).as("changed tag").isFalse();

    // The prefix names the other enabled key of the keyset: its tag differs.
    int older = ROTATED.keys().get(0).id();
    byte[] otherKey = out.clone();
    System.arraycopy(prefixOf(older), 0, otherKey, 0, 5);
    assertThat(mac.verifyMac(otherKey, RECORD)).as("prefix of the other key").isFalse();
    byte[] unknown = out.clone();
    unknown[4] ^= 1;
    assertThat(mac.verifyMac(unknown, RECORD)).as("prefix of no key").isFalse();
    byte[] marker = out.clone();
    marker[0] = 0;
    assertThat(mac.verifyMac(marker, RECORD)).as("no key-ID marker").isFalse();

    for (int length : new int[] {0, 1, 4, 5, 6, 32, 36, 38, 64}) {
      byte[] resized = Arrays.copyOf(out, length);
      assertThat(mac.verifyMac(resized, RECORD)).as("length %d", length).isFalse();
    }
    assertThat(mac.verifyMac(Arrays.copyOfRange(out, 5, 37), RECORD))
        .as("the bare tag of a key-ID key")
        .isFalse();
  }

  @Property(tries = 300)
  void everyMacVerifiesAndNoSingleBitFlipDoes(
      @ForAll @Size(max = 600) byte[] data, @ForAll @IntRange(min = 0, max = 37 * 8 - 1) int bit)
      throws Exception {
    KeysetMac mac = ROTATED.mac();
    byte[] out = mac.computeMac(data);
    assertThat(mac.verifyMac(out, data)).isTrue();
    byte[] flipped = out.clone();
    flipped[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThat(mac.verifyMac(flipped, data)).as("bit %d flipped", bit).isFalse();
    // The same for a bit of the tag itself, wherever the first flip landed.
    byte[] tagFlipped = out.clone();
    int tagBit = bit % (KeysetMac.TAG_LENGTH * 8);
    tagFlipped[5 + tagBit / 8] ^= (byte) (1 << (tagBit % 8));
    assertThat(mac.verifyMac(tagFlipped, data)).isFalse();
  }

  @Test
  void itRoundTripsUnderAKekAndHasNoPublicKeyset() throws Exception {
    byte[] before = ROTATED.mac().computeMac(RECORD);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ROTATED.write(file, KEK, "audit".getBytes(StandardCharsets.UTF_8));
    KeysetHandle back =
        KeysetHandle.read(
            new ByteArrayInputStream(file.toByteArray()),
            KEK,
            "audit".getBytes(StandardCharsets.UTF_8));
    assertThat(back.keys()).isEqualTo(ROTATED.keys());
    assertThat(back.keys()).extracting(KeyInfo::type).containsOnly(KeyType.HMAC_SM3);
    assertThat(back.keys()).extracting(KeyInfo::publicOnly).containsOnly(false);
    assertThat(back.mac().computeMac(RECORD)).isEqualTo(before);
    assertThat(back.mac().verifyMac(before, RECORD)).isTrue();
    assertThatThrownBy(
            () ->
                KeysetHandle.read(
                    new ByteArrayInputStream(file.toByteArray()),
                    Sm4Gcm.withKey(Sm4Key.generate()),
                    "audit".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DecryptionFailedException.class);
    // The cleartext export reads back too.
    ByteArrayOutputStream clear = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(ROTATED, clear, InsecureSecretAccess.get());
    KeysetHandle fromClear =
        CleartextKeysetHandle.read(
            new ByteArrayInputStream(clear.toByteArray()), InsecureSecretAccess.get());
    assertThat(fromClear.mac().computeMac(RECORD)).isEqualTo(before);

    // HMAC keys are secret through and through: there is no public keyset to hand out.
    assertThatThrownBy(ROTATED::publicKeysetHandle)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "this is a hmac-sm3 keyset: its keys are secret keys with no public half, so there is"
                + " no public keyset; only an sm2 keyset has one. Store it with write(out, kek)");
    assertThatThrownBy(() -> ROTATED.writePublic(new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no public keyset");
    // The same holds for sm4-gcm keysets, which used to be refused only as "not sm2".
    assertThatThrownBy(() -> KeysetHandle.generateNew(KeyType.SM4_GCM).publicKeysetHandle())
        .hasMessageContaining("this is a sm4-gcm keyset: its keys are secret keys");
  }

  @Test
  void theCodecRefusesMisfitHmacMaterial() throws Exception {
    // Single-key bodies: version, primary, count (7 bytes), then id 4, type 1, status 1, prefix 1,
    // created 8, material kind 1 (offset 22), length 2 (offset 23), material (offset 25).
    byte[] hmac = cleartextBody(KeysetHandle.generateNew(KeyType.HMAC_SM3));
    assertThat(hmac[11]).as("type").isEqualTo((byte) 3);
    assertThat(hmac[22]).as("material kind").isEqualTo((byte) 4);
    assertThat(hmac).hasSize(25 + 32);
    String lengthMessage = ": an HMAC-SM3 key must be 32 bytes of an hmac-sm3 key";

    assertThatThrownBy(() -> KeysetFileTest.readClear(withMaterialLength(hmac, 31)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageMatching("cleartext keyset: key 0x[0-9a-f]{8}" + lengthMessage);
    assertThatThrownBy(() -> KeysetFileTest.readClear(withMaterialLength(hmac, 33)))
        .hasMessageEndingWith(lengthMessage);
    assertThatThrownBy(() -> KeysetFileTest.readClear(withMaterialLength(hmac, 16)))
        .hasMessageEndingWith(lengthMessage);

    // HMAC material in a keyset of another type, and other material in an hmac-sm3 keyset.
    byte[] sm4Typed = hmac.clone();
    sm4Typed[11] = 1;
    assertThatThrownBy(() -> KeysetFileTest.readClear(sm4Typed))
        .hasMessageEndingWith(lengthMessage);
    byte[] sm4 = cleartextBody(KeysetHandle.generateNew(KeyType.SM4_GCM));
    sm4[22] = 4;
    assertThatThrownBy(() -> KeysetFileTest.readClear(sm4)).hasMessageEndingWith(lengthMessage);
    byte[] sm4Kind = hmac.clone();
    sm4Kind[22] = 1;
    assertThatThrownBy(() -> KeysetFileTest.readClear(sm4Kind))
        .hasMessageEndingWith(": an SM4 key must be 16 bytes of an sm4-gcm key");
    byte[] sm2Kind = hmac.clone();
    sm2Kind[22] = 2;
    assertThatThrownBy(() -> KeysetFileTest.readClear(sm2Kind))
        .hasMessageEndingWith(": an SM2 private key must be 32 bytes of an sm2 key");
    byte[] unknownKind = hmac.clone();
    unknownKind[22] = 5;
    assertThatThrownBy(() -> KeysetFileTest.readClear(unknownKind))
        .hasMessageEndingWith(": unknown type, status, output prefix or material code");
    byte[] unknownType = hmac.clone();
    unknownType[11] = 4;
    assertThatThrownBy(() -> KeysetFileTest.readClear(unknownType))
        .hasMessageEndingWith(": unknown type, status, output prefix or material code");

    // An sm4-gcm key and an hmac-sm3 key in one keyset, each well-formed on its own.
    byte[] sm4Key = cleartextBody(KeysetHandle.generateNew(KeyType.SM4_GCM));
    ByteBuffer mixed = ByteBuffer.allocate(hmac.length + sm4Key.length - 7);
    mixed.put(hmac, 0, 5).putShort((short) 2).put(hmac, 7, hmac.length - 7);
    mixed.put(sm4Key, 7, sm4Key.length - 7);
    assertThatThrownBy(() -> KeysetFileTest.readClear(mixed.array()))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("cleartext keyset: keys of different types (hmac-sm3 and sm4-gcm)");

    // The unchanged body reads, so the refusals above are the edits'.
    assertThat(KeysetFileTest.readClear(hmac).type()).isEqualTo(KeyType.HMAC_SM3);
  }

  /** {@code body} with the material of its single key cut or padded to {@code length} bytes. */
  static byte[] withMaterialLength(byte[] body, int length) {
    byte[] out = Arrays.copyOf(body, 25 + length);
    out[23] = (byte) (length >>> 8);
    out[24] = (byte) length;
    return out;
  }

  @Test
  void destroyingTheHandleEndsItsMacsButNotDerivedHandles() throws Exception {
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    KeysetHandle next = ks.rotate();
    KeysetMac mac = ks.mac();
    byte[] out = mac.computeMac(RECORD);
    byte[] foreign = KeysetHandle.generateNew(KeyType.HMAC_SM3).mac().computeMac(RECORD);

    ks.destroy();
    assertThat(ks.isDestroyed()).isTrue();
    destroyed(() -> mac.computeMac(RECORD));
    destroyed(() -> mac.computeMac(RECORD, 0, 3));
    destroyed(() -> mac.verifyMac(out, RECORD));
    // Even a tag that names no key of the keyset: "invalid" from a destroyed handle would mislead.
    destroyed(() -> mac.verifyMac(foreign, RECORD));
    destroyed(() -> mac.verifyMac(new byte[0], RECORD));
    destroyed(ks::mac);
    assertThat(mac.primaryKeyId()).as("metadata stays readable").isNotZero();
    // The rotated handle has its own copies of the keys.
    assertThat(next.mac().verifyMac(out, RECORD)).isTrue();
    assertThat(next.mac().computeMac(RECORD)).hasSize(37);
  }

  @Test
  void nothingDescribesTheKeyBytes() throws Exception {
    int id = ROTATED.primaryKeyId();
    String keyHex = Hex.encode(keyBytes(ROTATED, id));
    KeyEntry entry =
        KeysetCodec.decode(cleartextBody(ROTATED), CryptoMessage.VERBATIM.text("t")).keys().get(1);
    MacKey key = entry.macKey();
    List<String> descriptions =
        List.of(
            ROTATED.toString(),
            ROTATED.mac().toString(),
            ROTATED.key(id).toString(),
            entry.toString(),
            key.toString());
    for (String d : descriptions) {
      assertThat(d.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain(keyHex)
          .doesNotContain(keyHex.substring(0, 8));
    }
    assertThat(ROTATED.toString())
        .isEqualTo("KeysetHandle[hmac-sm3, primary " + KeyInfo.formatId(id) + ", 2 keys]");
    assertThat(ROTATED.mac().toString())
        .isEqualTo("KeysetMac[primary " + KeyInfo.formatId(id) + ", 2 keys]");
    assertThat(key.toString()).isEqualTo("MacKey[256 bits]");
    key.destroy();
    assertThat(key.toString()).isEqualTo("MacKey[256 bits, destroyed]");
  }

  @Test
  void typesArePairedWithTheirPrimitives() {
    assertThat(KeyType.parse("hmac-sm3")).isEqualTo(KeyType.HMAC_SM3);
    assertThat(KeyType.parse("HMAC-SM3")).isEqualTo(KeyType.HMAC_SM3);
    assertThat(KeyType.HMAC_SM3.cliName()).isEqualTo("hmac-sm3");
    assertThatThrownBy(() -> KeyType.parse("hmac-sha256"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown key type 'hmac-sha256'; expected one of sm4-gcm, sm2, hmac-sm3");

    KeysetHandle hmac = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    assertThatThrownBy(hmac::aead)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this is a hmac-sm3 keyset; the operation needs a sm4-gcm keyset");
    assertThatThrownBy(hmac::signer).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(hmac::verifier).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(hmac::primarySm2Key).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> hmac.addKey(Sm4Key.generate(), OutputPrefix.KEY_ID))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> KeysetHandle.generateNew(KeyType.SM4_GCM).mac())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this is a sm4-gcm keyset; the operation needs a hmac-sm3 keyset");
    assertThatThrownBy(() -> KeysetHandle.generateNew(KeyType.SM2).mac())
        .isInstanceOf(IllegalStateException.class);
    // addKey() on an hmac-sm3 keyset adds an hmac-sm3 key.
    KeysetHandle two = hmac.addKey(OutputPrefix.RAW);
    assertThat(two.key(two.newestKeyId()).type()).isEqualTo(KeyType.HMAC_SM3);
  }

  @Test
  void oneMacServesManyThreads() throws Exception {
    KeysetMac mac = ROTATED.mac();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    byte[] data =
                        ("thread " + thread + " record " + i).getBytes(StandardCharsets.UTF_8);
                    byte[] out = mac.computeMac(data);
                    if (!mac.verifyMac(out, data)
                        || !Arrays.equals(out, ROTATED.mac().computeMac(data))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
