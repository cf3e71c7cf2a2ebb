package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.pkix.OpenSsl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BlindIndex}: a fixed known answer, the same derivation and MAC computed by the OpenSSL 3
 * command line ({@code openssl kdf … HKDF}, {@code openssl mac … HMAC}), the built-in normalisers,
 * unlinkable columns, lengths, and the argument and destroy contracts.
 */
class BlindIndexTest {
  static final byte[] KEY =
      Hex.decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  static final String COLUMN = "hr.employee.id_number";

  @TempDir Path dir;

  @BeforeAll
  static void openSslIsThere() {
    // CI installs OpenSSL 3; a missing one fails the build rather than skipping the check.
    assertThat(OpenSsl.run(Path.of(System.getProperty("java.io.tmpdir")), "version").out())
        .as("OpenSSL 3 command line on PATH")
        .startsWith("OpenSSL 3");
  }

  @Test
  void knownAnswer() {
    // Computed with OpenSSL 3.0.19: the column key with
    //   openssl kdf -keylen 32 -kdfopt digest:SM3 -kdfopt hexkey:000102…1f
    //     -kdfopt hexinfo:616e6b652f626c696e642d696e6465782f7631 00 68722e…6572 HKDF
    //   = a9c62c0b22b0b6acda60798ac801b65676f0524a9262caa1120890e93945629a
    // and the index with
    //   printf 11010519491231002X | openssl mac -digest SM3 -macopt hexkey:a9c62c0b… HMAC
    String full = "777c1a35a05c1150570f8c7e1759fb20665ddf6f0355cf7a97e8bd86635721e3";
    BlindIndex idx = BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.IDENTIFIER);
    assertThat(idx.length()).isEqualTo(16);
    assertThat(idx.computeHex("11010519491231002x")).isEqualTo(full.substring(0, 32));
    assertThat(idx.compute("11010519491231002X")).isEqualTo(Hex.decode(full.substring(0, 32)));
    assertThat(
            BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.IDENTIFIER, 32)
                .computeHex("110105 19491231 002X"))
        .isEqualTo(full);
    assertThat(
            BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.IDENTIFIER, 4)
                .computeHex("１１０１０５１９４９１２３１００２ｘ"))
        .isEqualTo(full.substring(0, 8));
  }

  @Test
  void theOpenSslCommandLineComputesTheSameIndexes() {
    Random random = new Random(20261213L);
    Object[][] cases = {
      {COLUMN, IndexNormalizer.IDENTIFIER, "44052418800101001４", 16},
      {"客户.手机号", IndexNormalizer.IDENTIFIER, "+86 138-0013-8000", 8},
      {"hr.employee.name", IndexNormalizer.TEXT, "  张三　Zhang SAN ", 32},
      {"hr.employee.address", IndexNormalizer.TEXT, "北京市海淀区ＡＢＣ大厦 Straße 1", 4},
      {"c", IndexNormalizer.EXACT, "Exact Text, kept as is", 20},
    };
    for (Object[] c : cases) {
      byte[] key = new byte[16 + random.nextInt(17)];
      random.nextBytes(key);
      String column = (String) c[0];
      IndexNormalizer normalizer = (IndexNormalizer) c[1];
      String value = (String) c[2];
      int length = (Integer) c[3];

      byte[] info =
          concat(
              "anke/blind-index/v1".getBytes(StandardCharsets.US_ASCII),
              new byte[] {0},
              column.getBytes(StandardCharsets.UTF_8));
      String columnKey =
          OpenSsl.run(
                  dir,
                  "kdf",
                  "-keylen",
                  "32",
                  "-kdfopt",
                  "digest:SM3",
                  "-kdfopt",
                  "hexkey:" + Hex.encode(key),
                  "-kdfopt",
                  "hexinfo:" + Hex.encode(info),
                  "HKDF")
              .assertOk()
              .out()
              .strip()
              .replace(":", "")
              .toLowerCase(Locale.ROOT);
      String tag =
          OpenSsl.run(
                  dir,
                  normalizer.normalize(value).getBytes(StandardCharsets.UTF_8),
                  "mac",
                  "-digest",
                  "SM3",
                  "-macopt",
                  "hexkey:" + columnKey,
                  "HMAC")
              .assertOk()
              .out()
              .strip()
              .toLowerCase(Locale.ROOT);
      assertThat(BlindIndex.forColumn(key, column, normalizer, length).computeHex(value))
          .as("%s / %s", column, value)
          .isEqualTo(tag.substring(0, 2 * length));
    }
  }

  static byte[] concat(byte[]... parts) {
    byte[] out = new byte[0];
    for (byte[] p : parts) {
      int at = out.length;
      out = Arrays.copyOf(out, at + p.length);
      System.arraycopy(p, 0, out, at, p.length);
    }
    return out;
  }

  // ---- normalisers ----

  @Test
  void theIdentifierNormaliserMatchesLowerCaseXSeparatorsAndFullWidthForms() {
    IndexNormalizer n = IndexNormalizer.IDENTIFIER;
    for (String spelling :
        new String[] {
          "11010519491231002X",
          "11010519491231002x",
          " 110105 19491231 002X ",
          "110105-19491231-002x",
          "１１０１０５１９４９１２３１００２Ｘ",
          "１１０１０５１９４９１２３１００２ｘ",
          "110105\u300019491231\t002X\n",
        }) {
      assertThat(n.normalize(spelling)).as(spelling).isEqualTo("11010519491231002X");
    }
    assertThat(n.normalize("91110108MA01ABC25F".toLowerCase(Locale.ROOT)))
        .isEqualTo("91110108MA01ABC25F");
    assertThat(n.normalize("+86 138 0013 8000")).isEqualTo("8613800138000");
    assertThat(n.normalize("6228 4800 1234 5678 903")).isEqualTo("6228480012345678903");
    assertThat(n.normalize("E1234567８")).isEqualTo("E12345678");
  }

  @Test
  void theTextNormaliserTrimsFoldsCaseAndUnifiesCompatibilityForms() {
    IndexNormalizer n = IndexNormalizer.TEXT;
    assertThat(n.normalize("  Zhang San\u3000")).isEqualTo("zhang san");
    assertThat(n.normalize("\u00a0ZHANG SAN")).isEqualTo("zhang san");
    assertThat(n.normalize("ＺＨＡＮＧ ＳＡＮ")).isEqualTo("zhang san");
    assertThat(n.normalize("Straße")).isEqualTo(n.normalize("STRASSE"));
    assertThat(n.normalize("ΣΟΦΟΣ")).isEqualTo(n.normalize("σοφος"));
    assertThat(n.normalize("张三")).isEqualTo("张三");
    assertThat(n.normalize("Zhang  San")).as("inner spaces are kept").isEqualTo("zhang  san");
    // NFKC: the ligature and the circled digit become their plain forms.
    assertThat(n.normalize("ﬁle ①")).isEqualTo("file 1");

    BlindIndex names = BlindIndex.forColumn(KEY, "hr.employee.name", n);
    assertThat(names.compute("  Zhang San ")).isEqualTo(names.compute("ZHANG SAN"));
    BlindIndex exact = BlindIndex.forColumn(KEY, "hr.employee.name", IndexNormalizer.EXACT);
    assertThat(exact.compute("Zhang San")).isNotEqualTo(exact.compute("zhang san"));
  }

  @Test
  void aCustomNormaliserIsUsedAndMayNotReturnNull() {
    // Mobile numbers with or without the country code: the application's own rule.
    IndexNormalizer mobile =
        v -> {
          String digits = IndexNormalizer.IDENTIFIER.normalize(v);
          return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
        };
    BlindIndex idx = BlindIndex.forColumn(KEY, "hr.employee.mobile", mobile);
    assertThat(idx.compute("+86 138 0013 8000")).isEqualTo(idx.compute("13800138000"));
    BlindIndex broken = BlindIndex.forColumn(KEY, "c", v -> null);
    assertThatThrownBy(() -> broken.compute("x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null");
  }

  // ---- keys, columns, lengths ----

  @Property(tries = 200)
  void equalValuesGiveEqualIndexesOnlyWithinOneColumnAndKey(
      @ForAll @StringLength(max = 30) String value) {
    BlindIndex a = BlindIndex.forColumn(KEY, "t.a", IndexNormalizer.EXACT);
    byte[] index = a.compute(value);
    assertThat(BlindIndex.forColumn(KEY.clone(), "t.a", IndexNormalizer.EXACT).compute(value))
        .as("deterministic")
        .isEqualTo(index);
    assertThat(BlindIndex.forColumn(KEY, "t.b", IndexNormalizer.EXACT).compute(value))
        .as("another column")
        .isNotEqualTo(index);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertThat(BlindIndex.forColumn(otherKey, "t.a", IndexNormalizer.EXACT).compute(value))
        .as("another key")
        .isNotEqualTo(index);
  }

  @Test
  void lengthsFromFourToThirtyTwoBytesAreTruncationsOfOneTag() {
    byte[] full = BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.EXACT, 32).compute("v");
    for (int len = BlindIndex.MIN_LENGTH; len <= BlindIndex.MAX_LENGTH; len++) {
      BlindIndex idx = BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.EXACT, len);
      assertThat(idx.compute("v")).isEqualTo(Arrays.copyOf(full, len));
      assertThat(idx.computeHex("v"))
          .hasSize(2 * len)
          .isEqualTo(Hex.encode(Arrays.copyOf(full, len)));
    }
    for (int bad : new int[] {-1, 0, 3, 33}) {
      assertThatThrownBy(() -> BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.EXACT, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("blind-index length must be 4 to 32 bytes, got " + bad);
    }
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> BlindIndex.forColumn(new byte[15], COLUMN, IndexNormalizer.EXACT))
        .isInstanceOf(CryptoFormatException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes, got 15");
    assertThat(BlindIndex.forColumn(new byte[16], COLUMN, IndexNormalizer.EXACT).compute("v"))
        .hasSize(16);
    assertThatThrownBy(() -> BlindIndex.forColumn(null, COLUMN, IndexNormalizer.EXACT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BlindIndex.forColumn(KEY, null, IndexNormalizer.EXACT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BlindIndex.forColumn(KEY, COLUMN, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BlindIndex.forColumn(KEY, "", IndexNormalizer.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column label must not be empty");
    assertThatThrownBy(() -> BlindIndex.forColumn(KEY, "c\ud800", IndexNormalizer.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column label contains an unpaired UTF-16 surrogate");
    BlindIndex idx = BlindIndex.forColumn(KEY, COLUMN, IndexNormalizer.EXACT);
    assertThatThrownBy(() -> idx.compute("\udc00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired");
    assertThat(idx.compute(null)).as("a NULL stays NULL").isNull();
    assertThat(idx.computeHex(null)).isNull();
    assertThat(idx.compute("")).hasSize(16);
  }

  @Test
  void theKeyIsNotKeptShownOrUsableAfterDestroy() {
    byte[] key = KEY.clone();
    BlindIndex idx = BlindIndex.forColumn(key, COLUMN, IndexNormalizer.IDENTIFIER);
    byte[] before = idx.compute("x");
    Arrays.fill(key, (byte) 0); // the caller may wipe its key: only the column key is kept
    assertThat(idx.compute("x")).isEqualTo(before);
    assertThat(idx.toString())
        .isEqualTo("BlindIndex[column 'hr.employee.id_number', 16 bytes, IDENTIFIER]")
        .doesNotContain(Hex.encode(KEY))
        .doesNotContain("a9c62c0b");
    assertThat(idx.column()).isEqualTo(COLUMN);

    idx.destroy();
    idx.destroy(); // idempotent
    assertThat(idx.isDestroyed()).isTrue();
    assertThat(idx.toString()).endsWith(", destroyed]");
    assertThatThrownBy(() -> idx.compute("x")).isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> idx.computeHex("x")).isInstanceOf(KeyDestroyedException.class);
  }
}
