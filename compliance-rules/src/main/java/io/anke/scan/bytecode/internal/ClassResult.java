package io.anke.scan.bytecode.internal;

import io.anke.core.rule.Text;
import java.util.List;
import java.util.Map;

/**
 * What one class contributed: usages still holding symbolic strings, the values of its static final
 * String and byte[] fields (for other classes' lookups), and problems.
 *
 * @param className internal name from the class file
 * @param usages usages by method
 * @param staticFields field name to {@link Sym} (String fields) or {@link Bytes} (byte[] fields)
 * @param problems why parts of the class could not be analysed
 * @param sourceFile the source file the class says it was compiled from (its {@code SourceFile}
 *     attribute), or null; read only for classes with usages
 */
public record ClassResult(
    String className,
    List<MethodUsages> usages,
    Map<String, Object> staticFields,
    List<Text> problems,
    String sourceFile) {

  /** Copies. */
  public ClassResult {
    usages = List.copyOf(usages);
    staticFields = Map.copyOf(staticFields);
    problems = List.copyOf(problems);
  }

  /** A result without a source file name. */
  public ClassResult(
      String className,
      List<MethodUsages> usages,
      Map<String, Object> staticFields,
      List<Text> problems) {
    this(className, usages, staticFields, problems, null);
  }

  /**
   * The usages of one method with the source line of each.
   *
   * @param method method name
   * @param descriptor method descriptor
   * @param usages the raw usages
   * @param lines source line of each usage (same order), 0 when unknown
   */
  public record MethodUsages(
      String method, String descriptor, List<Raw> usages, List<Integer> lines) {
    /** Copies. */
    public MethodUsages {
      usages = List.copyOf(usages);
      lines = List.copyOf(lines);
    }
  }
}
