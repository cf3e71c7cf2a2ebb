package io.anke.core.catalog;

import io.anke.core.bom.ComponentKind;
import io.anke.core.internal.CoreMessage;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The one vocabulary of catalog and inventory categories: each category's id (as catalog files,
 * component properties and findings write it), its display names in Chinese and English, and the
 * names people write for it in inventories in either language. The catalog reader, the inventory
 * and SBOM readers and the hardware rules all use this type, so a name that one of them accepts is
 * understood by all.
 *
 * <p>Names live in {@code io/anke/core/catalog/Messages.properties} (English) and {@code
 * Messages_zh_CN.properties} (Chinese): {@code category.<id>} is the display name, {@code
 * category.<id>.count} the counted noun, {@code category.<id>.names} the accepted names.
 */
public enum Category {
  SERVER("server", ComponentKind.DEVICE, true),
  CPU("cpu", ComponentKind.DEVICE, true),
  OS("os", ComponentKind.OPERATING_SYSTEM, true),
  DATABASE("database", ComponentKind.DATABASE, true),
  MIDDLEWARE("middleware", ComponentKind.MIDDLEWARE, true),
  JDK("jdk", ComponentKind.RUNTIME, true),
  /** Hypervisors and cloud platforms: CycloneDX calls such software a platform. */
  VIRTUALIZATION("virtualization", ComponentKind.RUNTIME, true),
  NETWORK("network", ComponentKind.DEVICE, true),
  STORAGE("storage", ComponentKind.DEVICE, true),
  SECURITY("security", ComponentKind.DEVICE, true),
  CRYPTO_DEVICE("crypto_device", ComponentKind.DEVICE, true),
  /**
   * Software only: identified in SBOMs and archives by coordinates, never listed in inventories.
   */
  CRYPTO_LIBRARY("crypto_library", ComponentKind.CRYPTO_MODULE, false);

  private static final String BUNDLE = "io.anke.core.catalog.Messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ResourceBundle EN =
      ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Category.class.getClassLoader(), NO_FALLBACK);
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle(
          BUNDLE, Locale.SIMPLIFIED_CHINESE, Category.class.getClassLoader(), NO_FALLBACK);

  /** Normalised written name to category; built once, refuses a name given to two categories. */
  private static final Map<String, Category> NAMES = vocabulary();

  /** The Chinese names, longest first, for names that end in one of them ("核心交换机"). */
  private static final List<String> CHINESE_SUFFIXES =
      NAMES.keySet().stream()
          .filter(Category::hasIdeograph)
          .sorted((a, b) -> Integer.compare(b.length(), a.length()))
          .toList();

  private final String id;
  private final ComponentKind kind;
  private final boolean inventoried;

  Category(String id, ComponentKind kind, boolean inventoried) {
    this.id = id;
    this.kind = kind;
    this.inventoried = inventoried;
  }

  /** The id written in catalog files, component properties and findings ({@code crypto_device}). */
  public String id() {
    return id;
  }

  /** The kind of component an inventory row of this category becomes. */
  public ComponentKind kind() {
    return kind;
  }

  /**
   * True for the categories of hardware and platform inventories, each judged by a {@code HW-}
   * rule; false for software that only SBOMs and archives describe.
   */
  public boolean inventoried() {
    return inventoried;
  }

  /** The display name in {@code zh} or (for any other language) English. */
  public String displayName(String language) {
    return bundle(language).getString("category." + id);
  }

  /** "台服务器" or "12 servers"-style counted noun for {@code count} items, without the number. */
  public String countNoun(String language, int count) {
    ResourceBundle b = bundle(language);
    return new MessageFormat(b.getString("category." + id + ".count"), b.getLocale())
        .format(new Object[] {count});
  }

  /** Every name the vocabulary accepts for this category, English first, as written. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(id);
    out.addAll(listed(EN, this));
    out.addAll(listed(ZH, this));
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The category with exactly this id, or empty. */
  public static Optional<Category> byId(String id) {
    for (Category c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The categories of inventories, in report order. */
  public static List<Category> inventoryCategories() {
    return Arrays.stream(values()).filter(Category::inventoried).toList();
  }

  /**
   * The category a component of this kind belongs to when nothing else says: operating systems,
   * databases, middleware and runtimes (a JDK); empty for other kinds.
   */
  public static Optional<Category> impliedBy(ComponentKind kind) {
    return switch (kind) {
      case OPERATING_SYSTEM -> Optional.of(OS);
      case DATABASE -> Optional.of(DATABASE);
      case MIDDLEWARE -> Optional.of(MIDDLEWARE);
      case RUNTIME -> Optional.of(JDK);
      default -> Optional.empty();
    };
  }

  /**
   * Understands a category as people write it, in English or Chinese. Case, width, spaces, hyphens,
   * underscores and other punctuation do not matter ({@code Load-Balancer} = {@code load
   * balancer}); an English plural is read as its singular ({@code Switches}, {@code HSMs}); a name
   * whose last words (English) or last characters (Chinese) are an accepted name is read as that
   * name ({@code core switch}, {@code 核心交换机}, {@code 国密签名验签服务器}), the longest match winning.
   * Nothing else is guessed: an unknown name is empty.
   */
  public static Optional<Category> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String key = VendorNames.normalize(written);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<Category> whole = lookup(key);
    if (whole.isPresent()) {
      return whole;
    }
    // Trailing English words: "core switch", "top of rack switches".
    List<String> words =
        Arrays.stream(
                Normalizer.normalize(written, Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .toList();
    for (int from = 1; from < words.size(); from++) {
      Optional<Category> tail = lookup(String.join("", words.subList(from, words.size())));
      if (tail.isPresent()) {
        return tail;
      }
    }
    // Trailing Chinese name: "核心交换机", "下一代防火墙".
    for (String suffix : CHINESE_SUFFIXES) {
      if (key.endsWith(suffix)) {
        return Optional.of(NAMES.get(suffix));
      }
    }
    return Optional.empty();
  }

  /** "server (服务器), cpu (处理器), …" for messages that list what is accepted. */
  public static String listing(Collection<Category> categories) {
    return categories.stream()
        .map(c -> c.id + " (" + c.displayName("zh") + ")")
        .collect(Collectors.joining(", "));
  }

  private static Optional<Category> lookup(String key) {
    Category c = NAMES.get(key);
    if (c == null && key.length() > 3 && key.endsWith("ies")) {
      c = NAMES.get(key.substring(0, key.length() - 3) + "y");
    }
    if (c == null && key.length() > 2 && key.endsWith("s")) {
      c = NAMES.get(key.substring(0, key.length() - 1));
    }
    if (c == null && key.length() > 3 && key.endsWith("es")) {
      c = NAMES.get(key.substring(0, key.length() - 2));
    }
    return Optional.ofNullable(c);
  }

  private static ResourceBundle bundle(String language) {
    return "zh".equals(language) ? ZH : EN;
  }

  private static List<String> listed(ResourceBundle b, Category c) {
    String key = "category." + c.id + ".names";
    if (!b.containsKey(key)) {
      return List.of();
    }
    return Arrays.stream(b.getString(key).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Map<String, Category> vocabulary() {
    Map<String, Category> m = new HashMap<>();
    for (Category c : values()) {
      for (String name : c.names()) {
        String key = VendorNames.normalize(name);
        Category before = m.put(key, c);
        if (before != null && before != c) {
          throw new IllegalStateException(
              CoreMessage.CATEGORY_NAME_TWICE.english(name, before.id, c.id));
        }
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static boolean hasIdeograph(String s) {
    return s.codePoints().anyMatch(Character::isIdeographic);
  }
}
