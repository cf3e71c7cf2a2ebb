package io.anke.scan.config;

import io.anke.core.files.Utf8Text;
import io.anke.core.rule.Text;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.config.internal.ParseException;
import io.anke.scan.config.internal.PropertiesParser;
import io.anke.scan.config.internal.XmlParser;
import io.anke.scan.config.internal.YamlParser;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An {@link ArchiveVisitor} that reads the application's own configuration files during a walk: all
 * {@code .yml} / {@code .yaml}, {@code .properties} except build metadata, and the XML files that
 * carry security settings ({@code web.xml}, {@code context.xml}, {@code server.xml}, logback and
 * log4j2 files); message bundles among them are left out of {@link #files()}. Files of bundled
 * libraries are skipped (their defaults are not the deployment's configuration). A file that cannot
 * be parsed is kept with its problem, so that the {@code CONFIG-FILE-UNPARSEABLE} rule reports it
 * instead of it being skipped silently.
 *
 * <p>It can share a walk with other visitors; use one instance per walk.
 */
public final class ConfigFileCollector implements ArchiveVisitor {
  /** Configuration files are small; a larger one is reported, not read. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final Set<String> XML_NAMES =
      Set.of("web.xml", "context.xml", "server.xml", "web-fragment.xml");
  private static final Pattern LOGGING_XML =
      Pattern.compile("(logback|log4j2|log4j)(-[a-z0-9]+)?\\.xml");
  private static final Set<String> METADATA =
      Set.of("pom.properties", "git.properties", "build-info.properties");

  private final boolean skipLibraries;
  private final List<ConfigFile> files = new ArrayList<>();

  /**
   * @param skipLibraries true to tell the walker not to open bundled libraries at all (when this
   *     visitor walks alone); false when it shares a walk with visitors that need them
   */
  public ConfigFileCollector(boolean skipLibraries) {
    this.skipLibraries = skipLibraries;
  }

  /**
   * Reads the configuration files of one target.
   *
   * @param target a jar, war, ear, zip or directory
   * @param displayName how reports name it
   * @throws io.anke.core.InputException when the target is missing, corrupt or over a limit
   */
  public static List<ConfigFile> collect(Path target, String displayName) throws IOException {
    ConfigFileCollector c = new ConfigFileCollector(true);
    ArchiveWalker.withDefaults().walk(target, displayName, c);
    return c.files();
  }

  @Override
  public boolean enterArchive(ArchiveEntry archive) {
    boolean own = !archive.isBundledLibrary();
    return own || !skipLibraries;
  }

  @Override
  public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
    ConfigFile.Format format = formatOf(entry.name());
    if (format == null || entry.inBundledLibrary()) {
      return;
    }
    byte[] data = content.readNBytes(MAX_BYTES + 1);
    if (data.length > MAX_BYTES) {
      files.add(
          new ConfigFile(
              entry.path(),
              format,
              ScanMessage.CONFIG_FILE_TOO_LARGE.text(String.valueOf(MAX_BYTES >> 20))));
      return;
    }
    files.add(parse(entry.path(), format, data));
  }

  /**
   * The configuration files read so far, sorted by path. Message bundles (translations, labels and
   * error texts, see {@link MessageBundles}) are read too, to be told apart by their names, their
   * translations and their content, and are left out here: they are not configuration.
   */
  public List<ConfigFile> files() {
    MessageBundles bundles = new MessageBundles(files);
    List<ConfigFile> out = new ArrayList<>();
    for (ConfigFile f : files) {
      if (!bundles.isBundle(f)) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparing(ConfigFile::path));
    return out;
  }

  /** The format of a configuration file by its name, or null when it is not one. */
  static ConfigFile.Format formatOf(String entryName) {
    String lower = entryName.toLowerCase(Locale.ROOT);
    if (lower.startsWith("meta-inf/") || lower.contains("/meta-inf/")) {
      return null;
    }
    String base = lower.substring(lower.lastIndexOf('/') + 1);
    if (base.endsWith(".yml") || base.endsWith(".yaml")) {
      return ConfigFile.Format.YAML;
    }
    if (base.endsWith(".properties")) {
      return METADATA.contains(base) ? null : ConfigFile.Format.PROPERTIES;
    }
    if (XML_NAMES.contains(base) || LOGGING_XML.matcher(base).matches()) {
      return ConfigFile.Format.XML;
    }
    return null;
  }

  /** Parses one file; a failure becomes a file with a problem, never an exception. */
  public static ConfigFile parse(String path, ConfigFile.Format format, byte[] data) {
    String text = decode(data, format);
    try {
      List<ConfigEntry> entries =
          switch (format) {
            case PROPERTIES -> PropertiesParser.parse(text);
            case YAML -> YamlParser.parse(text);
            case XML -> XmlParser.parse(text);
          };
      return new ConfigFile(path, format, entries, null);
    } catch (ParseException e) {
      Text why = Text.messageOf(e);
      return new ConfigFile(
          path,
          format,
          e.line() > 0 ? ScanMessage.CONFIG_AT_LINE.text(String.valueOf(e.line()), why) : why);
    }
  }

  // UTF-8 when valid; properties files of older tools are ISO-8859-1 (with \\u escapes).
  private static String decode(byte[] data, ConfigFile.Format format) {
    try {
      return Utf8Text.decode(data);
    } catch (CharacterCodingException e) {
      return format == ConfigFile.Format.XML
          ? new String(data, StandardCharsets.UTF_8)
          : new String(data, StandardCharsets.ISO_8859_1);
    }
  }
}
