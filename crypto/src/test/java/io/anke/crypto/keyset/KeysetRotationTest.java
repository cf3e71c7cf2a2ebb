package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.envelope.EnvelopeAead;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetRotationTest {
  static final Aead KEK = Sm4Gcm.withKey(Sm4Key.generate());
  static final byte[] AAD = "orders table, row 7".getBytes(StandardCharsets.UTF_8);

  /** Writes under the KEK and reads back, as a deployment would between rotation steps. */
  static KeysetHandle persist(KeysetHandle h) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    h.write(out, KEK);
    return KeysetHandle.read(new ByteArrayInputStream(out.toByteArray()), KEK);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void dataUnderThreeGenerationsStaysReadableAndRetiredKeysFailByName() throws Exception {
    Sm4Key firstKey = Sm4Key.generate();
    KeysetHandle gen1 = persist(KeysetHandle.importKey(firstKey, OutputPrefix.KEY_ID));
    int id1 = gen1.primaryKeyId();
    byte[] ct1 = gen1.aead().encrypt(utf8("written under generation 1"), AAD);

    KeysetHandle gen2 = persist(gen1.rotate());
    int id2 = gen2.primaryKeyId();
    byte[] ct2 = gen2.aead().encrypt(utf8("written under generation 2"), AAD);

    // The careful two-step rotation: distribute the key first, promote it later.
    KeysetHandle added = persist(gen2.addKey());
    int id3 = added.newestKeyId();
    assertThat(added.primaryKeyId()).isEqualTo(id2);
    KeysetHandle gen3 = persist(added.promote(id3));
    byte[] ct3 = gen3.aead().encrypt(utf8("written under generation 3"), AAD);

    assertThat(List.of(id1, id2, id3)).doesNotHaveDuplicates().doesNotContain(0);
    for (byte[] ct : List.of(ct1, ct2, ct3)) {
      assertThat(ct[0]).isEqualTo((byte) 1);
    }
    assertThat(Arrays.copyOfRange(ct1, 1, 5))
        .isEqualTo(
            new byte[] {(byte) (id1 >>> 24), (byte) (id1 >>> 16), (byte) (id1 >>> 8), (byte) id1});
    Aead all = gen3.aead();
    assertThat(all.decrypt(ct1, AAD)).isEqualTo(utf8("written under generation 1"));
    assertThat(all.decrypt(ct2, AAD)).isEqualTo(utf8("written under generation 2"));
    assertThat(all.decrypt(ct3, AAD)).isEqualTo(utf8("written under generation 3"));
    // An old handle cannot read data under keys it has never seen.
    assertThatThrownBy(() -> gen1.aead().decrypt(ct3, AAD))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("no key " + KeyInfo.formatId(id3) + " in this keyset");

    // Retire generation 1: disable (reversible) ...
    KeysetHandle disabled = persist(gen3.disable(id1));
    assertThat(disabled.key(id1).status()).isEqualTo(KeyStatus.DISABLED);
    assertThatThrownBy(() -> disabled.aead().decrypt(ct1, AAD))
        .isInstanceOfSatisfying(
            KeyUnavailableException.class,
            e -> {
              assertThat(e.keyId()).isEqualTo(id1);
              assertThat(e.status()).isEqualTo(KeyStatus.DISABLED);
            })
        .hasMessage(
            "decryption failed: key "
                + KeyInfo.formatId(id1)
                + " is disabled; enable it again to use data made with it");
    assertThat(persist(disabled.enable(id1)).aead().decrypt(ct1, AAD))
        .isEqualTo(utf8("written under generation 1"));

    // ... then destroy: the material is gone from the handle and from what it writes.
    KeysetHandle retired = persist(disabled.destroy(id1));
    assertThatThrownBy(() -> retired.aead().decrypt(ct1, AAD))
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessage(
            "decryption failed: key "
                + KeyInfo.formatId(id1)
                + " was destroyed; data made with it can no longer be read or verified");
    assertThat(retired.aead().decrypt(ct2, AAD)).isEqualTo(utf8("written under generation 2"));
    assertThat(retired.aead().decrypt(ct3, AAD)).isEqualTo(utf8("written under generation 3"));
    assertThat(retired.keys())
        .extracting(KeyInfo::status)
        .containsExactly(KeyStatus.DESTROYED, KeyStatus.ENABLED, KeyStatus.ENABLED);
    assertThat(retired.key(id3).primary()).isTrue();
    ByteArrayOutputStream clear = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(retired, clear, InsecureSecretAccess.get());
    byte[] body =
        Base64.getMimeDecoder()
            .decode(clear.toString(StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", ""));
    assertThat(indexOf(body, firstKey.toBytes(InsecureSecretAccess.get()))).isNegative();
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(gen3, before, InsecureSecretAccess.get());
    byte[] beforeBody =
        Base64.getMimeDecoder()
            .decode(before.toString(StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", ""));
    assertThat(indexOf(beforeBody, firstKey.toBytes(InsecureSecretAccess.get())))
        .isPositive(); // the check above can fail

    // Deleting removes even the name.
    KeysetHandle deleted = retired.delete(id1);
    assertThatThrownBy(() -> deleted.aead().decrypt(ct1, AAD))
        .hasMessageContaining("no key " + KeyInfo.formatId(id1));
  }

  @Test
  void signaturesSurviveRotationAndPublicKeysetsVerify() throws Exception {
    KeysetHandle gen1 = KeysetHandle.generateNew(KeyType.SM2);
    byte[] msg = utf8("release 1.0 manifest");
    byte[] sig1 = gen1.signer().sign(msg);
    KeysetHandle gen2 = gen1.rotate();
    byte[] sig2 = gen2.signer().sign(msg);
    assertThat(gen2.signer().keyId()).isEqualTo(gen2.primaryKeyId());

    ByteArrayOutputStream pub = new ByteArrayOutputStream();
    gen2.publicKeysetHandle().writePublic(pub);
    assertThat(pub.toString(StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN ANKE PUBLIC KEYSET-----");
    KeysetHandle verifiers = KeysetHandle.readPublic(new ByteArrayInputStream(pub.toByteArray()));
    assertThat(verifiers.hasSecretKeys()).isFalse();
    assertThat(verifiers.verifier().verify(msg, sig1)).isTrue();
    assertThat(verifiers.verifier().verify(msg, sig2)).isTrue();
    assertThat(verifiers.verifier().verify(utf8("release 1.1 manifest"), sig2)).isFalse();
    byte[] bad = sig2.clone();
    bad[bad.length - 3] ^= 1;
    assertThat(verifiers.verifier().verify(msg, bad)).isFalse();
    // Without the prefix the rest is a plain DER SM3withSM2 signature.
    assertThat(
            new Sm2Verifier(verifiers.publicKey(gen2.primaryKeyId()))
                .verify(msg, Arrays.copyOfRange(sig2, 5, sig2.length)))
        .isTrue();
    assertThatThrownBy(() -> verifiers.signer()).hasMessageContaining("public keyset");
    assertThatThrownBy(() -> gen2.writePublic(new ByteArrayOutputStream()))
        .hasMessageContaining("holds secret keys");

    KeysetHandle retired = gen2.disable(gen1.primaryKeyId()).destroy(gen1.primaryKeyId());
    assertThatThrownBy(() -> retired.verifier().verify(msg, sig1))
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessageContaining(KeyInfo.formatId(gen1.primaryKeyId()) + " was destroyed");
    assertThat(retired.publicKeysetHandle().verifier().verify(msg, sig2)).isTrue();
  }

  @Test
  void rawKeysInteroperateWithPlainPrimitives() throws Exception {
    Sm4Key partnerKey = Sm4Key.generate();
    KeysetHandle raw = KeysetHandle.importKey(partnerKey, OutputPrefix.RAW);
    byte[] ct = raw.aead().encrypt(utf8("to the partner"), AAD);
    assertThat(ct).hasSize(14 + Sm4Gcm.OVERHEAD);
    assertThat(Sm4Gcm.withKey(partnerKey).decrypt(ct, AAD)).isEqualTo(utf8("to the partner"));
    byte[] theirs = Sm4Gcm.withKey(partnerKey).encrypt(utf8("from the partner"), AAD);
    // Rotated to a prefixed key, the keyset still reads the partner's raw ciphertexts.
    KeysetHandle rotated = raw.rotate();
    assertThat(rotated.aead().decrypt(theirs, AAD)).isEqualTo(utf8("from the partner"));
    assertThat(rotated.aead().encrypt(new byte[0], null)[0]).isEqualTo((byte) 1);

    io.anke.crypto.sm2.Sm2PrivateKey sm2 = Sm2KeyPair.generate().privateKey();
    KeysetHandle rawSigner = KeysetHandle.importKey(sm2, OutputPrefix.RAW);
    byte[] sig = rawSigner.signer().sign(utf8("m"));
    assertThat(new Sm2Verifier(sm2.publicKey()).verify(utf8("m"), sig)).isTrue();
  }

  @Test
  void invalidRotationStepsAreRefusedWithReasons() {
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    int primary = ks.primaryKeyId();
    assertThatThrownBy(() -> ks.destroy(primary))
        .hasMessageContaining("it is the primary key; promote another key first");
    assertThatThrownBy(() -> ks.disable(primary)).hasMessageContaining("it is the primary key");
    assertThatThrownBy(() -> ks.delete(primary)).hasMessageContaining("it is the primary key");
    KeysetHandle two = ks.addKey();
    int other = two.newestKeyId();
    KeysetHandle disabled = two.disable(other);
    assertThatThrownBy(() -> disabled.promote(other))
        .hasMessageContaining("it is DISABLED; only an enabled key can be primary");
    KeysetHandle destroyed = disabled.destroy(other);
    assertThatThrownBy(() -> destroyed.enable(other)).hasMessageContaining("it is destroyed");
    assertThatThrownBy(() -> destroyed.disable(other)).hasMessageContaining("it is destroyed");
    assertThatThrownBy(() -> ks.promote(12345))
        .hasMessageContaining("no key 0x00003039 in this keyset");
    assertThatThrownBy(ks::signer)
        .hasMessageContaining("this is a sm4-gcm keyset; the operation needs a sm2 keyset");
    assertThatThrownBy(() -> KeysetHandle.generateNew(KeyType.SM2).aead())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> KeysetHandle.generateNew(KeyType.SM2).addKey(Sm4Key.generate(), OutputPrefix.RAW))
        .isInstanceOf(IllegalStateException.class);
    // The original handle is untouched by every step (immutability).
    assertThat(ks.keys()).hasSize(1);
    assertThat(two.key(other).status()).isEqualTo(KeyStatus.ENABLED);
    assertThat(ks.toString()).contains("sm4-gcm").doesNotContain("Sm4Key[");
  }

  @Test
  void anSm2KeyCanBeTheKeyEncryptionKey() throws Exception {
    Aead sm2Kek = EnvelopeAead.of(Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey()));
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.write(out, sm2Kek, utf8("payments"));
    KeysetHandle back =
        KeysetHandle.read(new ByteArrayInputStream(out.toByteArray()), sm2Kek, utf8("payments"));
    assertThat(back.keys()).isEqualTo(ks.keys());
    assertThatThrownBy(
            () ->
                KeysetHandle.read(
                    new ByteArrayInputStream(out.toByteArray()), sm2Kek, utf8("billing")))
        .isInstanceOf(DecryptionFailedException.class);
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void namesPrimaryKeyReadsTheKeyIdPrefixOnly() throws Exception {
    KeysetHandle gen1 = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] old = gen1.aead().encrypt(utf8("old"), AAD);
    KeysetHandle gen2 = gen1.rotate();
    byte[] current = gen2.aead().encrypt(utf8("current"), AAD);
    assertThat(gen1.namesPrimaryKey(old)).isTrue();
    assertThat(gen2.namesPrimaryKey(old)).isFalse();
    assertThat(gen2.namesPrimaryKey(current)).isTrue();
    // The prefix alone decides: it proves nothing about the rest.
    assertThat(gen2.namesPrimaryKey(Arrays.copyOf(current, 5))).isTrue();
    assertThat(gen2.namesPrimaryKey(Arrays.copyOf(current, 4))).isFalse();
    assertThat(gen2.namesPrimaryKey(new byte[0])).isFalse();
    // A RAW primary names no key.
    KeysetHandle raw = KeysetHandle.importKey(Sm4Key.generate(), OutputPrefix.RAW);
    assertThat(raw.namesPrimaryKey(raw.aead().encrypt(utf8("x"), AAD))).isFalse();
    assertThatThrownBy(() -> gen2.namesPrimaryKey(null)).isInstanceOf(NullPointerException.class);
  }
}
