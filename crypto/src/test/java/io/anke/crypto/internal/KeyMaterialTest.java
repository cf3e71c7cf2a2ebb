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

  @Test
  void aDestroyedViewRefusesUseWhileItsOwnerStaysUsable() {
    KeyMaterial owner = new KeyMaterial(CryptoMessage.VERBATIM.text("key"), new byte[] {7, 7});
    KeyMaterial view = owner.view(CryptoMessage.VERBATIM.text("view"));
    assertThat(view.copy()).containsExactly(7, 7);
    view.requireNotDestroyed();
    assertThat(view.isDestroyed()).isFalse();
    assertThat(view.recordNonce("GCM", new byte[] {1})).isTrue();
    // The history is the key's: a repeat through the owner is seen, and through the view too.
    assertThat(owner.recordNonce("GCM", new byte[] {1})).isFalse();
    assertThat(view.recordNonce("GCM", new byte[] {1})).isFalse();
    view.destroy();
    assertThat(view.isDestroyed()).isTrue();
    assertThatThrownBy(view::requireNotDestroyed).isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(view::copy)
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessageContaining("view has been destroyed");
    assertThatThrownBy(() -> view.recordNonce("GCM", new byte[] {2}))
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessageContaining("view has been destroyed");
    assertThat(owner.isDestroyed()).isFalse();
    assertThat(owner.copy()).containsExactly(7, 7);
    assertThat(owner.recordNonce("GCM", new byte[] {2})).isTrue();
    // A view of a destroyed owner is unusable although it was never destroyed itself.
    KeyMaterial other = owner.view(CryptoMessage.VERBATIM.text("other view"));
    owner.destroy();
    assertThat(other.isDestroyed()).isTrue();
    assertThatThrownBy(other::requireNotDestroyed)
        .isInstanceOf(KeyDestroyedException.class)
        .hasMessageContaining("key has been destroyed");
  }

  @Test
  void wipeZeroesEveryArrayAndSkipsNulls() {
    byte[] a = {1, 2, 3};
    byte[] b = {4};
    KeyMaterial.wipe(a, null, b);
    assertThat(a).containsOnly(0);
    assertThat(b).containsOnly(0);
  }
}
