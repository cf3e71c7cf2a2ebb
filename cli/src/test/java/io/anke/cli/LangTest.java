package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --lang zh|en} and {@code ANKE_LANG}: help, parse errors, messages, printed lines and
 * report files in the chosen language whatever the JVM's locale, in-process and as a process.
 */
@ExtendWith(EnglishLocale.class)
class LangTest {
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

  @TempDir Path dir;

  private static Run anke(String... args) {
    return MainTest.run(args);
  }

  /** Runs {@code body} with the JVM's default locale set to {@code locale}. */
  private static <T> T under(Locale locale, Supplier<T> body) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return body.get();
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theOptionIsFoundWhereverItStandsUntilTheEndOfOptions() {
    assertThat(Lang.optionValue(new String[] {"--lang", "zh", "scan"})).isEqualTo("zh");
    assertThat(Lang.optionValue(new String[] {"sm2", "verify", "--lang=en"})).isEqualTo("en");
    assertThat(Lang.optionValue(new String[] {"--lang", "zh", "sm3", "--lang", "en"}))
        .isEqualTo("en");
    assertThat(Lang.optionValue(new String[] {"sm3", "--", "--lang", "zh"})).isNull();
    assertThat(Lang.optionValue(new String[] {"sm3", "--lang"})).isNull();
    assertThat(Lang.parse("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Lang.parse("zh_CN.UTF-8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Lang.parse("EN-us")).isEqualTo(Locale.ENGLISH);
    assertThat(Lang.parse("fr")).isNull();
    assertThat(Lang.parse("")).isNull();
  }

  @Test
  void langBeforeOrAfterTheSubcommandGivesChineseUnderAnEnglishLocale() {
    Run root = anke("--lang", "zh", "--help");
    assertThat(root.exit()).isZero();
    assertThat(root.out())
        .startsWith("安可 (Anke)：")
        .contains("用法：anke ")
        .contains("命令：")
        .contains("退出码：")
        .contains("--lang=zh|en")
        .doesNotContain("Usage:")
        .doesNotContain("Commands:");
    Run after = anke("sm2", "verify", "--help", "--lang", "zh");
    assertThat(after.out()).contains("用法：anke sm2 verify").contains("签名有效");
    assertThat(anke("sm2", "verify", "--lang=zh", "--help").out()).isEqualTo(after.out());
    assertThat(anke("sm2", "verify", "--help").out())
        .contains("Usage: anke sm2 verify")
        .doesNotContain("用法");
  }

  @Test
  void everyCommandsHelpFollowsTheOptionAndNotTheLocale() {
    List<List<String>> commands = new ArrayList<>();
    collect(Main.commandLine(Locale.ENGLISH), new ArrayList<>(), commands);
    assertThat(commands).hasSizeGreaterThan(30);
    for (List<String> command : commands) {
      String[] english = with(command, "--help", "--lang", "en");
      String[] chinese = with(command, "--help", "--lang", "zh");
      String[] plain = with(command, "--help");
      String en = under(Locale.SIMPLIFIED_CHINESE, () -> anke(english).out());
      String zh = under(Locale.ENGLISH, () -> anke(chinese).out());
      // The option gives exactly what the matching locale gives, whatever the locale is.
      assertThat(en).as("%s --lang en", command).isEqualTo(anke(plain).out());
      assertThat(zh)
          .as("%s --lang zh", command)
          .isEqualTo(under(Locale.SIMPLIFIED_CHINESE, () -> anke(plain).out()));
      assertThat(en).as("%s", command).contains("Usage: ").doesNotContain("用法");
      assertThat(zh)
          .as("%s", command)
          .contains("用法：")
          .containsPattern(CJK)
          .doesNotContain("Usage:")
          .doesNotContain("Commands:")
          .doesNotContain("Options:")
          .doesNotContain("Exit codes:");
    }
  }

  private static void collect(CommandLine cmd, List<String> path, List<List<String>> into) {
    into.add(path);
    cmd.getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> longer = new ArrayList<>(path);
              longer.add(name);
              collect(sub, longer, into);
            });
  }

  private static String[] with(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command);
    all.addAll(Arrays.asList(more));
    return all.toArray(new String[0]);
  }

  @Test
  void parseErrorsAreInTheChosenLanguage() {
    Run missing = anke("--lang", "zh", "sm2", "sign");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("anke: 缺少必需的选项：--key=KEY.pem\n")
        .endsWith("运行 'anke sm2 sign --help' 查看更多信息。\n");
    assertThat(anke("sm2", "sign", "--lang", "zh", "--key").err())
        .startsWith("anke: 选项 --key 需要一个值（KEY.pem）\n");
    assertThat(anke("--lang", "zh", "sm2", "sign", "--key", "k.pem", "--nope").err())
        .startsWith("anke: 未知选项：'--nope'\n");
    assertThat(anke("--lang", "zh", "sm2", "sign", "--out", "a", "--out", "b").err())
        .startsWith("anke: 选项 --out 只能给出一次\n");
    assertThat(anke("--lang", "zh", "sm4", "encrypt", "--mode", "xts", "--key", "00").err())
        .startsWith("anke: --mode 的值 'xts' 无效；可接受的值：gcm, cbc, ctr, ecb\n");
    assertThat(anke("--lang", "zh", "host", "--format", "xml").err())
        .startsWith("anke: --format 的值 'xml' 无效；可接受的值：text, json, cyclonedx\n");
    assertThat(
            anke(
                    "--lang",
                    "zh",
                    "cert",
                    "self-signed",
                    "--key",
                    "k",
                    "--subject",
                    "CN=a",
                    "--days",
                    "x")
                .err())
        .startsWith("anke: --days 的值 'x' 无效；可接受的值：整数\n");
    Run typo = anke("--lang", "zh", "scna");
    assertThat(typo.err()).startsWith("anke: 未知命令：'scna'\n您是否要运行：anke scan？\n");

    Run english =
        under(
            Locale.SIMPLIFIED_CHINESE, () -> anke("--lang", "en", "sm4", "encrypt", "--key", "00"));
    assertThat(english.exit()).isEqualTo(2);
    assertThat(english.err())
        .startsWith("anke: missing required option: --mode=gcm|cbc|ctr|ecb\n")
        .endsWith("Try 'anke sm4 --help' for more information.\n")
        .doesNotContainPattern(CJK);
    assertThat(under(Locale.SIMPLIFIED_CHINESE, () -> anke("--lang", "en", "scna").err()))
        .startsWith("anke: unknown command: 'scna'\ndid you mean: anke scan?\n");
  }

  @Test
  void badHexAndOutOfRangeValuesAreSaidInTheChosenLanguage() throws IOException {
    Files.writeString(dir.resolve("m"), "m");
    Run zh = anke("--lang", "zh", "sm3", "--hmac-key", "0x12z4", dir.resolve("m").toString());
    assertThat(zh.exit()).isEqualTo(3);
    assertThat(zh.err()).isEqualTo("anke: --hmac-key：不是十六进制：第 5 个字符不是十六进制数字\n");
    Run odd =
        under(
            Locale.SIMPLIFIED_CHINESE,
            () -> anke("sm4", "encrypt", "--mode", "gcm", "--key", "abc", "--lang", "en"));
    assertThat(odd.err())
        .isEqualTo("anke: --key: not hex: an odd number of digits (one is missing)\n");
    Run iterations =
        anke("--lang", "zh", "password", "hash", "--iterations", "5", "--password-file", "m");
    assertThat(iterations.exit()).isEqualTo(2);
    assertThat(iterations.err()).isEqualTo("anke: --iterations 必须在 10000 到 10000000 之间，实际为 5\n");
  }

  @Test
  void aBadLanguageIsAUsageErrorNamingTheAcceptedValues() {
    Run option = anke("--lang", "fr", "sm3");
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err())
        .startsWith("anke: invalid value for --lang: 'fr'; expected one of zh, en\n");
    Run variable = MainTest.run(Map.of("ANKE_LANG", "fr"), "sm3", "--help");
    assertThat(variable.exit()).isEqualTo(2);
    assertThat(variable.err())
        .isEqualTo(
            "anke: invalid value for ANKE_LANG: 'fr'; expected one of zh, en\n"
                + "Try 'anke --help' for more information.\n");
    assertThat(variable.out()).isEmpty();
    // The option comes first: with it, the variable is not consulted.
    assertThat(MainTest.run(Map.of("ANKE_LANG", "fr"), "--lang", "en", "sm3", "--help").exit())
        .isZero();
    // A bad option value is said in the language of the next source, here the variable.
    Run chinese = MainTest.run(Map.of("ANKE_LANG", "zh"), "--lang", "de", "sm3");
    assertThat(chinese.exit()).isEqualTo(2);
    assertThat(chinese.err()).startsWith("anke: --lang 的值 'de' 无效；可接受的值：zh, en\n");
  }

  @Test
  void theOptionComesBeforeTheVariableAndTheVariableBeforeTheLocale() {
    assertThat(MainTest.run(Map.of("ANKE_LANG", "zh"), "sm3", "--help").out())
        .contains("用法：anke sm3");
    assertThat(MainTest.run(Map.of("ANKE_LANG", "zh_CN.UTF-8"), "sm3", "--help").out())
        .contains("用法：anke sm3");
    assertThat(MainTest.run(Map.of("ANKE_LANG", "zh"), "--lang", "en", "sm3", "--help").out())
        .contains("Usage: anke sm3");
    assertThat(
            under(
                Locale.SIMPLIFIED_CHINESE,
                () -> MainTest.run(Map.of("ANKE_LANG", "en"), "sm3", "--help").out()))
        .contains("Usage: anke sm3");
    assertThat(MainTest.run(Map.of("ANKE_LANG", " "), "sm3", "--help").out())
        .contains("Usage: anke sm3");
    // Any Chinese locale, with or without a country, gives the Simplified Chinese texts.
    for (Locale zh :
        List.of(Locale.CHINESE, Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE)) {
      assertThat(under(zh, () -> anke("sm3", "--help").out())).as("%s", zh).contains("用法：anke sm3");
    }
  }

  @Test
  void scanWritesItsReportsAndLinesInTheChosenLanguage() throws IOException {
    Path sbom = Files.writeString(dir.resolve("app.cdx.json"), ScanCommandTest.SBOM);
    Path zhOut = dir.resolve("zh");
    Run zh =
        anke(
            "--lang",
            "zh",
            "scan",
            "--sbom",
            sbom.toString(),
            "--fail-on",
            "low",
            "--format",
            "text,json,sarif,html",
            "--output",
            zhOut.toString());
    assertThat(zh.exit()).as(zh.err()).isEqualTo(1);
    assertThat(zh.out()).startsWith("发现：").contains("已写入 ");
    assertThat(zh.err()).startsWith("anke: ").containsPattern(CJK);
    assertThat(Files.readString(zhOut.resolve("anke-report.txt"))).startsWith("Anke 合规检查报告");
    assertThat(Files.readString(zhOut.resolve("anke-report.json")))
        .contains("\"language\" : \"zh-CN\"");
    assertThat(Files.readString(zhOut.resolve("anke-report.sarif")))
        .contains("\"language\" : \"zh-CN\"");
    assertThat(Files.readString(zhOut.resolve("anke-report.html")))
        .contains("<html lang=\"zh-CN\"");

    Path enOut = dir.resolve("en");
    Run en =
        under(
            Locale.SIMPLIFIED_CHINESE,
            () ->
                anke(
                    "scan",
                    "--sbom",
                    sbom.toString(),
                    "--lang",
                    "en",
                    "--fail-on",
                    "low",
                    "--format",
                    "text,json,sarif,html",
                    "--output",
                    enOut.toString()));
    assertThat(en.exit()).isEqualTo(1);
    assertThat(en.out()).startsWith("Findings: ").contains("wrote ").doesNotContainPattern(CJK);
    assertThat(en.err()).startsWith("anke: findings at or above");
    assertThat(Files.readString(enOut.resolve("anke-report.txt")))
        .startsWith("Anke compliance report");
    assertThat(Files.readString(enOut.resolve("anke-report.json")))
        .contains("\"language\" : \"en\"");
    assertThat(Files.readString(enOut.resolve("anke-report.sarif")))
        .contains("\"language\" : \"en-US\"");
    assertThat(Files.readString(enOut.resolve("anke-report.html"))).contains("<html lang=\"en\"");

    // The report on standard output too.
    assertThat(anke("scan", "--sbom", sbom.toString(), "--lang", "zh").out())
        .startsWith("Anke 合规检查报告");
  }

  @Test
  void anInputErrorOfTheCoreIsInTheChosenLanguageAndTheEnglishOneIsUnchanged() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.cdx.json"), "");
    Path notJson = Files.writeString(dir.resolve("bad.cdx.json"), "{\n  \"bomFormat\": [\n");
    Run en = anke("scan", "--sbom", empty.toString());
    Run zh = anke("--lang", "zh", "scan", "--sbom", empty.toString());
    assertThat(en.exit()).isEqualTo(3);
    assertThat(zh.exit()).isEqualTo(3);
    assertThat(en.err()).isEqualTo("anke: " + empty + ": empty file" + System.lineSeparator());
    assertThat(zh.err()).isEqualTo("anke: " + empty + ": 文件为空" + System.lineSeparator());
    // The file:line prefix stays in front in both languages; a parser's own words stay as they are.
    assertThat(anke("--lang", "zh", "scan", "--sbom", notJson.toString()).err())
        .startsWith("anke: " + notJson + ":")
        .contains("CycloneDX JSON：JSON 格式不正确：")
        .doesNotContain("\tat ");
    assertThat(anke("scan", "--sbom", notJson.toString()).err())
        .startsWith("anke: " + notJson + ":")
        .contains("CycloneDX JSON: not well-formed JSON: ")
        .doesNotContainPattern(CJK);
  }

  @Test
  void listsOfRulesAndProfilesAreInTheChosenLanguage() {
    String zh = anke("--lang", "zh", "profiles").out();
    assertThat(zh).contains("政务云基线");
    String en = under(Locale.SIMPLIFIED_CHINESE, () -> anke("--lang", "en", "profiles").out());
    assertThat(en).doesNotContainPattern(CJK);
    assertThat(anke("--lang", "zh", "rules").out()).containsPattern(CJK);
    assertThat(under(Locale.SIMPLIFIED_CHINESE, () -> anke("--lang", "en", "rules").out()))
        .doesNotContainPattern(CJK);
  }

  // ---- as a process ---------------------------------------------------------------------------

  /** What a separate JVM printed and its exit code. */
  record Proc(int exit, String out, String err) {}

  private Proc process(List<String> jvmOptions, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", classPath));
    cmd.add("io.anke.cli.Main");
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("ANKE_LANG");
    pb.environment().put("LANG", "C");
    pb.environment().putAll(env);
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Proc(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void asAProcessTheOptionAndTheVariableBeatTheJvmLocale() throws Exception {
    Files.writeString(dir.resolve("msg"), "not a signature\n");
    Files.writeString(dir.resolve("p.pem"), PUBLIC_KEY);
    Proc zh =
        process(
            List.of("-Duser.language=en", "-Duser.country=US"),
            Map.of(),
            "--lang",
            "zh",
            "sm2",
            "verify",
            "--pubkey",
            "p.pem",
            "--sig",
            "msg",
            "--in",
            "msg");
    assertThat(zh.exit()).isEqualTo(3);
    assertThat(zh.err())
        .isEqualTo(
            "anke: msg：不是 SM2 签名：这 16 字节既不是 DER 编码（两个 INTEGER 组成的 SEQUENCE，即 OpenSSL 的格式），也不是 64 字节的 r||s\n");
    assertThat(zh.out()).isEmpty();

    Proc en =
        process(
            List.of("-Duser.language=zh", "-Duser.country=CN"),
            Map.of("ANKE_LANG", "en"),
            "sm2",
            "--help");
    assertThat(en.exit()).isZero();
    assertThat(en.out()).contains("Usage: anke sm2").doesNotContainPattern(CJK);

    // A language without a country (-Duser.language=zh alone) is Chinese too.
    Proc languageOnly = process(List.of("-Duser.language=zh"), Map.of(), "sm3", "--help");
    assertThat(languageOnly.out()).contains("用法：anke sm3");

    Proc bad = process(List.of(), Map.of("ANKE_LANG", "jp"), "sm3", "--help");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .startsWith("anke: invalid value for ANKE_LANG: 'jp'; expected one of zh, en");
  }

  private static final String PUBLIC_KEY =
      io.anke.crypto.sm2.Sm2KeyPair.generate().publicKey().toSpkiPem();
}
