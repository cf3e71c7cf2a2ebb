package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What a handle refuses: every operation of a destroyed handle, operations of the wrong key type,
 * and secret-key operations of a public keyset, each with its own reason. Also that a key a caller
 * hands in stays the caller's.
 */
class KeysetHandleGuardsTest {
  static final byte[] DATA = "guards".getBytes(StandardCharsets.US_ASCII);

  static void wrongType(ThrowingCallable call, String have, String need) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this is a " + have + " keyset; the operation needs a " + need + " keyset");
  }

  static void publicCannot(ThrowingCallable call, String action) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot " + action + " with a public keyset");
  }

  @Test
  void aDestroyedHandleRefusesEveryOperationEvenWhereItsKeysHoldNoSecret() throws Exception {
    // A public keyset: destroying it wipes nothing, so only the handle's own check can refuse.
    KeysetHandle secret = KeysetHandle.generateNew(KeyType.SM2).addKey().addKey();
    int primary = secret.primaryKeyId();
    int second = secret.keys().get(1).id();
    int third = secret.newestKeyId();
    KeysetHandle pub = secret.disable(third).publicKeysetHandle();
    assertThat(pub.isDestroyed()).isFalse();
    // Before the destroy, each of these works.
    assertThat(pub.type()).isEqualTo(KeyType.SM2);
    assertThat(pub.namesPrimaryKey(DATA)).isFalse();
    assertThat(pub.enable(third).key(third).status()).isEqualTo(KeyStatus.ENABLED);
    assertThat(pub.promote(second).primaryKeyId()).isEqualTo(second);
    assertThat(pub.disable(second).key(second).status()).isEqualTo(KeyStatus.DISABLED);
    assertThat(pub.destroy(second).key(second).status()).isEqualTo(KeyStatus.DESTROYED);
    assertThat(pub.delete(second).keys()).hasSize(2);
    pub.writePublic(new ByteArrayOutputStream());

    pub.destroy();
    assertThat(pub.isDestroyed()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<ThrowingCallable> calls =
        List.of(
            pub::type,
            pub::primaryKeyId,
            pub::newestKeyId,
            pub::keys,
            () -> pub.key(primary),
            () -> pub.publicKey(primary),
            pub::hasSecretKeys,
            () -> pub.namesPrimaryKey(DATA),
            pub::addKey,
            () -> pub.addKey(Sm2KeyPair.generate().privateKey(), OutputPrefix.RAW),
            () -> pub.promote(second),
            () -> pub.enable(third),
            () -> pub.disable(second),
            () -> pub.destroy(second),
            () -> pub.delete(second),
            pub::verifier,
            pub::publicKeysetHandle,
            () -> pub.write(out, KeysetFileTest.KEK),
            () -> pub.writePublic(out),
            () -> CleartextKeysetHandle.write(pub, out, InsecureSecretAccess.get()));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(KeyDestroyedException.class)
          .hasMessageContaining("keyset handle has been destroyed");
    }
    assertThat(out.size()).as("nothing written").isZero();
    assertThat(pub.toString()).endsWith(", 3 keys, destroyed]");
  }

  @Test
  void operationsOfAnotherKeyTypeAreRefusedAsSuch() {
    KeysetHandle sm4 = KeysetHandle.generateNew(KeyType.SM4_GCM);
    int id = sm4.primaryKeyId();
    wrongType(() -> sm4.publicKey(id), "sm4-gcm", "sm2");
    wrongType(sm4::primarySm2Key, "sm4-gcm", "sm2");
    wrongType(sm4::verifier, "sm4-gcm", "sm2");
    wrongType(
        () -> sm4.addKey(Sm2KeyPair.generate().privateKey(), OutputPrefix.KEY_ID),
        "sm4-gcm",
        "sm2");
    wrongType(
        () ->
            KeysetHandle.generateNew(KeyType.HMAC_SM3).addKey(Sm4Key.generate(), OutputPrefix.RAW),
        "hmac-sm3",
        "sm4-gcm");
    assertThat(sm4.keys()).hasSize(1);
  }

  @Test
  void aPublicKeysetCannotSignOrTakePrivateKeys() {
    KeysetHandle pub = KeysetHandle.generateNew(KeyType.SM2).publicKeysetHandle();
    publicCannot(pub::addKey, "add a key");
    publicCannot(() -> pub.addKey(OutputPrefix.RAW), "add a key");
    publicCannot(
        () -> pub.addKey(Sm2KeyPair.generate().privateKey(), OutputPrefix.KEY_ID), "add a key");
    publicCannot(pub::primarySm2Key, "sign");
    publicCannot(pub::signer, "sign");
    assertThat(pub.keys()).hasSize(1);
    assertThat(pub.hasSecretKeys()).isFalse();
  }

  @Test
  void anAddedSm2KeyJoinsAsAnEnabledNonPrimaryKeyThatStillSignsAfterTheCallerDestroysIt()
      throws Exception {
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM2);
    Sm2KeyPair pair = Sm2KeyPair.generate();
    KeysetHandle two = ks.addKey(pair.privateKey(), OutputPrefix.RAW);
    int added = two.newestKeyId();
    assertThat(two.keys()).hasSize(2);
    assertThat(two.primaryKeyId()).isEqualTo(ks.primaryKeyId());
    KeyInfo info = two.key(added);
    assertThat(info.status()).isEqualTo(KeyStatus.ENABLED);
    assertThat(info.outputPrefix()).isEqualTo(OutputPrefix.RAW);
    assertThat(info.primary()).isFalse();
    assertThat(two.publicKey(added)).isEqualTo(pair.publicKey());

    pair.privateKey().destroy();
    byte[] sig = two.promote(added).signer().sign(DATA);
    assertThat(new Sm2Verifier(pair.publicKey()).verify(DATA, sig)).isTrue();
  }

  @Test
  void anSm4KeyHandedInStaysTheCallersWhenTheHandleIsDestroyed() throws Exception {
    Sm4Key mine = Sm4Key.generate();
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM).addKey(mine, OutputPrefix.RAW);
    byte[] ct = ks.promote(ks.newestKeyId()).aead().encrypt(DATA, null);
    ks.destroy();
    assertThat(mine.isDestroyed()).isFalse();
    assertThat(Sm4Gcm.withKey(mine).decrypt(ct, null)).isEqualTo(DATA);
  }

  @Test
  void aKeyRefusedByAFullKeysetStaysTheCallers() throws Exception {
    KeysetHandle full = KeysetLimitsTest.full();
    Sm4Key mine = Sm4Key.generate();
    assertThatThrownBy(() -> full.addKey(mine, OutputPrefix.RAW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a keyset holds at most 4096 keys");
    assertThat(mine.isDestroyed()).isFalse();
  }

  @Test
  void theDescriptionsOfThePrimitivesCountTheirKeysAndNameNoMaterial() throws Exception {
    KeysetHandle sm2 = KeysetHandle.generateNew(KeyType.SM2);
    KeysetHandle sm2Two = sm2.addKey(OutputPrefix.RAW).addKey(OutputPrefix.RAW);
    assertThat(sm2Two.verifier().toString()).isEqualTo("KeysetVerifier[3 keys]");
    assertThat(sm2Two.signer().toString())
        .isEqualTo("KeysetSigner[key " + KeyInfo.formatId(sm2.primaryKeyId()) + "]");
    KeysetHandle sm4 = KeysetHandle.generateNew(KeyType.SM4_GCM).addKey(OutputPrefix.RAW);
    assertThat(sm4.aead().toString()).isEqualTo("KeysetAead[2 keys]");
  }

  @Test
  void primitivesMadeBeforeDestroyStopAndHandlesDerivedBeforeKeepWorking() throws Exception {
    KeysetHandle sm4 = KeysetHandle.generateNew(KeyType.SM4_GCM).addKey();
    int second = sm4.newestKeyId();
    List<KeysetHandle> derived =
        List.of(
            sm4.promote(second),
            sm4.disable(second).enable(second),
            sm4.destroy(second),
            sm4.delete(second));
    io.anke.crypto.Aead aead = sm4.aead();
    byte[] ct = aead.encrypt(DATA, null);
    sm4.destroy();
    assertThatThrownBy(() -> aead.encrypt(DATA, null)).isInstanceOf(KeyDestroyedException.class);
    for (KeysetHandle h : derived) {
      assertThat(h.aead().decrypt(h.aead().encrypt(DATA, null), null)).isEqualTo(DATA);
    }
    assertThat(derived.get(1).aead().decrypt(ct, null)).isEqualTo(DATA);

    KeysetHandle sm2 = KeysetHandle.generateNew(KeyType.SM2);
    io.anke.crypto.provider.Sm2KeyHandle primary = sm2.primarySm2Key();
    assertThat(primary.publicKey()).isEqualTo(sm2.publicKey(sm2.primaryKeyId()));
    KeysetSigner signer = sm2.signer();
    KeysetHandle later = sm2.addKey();
    sm2.destroy();
    assertThatThrownBy(() -> signer.sign(DATA)).isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> primary.sign(DATA)).isInstanceOf(KeyDestroyedException.class);
    assertThat(later.verifier().verify(DATA, later.signer().sign(DATA))).isTrue();
  }

  @Test
  void anEntryIsDescribedByIdTypeAndStatusOnly() {
    KeyEntry e =
        new KeyEntry(
            0x1a2b3c4d,
            KeyType.HMAC_SM3,
            KeyStatus.DISABLED,
            OutputPrefix.RAW,
            0,
            KeysetKey.generate(KeyType.HMAC_SM3, KeysetKeyTest.RANDOM));
    assertThat(e.toString()).isEqualTo("KeyEntry[0x1a2b3c4d, HMAC_SM3, DISABLED]");
  }

  @Test
  void aCopiedMacKeyTagsAlikeAndOutlivesTheOriginal() {
    MacKey original = MacKey.generate(KeysetKeyTest.RANDOM);
    MacKey copy = original.copy();
    byte[] tag = original.tag(DATA, 0, DATA.length);
    assertThat(copy.tag(DATA, 0, DATA.length)).isEqualTo(tag);
    original.destroy();
    assertThat(copy.isDestroyed()).isFalse();
    assertThat(copy.verify(tag, DATA, 0, DATA.length)).isTrue();
  }

  @Test
  void theCleartextFileHandedToTheStreamIsWipedOnceWritten() throws Exception {
    // A stream that keeps the array it is given, as a buffering stream might.
    List<byte[]> handed = new java.util.ArrayList<>();
    java.io.OutputStream keeping =
        new java.io.OutputStream() {
          @Override
          public void write(int b) {
            throw new AssertionError("written whole, not byte by byte");
          }

          @Override
          public void write(byte[] b, int off, int len) {
            handed.add(b);
          }
        };
    CleartextKeysetHandle.write(
        KeysetHandle.generateNew(KeyType.SM4_GCM), keeping, InsecureSecretAccess.get());
    assertThat(handed).hasSize(1);
    assertThat(handed.get(0)).isNotEmpty().containsOnly(0);
  }

  @Test
  void aTamperedCiphertextUnderAKnownKeyFailsWithoutClaimingTheKeyIsMissing() throws Exception {
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] ct = ks.aead().encrypt(DATA, null);
    ct[ct.length - 1] ^= 1;
    assertThatThrownBy(() -> ks.aead().decrypt(ct, null))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage("decryption failed");
    // Bytes without a key-ID prefix name no key, not a key 0x00000000.
    for (byte[] unprefixed : new byte[][] {new byte[4], new byte[40]}) {
      assertThatThrownBy(() -> ks.aead().decrypt(unprefixed, null))
          .isInstanceOf(DecryptionFailedException.class)
          .hasMessage("decryption failed");
    }
    KeysetHandle other = KeysetHandle.generateNew(KeyType.SM4_GCM);
    assertThatThrownBy(() -> other.aead().decrypt(ct, null))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("no key " + KeyInfo.formatId(ks.primaryKeyId()) + " in this keyset");
  }
}
