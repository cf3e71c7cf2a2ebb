package io.anke.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one piece of work on many threads released together by a barrier, so that they meet on the
 * shared object from their first call, and fails with every throwable any thread threw.
 */
public final class ConcurrentRuns {
  /** The work of one thread, given its number. */
  @FunctionalInterface
  public interface Work<T> {
    T run(int thread) throws Exception;
  }

  private ConcurrentRuns() {}

  /**
   * What each thread returned, in thread order.
   *
   * @throws AssertionError naming how many threads threw, with each throwable suppressed in it
   */
  public static <T> List<T> run(int threads, Work<T> work) throws InterruptedException {
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await(1, TimeUnit.MINUTES);
                  return work.run(thread);
                }));
      }
      List<T> results = new ArrayList<>();
      List<Throwable> thrown = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          results.add(f.get(5, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
          thrown.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          thrown.add(e);
        }
      }
      if (!thrown.isEmpty()) {
        AssertionError failed =
            new AssertionError(thrown.size() + " of " + threads + " threads threw: " + thrown);
        thrown.forEach(failed::addSuppressed);
        throw failed;
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
