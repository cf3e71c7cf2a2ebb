package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bilingual message of Anke's exceptions is transient: after a round trip through Java
 * serialization (a remote call, a cluster's session store) the exception must still describe itself
 * in English instead of failing with a NullPointerException from {@code toString()}.
 */
class ExceptionSerializationTest {
  @Test
  void aDeserializedExceptionFallsBackToItsEnglishMessage() throws Exception {
    for (Exception e :
        List.of(
            new KeyDestroyedException("SM4 key"),
            new SelfTestFailedException(List.of("SM3")),
            new DecryptionFailedException("envelope"),
            new CryptoFormatException("certificate: malformed encoding"))) {
      Exception copy = roundTrip(e);
      assertThat(copy.getMessage()).isEqualTo(e.getMessage());
      assertThat(copy.getLocalizedMessage()).isEqualTo(e.getMessage());
      assertThat(((Bilingual) copy).messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.getMessage());
      assertThat(copy.toString()).contains(e.getMessage());
    }
  }

  private static Exception roundTrip(Exception e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Exception) in.readObject();
    }
  }
}
