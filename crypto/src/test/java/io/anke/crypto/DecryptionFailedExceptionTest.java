package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one decryption message, with a caller's context after it or alone, in both languages. */
class DecryptionFailedExceptionTest {
  @Test
  void aPlainContextFollowsTheFixedMessageInEitherLanguage() {
    DecryptionFailedException e = new DecryptionFailedException("record 42");
    assertThat(e.getMessage()).isEqualTo("decryption failed: record 42");
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).endsWith("record 42");
    assertThat(e.getLocalizedMessage()).isEqualTo(e.messageIn(Locale.getDefault()));
  }

  @Test
  void noContextIsTheFixedMessageAlone() {
    assertThat(new DecryptionFailedException((String) null).getMessage())
        .isEqualTo("decryption failed");
    assertThat(new DecryptionFailedException().getMessage()).isEqualTo("decryption failed");
  }
}
