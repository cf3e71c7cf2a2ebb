package io.anke.core.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.rule.Text;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which trailing bytes can be a record torn by a crash, and what a malformed record says. */
class ParsedRecordTornExactTest {
  private static final String PREV = "0".repeat(64);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cut(String s, int dropBytes) {
    byte[] all = utf8(s);
    return Arrays.copyOf(all, all.length - dropBytes);
  }

  @Test
  void thePrefixDecidesFirst() {
    assertThat(ParsedRecord.isTruncatedRecord(new byte[0])).isTrue();
    assertThat(ParsedRecord.isTruncatedRecord(utf8("{\"v\""))).isTrue();
    assertThat(ParsedRecord.isTruncatedRecord(utf8("{\"v\":1,\"seq\":"))).isTrue();
    assertThat(ParsedRecord.isTruncatedRecord(utf8("{\"x\""))).isFalse();
    assertThat(ParsedRecord.isTruncatedRecord(utf8("{\"v\":2,\"seq\":"))).isFalse();
    assertThat(ParsedRecord.isTruncatedRecord(utf8("[\"v\":1,"))).isFalse();
  }

  @Test
  void aWholeObjectIsTornOnlyWithItsSuffixAndNothingAfter() {
    byte[] whole = RecordFormat.line(utf8("{\"v\":1,\"seq\":3"), 7, new byte[32]);
    byte[] noLf = Arrays.copyOf(whole, whole.length - 1);
    assertThat(ParsedRecord.isTruncatedRecord(noLf)).isTrue();
    assertThat(ParsedRecord.isTruncatedRecord(utf8("{\"v\":1,\"seq\":3}"))).isFalse();
    byte[] more = Arrays.copyOf(noLf, noLf.length + 2);
    more[noLf.length] = ' ';
    more[noLf.length + 1] = '{';
    assertThat(ParsedRecord.isTruncatedRecord(more)).isFalse();
  }

  @Test
  void aCutInsideAMultiByteCharacterIsStillTorn() {
    String start = "{\"v\":1,\"seq\":1,\"type\":\"x";
    // two, three and four byte characters, cut after each of their bytes
    String[] chars = {"\u00e9", "\u0800", "\u4e2d", "\ud800\udc00", "\ud83d\ude00"};
    for (String c : chars) {
      int n = utf8(c).length;
      for (int drop = 0; drop < n; drop++) {
        assertThat(ParsedRecord.isTruncatedRecord(cut(start + c, drop)))
            .as("%s less %d", c, drop)
            .isTrue();
      }
    }
    // a cut multi-byte character after a whole object is not a torn record
    byte[] whole = utf8("{\"v\":1,\"seq\":3}");
    for (String c : chars) {
      byte[] b = utf8(c);
      byte[] bytes = Arrays.copyOf(whole, whole.length + b.length - 1);
      System.arraycopy(b, 0, bytes, whole.length, b.length - 1);
      assertThat(ParsedRecord.isTruncatedRecord(bytes)).as(c).isFalse();
    }
  }

  @Test
  void aByteNoUtf8SequenceBeginsWithIsNoTornCharacter() {
    // A crash cuts a record; it does not write bytes UTF-8 never has. Such a tail is damage.
    String start = "{\"v\":1,\"seq\":1,\"type\":\"x";
    for (int c : new int[] {0xc0, 0xc1, 0xf5, 0xf8, 0xfe, 0xff}) {
      byte[] bytes = Arrays.copyOf(utf8(start), utf8(start).length + 1);
      bytes[bytes.length - 1] = (byte) c;
      assertThat(ParsedRecord.isTruncatedRecord(bytes)).as("%02x", c).isFalse();
    }
    // the first and last bytes that do begin a sequence are still a cut character
    for (int c : new int[] {0xc2, 0xf4}) {
      byte[] bytes = Arrays.copyOf(utf8(start), utf8(start).length + 1);
      bytes[bytes.length - 1] = (byte) c;
      assertThat(ParsedRecord.isTruncatedRecord(bytes)).as("%02x", c).isTrue();
    }
  }

  @Test
  void aMalformedRecordSaysWhatIsWrongInEitherLanguage() {
    byte[] line =
        utf8(
            "{\"v\":1,\"seq\":0,\"log\":\"a\",\"time\":\"t\",\"type\":\"x\",\"prev\":\""
                + PREV
                + "\"}");
    assertThatThrownBy(() -> ParsedRecord.parse(line, line.length))
        .isInstanceOfSatisfying(
            ParsedRecord.MalformedException.class,
            e -> {
              assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(e.getMessage()).isNotEmpty();
              assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(e.getMessage());
            });
    ParsedRecord.MalformedException plain =
        new ParsedRecord.MalformedException(Text.of("中文", "english"));
    assertThat(plain.messageIn(Locale.ENGLISH)).isEqualTo("english");
    assertThat(plain.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("中文");
  }
}
