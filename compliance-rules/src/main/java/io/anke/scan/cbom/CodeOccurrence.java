package io.anke.scan.cbom;

import io.anke.scan.internal.ScanMessage;
import java.util.List;
import java.util.Objects;

/**
 * Where in code a CBOM says one of its cryptographic assets is used: an {@code
 * evidence.occurrences} entry whose {@code symbol} names a class and method ({@code
 * com.example.Foo#encrypt}, or with the method's descriptor {@code com.example.Foo#encrypt([B)[B}),
 * as Anke's CycloneDX output writes it for every use the bytecode scanner found. The {@code
 * CRYPTO-} rules report such evidence on the class, as they report the bytecode evidence it came
 * from.
 *
 * @param location where the class is, e.g. {@code app.jar!/BOOT-INF/classes/com/example/Foo.class}
 * @param line the 1-based source line, 0 when unknown
 * @param className the binary class name with dots, e.g. {@code com.example.Foo}
 * @param method the method name, e.g. {@code encrypt}
 * @param applicationCode true for the application's own code, false for a library's (the asset's
 *     property {@code anke:crypto:code} is {@code library})
 * @param library the package URL of the library the class belongs to (the asset's property {@code
 *     anke:crypto:library}), or null
 * @param path the dependency path of that library's component in the document, empty when there is
 *     none (application code, or a library without a package URL)
 */
public record CodeOccurrence(
    String location,
    int line,
    String className,
    String method,
    boolean applicationCode,
    String library,
    List<String> path) {

  /** Validates and copies. */
  public CodeOccurrence {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(method, "method");
    if (line < 0) {
      throw new IllegalArgumentException(ScanMessage.LINE_NOT_NEGATIVE.english());
    }
    path = path == null ? List.of() : List.copyOf(path);
  }

  /** {@code com.example.Foo#encrypt:42}, as bytecode findings name a place in code. */
  public String display() {
    return className + "#" + method + (line > 0 ? ":" + line : "");
  }
}
