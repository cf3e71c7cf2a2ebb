package io.anke.crypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.keyset.KeyEncryptionKeys;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The SDF binding's own logic, against {@link SoftSdfDevice}: error codes and their names, the
 * ECCCipher structure, sessions, passwords, and the bilingual messages of provider exceptions.
 */
class SdfProviderDetailsTest {
  static final byte[] MSG = "sdf".getBytes(StandardCharsets.US_ASCII);

  @Test
  void standardCodesAreNamedAndEveryOtherCodeIsVendorSpecific() {
    int base = SdfException.SDR_BASE;
    assertThat(SdfException.describe(0)).isEqualTo("0x00000000 SDR_OK");
    assertThat(SdfException.describe(base + 1))
        .isEqualTo("0x01000001 SDR_UNKNOWERR (unknown error)");
    assertThat(SdfException.describe(base + 16))
        .isEqualTo("0x01000010 SDR_STEPERR (wrong step order)");
    // SDR_BASE itself is not SDR_OK, the code after the last standard one is no standard code,
    // and neither are codes below SDR_BASE.
    for (int code : new int[] {base, base + 17, base - 1, 5, -1}) {
      assertThat(SdfException.describe(code))
          .isEqualTo(String.format(Locale.ROOT, "0x%08X (vendor-specific code)", code));
    }
  }

  @Test
  void anSdfExceptionKeepsItsCodeAndSpeaksBothLanguages() {
    SdfException coded = new SdfException("SDF_InternalSign_ECC", SdfException.SDR_BASE + 8);
    assertThat(coded.code()).isEqualTo(SdfException.SDR_BASE + 8);
    String english = "SDF_InternalSign_ECC failed: 0x01000008 SDR_KEYNOTEXIST (key does not exist)";
    assertThat(coded).hasMessage(english);
    assertThat(coded.messageIn(Locale.ENGLISH)).isEqualTo(english);
    assertThat(coded.messageIn(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("SDF_InternalSign_ECC 调用失败：0x01000008 SDR_KEYNOTEXIST (key does not exist)");
    assertThat(coded.getLocalizedMessage()).isEqualTo(coded.messageIn(Locale.getDefault()));

    SdfException plain = new SdfException("binding not loaded", (Throwable) null);
    assertThat(plain.code()).isEqualTo(-1);
    assertThat(plain.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("binding not loaded");
    assertThat(plain.getLocalizedMessage()).isEqualTo("binding not loaded");
  }

  @Test
  void providerExceptionsSpeakBothLanguagesAndPlainOnesKeepTheirText() throws Exception {
    SoftSdfDevice device = new SoftSdfDevice("1234".toCharArray(), 1);
    SdfKeyProvider wrongPw =
        SdfKeyProvider.builder(device, "SDF card").key(1, "0000".toCharArray()).build();
    KeyOperationException failed = null;
    try {
      wrongPw.sm2SigningKey("sign-1").sign(MSG);
    } catch (KeyOperationException e) {
      failed = e;
    }
    assertThat(failed).isNotNull();
    assertThat(failed.messageIn(Locale.ENGLISH)).isEqualTo(failed.getMessage());
    assertThat(failed.messageIn(Locale.SIMPLIFIED_CHINESE))
        .isNotEqualTo(failed.getMessage())
        .contains("SDR_PARDENY");
    assertThat(failed.getLocalizedMessage()).isEqualTo(failed.messageIn(Locale.getDefault()));
    KeyOperationException plain = new KeyOperationException("token removed", null);
    assertThat(plain.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("token removed");
    assertThat(plain.getLocalizedMessage()).isEqualTo("token removed");

    KeyProviderException unknown = null;
    try {
      wrongPw.sm2SigningKey("sign-9");
    } catch (KeyProviderException e) {
      unknown = e;
    }
    assertThat(unknown).isNotNull();
    assertThat(unknown.getLocalizedMessage())
        .isNotEmpty()
        .isEqualTo(unknown.messageIn(Locale.getDefault()));
    assertThat(unknown.messageIn(Locale.ENGLISH)).isEqualTo(unknown.getMessage());
    assertThat(unknown.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(unknown.getMessage());
    KeyProviderException plainProvider = new KeyProviderException("vault sealed", null);
    assertThat(plainProvider.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("vault sealed");
  }

  @Test
  void aFailedUnlockClosesTheSessionItOpened() throws Exception {
    SoftSdfDevice device = new SoftSdfDevice("1234".toCharArray(), 1);
    SdfKeyProvider wrongPw =
        SdfKeyProvider.builder(device, "SDF card").key(1, "0000".toCharArray()).build();
    int before = device.openSessions.get();
    assertThatThrownBy(() -> wrongPw.sm2SigningKey("sign-1").sign(MSG))
        .isInstanceOf(KeyOperationException.class);
    assertThat(device.openSessions.get()).isEqualTo(before + 1);
    assertThat(device.closedSessions.get()).isEqualTo(device.openSessions.get());
  }

  @Test
  void aDeviceWithoutPasswordServesAndIsDestroyedLikeAnyOther() throws Exception {
    SoftSdfDevice device = new SoftSdfDevice(null, 3);
    SdfKeyProvider p = SdfKeyProvider.builder(device, "open card").key(3, null).build();
    assertThat(p.description()).isEqualTo("open card");
    assertThat(p.isDestroyed()).isFalse();
    Sm2SigningKeyHandle sign = p.sm2SigningKey("sign-3");
    assertThat(sign.toString())
        .isEqualTo("Sm2KeyHandle[open card key sign-3, " + sign.publicKey() + "]");

    // The encryption key of the device as a keyset's key-encryption key.
    Aead kek = KeyEncryptionKeys.fromProvider(p, "enc-3");
    KeysetHandle ks = KeysetHandle.generateNew(KeyType.SM4_GCM);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.write(out, kek);
    assertThat(KeysetHandle.read(new ByteArrayInputStream(out.toByteArray()), kek).keys())
        .isEqualTo(ks.keys());

    assertThat(p.toString()).isEqualTo("SdfKeyProvider[sign-3, enc-3]");
    p.destroy();
    assertThat(p.isDestroyed()).isTrue();
    assertThat(p.toString()).isEqualTo("SdfKeyProvider[destroyed]");
    assertThatThrownBy(() -> sign.sign(MSG)).isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(p::aliases).isInstanceOf(KeyDestroyedException.class);
  }

  @Test
  void aSecretKeyOfAProviderIsItsOwnKeyEncryptionKey() throws Exception {
    InMemoryKeyProvider p =
        InMemoryKeyProvider.builder().description("vault").sm4("kek", Sm4Key.generate()).build();
    assertThat(p.description()).isEqualTo("vault");
    assertThat(p.isDestroyed()).isFalse();
    Aead kek = KeyEncryptionKeys.fromProvider(p, "kek");
    assertThat(kek.decrypt(p.aead("kek").encrypt(MSG, null), null)).isEqualTo(MSG);
  }

  @Test
  void anEccCipherSplitsAndJoinsC1C3C2AndComparesByContent() {
    byte[] shortest = new byte[1 + 64 + 32 + 1];
    shortest[0] = 4;
    for (int i = 1; i < shortest.length; i++) {
      shortest[i] = (byte) i;
    }
    SdfDevice.EccCipher c = SdfDevice.EccCipher.fromC1C3C2(shortest);
    assertThat(c.x()).isEqualTo(Arrays.copyOfRange(shortest, 1, 33));
    assertThat(c.y()).isEqualTo(Arrays.copyOfRange(shortest, 33, 65));
    assertThat(c.m()).isEqualTo(Arrays.copyOfRange(shortest, 65, 97));
    assertThat(c.c()).containsExactly(97);
    assertThat(c.toC1C3C2()).isEqualTo(shortest);
    assertThat(c.toString()).isEqualTo("EccCipher[1-byte C]");
    assertThatThrownBy(() -> SdfDevice.EccCipher.fromC1C3C2(Arrays.copyOf(shortest, 97)))
        .isInstanceOf(IllegalArgumentException.class);

    SdfDevice.EccCipher same = SdfDevice.EccCipher.fromC1C3C2(shortest.clone());
    assertThat(c).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(MSG);
    assertThat(c.hashCode()).isEqualTo(Arrays.hashCode(c.x()) * 31 + 1);
    for (int i = 1; i < shortest.length; i += 32) {
      byte[] other = shortest.clone();
      other[i] ^= 1;
      assertThat(SdfDevice.EccCipher.fromC1C3C2(other)).isNotEqualTo(c);
    }
    byte[] longer = Arrays.copyOf(shortest, shortest.length + 1);
    assertThat(SdfDevice.EccCipher.fromC1C3C2(longer)).isNotEqualTo(c);

    // The fields are copies: changing what a caller holds changes nothing inside.
    c.x()[0] ^= 1;
    assertThat(c).isEqualTo(same);
  }

  @Test
  void aProviderThatOnlyImplementsSm2KeyServesSigningAndDecryptingByDefault() throws Exception {
    Sm2KeyHandle key = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    KeyProvider minimal =
        new KeyProvider() {
          @Override
          public String description() {
            return "minimal";
          }

          @Override
          public List<String> aliases() {
            return List.of("k");
          }

          @Override
          public KeyKind kindOf(String alias) {
            return KeyKind.SM2_KEY_PAIR;
          }

          @Override
          public Sm2KeyHandle sm2Key(String alias) {
            return key;
          }

          @Override
          public List<X509Certificate> certificateChain(String alias) {
            return List.of();
          }

          @Override
          public Aead aead(String alias) throws KeyProviderException {
            throw new KeyProviderException("no secret keys", null);
          }
        };
    assertThat(minimal.sm2SigningKey("k")).isSameAs(key);
    assertThat(minimal.sm2DecryptingKey("k")).isSameAs(key);
    byte[] ct = new Sm2Encrypter(key.publicKey(), Sm2CiphertextFormat.C1C3C2).encrypt(MSG);
    assertThat(KeyEncryptionKeys.fromProvider(minimal, "k")).isNotNull();
    assertThat(minimal.sm2DecryptingKey("k").decrypt(ct)).isEqualTo(MSG);
    assertThat(key.toString()).startsWith("Sm2KeyHandle[in memory, ").doesNotContain("null");
    // The same handle, held by an in-memory provider, is served as it was given.
    InMemoryKeyProvider held = InMemoryKeyProvider.builder().sm2("dev", key, List.of()).build();
    assertThat(held.sm2Key("dev")).isSameAs(key);
  }
}
