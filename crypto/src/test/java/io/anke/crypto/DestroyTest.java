package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.envelope.EnvelopeDecrypter;
import io.anke.crypto.envelope.EnvelopeEncrypter;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.field.IndexNormalizer;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.KeysetSigner;
import io.anke.crypto.keyset.KeysetVerifier;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.SdfKeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2KeyExchange;
import io.anke.crypto.sm2.Sm2KeyExchangeResult;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm4.Sm4Ccm;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4CcmWithNonce;
import io.anke.crypto.sm4.interop.Sm4Ctr;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import io.anke.crypto.streaming.Sm4GcmStreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.security.auth.Destroyable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The destroy contract (docs/crypto.md, "Destroying keys"): every object that holds secret key
 * material is {@link Destroyable}; {@code destroy()} wipes it, and every later use, of the object
 * or of a primitive built on it, fails with {@link KeyDestroyedException}.
 */
class DestroyTest {
  static final byte[] DATA = "residual information".getBytes(StandardCharsets.UTF_8);
  static final byte[] IV = new byte[16];
  static final byte[] NONCE = new byte[12];

  static void destroyed(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(KeyDestroyedException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has been destroyed");
  }

  @Test
  void anSm4KeyAndEveryPrimitiveBuiltOnIt() throws Exception {
    Sm4Key key = Sm4Key.generate();
    Sm4Gcm gcm = Sm4Gcm.withKey(key);
    Sm4Ccm ccm = Sm4Ccm.withKey(key);
    Sm4GcmWithNonce gcmN = Sm4GcmWithNonce.withKey(key);
    Sm4CcmWithNonce ccmN = Sm4CcmWithNonce.withKey(key);
    Sm4Cbc cbc = Sm4Cbc.withKey(key);
    Sm4Ctr ctr = Sm4Ctr.withKey(key);
    Sm4Ecb ecb = Sm4Ecb.withKey(key, Padding.PKCS7);
    Sm4GcmStreamingAead streaming = Sm4GcmStreamingAead.create(key);
    byte[] ct = gcm.encrypt(DATA, null);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream open = streaming.newEncryptingStream(sink, null);
    open.write(new byte[100]);

    assertThat(key.isDestroyed()).isFalse();
    key.destroy();
    key.destroy(); // idempotent
    assertThat(key.isDestroyed()).isTrue();
    assertThat(key.toString()).contains("destroyed");

    destroyed(() -> key.toBytes(InsecureSecretAccess.get()));
    destroyed(() -> gcm.encrypt(DATA, null));
    destroyed(() -> gcm.decrypt(ct, null));
    destroyed(() -> ccm.encrypt(DATA, null));
    destroyed(() -> gcmN.encrypt(NONCE, DATA, null));
    destroyed(() -> ccmN.decrypt(NONCE, new byte[32], null));
    destroyed(() -> cbc.encrypt(IV, DATA));
    destroyed(() -> cbc.decrypt(IV, new ByteArrayInputStream(new byte[16]), sink));
    destroyed(() -> ctr.encrypt(IV, DATA));
    destroyed(() -> ctr.decrypt(IV, DATA));
    destroyed(() -> ecb.encrypt(DATA));
    destroyed(() -> streaming.newDecryptingStream(new ByteArrayInputStream(new byte[0]), null));
    // An open stream fails at its next segment.
    destroyed(
        () -> {
          open.write(new byte[1 << 17]);
          open.close();
        });
    destroyed(() -> Sm4Gcm.withKey(key));
    destroyed(() -> KeysetHandle.importKey(key, OutputPrefix.RAW));
  }

  @Test
  void anSm2PrivateKeyAndEverythingThatSignsOrDecryptsWithIt() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2PrivateKey key = pair.privateKey();
    Sm2Signer signer = new Sm2Signer(key);
    Sm2Decrypter decrypter = new Sm2Decrypter(key);
    Sm2KeyHandle handle = Sm2KeyHandle.of(key);
    byte[] c = new Sm2Encrypter(pair.publicKey()).encrypt(DATA);
    byte[] envelope = new EnvelopeEncrypter(pair.publicKey()).encrypt(DATA, null);
    byte[] sig = signer.sign(DATA);

    pair.destroy();
    assertThat(key.isDestroyed()).isTrue();
    assertThat(pair.isDestroyed()).isTrue();

    destroyed(() -> key.exportRaw(InsecureSecretAccess.get()));
    destroyed(() -> key.exportHex(InsecureSecretAccess.get()));
    destroyed(() -> key.exportPkcs8Der(InsecureSecretAccess.get()));
    destroyed(() -> key.exportSec1Pem(InsecureSecretAccess.get()));
    destroyed(() -> signer.sign(DATA));
    destroyed(() -> signer.signDigest(new byte[32]));
    destroyed(() -> decrypter.decrypt(c));
    destroyed(() -> handle.signDigest(new byte[32]));
    destroyed(() -> handle.decrypt(c));
    destroyed(() -> new EnvelopeDecrypter(handle).decrypt(envelope, null));
    destroyed(() -> new Sm2Signer(key));
    destroyed(() -> Sm2KeyExchange.initiator(key, "a"));
    // Nothing secret: the public half keeps working.
    assertThat(key.publicKey()).isEqualTo(pair.publicKey());
    assertThat(new Sm2Verifier(key.publicKey()).verify(DATA, sig)).isTrue();
    assertThat(key.toString()).contains(pair.publicKey().toHex());
  }

  @Test
  void aKeyExchangeDestroysItsEphemeralKeyAndItsResultCanBeDestroyed() {
    Sm2KeyPair alice = Sm2KeyPair.generate();
    Sm2KeyPair bob = Sm2KeyPair.generate();
    Sm2KeyExchange a = Sm2KeyExchange.initiator(alice.privateKey(), "alice");
    Sm2KeyExchange b = Sm2KeyExchange.responder(bob.privateKey(), "bob");
    Sm2KeyExchangeResult atB = b.agree(16, alice.publicKey(), "alice", a.ephemeralPublicKey());
    assertThat(b.isDestroyed()).as("forward secrecy: ephemeral gone after agree").isTrue();
    assertThat(bob.privateKey().isDestroyed()).as("the static key is the caller's").isFalse();

    a.destroy(); // abandoned before agreeing
    destroyed(() -> a.agree(16, bob.publicKey(), "bob", b.ephemeralPublicKey()));

    byte[] sb = atB.confirmation();
    atB.destroy();
    assertThat(atB.isDestroyed()).isTrue();
    destroyed(atB::key);
    destroyed(atB::confirmation);
    destroyed(() -> atB.verifyPeerConfirmation(sb));
  }

  @Test
  void anHmacKeyAndItsOpenSessions() {
    HmacSm3 mac = HmacSm3.withKey(new byte[32]);
    HmacSm3.Session session = mac.newSession().update(DATA);
    byte[] tag = mac.mac(DATA);
    mac.destroy();
    assertThat(mac.isDestroyed()).isTrue();
    destroyed(() -> mac.mac(DATA));
    destroyed(() -> mac.verify(DATA, tag));
    destroyed(mac::newSession);
    destroyed(() -> session.update(DATA));
    destroyed(session::mac);
  }

  @Test
  void aBlindIndexAndAFieldEncryptorOverADestroyedKeyset() throws Exception {
    BlindIndex idx = BlindIndex.forColumn(new byte[32], "t.c", IndexNormalizer.EXACT);
    idx.destroy();
    assertThat(idx.isDestroyed()).isTrue();
    destroyed(() -> idx.compute("v"));
    // A field encryptor holds no key of its own: destroying its keyset handle ends it.
    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM4_GCM);
    FieldEncryptor fields = FieldEncryptor.create(keyset);
    String ct = fields.encryptString("v", "f", "1");
    keyset.destroy();
    destroyed(() -> fields.encryptString("v", "f", "1"));
    destroyed(() -> fields.decryptString(ct, "f", "1"));
  }

  @Test
  void aStreamingAeadMadeFromKeyBytesWipesItsOwnCopy() throws Exception {
    Sm4GcmStreamingAead streaming =
        Sm4GcmStreamingAead.create(Sm4Key.generate().toBytes(InsecureSecretAccess.get()), 64);
    ByteArrayOutputStream ct = new ByteArrayOutputStream();
    streaming.encrypt(new ByteArrayInputStream(DATA), ct, null);
    OutputStream open = streaming.newEncryptingStream(new ByteArrayOutputStream(), null);
    open.write(new byte[64]);

    assertThat(streaming.isDestroyed()).isFalse();
    streaming.destroy();
    streaming.destroy(); // idempotent
    assertThat(streaming.isDestroyed()).isTrue();
    assertThat(streaming.toString()).contains("destroyed");
    destroyed(() -> streaming.newEncryptingStream(new ByteArrayOutputStream(), null));
    destroyed(
        () -> streaming.newDecryptingStream(new ByteArrayInputStream(ct.toByteArray()), null));
    destroyed(
        () ->
            streaming.decrypt(
                new ByteArrayInputStream(ct.toByteArray()), new ByteArrayOutputStream(), null));
    // An open stream fails at its next segment.
    destroyed(
        () -> {
          open.write(new byte[65]);
          open.close();
        });
  }

  @Test
  void aStreamingAeadMadeFromAnSm4KeyEndsItsOwnUseButLeavesTheKeyToItsOwner() throws Exception {
    Sm4Key key = Sm4Key.generate();
    Sm4GcmStreamingAead streaming = Sm4GcmStreamingAead.create(key);
    Sm4GcmStreamingAead other = Sm4GcmStreamingAead.create(key);
    ByteArrayOutputStream ct = new ByteArrayOutputStream();
    streaming.encrypt(new ByteArrayInputStream(DATA), ct, null);

    streaming.destroy();
    assertThat(streaming.isDestroyed()).isTrue();
    destroyed(
        () -> streaming.newDecryptingStream(new ByteArrayInputStream(ct.toByteArray()), null));
    assertThat(key.isDestroyed()).as("the caller's key").isFalse();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    other.decrypt(new ByteArrayInputStream(ct.toByteArray()), plain, null);
    assertThat(plain.toByteArray()).isEqualTo(DATA);

    key.destroy();
    assertThat(other.isDestroyed()).as("destroying the key ends every instance on it").isTrue();
  }

  @Test
  void anHmacSessionCanBeDestroyedOnItsOwn() {
    HmacSm3 mac = HmacSm3.withKey(new byte[32]);
    HmacSm3.Session session = mac.newSession().update(DATA);
    assertThat(session.isDestroyed()).isFalse();
    session.destroy();
    session.destroy(); // idempotent
    assertThat(session.isDestroyed()).isTrue();
    destroyed(() -> session.update(DATA));
    destroyed(session::mac);
    destroyed(() -> session.verify(new byte[32]));
    // The key and new sessions are unaffected.
    assertThat(mac.isDestroyed()).isFalse();
    assertThat(mac.newSession().update(DATA).mac()).isEqualTo(mac.mac(DATA));

    HmacSm3.Session open = mac.newSession();
    mac.destroy();
    assertThat(open.isDestroyed()).as("the key's destruction reaches open sessions").isTrue();
  }

  @Test
  void aKeysetHandleOwnsItsMaterialApartFromOtherHandles() throws Exception {
    Sm4Key imported = Sm4Key.generate();
    KeysetHandle ks = KeysetHandle.importKey(imported, OutputPrefix.KEY_ID);
    KeysetHandle next = ks.rotate();
    Aead aead = ks.aead();
    byte[] ct = aead.encrypt(DATA, null);

    ks.destroy();
    assertThat(ks.isDestroyed()).isTrue();
    destroyed(() -> aead.encrypt(DATA, null));
    destroyed(() -> aead.decrypt(ct, null));
    destroyed(ks::aead);
    destroyed(ks::keys);
    destroyed(ks::rotate);
    destroyed(() -> ks.write(new ByteArrayOutputStream(), Sm4Gcm.withKey(Sm4Key.generate())));
    assertThat(ks.toString()).contains("destroyed");
    // The derived handle and the imported key are separate copies, still usable.
    assertThat(next.aead().decrypt(ct, null)).isEqualTo(DATA);
    assertThat(imported.toBytes(InsecureSecretAccess.get())).hasSize(16);

    KeysetHandle signing = KeysetHandle.generateNew(KeyType.SM2);
    KeysetSigner signer = signing.signer();
    KeysetVerifier verifier = signing.verifier();
    byte[] sig = signer.sign(DATA);
    signing.destroy();
    destroyed(() -> signer.sign(DATA));
    assertThat(verifier.verify(DATA, sig)).as("public keys only").isTrue();
  }

  @Test
  void aProviderDestroysTheKeysItReadButNotTheCallers(@TempDir Path dir) throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Files.writeString(
        dir.resolve("sign.pem"), pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
    Files.writeString(
        dir.resolve("kek.hex"), Hex.encode(Sm4Key.generate().toBytes(InsecureSecretAccess.get())));
    FileKeyProvider files =
        FileKeyProvider.builder()
            .sm2("sign", dir.resolve("sign.pem"), null)
            .sm4("kek", dir.resolve("kek.hex"))
            .build();
    Sm2KeyHandle handle = files.sm2Key("sign");
    Aead kek = files.aead("kek");
    files.destroy();
    assertThat(files.isDestroyed()).isTrue();
    destroyed(() -> handle.signDigest(new byte[32]));
    destroyed(() -> kek.encrypt(DATA, null));
    destroyed(() -> files.sm2Key("sign"));
    destroyed(files::aliases);
    // Describing a destroyed provider (a log line, a debugger) must not fail.
    assertThat(files.toString()).isEqualTo("FileKeyProvider[destroyed]");
    assertThat(pair.privateKey().isDestroyed()).as("the file's copy, not the caller's").isFalse();
  }

  @Test
  void anSdfProviderWipesItsAccessPasswords() throws Exception {
    char[] password = "12345678".toCharArray();
    SdfKeyProvider sdf =
        SdfKeyProvider.builder(new io.anke.crypto.provider.SoftSdfDevice(password, 1), "soft sdf")
            .key(1, password)
            .build();
    io.anke.crypto.provider.Sm2SigningKeyHandle handle = sdf.sm2SigningKey("sign-1");
    assertThat(handle.signDigest(new byte[32])).hasSize(64);
    sdf.destroy();
    destroyed(() -> handle.signDigest(new byte[32]));
    assertThat(sdf.toString()).isEqualTo("SdfKeyProvider[destroyed]");
    assertThat(password)
        .as("the caller's array is the caller's")
        .containsExactly("12345678".toCharArray());
  }

  @Test
  void everyHolderOfSecretKeyMaterialIsDestroyable() {
    List<Class<?>> holders =
        List.of(
            Sm4Key.class,
            Sm2PrivateKey.class,
            Sm2KeyPair.class,
            Sm2KeyExchange.class,
            Sm2KeyExchangeResult.class,
            HmacSm3.class,
            HmacSm3.Session.class,
            BlindIndex.class,
            Sm4GcmStreamingAead.class,
            KeysetHandle.class,
            FileKeyProvider.class,
            SdfKeyProvider.class,
            io.anke.crypto.provider.Pkcs12KeyProvider.class,
            io.anke.crypto.provider.InMemoryKeyProvider.class);
    for (Class<?> c : holders) {
      assertThat(Destroyable.class.isAssignableFrom(c)).as(c.getName()).isTrue();
    }
  }
}
