package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The depth of object graph a {@link Masker} copies, exactly at its limit and one level past it,
 * for the default and for a configured limit. (The default at its limit on a small stack, and far
 * past it, are {@code MaskerGraphTest}'s.)
 */
class MaskingLimitsTest {

  private static MaskerGraphTest.Node chain(int length) {
    MaskerGraphTest.Node head = new MaskerGraphTest.Node("张三");
    MaskerGraphTest.Node n = head;
    for (int i = 1; i < length; i++) {
      n.next = new MaskerGraphTest.Node("张三");
      n = n.next;
    }
    return head;
  }

  private static int length(MaskerGraphTest.Node head) {
    int n = 0;
    for (MaskerGraphTest.Node x = head; x != null; x = x.next) {
      n++;
    }
    return n;
  }

  @Test
  void aChainOfExactlyTheDepthIsCopiedAndOneMoreIsRefused() {
    assertThat(Masker.DEFAULT_MAX_DEPTH).isEqualTo(256);
    assertThat(length(Masker.defaults().mask(chain(Masker.DEFAULT_MAX_DEPTH))))
        .isEqualTo(Masker.DEFAULT_MAX_DEPTH);
    assertThatThrownBy(() -> Masker.defaults().mask(chain(Masker.DEFAULT_MAX_DEPTH + 1)))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining("256")
        .hasMessageContaining("maxDepth");

    Masker shallow = Masker.builder().maxDepth(10).build();
    assertThat(length(shallow.mask(chain(10)))).isEqualTo(10);
    assertThatThrownBy(() -> shallow.mask(chain(11)))
        .isInstanceOf(MaskingException.class)
        .hasMessageContaining("10");
  }
}
