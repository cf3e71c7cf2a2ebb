package io.anke.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.CryptoFormatException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CryptoMessageTest {

  @Test
  void aCauseWithoutAMessageIsNamedByItsType() {
    // Bouncy Castle's lazy ASN.1 parsing can throw without a message; "null" would tell nothing.
    Object text = CryptoMessage.causeText(new IllegalStateException());
    assertThat(text).isEqualTo("java.lang.IllegalStateException");
    assertThat(
            CryptoMessage.KEY_MALFORMED_DER
                .text(CryptoMessage.LABEL_PRIVATE_KEY.text(), text)
                .messageIn(Locale.ENGLISH))
        .contains("IllegalStateException")
        .doesNotContain("null");
  }

  @Test
  void aCauseWithAMessageGivesItAndABilingualCauseItself() {
    assertThat(CryptoMessage.causeText(new IllegalArgumentException("bad tag")))
        .isEqualTo("bad tag");
    CryptoFormatException bilingual =
        new CryptoFormatException(CryptoMessage.PEM_NO_BLOCK.text("x"));
    assertThat(CryptoMessage.causeText(bilingual)).isSameAs(bilingual);
  }

  @Test
  void aMessageWritesItselfInEnglish() {
    // String concatenation and loggers call toString(): it is the stable English text.
    Message m = new Message(CryptoMessage.PEM_NO_BLOCK, "chain.pem");
    assertThat(m).hasToString("chain.pem: no PEM block (-----BEGIN ...-----) found");
    assertThat(m.toString()).isEqualTo(m.messageIn(Locale.ENGLISH));
  }
}
