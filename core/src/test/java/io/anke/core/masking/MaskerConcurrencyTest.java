package io.anke.core.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One {@link Masker} used by many threads at once gives every thread the same answers. */
class MaskerConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 300;

  // Used by this test only, so that the threads race to find their reflection data first.
  static final class Household {
    @Masked(MaskStrategy.NAME)
    String head;

    List<Member> members = new ArrayList<>();
    Household self;

    private Household() {}
  }

  record Member(
      @Masked(MaskStrategy.NAME) String name,
      @Masked(MaskStrategy.ID_NUMBER) String idNumber,
      @Masked(MaskStrategy.MOBILE) String mobile) {}

  @Test
  void manyThreadsGetTheSameMaskedCopies() throws Exception {
    Household household = new Household();
    household.head = "诸葛亮";
    household.members.add(new Member("诸葛瞻", "51010719900101123X", "13912345678"));
    household.members.add(new Member("黄月英", "510107199202020028", "+86 150 1234 5678"));
    household.self = household;
    Masker masker = Masker.builder().field(Member.class, "mobile", MaskStrategy.FULL).build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Household>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<Household>> work =
            () -> {
              start.await();
              List<Household> out = new ArrayList<>();
              for (int i = 0; i < ROUNDS; i++) {
                out.add(
                    i % 2 == 0
                        ? masker.mask(household)
                        : masker.mask(household, Set.of("members.idNumber")));
              }
              return out;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (Future<List<Household>> f : results) {
        List<Household> copies = f.get(2, TimeUnit.MINUTES);
        for (int i = 0; i < copies.size(); i++) {
          Household h = copies.get(i);
          assertThat(h.self).isSameAs(h);
          if (i % 2 == 0) {
            assertThat(h.head).isEqualTo("诸葛*");
            assertThat(h.members)
                .containsExactly(
                    new Member("诸葛*", "510107********123X", "******"),
                    new Member("黄**", "510107********0028", "******"));
          } else {
            assertThat(h.head).isEqualTo("诸葛亮");
            assertThat(h.members)
                .containsExactly(
                    new Member("诸葛瞻", "510107********123X", "13912345678"),
                    new Member("黄月英", "510107********0028", "+86 150 1234 5678"));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(household.members.get(0).idNumber()).isEqualTo("51010719900101123X");
  }
}
