package io.anke.core.rule;

import io.anke.core.bom.Origin;
import io.anke.core.internal.CoreMessage;
import java.util.Objects;

/**
 * Where a finding was seen, with what is known.
 *
 * <p>Three sorts of places: a line (or the whole) of a file — an SBOM, an inventory, a {@code
 * pom.xml}, a configuration file, an archive entry; a class and method in code, whose {@code line}
 * is a line of the class's <em>source</em>, not of the class file or archive holding it; and a fact
 * that is not a file at all (the running JVM's system properties), see {@link #fact()}. A build
 * that knows where the code and resources came from adds the {@link #source()} they were built
 * from.
 *
 * @param file the file relative to the scan's working directory (an SBOM, an inventory, an archive
 *     path such as {@code app.jar!/BOOT-INF/lib/x.jar!/com/x/Foo.class}, a {@code pom.xml}); for a
 *     {@link #fact() fact}, what was read ({@code JVM system properties}); empty when not known
 * @param line 1-based line of {@code file}; for a location in code ({@code className} set) the line
 *     of the class's source file that the class file's line table gives; 0 when not known
 * @param className the binary class name for bytecode findings, else null
 * @param method the method name (with descriptor when useful), else null
 * @param sourceFile the name of the source file a class file says it was compiled from (its {@code
 *     SourceFile} attribute, e.g. {@code Hashes.java}), null when not known or not code
 * @param source the source file a build made {@code file} from, as a build that knows its source
 *     roots found it ({@code src/main/java/com/x/Foo.java} for {@code
 *     target/classes/com/x/Foo.class}), null when not known
 * @param fact true when {@code file} names something read that is not a file, so that reports never
 *     present it as one
 */
public record Location(
    String file,
    int line,
    String className,
    String method,
    String sourceFile,
    Source source,
    boolean fact) {

  /** A location that is not known. Reports fall back to the scanned input. */
  public static final Location NONE = new Location("", 0, null, null);

  /**
   * A source file a build made the location's file from.
   *
   * @param file the source file relative to the scan's working directory, e.g. {@code
   *     src/main/resources/application.properties}; never empty
   * @param line the 1-based line of this source file the location is at, or 0 when the location's
   *     line is not a line of it (or not known)
   */
  public record Source(String file, int line) {
    /** Validates. */
    public Source {
      Objects.requireNonNull(file, "file");
      if (file.isEmpty()) {
        throw new IllegalArgumentException(CoreMessage.LOCATION_NO_FILE.english());
      }
      if (line < 0) {
        throw new IllegalArgumentException(CoreMessage.LINE_NOT_NEGATIVE.english(line));
      }
    }
  }

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException for a negative line, or a fact with a line, class or source
   */
  public Location {
    file = file == null ? "" : file;
    if (line < 0) {
      throw new IllegalArgumentException(CoreMessage.LINE_NOT_NEGATIVE.english(line));
    }
    className = className == null || className.isEmpty() ? null : className;
    method = method == null || method.isEmpty() ? null : method;
    sourceFile = sourceFile == null || sourceFile.isEmpty() ? null : sourceFile;
    if (fact && (file.isEmpty() || line != 0 || className != null || source != null)) {
      throw new IllegalArgumentException(CoreMessage.FACT_NAMED_BY_DESCRIPTION.english(file));
    }
  }

  /** A location in a file or in code, without a source file. */
  public Location(String file, int line, String className, String method) {
    this(file, line, className, method, null, null, false);
  }

  /**
   * Where a component was read: the archive entry path when the origin has one ({@code
   * app.jar!/BOOT-INF/lib/x.jar}), else the origin's file, with its line; a {@link Origin#fact()
   * fact} stays a fact.
   */
  public static Location of(Origin origin) {
    if (origin.fact()) {
      return fact(origin.file());
    }
    String pointer = origin.pointer();
    String file = pointer != null && pointer.contains("!/") ? pointer : origin.file();
    return new Location(file, origin.line(), null, null);
  }

  /** A file without a line. */
  public static Location of(String file) {
    return new Location(file, 0, null, null);
  }

  /** A file and a 1-based line. */
  public static Location of(String file, int line) {
    return new Location(file, line, null, null);
  }

  /** A class (and method) inside a file or archive. */
  public static Location inClass(String file, String className, String method) {
    return new Location(file, 0, className, method);
  }

  /**
   * A place in code.
   *
   * @param file the class file or the archive entry path of it
   * @param line the line of the class's source, 0 when not known
   * @param className the binary class name
   * @param method the method, or null
   * @param sourceFile the class file's {@code SourceFile} attribute, or null
   * @throws NullPointerException when {@code className} is null
   */
  public static Location inCode(
      String file, int line, String className, String method, String sourceFile) {
    Objects.requireNonNull(className, "className");
    return new Location(file, line, className, method, sourceFile, null, false);
  }

  /**
   * Something read that is not a file, such as {@code JVM system properties}.
   *
   * @throws IllegalArgumentException when {@code what} is null or empty
   */
  public static Location fact(String what) {
    return new Location(what, 0, null, null, null, null, true);
  }

  /**
   * This location with the source file a build made it from (null for none).
   *
   * @throws IllegalArgumentException when this location is a {@link #fact() fact}, which no build
   *     made
   */
  public Location withSource(Source newSource) {
    return new Location(file, line, className, method, sourceFile, newSource, fact);
  }

  /** True when nothing is known. */
  public boolean isUnknown() {
    return file.isEmpty() && line == 0 && className == null && method == null;
  }

  /** True for a place in code: {@link #line()} is then a line of the source, not of the file. */
  public boolean inCode() {
    return className != null;
  }

  /**
   * The line of {@link #file()} itself: {@link #line()} for a file that is not nested in an archive
   * and not code, else 0 (a source line is not a line of a class file, and an entry's line is not a
   * line of the archive holding it).
   */
  public int lineOfFile() {
    return inCode() || fact || file.contains("!/") ? 0 : line;
  }

  /**
   * The outermost real file of {@link #file()}: {@code app.jar} for {@code
   * app.jar!/BOOT-INF/lib/x.jar}; the file itself otherwise.
   */
  public String outerFile() {
    int bang = file.indexOf("!/");
    return bang < 0 ? file : file.substring(0, bang);
  }

  /**
   * {@code file:line class#method} with the parts that are known; the {@link #source()} and its
   * line instead of the file when a build knows it; for code without a source, the line after the
   * method ({@code class#method:line}), because it is not a line of the file.
   */
  public String display() {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source.file());
      if (source.line() > 0) {
        s.append(':').append(source.line());
      }
    } else {
      s.append(file);
      if (line > 0 && !inCode()) {
        s.append(':').append(line);
      }
    }
    if (className != null) {
      s.append(s.length() == 0 ? "" : " ").append(className);
      if (method != null) {
        s.append('#').append(method);
      }
      if (source == null && line > 0) {
        s.append(':').append(line);
      }
    }
    return s.toString();
  }
}
