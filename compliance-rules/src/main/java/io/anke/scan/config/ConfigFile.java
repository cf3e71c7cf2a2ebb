package io.anke.scan.config;

import io.anke.core.rule.FactKey;
import io.anke.core.rule.Text;
import java.util.List;
import java.util.Objects;

/**
 * A configuration file of the scanned application ({@code application.yml}, {@code
 * bootstrap.properties}, {@code jdbc.properties}, {@code WEB-INF/web.xml}, {@code logback.xml}…),
 * read from an archive or directory and attached to the scan as a fact ({@code
 * context.facts(ConfigFile.class)}) for the {@code CONFIG-} and {@code DATA-} rules.
 *
 * @param path display path, e.g. {@code app.jar!/BOOT-INF/classes/application.yml}
 * @param format how it was parsed
 * @param entries its settings in file order
 * @param problem why it could not be parsed (its entries are then empty), or null; in English
 * @param problemText the same in both languages, or null; either of the two problems alone gives
 *     the other (a String reads the same in both languages)
 */
public record ConfigFile(
    String path, Format format, List<ConfigEntry> entries, String problem, Text problemText) {
  /** The key under which rules require and read configuration files. */
  public static final FactKey<ConfigFile> KEY = FactKey.of("config-files", ConfigFile.class);

  /** The syntax of a configuration file. */
  public enum Format {
    PROPERTIES,
    YAML,
    XML
  }

  /** Validates and copies; fills in the problem from the other one when only one is given. */
  public ConfigFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    entries = List.copyOf(entries);
    if (problemText == null && problem != null) {
      problemText = Text.same(problem);
    } else if (problemText != null && problem == null) {
      problem = problemText.en();
    }
  }

  /** A file with a problem that reads the same in both languages, or null. */
  public ConfigFile(String path, Format format, List<ConfigEntry> entries, String problem) {
    this(path, format, entries, problem, null);
  }

  /** A file that could not be parsed, and why, in both languages. */
  public ConfigFile(String path, Format format, Text problem) {
    this(path, format, List.of(), null, Objects.requireNonNull(problem, "problem"));
  }

  /** True when the file was parsed. */
  public boolean parsed() {
    return problem == null;
  }

  /** The file's name without its directories. */
  public String fileName() {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
    return path.substring(cut + 1);
  }

  /**
   * True when {@code path} lies inside the scanned {@code source} (the archive or directory a bill
   * of materials was read from): equal, or below it after {@code !/} or {@code /}.
   */
  public static boolean within(String path, String source) {
    return path.equals(source) || path.startsWith(source + "!/") || path.startsWith(source + "/");
  }
}
