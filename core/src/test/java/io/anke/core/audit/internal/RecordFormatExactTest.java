package io.anke.core.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The record layout to the byte: where bodies and signed parts end, hex, JSON strings. */
class RecordFormatExactTest {
  private static final byte[] TAG = new byte[32];

  static {
    for (int i = 0; i < TAG.length; i++) {
      TAG[i] = (byte) (0xa0 + i);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A full line (LF dropped) after {@code body}. */
  private static byte[] lineAfter(String body) {
    byte[] l = RecordFormat.line(ascii(body), 0x1a2b3c4d, TAG);
    return java.util.Arrays.copyOf(l, l.length - 1);
  }

  @Test
  void theSmallestBodyIsThePrefixAlone() {
    byte[] line = lineAfter(RecordFormat.PREFIX);
    assertThat(RecordFormat.bodyEnd(line, line.length)).isEqualTo(RecordFormat.PREFIX.length());
    assertThat(RecordFormat.keyId(line, RecordFormat.PREFIX.length())).isEqualTo(0x1a2b3c4d);
    assertThat(RecordFormat.tag(line, RecordFormat.PREFIX.length())).isEqualTo(TAG);

    byte[] shorter = lineAfter("{\"v\":1");
    assertThat(RecordFormat.bodyEnd(shorter, shorter.length)).isEqualTo(-1);
  }

  @Test
  void aDamagedSuffixHasNoBodyEnd() {
    String body = "{\"v\":1,\"seq\":1}";
    byte[] good = lineAfter(body);
    assertThat(RecordFormat.bodyEnd(good, good.length)).isEqualTo(body.length());
    String text = new String(good, StandardCharsets.US_ASCII);
    int b = body.length();
    // the kid field name, a kid digit, the mac field name, a mac digit, the closing brace
    int[] damaged = {b + 2, b + 8 + 3, b + 8 + 8 + 3, b + 8 + 8 + 9 + 10, text.length() - 1};
    for (int at : damaged) {
      byte[] bad = good.clone();
      bad[at] = (byte) 'X';
      assertThat(RecordFormat.bodyEnd(bad, bad.length)).as("damaged at %d", at).isEqualTo(-1);
    }
    // uppercase hex is not the layout
    byte[] upper = ascii(text.replace("1a2b3c4d", "1A2B3C4D"));
    assertThat(RecordFormat.bodyEnd(upper, upper.length)).isEqualTo(-1);
  }

  @Test
  void theSignedPartEndsBeforeTheSigField() {
    byte[] sig = new byte[64];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = (byte) i;
    }
    String sigField = RecordFormat.sigField(sig);
    assertThat(sigField).hasSize(RecordFormat.SIG_FIELD_LENGTH);

    String smallest = RecordFormat.PREFIX + sigField;
    byte[] line = ascii(smallest);
    int signedEnd = RecordFormat.signedEnd(line, line.length);
    assertThat(signedEnd).isEqualTo(RecordFormat.PREFIX.length());
    assertThat(RecordFormat.signature(line, signedEnd)).isEqualTo(sig);

    byte[] tooShort = ascii("{\"v\":1" + sigField);
    assertThat(RecordFormat.signedEnd(tooShort, tooShort.length)).isEqualTo(-1);

    String body = "{\"v\":1,\"seq\":4,\"signer\":\"0011223344556677\"";
    byte[] signed = ascii(body + sigField);
    assertThat(RecordFormat.signedEnd(signed, signed.length)).isEqualTo(body.length());
    byte[] badHex = signed.clone();
    badHex[body.length() + 10] = (byte) 'g';
    assertThat(RecordFormat.signedEnd(badHex, badHex.length)).isEqualTo(-1);
    byte[] noQuote = signed.clone();
    noQuote[noQuote.length - 1] = (byte) 'x';
    assertThat(RecordFormat.signedEnd(noQuote, noQuote.length)).isEqualTo(-1);
  }

  @Test
  void hexIsLowercaseAndExact() {
    assertThat(RecordFormat.hex(0x1a2b3c4d)).isEqualTo("1a2b3c4d");
    assertThat(RecordFormat.hex(0)).isEqualTo("00000000");
    assertThat(RecordFormat.hex(-1)).isEqualTo("ffffffff");
    assertThat(RecordFormat.hex(new byte[] {0x0f, (byte) 0xf0})).isEqualTo("0ff0");

    assertThat(RecordFormat.isHex("0123456789abcdef", 16)).isTrue();
    assertThat(RecordFormat.isHex("0123456789abcdef", 15)).isFalse();
    assertThat(RecordFormat.isHex(null, 0)).isFalse();
    assertThat(RecordFormat.isHex("", 0)).isTrue();
    for (String s : new String[] {"g", "A", "F", "/", ":", "`", " "}) {
      assertThat(RecordFormat.isHex("00" + s, 3)).as(s).isFalse();
    }
  }

  @Test
  void stringsKeepSurrogatePairsAndEscapeLoneSurrogates() {
    StringBuilder sb = new StringBuilder();
    RecordFormat.appendString(sb, "a😀b");
    assertThat(sb).hasToString("\"a😀b\"");

    sb.setLength(0);
    RecordFormat.appendString(sb, "x\ud83d");
    assertThat(sb).hasToString("\"x\\ud83d\"");

    sb.setLength(0);
    RecordFormat.appendString(sb, "\ude00\ud83d\ude00\ud83dy");
    assertThat(sb).hasToString("\"\\ude00😀\\ud83dy\"");

    sb.setLength(0);
    RecordFormat.appendString(sb, "q\"\\\n\r\t\u0001\u007f\u2028\u2029");
    assertThat(sb).hasToString("\"q\\\"\\\\\\n\\r\\t\\u0001\\u007f\\u2028\\u2029\"");
  }
}
