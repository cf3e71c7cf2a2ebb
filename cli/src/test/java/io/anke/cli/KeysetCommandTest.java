package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key's whole life through {@code anke keyset}: create, use, rotate, retire. */
class KeysetCommandTest {
  @TempDir Path dir;

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
    Files.writeString(dir.resolve("kek.hex"), "000102030405060708090a0b0c0d0e0f\n");
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
    Files.writeString(dir.resolve("kek.hex"), "000102030405060708090a0b0c0d0e0f");
    Files.writeString(dir.resolve("other.hex"), "ff0102030405060708090a0b0c0d0e0f");
    String ks = p("k.keyset");
    ok("keyset", "create", "--keyset", ks, "--kek", p("kek.hex"));
    Run wrong = anke("keyset", "list", "--keyset", ks, "--kek", p("other.hex"));
    assertThat(wrong.exit()).isEqualTo(3);
    assertThat(wrong.err())
        .contains("cannot open the keyset: wrong key-encryption key, or the file was modified");
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
    Run badId = anke("keyset", "disable", "--keyset", ks, "--kek", p("kek.hex"), "--id", "xyz");
    assertThat(badId.exit()).isEqualTo(2);
    assertThat(badId.err()).contains("not 1 to 8 hex digits");
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
    assertThat(wrongType.err()).contains("this is a sm2 keyset");
  }

  @Test
  void messagesFollowTheLocale() throws Exception {
    Files.writeString(dir.resolve("kek.hex"), "000102030405060708090a0b0c0d0e0f");
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
