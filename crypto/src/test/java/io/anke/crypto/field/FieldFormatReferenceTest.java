package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Hex;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * The field ciphertext layout of docs/formats.md, checked against Bouncy Castle's SM4-GCM directly:
 * the associated data is built here from the document, independently of the library, and BC's
 * {@code GCMBlockCipher(SM4Engine)} decrypts what {@link FieldEncryptor} wrote and writes what it
 * reads.
 */
class FieldFormatReferenceTest {
  static final byte[] KEY = Hex.decode("8f1c2d3e4a5b6c7d8e9fa0b1c2d3e4f5");

  /**
   * The associated data as docs/formats.md spells it: four u32-length-prefixed parts and a flag.
   */
  static byte[] associatedData(String context, String field, String rowIdOrNull) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part(out, "anke/field/v1");
    part(out, context);
    part(out, field);
    out.write(rowIdOrNull == null ? 0 : 1);
    part(out, rowIdOrNull == null ? "" : rowIdOrNull);
    return out.toByteArray();
  }

  static void part(ByteArrayOutputStream out, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    out.write(b.length >>> 24);
    out.write(b.length >>> 16);
    out.write(b.length >>> 8);
    out.write(b.length);
    out.writeBytes(b);
  }

  static byte[] bouncyCastleGcm(boolean encrypt, byte[] nonce, byte[] aad, byte[] input)
      throws Exception {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(KEY), 128, nonce, aad));
    byte[] out = new byte[gcm.getOutputSize(input.length)];
    int n = gcm.processBytes(input, 0, input.length, out, 0);
    gcm.doFinal(out, n);
    return out;
  }

  @Test
  void bouncyCastleDecryptsAFieldCiphertextWithTheDocumentedAssociatedData() throws Exception {
    KeysetHandle keyset = KeysetHandle.importKey(Sm4Key.fromBytes(KEY), OutputPrefix.KEY_ID);
    FieldEncryptor enc = FieldEncryptor.create(keyset, "hr.employee");
    String value = "张三 / 11010519491231002X";
    byte[] ct = Base64.getDecoder().decode(enc.encryptString(value, "id_number", "42"));

    int id = keyset.primaryKeyId();
    assertThat(Arrays.copyOf(ct, 6))
        .as("version 01, marker 01, key ID")
        .isEqualTo(
            new byte[] {
              1, 1, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id
            });
    byte[] nonce = Arrays.copyOfRange(ct, 6, 18);
    byte[] body = Arrays.copyOfRange(ct, 18, ct.length);
    byte[] plain =
        bouncyCastleGcm(false, nonce, associatedData("hr.employee", "id_number", "42"), body);
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(value);

    // Column-only binding and no context: the other two shapes of the associated data.
    byte[] c2 = FieldEncryptor.create(keyset).encrypt(new byte[] {9, 8, 7}, "photo");
    assertThat(
            bouncyCastleGcm(
                false,
                Arrays.copyOfRange(c2, 6, 18),
                associatedData("", "photo", null),
                Arrays.copyOfRange(c2, 18, c2.length)))
        .containsExactly(9, 8, 7);
  }

  @Test
  void aCiphertextWrittenByBouncyCastleToTheDocumentDecrypts() throws Exception {
    KeysetHandle keyset = KeysetHandle.importKey(Sm4Key.fromBytes(KEY), OutputPrefix.KEY_ID);
    int id = keyset.primaryKeyId();
    byte[] nonce = Hex.decode("000102030405060708090a0b");
    byte[] sealed =
        bouncyCastleGcm(
            true,
            nonce,
            associatedData("hr.employee", "mobile", "7"),
            "13800138000".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream ct = new ByteArrayOutputStream();
    ct.writeBytes(
        new byte[] {1, 1, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
    ct.writeBytes(nonce);
    ct.writeBytes(sealed);
    String text = Base64.getEncoder().encodeToString(ct.toByteArray());
    assertThat(FieldEncryptor.create(keyset, "hr.employee").decryptString(text, "mobile", "7"))
        .isEqualTo("13800138000");
  }
}
