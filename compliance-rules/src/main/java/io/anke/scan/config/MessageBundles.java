package io.anke.scan.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells message bundles (translations, labels, error texts: {@code messages.properties}, {@code
 * ValidationMessages.properties}, Tomcat's {@code LocalStrings.properties}, {@code
 * i18n/common_zh_CN.properties}) from configuration files. A bundle holds {@code
 * login.password=密码}; judging it as configuration calls a translation of "password" a password.
 *
 * <p>A file is a bundle when
 *
 * <ul>
 *   <li>its name says so: {@code messages}, {@code ValidationMessages} (with or without a locale
 *       suffix), or a folder named {@code i18n}, {@code l10n}, {@code lang}, {@code locale(s)} or
 *       {@code messages};
 *   <li>the application names it as one ({@code spring.messages.basename});
 *   <li>it has translations (a sibling of the same base name with a locale suffix: {@code
 *       common.properties} beside {@code common_zh_CN.properties}, or is such a sibling) and most
 *       values of the family are natural-language text;
 *   <li>or its name suggests it ({@code *Strings}, {@code *Resources}, {@code label}, {@code lang},
 *       a locale suffix) and most of its values are natural-language text.
 * </ul>
 *
 * Anything else is configuration, whatever its name, so that a bundle-like name never hides a real
 * data source password.
 */
final class MessageBundles {
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  // base_zh, base_zh_CN, base_zh_Hant_TW, base_en_US_POSIX: a ResourceBundle locale suffix.
  private static final Pattern LOCALE_SUFFIX =
      Pattern.compile("(.+?)_([a-z]{2})(?:_[A-Z][a-z]{3})?(?:_(?:[A-Z]{2}|\\d{3}))?");
  private static final Set<String> BUNDLE_FOLDERS =
      Set.of("i18n", "l10n", "lang", "langs", "locale", "locales", "messages");
  private static final Set<String> EXTENSIONS = Set.of(".properties", ".yml", ".yaml");

  private final Set<String> basenames = new HashSet<>();
  // base path + extension to the files of that family (the base file and its translations)
  private final Map<String, List<ConfigFile>> families = new HashMap<>();

  /**
   * @param files every properties and YAML file of the application (the family of a bundle is
   *     judged together); {@code spring.messages.basename} in any of them declares bundles
   */
  MessageBundles(List<ConfigFile> files) {
    for (ConfigFile f : files) {
      String ext = extension(f.path());
      if (ext != null) {
        families.computeIfAbsent(family(f.path(), ext), k -> new ArrayList<>()).add(f);
      }
      for (ConfigEntry e : f.entries()) {
        if (e.canonicalKey().equals("spring.messages.basename")) {
          for (String b : e.value().split(",")) {
            String name = b.strip().replaceFirst("^classpath\\*?:", "").replaceFirst("^/", "");
            if (!name.isEmpty() && !name.contains("${")) {
              // ResourceBundle names use dots; files use slashes.
              basenames.add(name.indexOf('/') < 0 ? name.replace('.', '/') : name);
            }
          }
        }
      }
    }
  }

  /** True when the file is a message bundle rather than configuration. */
  boolean isBundle(ConfigFile file) {
    String path = file.path();
    String ext = extension(path);
    if (ext == null) {
      return false;
    }
    String withoutExt = path.substring(0, path.length() - ext.length());
    String[] locale = splitLocale(withoutExt);
    String base = locale == null ? withoutExt : locale[0];
    String baseName = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (baseName.equals("messages")
        || baseName.equals("message")
        || baseName.equals("validationmessages")
        || inBundleFolder(base)
        || declaredBasename(base)) {
      return true;
    }
    List<ConfigFile> family = families.getOrDefault(base + ext, List.of(file));
    boolean translated =
        family.stream().anyMatch(f -> splitLocale(withoutExtension(f.path(), ext)) != null);
    if (translated && family.size() > 1 && mostlyText(family)) {
      return true;
    }
    boolean suggestive =
        locale != null
            || baseName.endsWith("strings")
            || baseName.endsWith("resources")
            || baseName.contains("message")
            || baseName.contains("i18n")
            || baseName.contains("label")
            || baseName.contains("lang");
    return suggestive && mostlyText(List.of(file));
  }

  private static String family(String path, String ext) {
    String withoutExt = withoutExtension(path, ext);
    String[] locale = splitLocale(withoutExt);
    return (locale == null ? withoutExt : locale[0]) + ext;
  }

  private static String withoutExtension(String path, String ext) {
    return path.substring(0, path.length() - ext.length());
  }

  /**
   * {@code [base, locale]} when the name ends in a locale suffix of a known language, else null.
   */
  private static String[] splitLocale(String withoutExt) {
    int slash = withoutExt.lastIndexOf('/');
    String name = withoutExt.substring(slash + 1);
    Matcher m = LOCALE_SUFFIX.matcher(name);
    if (!m.matches() || !LANGUAGES.contains(m.group(2))) {
      return null;
    }
    String prefix = withoutExt.substring(0, slash + 1);
    return new String[] {prefix + m.group(1), name.substring(m.group(1).length() + 1)};
  }

  private static boolean inBundleFolder(String base) {
    String[] segments = base.split("[/!]");
    for (int i = 0; i < segments.length - 1; i++) {
      if (BUNDLE_FOLDERS.contains(segments[i].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean declaredBasename(String base) {
    for (String b : basenames) {
      if (base.endsWith("/" + b) || base.equals(b)) {
        return true;
      }
    }
    return false;
  }

  /** At least half of the non-empty values of the files are natural-language text. */
  private static boolean mostlyText(List<ConfigFile> files) {
    int values = 0;
    int text = 0;
    for (ConfigFile f : files) {
      for (ConfigEntry e : f.entries()) {
        if (!e.value().isBlank()) {
          values++;
          if (ConfigValues.isNaturalText(e.value())) {
            text++;
          }
        }
      }
    }
    return values > 0 && text * 2 >= values;
  }

  private static String extension(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (lower.endsWith(ext)) {
        return path.substring(path.length() - ext.length());
      }
    }
    return null;
  }
}
