package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exact names a category accepts, and English plurals in "-ies". */
class CategoryNamesExactTest {

  @Test
  void namesAreTheIdThenEnglishThenChineseAsWritten() {
    assertThat(Category.CRYPTO_LIBRARY.names())
        .containsExactly(
            "crypto_library",
            "crypto library",
            "cryptographic library",
            "crypto provider",
            "software crypto module",
            "software cryptographic module",
            "密码库",
            "密码算法库",
            "国密算法库",
            "算法库",
            "软件密码模块");
    // the id is listed once even where the English names repeat it
    assertThat(Category.CRYPTO_DEVICE.names())
        .startsWith("crypto_device", "crypto device", "cryptographic device")
        .endsWith("商用密码产品", "密码产品")
        .doesNotHaveDuplicates();
  }

  @Test
  void pluralsInIesAreReadAsTheirSingular() {
    assertThat(Category.parse("Crypto Libraries")).contains(Category.CRYPTO_LIBRARY);
    assertThat(Category.parse("cryptographic libraries")).contains(Category.CRYPTO_LIBRARY);
    assertThat(Category.parse("tape libraries")).contains(Category.STORAGE);
    assertThat(Category.parse("libraries")).isEmpty();
  }
}
