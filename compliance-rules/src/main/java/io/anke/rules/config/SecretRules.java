package io.anke.rules.config;

import io.anke.core.Severity;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.ScanContext;
import io.anke.rules.packs.ProfileId;
import io.anke.scan.config.ConfigEntry;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigValues;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets in configuration: passwords in plain text, weak or default passwords, and cryptographic
 * keys written into configuration files. Values are never shown in findings: a message says which
 * key holds what, and how long the value is.
 */
final class SecretRules {
  private static final Set<String> KEY_NAMES =
      Set.of(
          "secretkey",
          "privatekey",
          "aeskey",
          "sm4key",
          "sm2privatekey",
          "deskey",
          "encryptkey",
          "encryptionkey",
          "cryptokey",
          "signingkey",
          "signkey",
          "hmackey",
          "masterkey",
          "datakey",
          "symmetrickey",
          "kek",
          "dek");
  private static final Set<String> KEY_PARENTS =
      Set.of(
          "aes",
          "sm4",
          "sm2",
          "des",
          "crypto",
          "encrypt",
          "encryption",
          "encryptor",
          "cipher",
          "jwt",
          "sign",
          "signing",
          "hmac",
          "secret");
  private static final Set<String> WEAK =
      Set.of(
          "123456",
          "12345678",
          "123456789",
          "1234567890",
          "111111",
          "000000",
          "654321",
          "password",
          "passw0rd",
          "p@ssw0rd",
          "admin",
          "admin123",
          "admin@123",
          "root",
          "root123",
          "test",
          "test123",
          "changeit",
          "changeme",
          "secret",
          "qwerty",
          "sa",
          "postgres",
          "mysql",
          "oracle",
          "sysdba",
          "sysdba001",
          "system",
          "manager",
          "guest",
          "default");

  // Keys under these segments name texts shown to people (login.label.password=Password).
  private static final Set<String> TEXT_SEGMENTS =
      Set.of(
          "label",
          "labels",
          "message",
          "messages",
          "msg",
          "msgs",
          "prompt",
          "prompts",
          "title",
          "titles",
          "tip",
          "tips",
          "tooltip",
          "hint",
          "hints",
          "placeholder",
          "caption",
          "text",
          "texts",
          "i18n",
          "l10n",
          "lang",
          "locale",
          "desc",
          "description",
          "button",
          "btn",
          "menu",
          "header",
          "legend",
          "validation");

  private SecretRules() {}

  /**
   * True for a setting that is a text for people rather than a credential: a natural-language value
   * that names the credential it is about ({@code common.password=密码}, "User name or password is
   * incorrect"), or, under a label or message segment ({@code login.label.password}), a value that
   * reads as a label ({@code Password}, {@code New password:}). A translation of the word
   * "password" is not a password; a pass phrase still is, and so is a message broker's password
   * under {@code message.rabbitmq.password}: the segment alone never makes a value a text.
   */
  static boolean isText(ConfigEntry e) {
    String v = e.value();
    if (ConfigValues.isTextAboutCredential(v)) {
      return true;
    }
    if (!ConfigValues.isNaturalText(v) && !ConfigValues.isCredentialLabel(v)) {
      return false;
    }
    List<String> segments = ConfigValues.segments(e.canonicalKey());
    for (int i = 0; i < segments.size() - 1; i++) {
      if (TEXT_SEGMENTS.contains(segments.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** True for a key whose value is a password or client secret. */
  static boolean isPasswordKey(ConfigEntry e) {
    String last = e.lastSegment();
    if (isCryptoKey(e) || isText(e)) {
      return false;
    }
    return last.endsWith("password")
        || last.endsWith("passwd")
        || last.equals("pwd")
        || last.endsWith("passphrase")
        || last.equals("keystorepass")
        || last.equals("truststorepass")
        || last.equals("keypass")
        || last.endsWith("secret");
  }

  /** True for a key whose value is key material. */
  static boolean isCryptoKey(ConfigEntry e) {
    String k = e.canonicalKey();
    String last = e.lastSegment();
    if (k.equals("jasypt.encryptor.password")) {
      return true; // the key that decrypts every ENC(...) value, kept beside them
    }
    if (KEY_NAMES.contains(last)) {
      return true;
    }
    String parent = ConfigValues.parentSegment(k);
    if (last.equals("key") && KEY_PARENTS.contains(parent)) {
      return true;
    }
    return last.endsWith("secret")
        && (k.contains("jwt") || k.contains("token") || k.contains("sign"));
  }

  /** CONFIG-PLAINTEXT-PASSWORD. */
  static final class PlaintextPassword extends ConfigRule {
    PlaintextPassword() {
      super(
          ConfigRules.TEXT,
          "CONFIG-PLAINTEXT-PASSWORD",
          "config",
          Severity.HIGH,
          List.of("GB/T 39786-2021 8.4(e)", "GB/T 22239-2019 8.1.4.8"),
          List.of(
              ProfileId.CRYPTO_L2,
              ProfileId.CRYPTO_L3,
              ProfileId.MLPS_L3,
              ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        if (!isPasswordKey(e)) {
          continue;
        }
        String secret = ConfigValues.literalSecret(e.value());
        if (secret == null) {
          continue;
        }
        boolean fromDefault = e.value().strip().startsWith("${");
        sink.report(
            finding(
                    sink,
                    f,
                    e,
                    ConfigRules.TEXT.text(
                        fromDefault ? id() + ".message.default" : id() + ".message",
                        e.key(),
                        secret.length()))
                .build());
      }
    }
  }

  /** CONFIG-HARDCODED-KEY. */
  static final class HardcodedKey extends ConfigRule {
    HardcodedKey() {
      super(
          ConfigRules.TEXT,
          "CONFIG-HARDCODED-KEY",
          "config",
          Severity.HIGH,
          List.of("GB/T 39786-2021 8.4(e)", "GB/T 39786-2021 Annex B"),
          List.of(ProfileId.CRYPTO_L2, ProfileId.CRYPTO_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        String v = e.value();
        boolean pem =
            v.contains("-----BEGIN") && v.toUpperCase(Locale.ROOT).contains("PRIVATE KEY");
        if (!pem && (!isCryptoKey(e) || isText(e))) {
          continue;
        }
        String secret = ConfigValues.literalSecret(v);
        if (secret == null
            || ConfigValues.isFileReference(secret)
            || (!pem && secret.length() < 8)) {
          continue;
        }
        sink.report(
            finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message", e.key(), secret.length()))
                .build());
      }
    }
  }

  /** CONFIG-WEAK-PASSWORD. */
  static final class WeakPassword extends ConfigRule {
    WeakPassword() {
      super(
          ConfigRules.TEXT,
          "CONFIG-WEAK-PASSWORD",
          "config",
          Severity.HIGH,
          List.of("GB/T 22239-2019 8.1.4.1", "GB/T 22239-2019 8.1.4.2"),
          List.of(ProfileId.MLPS_L2, ProfileId.MLPS_L3, ProfileId.GOV_CLOUD_BASELINE));
    }

    @Override
    void check(ScanContext context, ConfigFile f, FindingSink sink) {
      for (ConfigEntry e : f.entries()) {
        if (!isPasswordKey(e) || e.lastSegment().endsWith("secret")) {
          continue;
        }
        String secret = ConfigValues.literalSecret(e.value());
        if (secret == null) {
          continue;
        }
        String reason;
        if (WEAK.contains(secret.toLowerCase(Locale.ROOT))) {
          reason = "default";
        } else if (secret.equalsIgnoreCase(userBeside(f, e))) {
          reason = "username";
        } else if (secret.length() < 8) {
          reason = "short";
        } else {
          continue;
        }
        sink.report(
            finding(sink, f, e, ConfigRules.TEXT.text(id() + ".message." + reason, e.key()))
                .property("reason", reason)
                .build());
      }
    }

    /**
     * The user name configured next to the password ({@code x.username} for {@code x.password}).
     */
    private static String userBeside(ConfigFile f, ConfigEntry password) {
      String k = password.canonicalKey();
      String prefix = k.substring(0, k.length() - password.lastSegment().length());
      for (ConfigEntry e : f.entries()) {
        String c = e.canonicalKey();
        if (c.startsWith(prefix) && (c.equals(prefix + "username") || c.equals(prefix + "user"))) {
          return ConfigValues.literalSecret(e.value());
        }
      }
      return null;
    }
  }
}
