package io.anke.core.catalog;

import io.anke.core.ConfigurationException;
import io.anke.core.catalog.internal.CatalogYamlReader;
import io.anke.core.internal.CoreMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The vendor catalog: which vendors and products are domestic, which foreign components are on the
 * watch-list, and the explicit facts that identify each. Immutable and thread-safe.
 *
 * <p>The bundled catalog comes from {@link CatalogSource}s on the classpath; users' catalog files
 * extend it and replace entries that have the same id ({@link #overlay(Catalog)}).
 */
public final class Catalog {
  private static final Catalog EMPTY = new Catalog("", "", List.of(), List.of());

  private final String version;
  private final String date;
  private final List<String> sources;
  private final Map<String, CatalogEntry> entries;
  private volatile CatalogMatcher matcher;

  private Catalog(
      String version, String date, List<String> sources, Collection<CatalogEntry> entries) {
    this.version = Objects.requireNonNull(version, "version");
    this.date = Objects.requireNonNull(date, "date");
    this.sources = List.copyOf(sources);
    LinkedHashMap<String, CatalogEntry> map = new LinkedHashMap<>();
    for (CatalogEntry e : entries) {
      if (map.putIfAbsent(e.id(), e) != null) {
        throw new IllegalArgumentException(CoreMessage.CATALOG_ID_TWICE.english(e.id()));
      }
    }
    this.entries = map;
  }

  /** A catalog without entries: nothing is identified. */
  public static Catalog empty() {
    return EMPTY;
  }

  /**
   * A catalog of the given entries.
   *
   * @param version the catalog's version ({@code catalogVersion}), may be empty
   * @param date the date of its facts (ISO 8601), may be empty
   * @param source where the entries come from, for reports
   * @throws IllegalArgumentException when two entries share an id
   */
  public static Catalog of(String version, String date, String source, List<CatalogEntry> entries) {
    return new Catalog(version, date, List.of(source), entries);
  }

  /** The catalog of every {@link CatalogSource} on the class path, merged in id order. */
  public static Catalog bundled() {
    return bundled(Thread.currentThread().getContextClassLoader());
  }

  /** Same as {@link #bundled()} with the given class loader. */
  public static Catalog bundled(ClassLoader loader) {
    List<CatalogSource> found = new ArrayList<>();
    ServiceLoader.load(CatalogSource.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(CatalogSource::id));
    Catalog result = EMPTY;
    for (CatalogSource s : found) {
      result = result.overlay(s.catalog());
    }
    return result;
  }

  /**
   * The bundled catalog extended by the users' catalog files, in order.
   *
   * @throws ConfigurationException naming the file and line of a malformed catalog
   */
  public static Catalog load(List<Path> userCatalogs) {
    Catalog result = bundled();
    for (Path p : userCatalogs) {
      result = result.overlay(read(p));
    }
    return result;
  }

  /**
   * Reads a catalog file (the format of {@code docs/formats.md}).
   *
   * @throws ConfigurationException naming the file and line when it cannot be read or is malformed
   */
  public static Catalog read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(name, 0, CoreMessage.CATALOG_NOT_FOUND.text(), e);
    } catch (IOException e) {
      throw new ConfigurationException(
          name, 0, CoreMessage.CATALOG_CANNOT_READ.text(e.getMessage()), e);
    }
  }

  /**
   * Reads a catalog from a stream (UTF-8 YAML).
   *
   * @param sourceName the name used in messages and in each entry's {@code source}
   * @throws ConfigurationException naming the source and line when the data is malformed
   */
  public static Catalog read(String sourceName, InputStream in) {
    CatalogYamlReader.Result r = CatalogYamlReader.read(sourceName, in);
    try {
      return new Catalog(r.version(), r.date(), List.of(sourceName), r.entries());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(sourceName, 0, e.getMessage(), e);
    }
  }

  /**
   * This catalog extended by {@code other}: entries with a new id are appended, entries with an
   * existing id replace it in place. The version and date are this catalog's unless it has none.
   */
  public Catalog overlay(Catalog other) {
    if (other.entries.isEmpty() && other.sources.isEmpty()) {
      return this;
    }
    LinkedHashMap<String, CatalogEntry> merged = new LinkedHashMap<>(entries);
    other.entries.values().forEach(e -> merged.put(e.id(), e));
    List<String> allSources = new ArrayList<>(sources);
    allSources.addAll(other.sources);
    return new Catalog(
        version.isEmpty() ? other.version : version,
        date.isEmpty() ? other.date : date,
        allSources,
        merged.values());
  }

  /** The catalog version ({@code catalogVersion} of the first source that has one). */
  public String version() {
    return version;
  }

  /** The date of the catalog's facts. */
  public String date() {
    return date;
  }

  /** The sources merged into this catalog, in order. */
  public List<String> sources() {
    return sources;
  }

  /** All entries in catalog order. */
  public List<CatalogEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** True when there are no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entry with the given id. */
  public Optional<CatalogEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The entries of one category, in catalog order. */
  public List<CatalogEntry> category(Category category) {
    return entries.values().stream().filter(e -> e.is(category)).toList();
  }

  /**
   * True when some entry is detected by a file's SHA-256: only then does identifying a file need
   * its digest.
   */
  public boolean identifiesByDigest() {
    return entries.values().stream().anyMatch(e -> !e.detection().sha256().isEmpty());
  }

  /** The matcher over this catalog (built once, then shared). */
  public CatalogMatcher matcher() {
    CatalogMatcher m = matcher;
    if (m == null) {
      m = new CatalogMatcher(entries.values());
      matcher = m;
    }
    return m;
  }

  @Override
  public String toString() {
    return "Catalog[version="
        + version
        + ", entries="
        + entries.size()
        + ", sources="
        + sources
        + "]";
  }
}
