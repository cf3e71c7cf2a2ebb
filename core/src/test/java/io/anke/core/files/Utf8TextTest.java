package io.anke.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  @Test
  void decodesStrictlyAndDropsALeadingByteOrderMark() throws Exception {
    assertThat(Utf8Text.decode("类别: 服务器".getBytes(StandardCharsets.UTF_8))).isEqualTo("类别: 服务器");
    assertThat(Utf8Text.decode("\uFEFFa,b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a,b");
    // only a leading mark is the file's; one inside the text is content
    assertThat(Utf8Text.decode("a\uFEFFb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFFb");
    assertThat(Utf8Text.decode(new byte[0])).isEmpty();
  }

  @Test
  void refusesWhatIsNotUtf8() {
    // GBK for 服务器, as an inventory saved by an older spreadsheet would hold it
    byte[] gbk = {(byte) 0xB7, (byte) 0xFE, (byte) 0xCE, (byte) 0xF1, (byte) 0xC6, (byte) 0xF7};
    assertThatThrownBy(() -> Utf8Text.decode(gbk)).isInstanceOf(CharacterCodingException.class);
    assertThatThrownBy(() -> Utf8Text.decode(new byte[] {'a', (byte) 0xC3}))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void decodesASliceExactlyKeepingAByteOrderMark() throws Exception {
    byte[] bytes = "x\n\uFEFFa/b\n".getBytes(StandardCharsets.UTF_8);
    // the second line: a mark at the start of a signed line is content, not an editor's mark
    assertThat(Utf8Text.decodeExactly(bytes, 2, bytes.length - 3)).isEqualTo("\uFEFFa/b");
    assertThatThrownBy(() -> Utf8Text.decodeExactly(new byte[] {'a', (byte) 0xC3}, 0, 2))
        .isInstanceOf(CharacterCodingException.class);
  }
}
