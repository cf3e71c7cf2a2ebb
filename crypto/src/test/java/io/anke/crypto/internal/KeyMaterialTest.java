package io.anke.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.KeyDestroyedException;
import org.junit.jupiter.api.Test;

class KeyMaterialTest {

  @Test
  void destroyOverwritesTheOnlyLongLivedCopyAndRefusesLaterCopies() {
    byte[] secret = {1, 2, 3, 4, 5, 6, 7, 8};
    KeyMaterial m = new KeyMaterial(CryptoMessage.VERBATIM.text("test key"), secret);
    byte[] copy = m.copy();
    assertThat(copy).containsExactly(1, 2, 3, 4, 5, 6, 7, 8).isNotSameAs(secret);
    m.destroy();
    assertThat(secret).as("the owned array is wiped in place").containsOnly(0);
    assertThat(m.isDestroyed()).isTrue();
    assertThatThrownBy(m::copy)
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessage("test key has been destroyed; its key material is gone");
    assertThatThrownBy(m::requireNotDestroyed).isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> m.recordNonce("GCM", new byte[12]))
        .isInstanceOf(KeyDestroyedException.class);
    assertThat(m.toString()).doesNotContain("1, 2").contains("destroyed");
  }

  @Test
  void onlyAnImmediateRepeatOfTheSameModesNonceIsReported() {
    KeyMaterial m = new KeyMaterial(CryptoMessage.VERBATIM.text("k"), new byte[16]);
    byte[] a = {1};
    byte[] b = {2};
    assertThat(m.recordNonce("GCM", a)).isTrue();
    assertThat(m.recordNonce("GCM", a.clone())).isFalse();
    assertThat(m.recordNonce("CTR", a)).as("another mode").isTrue();
    assertThat(m.recordNonce("GCM", b)).isTrue();
    assertThat(m.recordNonce("GCM", a)).as("not immediate: not detected").isTrue();
    a[0] = 2;
    assertThat(m.recordNonce("GCM", b)).as("a copy was recorded, not the caller's array").isTrue();
  }
}
