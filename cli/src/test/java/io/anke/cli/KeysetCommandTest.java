package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import io.anke.crypto.Aead;
import io.anke.crypto.Hex;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.testing.Canaries;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key's whole life through {@code anke keyset}: create, use, rotate, retire. */
class KeysetCommandTest {
  @TempDir Path dir;

  static final String KEK_HEX = Canaries.SM4_KEY_HEX;

  /** The KEK of kek.hex, for opening in code what the command wrote. */
  static Aead kekAead() {
    return Sm4Gcm.withKey(Sm4Key.fromBytes(Hex.decode(KEK_HEX)));
  }

  static Run anke(String... args) {
    return MainTest.run(args);
  }

  static Run ok(String... args) {
    Run r = anke(args);
    assertThat(r.exit()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  String p(String name) {
    return dir.resolve(name).toString();
  }

  static String id(String text) {
    Matcher m = Pattern.compile("0x[0-9a-f]{8}").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group();
  }

  static List<String> ids(String list) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(0x[0-9a-f]{8})").matcher(list);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void aKeysWholeLife() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), KEK_HEX + "\n");
    String ks = p("orders.keyset");
    String kek = p("kek.hex");

    // Create.
    Run created = ok("keyset", "create", "--keyset", ks, "--kek", kek);
    String gen1 = id(created.out());
    assertThat(Files.readString(dir.resolve("orders.keyset")))
        .startsWith("-----BEGIN ANKE ENCRYPTED KEYSET-----");
    assertThat(anke("keyset", "create", "--keyset", ks, "--kek", kek).exit()).isEqualTo(2);

    // Use.
    Files.writeString(dir.resolve("m1"), "first generation");
    ok(
        "keyset",
        "encrypt",
        "--keyset",
        ks,
        "--kek",
        kek,
        "--in",
        p("m1"),
        "--out",
        p("c1"),
        "--aad",
        "0a0b");
    assertThat(Files.readAllBytes(dir.resolve("c1"))[0]).isEqualTo((byte) 1);

    // Rotate (one step), then the careful two-step rotation.
    String gen2 = id(ok("keyset", "rotate", "--keyset", ks, "--kek", kek).out());
    Files.writeString(dir.resolve("m2"), "second generation");
    ok("keyset", "encrypt", "--keyset", ks, "--kek", kek, "--in", p("m2"), "--out", p("c2"));
    Run added = ok("keyset", "rotate", "--add-only", "--keyset", ks, "--kek", kek);
    String gen3 = id(added.out());
    assertThat(added.out()).contains("promote --id " + gen3);
    ok("keyset", "promote", "--keyset", ks, "--kek", kek, "--id", gen3);
    Files.writeString(dir.resolve("m3"), "third generation");
    ok("keyset", "encrypt", "--keyset", ks, "--kek", kek, "--in", p("m3"), "--out", p("c3"));

    Run list = ok("keyset", "list", "--keyset", ks, "--kek", kek);
    assertThat(ids(list.out())).containsExactly(gen1, gen2, gen3);
    assertThat(list.out()).contains("sm4-gcm keyset, 3 keys, primary " + gen3);
    assertThat(list.out()).containsPattern(gen3 + " +enabled +\\*");

    // Every generation still decrypts.
    ok(
        "keyset",
        "decrypt",
        "--keyset",
        ks,
        "--kek",
        kek,
        "--in",
        p("c1"),
        "--out",
        p("d1"),
        "--aad",
        "0a0b");
    ok("keyset", "decrypt", "--keyset", ks, "--kek", kek, "--in", p("c2"), "--out", p("d2"));
    ok("keyset", "decrypt", "--keyset", ks, "--kek", kek, "--in", p("c3"), "--out", p("d3"));
    assertThat(Files.readString(dir.resolve("d1"))).isEqualTo("first generation");
    assertThat(Files.readString(dir.resolve("d2"))).isEqualTo("second generation");
    assertThat(Files.readString(dir.resolve("d3"))).isEqualTo("third generation");

    // Retire generation 1: disable, find out, re-enable, disable, destroy.
    ok("keyset", "disable", "--keyset", ks, "--kek", kek, "--id", gen1);
    Run refused =
        anke(
            "keyset",
            "decrypt",
            "--keyset",
            ks,
            "--kek",
            kek,
            "--in",
            p("c1"),
            "--out",
            p("x1"),
            "--aad",
            "0a0b");
    assertThat(refused.exit()).isEqualTo(3);
    assertThat(refused.err())
        .contains("key " + gen1 + ", which is disabled")
        .contains("anke keyset enable --id " + gen1);
    assertThat(dir.resolve("x1")).doesNotExist();
    ok("keyset", "enable", "--keyset", ks, "--kek", kek, "--id", gen1);
    ok("keyset", "decrypt", "--keyset", ks, "--kek", kek, "--in", p("c1"), "--aad", "0a0b");
    ok("keyset", "disable", "--keyset", ks, "--kek", kek, "--id", gen1);
    ok("keyset", "destroy", "--keyset", ks, "--kek", kek, "--id", gen1);
    Run destroyed =
        anke("keyset", "decrypt", "--keyset", ks, "--kek", kek, "--in", p("c1"), "--aad", "0a0b");
    assertThat(destroyed.exit()).isEqualTo(3);
    assertThat(destroyed.err())
        .isEqualTo(
            "anke: the data was made with key "
                + gen1
                + ", which was destroyed; it can no longer be decrypted or verified\n");
    ok("keyset", "decrypt", "--keyset", ks, "--kek", kek, "--in", p("c2"));
    assertThat(ok("keyset", "list", "--keyset", ks, "--kek", kek).out())
        .containsPattern(gen1 + " +destroyed");

    // The primary cannot be retired: a usage error.
    Run primary = anke("keyset", "destroy", "--keyset", ks, "--kek", kek, "--id", gen3);
    assertThat(primary.exit()).isEqualTo(2);
    assertThat(primary.err()).contains("it is the primary key; promote another key first");
  }

  @Test
  void wrongKekTamperedFilesAndBadIdsAreRejected() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), KEK_HEX);
    Files.writeString(dir.resolve("other.hex"), "ff0102030405060708090a0b0c0d0e0f");
    String ks = p("k.keyset");
    ok("keyset", "create", "--keyset", ks, "--kek", p("kek.hex"));
    Run wrong = anke("keyset", "list", "--keyset", ks, "--kek", p("other.hex"));
    assertThat(wrong.exit()).isEqualTo(3);
    assertThat(wrong.err())
        .contains("cannot open the keyset: wrong key-encryption key, or the file was modified")
        .doesNotContainIgnoringCase(KEK_HEX);
    String text = Files.readString(dir.resolve("k.keyset"));
    int at = text.indexOf('\n') + 60;
    char c = text.charAt(at);
    Files.writeString(
        dir.resolve("k.keyset"),
        text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
    assertThat(anke("keyset", "list", "--keyset", ks, "--kek", p("kek.hex")).exit()).isEqualTo(3);
    Files.writeString(dir.resolve("short.hex"), "0011");
    Run badKek = anke("keyset", "create", "--keyset", p("n.keyset"), "--kek", p("short.hex"));
    assertThat(badKek.exit()).isEqualTo(3);
    assertThat(badKek.err()).contains("expected 32 hex digits");
    // A KEK file that is almost right: the error names the file, never what it holds.
    for (String almost :
        List.of(KEK_HEX + "ab", KEK_HEX.substring(0, 30), KEK_HEX + "\n" + KEK_HEX)) {
      Files.writeString(dir.resolve("almost.hex"), almost);
      Run wrongLength =
          anke("keyset", "create", "--keyset", p("a.keyset"), "--kek", p("almost.hex"));
      assertThat(wrongLength.exit()).as(wrongLength.err()).isEqualTo(3);
      assertThat(wrongLength.err()).doesNotContainIgnoringCase(KEK_HEX.substring(0, 30));
    }
    Run badId = anke("keyset", "disable", "--keyset", ks, "--kek", p("kek.hex"), "--id", "xyz");
    assertThat(badId.exit()).isEqualTo(2);
    assertThat(badId.err()).contains("'xyz'; expected 1 to 8 hex digits");
    assertThat(anke("keyset").exit()).isEqualTo(2);
  }

  @Test
  void signingKeysetUnderAnSm2KekAndPublicVerification() throws Exception {
    ok("sm2", "keygen", "--out", p("kek.pem"));
    String ks = p("signing.keyset");
    ok("keyset", "create", "--type", "sm2", "--keyset", ks, "--kek", p("kek.pem"));
    Files.writeString(dir.resolve("release.txt"), "release 2.0");
    ok(
        "keyset",
        "sign",
        "--keyset",
        ks,
        "--kek",
        p("kek.pem"),
        "--in",
        p("release.txt"),
        "--out",
        p("old.sig"));
    ok("keyset", "rotate", "--keyset", ks, "--kek", p("kek.pem"));
    ok(
        "keyset",
        "sign",
        "--keyset",
        ks,
        "--kek",
        p("kek.pem"),
        "--in",
        p("release.txt"),
        "--out",
        p("new.sig"));
    ok("keyset", "public", "--keyset", ks, "--kek", p("kek.pem"), "--out", p("signing.pub"));
    assertThat(Files.readString(dir.resolve("signing.pub")))
        .startsWith("-----BEGIN ANKE PUBLIC KEYSET-----");
    for (String sig : List.of("old.sig", "new.sig")) {
      Run v =
          anke(
              "keyset",
              "verify",
              "--keyset",
              p("signing.pub"),
              "--sig",
              p(sig),
              "--in",
              p("release.txt"));
      assertThat(v.exit()).as(v.err()).isZero();
      assertThat(v.out()).isEqualTo("Signature OK\n");
    }
    Files.writeString(dir.resolve("release.txt"), "release 2.1");
    Run bad =
        anke(
            "keyset",
            "verify",
            "--keyset",
            p("signing.pub"),
            "--sig",
            p("new.sig"),
            "--in",
            p("release.txt"));
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).isEqualTo("Signature invalid\n");
    Run wrongType =
        anke("keyset", "encrypt", "--keyset", ks, "--kek", p("kek.pem"), "--in", p("release.txt"));
    assertThat(wrongType.exit()).isEqualTo(2);
    assertThat(wrongType.err())
        .isEqualTo(
            "anke: the keyset holds sm2 keys; \"anke keyset encrypt\" needs a keyset of sm4-gcm"
                + " keys\n");
  }

  @Test
  void anHmacSm3KeysetIsCreatedListedAndRotatedButNotUsedForData() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), KEK_HEX);
    String ks = p("audit.keyset");
    String kek = p("kek.hex");
    Run created = ok("keyset", "create", "--type", "hmac-sm3", "--keyset", ks, "--kek", kek);
    String gen1 = id(created.out());
    assertThat(created.out())
        .isEqualTo("Created an hmac-sm3 keyset with primary key " + gen1 + " in " + ks + "\n");
    String gen2 = id(ok("keyset", "rotate", "--keyset", ks, "--kek", kek).out());
    Run list = ok("keyset", "list", "--keyset", ks, "--kek", kek);
    assertThat(list.out()).startsWith("hmac-sm3 keyset, 2 keys, primary " + gen2 + "\n");
    assertThat(ids(list.out())).containsExactly(gen1, gen2);
    assertThat(list.out()).containsPattern(gen2 + " +enabled +\\* +key-id");
    ok("keyset", "disable", "--keyset", ks, "--kek", kek, "--id", gen1);
    assertThat(ok("keyset", "list", "--keyset", ks, "--kek", kek).out())
        .containsPattern(gen1 + " +disabled");

    // The file is a real hmac-sm3 keyset whose MACs name the primary key.
    KeysetHandle h =
        KeysetHandle.read(
            new ByteArrayInputStream(Files.readAllBytes(dir.resolve("audit.keyset"))), kekAead());
    byte[] mac = h.mac().computeMac(new byte[] {1, 2, 3});
    assertThat(KeyInfo.formatId(h.mac().primaryKeyId())).isEqualTo(gen2);
    assertThat(mac).hasSize(37);
    assertThat(h.mac().verifyMac(mac, new byte[] {1, 2, 3})).isTrue();

    // The data commands refuse it as the wrong type: a usage error that says which type is needed.
    Files.writeString(dir.resolve("m"), "record");
    Files.writeString(dir.resolve("sig"), "x");
    String[][] refused = { // command, the type it needs, its data options
      {"encrypt", "sm4-gcm", "--in", p("m")},
      {"decrypt", "sm4-gcm", "--in", p("m")},
      {"sign", "sm2", "--in", p("m")},
      {"public", "sm2"},
    };
    for (String[] r : refused) {
      List<String> args = new ArrayList<>(List.of("keyset", r[0], "--keyset", ks, "--kek", kek));
      args.addAll(Arrays.asList(r).subList(2, r.length));
      args.addAll(List.of("--out", p("o")));
      Run run = anke(args.toArray(String[]::new));
      assertThat(run.exit()).as(r[0]).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "anke: the keyset holds hmac-sm3 keys; \"anke keyset "
                  + r[0]
                  + "\" needs a keyset of "
                  + r[1]
                  + " keys\n");
    }
    Run verify =
        anke("keyset", "verify", "--keyset", ks, "--kek", kek, "--sig", p("sig"), "--in", p("m"));
    assertThat(verify.exit()).isEqualTo(2);
    assertThat(verify.err()).contains("\"anke keyset verify\" needs a keyset of sm2 keys");
    assertThat(dir.resolve("o")).doesNotExist();

    Run badType =
        anke("keyset", "create", "--type", "hmac-sha256", "--keyset", p("x"), "--kek", kek);
    assertThat(badType.exit()).isEqualTo(2);
    assertThat(badType.err()).contains("expected one of sm4-gcm, sm2, hmac-sm3");

    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Run zh = anke("keyset", "encrypt", "--keyset", ks, "--kek", kek, "--in", p("m"));
      assertThat(zh.exit()).isEqualTo(2);
      assertThat(zh.err())
          .isEqualTo("anke: 该密钥集中是 hmac-sm3 密钥；\"anke keyset encrypt\" 需要 sm4-gcm 密钥集\n");
      assertThat(ok("keyset", "create", "--help").out()).contains("或 hmac-sm3").contains("消息鉴别码");
    } finally {
      Locale.setDefault(saved);
    }
    Run help = ok("keyset", "create", "--help");
    assertThat(help.out()).contains("--type=sm4-gcm|sm2|hmac-sm3").contains("or hmac-sm3");
  }

  @Test
  void aKeysetOfPublicKeysOnlyCannotSignOrRotate() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), KEK_HEX);
    Aead kek = kekAead();
    // A public keyset stored under a KEK, as a verifier's deployment might keep it.
    try (OutputStream out = Files.newOutputStream(dir.resolve("pub.keyset"))) {
      KeysetHandle.generateNew(KeyType.SM2).publicKeysetHandle().write(out, kek);
    }
    Files.writeString(dir.resolve("m"), "release");
    Run sign =
        anke("keyset", "sign", "--keyset", p("pub.keyset"), "--kek", p("kek.hex"), "--in", p("m"));
    assertThat(sign.exit()).isEqualTo(2);
    assertThat(sign.err())
        .isEqualTo(
            "anke: the keyset holds public keys only; \"anke keyset sign\" needs the private keys\n");
    Run rotate = anke("keyset", "rotate", "--keyset", p("pub.keyset"), "--kek", p("kek.hex"));
    assertThat(rotate.exit()).isEqualTo(2);
    assertThat(rotate.err()).contains("\"anke keyset rotate\" needs the private keys");
  }

  @Test
  void messagesFollowTheLocale() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), KEK_HEX);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Run r = ok("keyset", "create", "--keyset", p("z.keyset"), "--kek", p("kek.hex"));
      assertThat(r.out()).startsWith("已在 ").contains("主密钥 0x");
      Run help = ok("keyset", "--help");
      assertThat(help.out()).contains("密钥集");
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(new String(Files.readAllBytes(dir.resolve("z.keyset")), StandardCharsets.US_ASCII))
        .contains("ANKE ENCRYPTED KEYSET");
  }
}
