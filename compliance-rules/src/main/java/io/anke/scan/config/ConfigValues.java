package io.anke.scan.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How configuration values read, for the readers and the configuration rules alike: literal secrets
 * beside placeholders and encrypted values, natural-language text, file references, lists and key
 * segments.
 */
public final class ConfigValues {
  // ENC(...) of jasypt, SM4(...), CIPHER(...): a value encrypted by a configuration decryptor.
  private static final Pattern WRAPPED = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{1,15}\\(.*\\)");
  private static final Pattern ENCODED_PREFIX = Pattern.compile("\\{([A-Za-z0-9_-]+)}(.*)");
  // MessageFormat arguments ({0}, {1,number}) mark a message text.
  private static final Pattern MESSAGE_ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?}");
  // Three words in a row: a phrase or sentence, not a credential.
  private static final Pattern PHRASE =
      Pattern.compile("\\p{L}{2,}[\\p{L}'\u2019-]*(?:[ \\t]+\\p{L}[\\p{L}'\u2019-]*){2,}");

  private ConfigValues() {}

  /**
   * The literal secret a value holds, or null when it holds none: empty, a placeholder resolved at
   * run time ({@code ${DB_PASSWORD}}), an encrypted value ({@code ENC(...)}, {@code {cipher}...}),
   * a password hash ({@code {bcrypt}...}) or a masked value ({@code ******}). A placeholder's
   * default ({@code ${DB_PASSWORD:secret}}) is a literal: it is used whenever the variable is
   * unset.
   */
  public static String literalSecret(String value) {
    String t = value.strip();
    if (t.isEmpty() || t.chars().allMatch(c -> c == '*')) {
      return null;
    }
    if (t.startsWith("${") && t.endsWith("}")) {
      int colon = t.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return literalSecret(t.substring(colon + 1, t.length() - 1));
    }
    if (t.contains("${")) {
      return null;
    }
    if (WRAPPED.matcher(t).matches()) {
      return null;
    }
    var m = ENCODED_PREFIX.matcher(t);
    if (m.matches()) {
      // {noop} is Spring Security's marker for a plain password; {cipher} and hashes are not.
      return m.group(1).equalsIgnoreCase("noop") ? literalSecret(m.group(2)) : null;
    }
    return t;
  }

  /**
   * True when a value is natural-language text, as in a message bundle or a form label, rather than
   * a credential: it has Chinese, Japanese or Korean characters ({@code 密码}, {@code 请输入口令}), a
   * MessageFormat argument ({@code {0}}), or three words in a row ("User name or password is
   * incorrect"). A pass phrase of three plain words reads as text too, which is why the secret
   * rules ask {@link #isTextAboutCredential} instead.
   */
  public static boolean isNaturalText(String value) {
    String t = value.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (t.codePoints().anyMatch(ConfigValues::isCjk)) {
      return true;
    }
    return MESSAGE_ARGUMENT.matcher(t).find() || PHRASE.matcher(t).find();
  }

  // Words that a text about a credential uses: a label or message names what it asks for.
  private static final Pattern CREDENTIAL_WORD =
      Pattern.compile(
          "(?iu)pass(?:word|wd|phrase)|\\bpwd\\b|secret|credential|口令|密码|密碼|パスワード|비밀번호");

  /**
   * True when a value is text about a credential — natural-language text ({@link #isNaturalText})
   * that names what it is about ({@code 密码}, {@code 请输入口令}, "User name or password is incorrect").
   * A pass phrase ("correct horse battery staple") or a Chinese password that names no credential
   * is not such a text, so it is still judged as a credential.
   */
  public static boolean isTextAboutCredential(String value) {
    return isNaturalText(value) && CREDENTIAL_WORD.matcher(value).find();
  }

  // Letters and spaces only, with at most a closing colon: a form label ("Password", "New
  // password:"), never a value with digits or symbols.
  private static final Pattern LABEL = Pattern.compile("[\\p{L}][\\p{L} \\t]*[:：]?");

  /**
   * True when a value reads as a label for a credential: letters and spaces only (a closing colon
   * allowed) that name the credential ({@code Password}, {@code New password:}, {@code 密码}). {@code
   * Password1} or {@code Mq#Prod2024!} are not labels.
   */
  public static boolean isCredentialLabel(String value) {
    String t = value.strip();
    return LABEL.matcher(t).matches() && CREDENTIAL_WORD.matcher(t).find();
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO;
  }

  /** True for a reference to a key file rather than key material. */
  public static boolean isFileReference(String value) {
    String t = value.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("classpath:")
        || t.startsWith("file:")
        || t.startsWith("/")
        || t.matches(".*\\.(pem|key|p12|pfx|jks|bks|keystore|crt|der)$");
  }

  /** The items of a comma-, semicolon-, colon- or blank-separated list, trimmed. */
  public static List<String> items(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split("[,;:\\s+]+")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Segments of a canonical key split at {@code .}, {@code /} and {@code @}. */
  public static List<String> segments(String canonicalKey) {
    List<String> out = new ArrayList<>();
    for (String s : canonicalKey.split("[./@]")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The segment before the last one, or "". */
  public static String parentSegment(String canonicalKey) {
    List<String> s = segments(canonicalKey);
    return s.size() < 2 ? "" : s.get(s.size() - 2);
  }
}
