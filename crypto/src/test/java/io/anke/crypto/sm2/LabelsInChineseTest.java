package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.FileKeyProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short labels put into messages (what was read, which DER field, which text) are bilingual:
 * the Chinese message is Chinese throughout, and the English one reads as it always did.
 */
class LabelsInChineseTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static Bilingual failure(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(Bilingual.class);
    return (Bilingual) t;
  }

  @Test
  void derSignatureFieldsAndNames() {
    byte[] der =
        Sm2Signatures.encode(
            java.math.BigInteger.ONE, java.math.BigInteger.TWO, Sm2SignatureEncoding.DER);
    byte[] trailing = Arrays.copyOf(der, der.length + 1);
    Bilingual e = failure(() -> Sm2Signatures.decode(trailing, Sm2SignatureEncoding.DER));
    assertThat(e.messageIn(Locale.ENGLISH))
        .isEqualTo(
            "SM2 signature (DER): 1 unexpected byte(s) after the signature SEQUENCE at byte 8");
    assertThat(e.messageIn(ZH)).contains("SM2 签名").contains("签名的 SEQUENCE");
    assertThat(e.messageIn(ZH)).doesNotContain("signature").doesNotContain("after");

    Bilingual raw = failure(() -> Sm2Signatures.decode(new byte[63], Sm2SignatureEncoding.RAW));
    assertThat(raw.messageIn(ZH)).startsWith("SM2 签名（RAW r‖s）：");
  }

  @Test
  void derCiphertextFields() {
    // SEQUENCE { INTEGER 1, OCTET STRING } : the YCoordinate is missing its INTEGER tag.
    byte[] bad = {0x30, 0x05, 0x02, 0x01, 0x01, 0x04, 0x00};
    Bilingual e = failure(() -> Sm2Ciphertexts.decode(bad, Sm2CiphertextFormat.ASN1));
    assertThat(e.messageIn(Locale.ENGLISH)).startsWith("SM2 ciphertext (ASN1) (DER): YCoordinate");
    assertThat(e.messageIn(ZH))
        .startsWith("SM2 密文（ASN1）（DER）：YCoordinate（C1 的 y 坐标）")
        .doesNotContain("ciphertext");
  }

  @Test
  void keysetNames() {
    Bilingual e =
        failure(
            () -> {
              try {
                KeysetHandle.readPublic(
                    new ByteArrayInputStream("not a keyset".getBytes(StandardCharsets.US_ASCII)));
              } catch (java.io.IOException x) {
                throw new AssertionError(x);
              }
            });
    assertThat(e.messageIn(Locale.ENGLISH)).startsWith("public keyset");
    assertThat(e.messageIn(ZH)).startsWith("公钥密钥集").doesNotContain("keyset");
  }

  @Test
  void textNames() {
    Throwable t =
        catchThrowable(() -> StrictUtf8.encode("pw\uD800", CryptoMessage.LABEL_PASSWORD.text()));
    // Still the documented IllegalArgumentException, now readable in Chinese too.
    assertThat(t)
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password contains an unpaired UTF-16 surrogate");
    assertThat(((Bilingual) t).messageIn(ZH)).startsWith("口令").doesNotContain("password");
  }

  @Test
  void keyFileNames(@TempDir Path dir) throws Exception {
    Sm2PrivateKey key = Sm2KeyPair.generate().privateKey();
    Path pub = Files.writeString(dir.resolve("pub.pem"), key.publicKey().toSpkiPem());
    Bilingual e = (Bilingual) catchThrowable(() -> FileKeyProvider.readSm2PrivateKey(pub));
    assertThat(e.messageIn(Locale.ENGLISH))
        .isEqualTo(
            "SM2 key file "
                + pub
                + ": private key PEM: found PUBLIC KEY, which holds no private key");
    assertThat(e.messageIn(ZH)).contains("私钥 PEM：找到的是 PUBLIC KEY").doesNotContain("private");

    Path der = Files.write(dir.resolve("k.der"), key.exportPkcs8Der(InsecureSecretAccess.get()));
    FileKeyProvider provider = FileKeyProvider.builder().sm2("k", der, null).build();
    Bilingual missing = (Bilingual) catchThrowable(() -> provider.kindOf("nope"));
    assertThat(missing.messageIn(Locale.ENGLISH)).contains("key files " + der);
    assertThat(missing.messageIn(ZH)).contains("密钥文件 " + der).doesNotContain("key files");
  }

  @Test
  void everyLabelHasItsOwnChineseText() {
    for (CryptoMessage id : CryptoMessage.values()) {
      if (id.name().startsWith("LABEL_")) {
        Bilingual label = id.text("X", "Y");
        assertThat(label.messageIn(ZH))
            .as(id.name())
            .isNotEqualTo(label.messageIn(Locale.ENGLISH))
            .doesNotContainPattern("[a-z]{3,} [a-z]{3,}");
      }
    }
  }
}
