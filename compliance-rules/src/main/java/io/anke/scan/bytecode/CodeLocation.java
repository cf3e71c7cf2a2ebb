package io.anke.scan.bytecode;

import io.anke.scan.internal.ScanMessage;
import java.util.List;
import java.util.Objects;

/**
 * Where in the scanned code a usage sits.
 *
 * @param path display path of the class entry, e.g. {@code
 *     app.jar!/BOOT-INF/lib/x.jar!/com/x/Foo.class}
 * @param archives the containers holding the class, outermost first (see {@link
 *     io.anke.scan.archive.ArchiveEntry#chain()})
 * @param className binary class name with dots, e.g. {@code com.x.Foo}
 * @param method method name, e.g. {@code encrypt} or {@code <clinit>}
 * @param methodDescriptor the method's JVM descriptor, e.g. {@code ([B)[B}
 * @param line 1-based source line from the LineNumberTable, 0 when the class has none
 * @param release Java release of a multi-release class ({@code META-INF/versions/N}), 0 otherwise
 * @param purl package URL of the library holding the class (from the innermost archive's {@code
 *     META-INF/maven/**}{@code /pom.properties}), null when unknown
 * @param applicationCode true for the application's own classes (not inside a library folder such
 *     as {@code BOOT-INF/lib}, or inside the configured application packages)
 * @param sourceFile the source file the class file says it was compiled from (its {@code
 *     SourceFile} attribute, e.g. {@code Foo.java}, {@code Foo.kt}), which {@code line} is a line
 *     of; null when the class file does not say
 */
public record CodeLocation(
    String path,
    List<String> archives,
    String className,
    String method,
    String methodDescriptor,
    int line,
    int release,
    String purl,
    boolean applicationCode,
    String sourceFile) {

  /** Validates and copies. */
  public CodeLocation {
    Objects.requireNonNull(path, "path");
    archives = List.copyOf(archives);
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(method, "method");
    if (line < 0) {
      throw new IllegalArgumentException(ScanMessage.LINE_NOT_NEGATIVE.english());
    }
    sourceFile = sourceFile == null || sourceFile.isEmpty() ? null : sourceFile;
  }

  /** A location whose class file does not name its source file. */
  public CodeLocation(
      String path,
      List<String> archives,
      String className,
      String method,
      String methodDescriptor,
      int line,
      int release,
      String purl,
      boolean applicationCode) {
    this(
        path,
        archives,
        className,
        method,
        methodDescriptor,
        line,
        release,
        purl,
        applicationCode,
        null);
  }

  /** The innermost archive or directory holding the class, or the path itself at the top. */
  public String archive() {
    return archives.isEmpty() ? path : archives.get(archives.size() - 1);
  }

  /** {@code com.x.Foo#encrypt:42}, for messages. */
  public String display() {
    return className + "#" + method + (line > 0 ? ":" + line : "");
  }
}
