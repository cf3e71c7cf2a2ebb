package io.anke.core.bom;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Subject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyPathTest {

  static DependencyPath chain(int length) {
    DependencyPath p = DependencyPath.empty();
    for (int i = 0; i < length; i++) {
      p = p.append("g:a" + i + ":1");
    }
    return p;
  }

  @Test
  void appendSharesTheParentInsteadOfCopyingIt() {
    DependencyPath parent = chain(3);
    DependencyPath child = parent.append("g:leaf:1");
    assertThat(child.parent()).isSameAs(parent);
    assertThat(child).containsExactly("g:a0:1", "g:a1:1", "g:a2:1", "g:leaf:1");
    assertThat(child.get(0)).isEqualTo("g:a0:1");
    assertThat(child).isEqualTo(List.of("g:a0:1", "g:a1:1", "g:a2:1", "g:leaf:1"));
    assertThat(child.hashCode())
        .isEqualTo(List.of("g:a0:1", "g:a1:1", "g:a2:1", "g:leaf:1").hashCode());
    assertThat(child).isNotEqualTo(parent.append("g:other:1"));
    assertThat(DependencyPath.empty().hashCode()).isEqualTo(List.of().hashCode());
    assertThat(DependencyPath.of(child)).isSameAs(child);
    assertThat(DependencyPath.of(List.of("x", "y"))).containsExactly("x", "y");
  }

  @Test
  void shortPathsAreShownWholeLongOnesElidedInTheMiddle() {
    assertThat(DependencyPath.bounded(chain(DependencyPath.SHOWN_WHOLE)))
        .hasSize(DependencyPath.SHOWN_WHOLE);
    List<String> bounded = DependencyPath.bounded(chain(20_000));
    assertThat(bounded).hasSize(2 * DependencyPath.KEPT_AT_EACH_END + 1);
    assertThat(bounded.get(0)).isEqualTo("g:a0:1");
    assertThat(bounded.get(DependencyPath.KEPT_AT_EACH_END))
        .isEqualTo(DependencyPath.elision(20_000 - 2 * DependencyPath.KEPT_AT_EACH_END));
    assertThat(bounded.get(bounded.size() - 1)).isEqualTo("g:a19999:1");
    assertThat(bounded.subList(0, DependencyPath.KEPT_AT_EACH_END))
        .containsExactly("g:a0:1", "g:a1:1", "g:a2:1", "g:a3:1", "g:a4:1", "g:a5:1");
    assertThat(DependencyPath.bounded(new ArrayList<>(chain(20_000)))).isEqualTo(bounded);
  }

  @Test
  void aSubjectCarriesABoundedPathAndTheWholeDepth() {
    List<String> plain = new ArrayList<>(chain(500));
    Subject s = new Subject(Subject.COMPONENT, "pkg:maven/g/a499@1", plain);
    assertThat(s.path()).hasSize(2 * DependencyPath.KEPT_AT_EACH_END + 1);
    assertThat(s.depth()).isEqualTo(500);
    assertThat(s.pathElided()).isTrue();
    Subject shallow = new Subject(Subject.COMPONENT, "x", List.of("a", "b"));
    assertThat(shallow.pathElided()).isFalse();
    assertThat(shallow.depth()).isEqualTo(2);
  }
}
