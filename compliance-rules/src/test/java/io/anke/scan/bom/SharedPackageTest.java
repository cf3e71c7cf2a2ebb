package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The package shared by all classes of a jar (used to identify jars without coordinates): the
 * incremental computation equals the longest common package of the classes, taken naively.
 */
class SharedPackageTest {

  @Test
  void examples() {
    assertThat(fold(List.of("org/a/b/C", "org/a/b/d/E"))).isEqualTo("org.a.b");
    assertThat(fold(List.of("org/a/b/C", "org/a/c/D"))).isEqualTo("org.a");
    assertThat(fold(List.of("org/ab/C", "org/a/D"))).isEqualTo("org");
    assertThat(fold(List.of("org/a/C", "com/a/D"))).isEmpty();
    assertThat(fold(List.of("C", "org/a/D"))).isEmpty();
    assertThat(fold(List.of("org/a/C", "module-info"))).isEqualTo("org.a");
  }

  @Property(tries = 500)
  void equalsTheLongestCommonPackage(@ForAll("classes") List<String> classes) {
    assertThat(fold(classes)).isEqualTo(naive(classes));
  }

  @Provide
  Arbitrary<List<String>> classes() {
    Arbitrary<String> segment = Arbitraries.of("a", "ab", "b", "org", "x");
    Arbitrary<String> name =
        segment
            .list()
            .ofMinSize(0)
            .ofMaxSize(4)
            .map(p -> String.join("/", p))
            .map(p -> p.isEmpty() ? "C" : p + "/C");
    return name.list().ofMinSize(1).ofMaxSize(6);
  }

  private static String fold(List<String> classes) {
    String shared = null;
    for (String c : classes) {
      shared = ArchiveComponentCollector.sharedPackage(shared, c);
    }
    return shared;
  }

  /** The longest run of leading package segments every class has. */
  private static String naive(List<String> classes) {
    List<String[]> packages =
        classes.stream()
            .filter(c -> !c.endsWith("module-info"))
            .map(
                c ->
                    c.contains("/") ? c.substring(0, c.lastIndexOf('/')).split("/") : new String[0])
            .toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; ; i++) {
      String seg = null;
      for (String[] p : packages) {
        if (p.length <= i || (seg != null && !seg.equals(p[i]))) {
          return out.toString();
        }
        seg = p[i];
      }
      out.append(out.length() == 0 ? "" : ".").append(seg);
    }
  }
}
