package io.anke.cli;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The language of the command line: {@code --lang zh|en}, else {@code ANKE_LANG}, else the JVM's
 * locale (Chinese for any {@code zh} locale, else English). It is chosen before the command tree is
 * built, and every bundle of the tree is loaded in it: help, errors, printed lines and reports then
 * follow the choice whatever locales the operating system has installed.
 */
final class Lang {
  /** The option, a global one that every command accepts. */
  static final String OPTION = "--lang";

  /** The environment variable consulted when the option is absent. */
  static final String VARIABLE = "ANKE_LANG";

  /** The values the option and the variable accept. */
  static final String ACCEPTED = "zh, en";

  static final String ROOT_BUNDLE = "io.anke.cli.Messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Lang() {}

  /**
   * The locale a value names ({@code zh}, {@code en}, also with a region or encoding such as {@code
   * zh_CN.UTF-8}), or null when it names neither language.
   */
  static Locale parse(String value) {
    if (value == null) {
      return null;
    }
    String language = value.strip().split("[-_.@]", 2)[0].toLowerCase(Locale.ROOT);
    return switch (language) {
      case "zh" -> Locale.SIMPLIFIED_CHINESE;
      case "en" -> Locale.ENGLISH;
      default -> null;
    };
  }

  /** The language of a JVM locale: Chinese for any {@code zh} locale, else English. */
  static Locale of(Locale jvm) {
    return jvm != null && "zh".equals(jvm.getLanguage())
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
  }

  /** True for the Chinese choice. */
  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * The value given with {@code --lang} in {@code args}, or null. Only options count: the scan
   * stops at {@code --}, after which everything is a positional parameter. The last one wins, as it
   * does for picocli.
   */
  static String optionValue(String[] args) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      if (a.startsWith(OPTION + "=")) {
        value = a.substring(OPTION.length() + 1);
      } else if (a.equals(OPTION) && i + 1 < args.length) {
        value = args[++i];
      }
    }
    return value;
  }

  /** What the choice came from, and the locale, or the value that could not be used. */
  record Choice(Locale locale, String badVariable) {}

  /**
   * Chooses: {@code --lang}, then {@code ANKE_LANG}, then the JVM's locale. A bad {@code --lang}
   * value falls through to the next source here (picocli then refuses it while parsing, in that
   * language); a bad {@code ANKE_LANG} is reported in {@link Choice#badVariable()}.
   */
  static Choice choose(String[] args, Map<String, String> environment, Locale jvm) {
    Locale fromOption = parse(optionValue(args));
    if (fromOption != null) {
      return new Choice(fromOption, null);
    }
    String variable = environment.get(VARIABLE);
    if (variable != null && !variable.isBlank()) {
      Locale fromVariable = parse(variable);
      if (fromVariable != null) {
        return new Choice(fromVariable, null);
      }
      return new Choice(of(jvm), variable);
    }
    return new Choice(of(jvm), null);
  }

  /**
   * A bundle in {@code locale} and nothing else: English is the base bundle, and Java's fallback to
   * the JVM's default locale (which would turn English into Chinese on a Chinese system) is off.
   */
  static ResourceBundle bundle(String baseName, Locale locale) {
    return ResourceBundle.getBundle(baseName, locale, Lang.class.getClassLoader(), NO_FALLBACK);
  }

  /** The language chosen for the command tree {@code spec} belongs to. */
  static Locale of(CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof Main main ? main.locale() : of(Locale.getDefault());
  }

  /** A message of the root bundle ({@code Messages}), in the chosen language. */
  static String root(CommandSpec spec, String key, Object... args) {
    Locale locale = of(spec);
    return format(bundle(ROOT_BUNDLE, locale).getString(key), locale, args);
  }

  /** {@code pattern} formatted with {@code args} in {@code locale}. */
  static String format(String pattern, Locale locale, Object... args) {
    return new MessageFormat(pattern, locale).format(args);
  }

  /**
   * Loads every command's bundle of the tree in {@code locale}. picocli loads them itself with the
   * JVM's default locale, and looks up a key a command's bundle lacks in its parent's bundle, which
   * it loads again the same way; so each command gets its own bundle merged over the root bundle,
   * both in the chosen language, and picocli never needs to look further.
   */
  static void apply(CommandLine cmd, Locale locale) {
    ResourceBundle root = bundle(ROOT_BUNDLE, locale);
    applyTo(cmd, locale, root);
  }

  private static void applyTo(CommandLine cmd, Locale locale, ResourceBundle root) {
    CommandSpec spec = cmd.getCommandSpec();
    String baseName = spec.resourceBundleBaseName();
    if (baseName != null) {
      ResourceBundle own = bundle(baseName, locale);
      spec.resourceBundle(baseName.equals(ROOT_BUNDLE) ? own : new Merged(baseName, own, root));
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      applyTo(sub, locale, root);
    }
  }

  /** A command's bundle with the root bundle's keys beneath it; the command's own keys win. */
  private static final class Merged extends ResourceBundle {
    private final String baseName;
    private final ResourceBundle own;
    private final ResourceBundle root;

    Merged(String baseName, ResourceBundle own, ResourceBundle root) {
      this.baseName = baseName;
      this.own = own;
      this.root = root;
    }

    @Override
    protected Object handleGetObject(String key) {
      if (own.containsKey(key)) {
        return own.getObject(key);
      }
      return root.containsKey(key) ? root.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>(Collections.list(own.getKeys()));
      keys.addAll(Collections.list(root.getKeys()));
      return Collections.enumeration(keys);
    }

    @Override
    public String getBaseBundleName() {
      return baseName;
    }

    @Override
    public Locale getLocale() {
      return own.getLocale();
    }
  }

  /**
   * A value that an option does not take. picocli builds converters itself, without the command, so
   * the message is put into words when it is printed ({@link Errors}), from the root bundle's
   * {@code expected} key and its arguments.
   */
  static final class BadValue extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final transient Object[] args;

    /**
     * @param expected a key of the root bundle saying what is expected
     * @param args its arguments
     */
    BadValue(String expected, Object... args) {
      super(expected);
      this.expected = expected;
      this.args = args.clone();
    }

    /** "one of a, b, c": the usual case. */
    static BadValue oneOf(List<String> values) {
      return new BadValue("expected.oneOf", String.join(", ", values));
    }

    String expected(CommandSpec spec) {
      return Lang.root(spec, expected, args);
    }
  }

  /** {@code --lang zh|en}: the value is used before parsing; here it is only checked. */
  static final class Converter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (parse(value) == null) {
        throw BadValue.oneOf(List.of("zh", "en"));
      }
      return value;
    }
  }
}
