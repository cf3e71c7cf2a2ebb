package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Hex;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.sm4.Sm4Key;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The associated-data example of docs/formats.md ("Encrypted column values"), byte for byte: the
 * doc shows the hex below, and Bouncy Castle opens what {@link FieldEncryptor} wrote for context
 * {@code hr.employee}, field {@code id_number} and row {@code 42} with exactly these bytes.
 */
class FieldFormatDocExampleTest {
  private static final String SHOWN =
      """
      0000000d 616e6b652f6669656c642f7631  0000000b 68722e656d706c6f796565
      00000009 69645f6e756d626572  01  00000002 3432
      """;

  @Test
  void theAssociatedDataOfTheExampleIsTheBytesTheDocShows() throws Exception {
    byte[] aad = FieldFormatReferenceTest.associatedData("hr.employee", "id_number", "42");
    assertThat(Hex.encode(aad)).isEqualTo(SHOWN.replaceAll("\\s", ""));

    KeysetHandle keyset =
        KeysetHandle.importKey(Sm4Key.fromBytes(FieldFormatReferenceTest.KEY), OutputPrefix.KEY_ID);
    byte[] ct =
        Base64.getDecoder()
            .decode(
                FieldEncryptor.create(keyset, "hr.employee")
                    .encryptString("11010519491231002X", "id_number", "42"));
    byte[] plain =
        FieldFormatReferenceTest.bouncyCastleGcm(
            false, Arrays.copyOfRange(ct, 6, 18), aad, Arrays.copyOfRange(ct, 18, ct.length));
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("11010519491231002X");
  }
}
