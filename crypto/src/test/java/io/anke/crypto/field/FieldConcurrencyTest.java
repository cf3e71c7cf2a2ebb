package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One {@link FieldEncryptor} and one {@link BlindIndex} shared by many threads give the answers a
 * single thread gives: every thread decrypts the values encrypted single-threaded, its own
 * ciphertexts decrypt single-threaded afterwards, and every index equals the single-threaded one.
 */
class FieldConcurrencyTest {
  static final int THREADS = 8;
  static final int ROWS = 200;

  @Test
  void manyThreadsShareOneEncryptorAndOneIndex() throws Exception {
    FieldEncryptor enc =
        FieldEncryptor.create(KeysetHandle.generateNew(KeyType.SM4_GCM), "hr.employee");
    BlindIndex idx =
        BlindIndex.forColumn(new byte[32], "hr.employee.id_number", IndexNormalizer.IDENTIFIER);
    List<String> values = new ArrayList<>();
    List<String> ciphertexts = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    for (int row = 0; row < ROWS; row++) {
      String value = String.format("1101051949%08dX", row);
      values.add(value);
      ciphertexts.add(enc.encryptString(value, "id_number", Integer.toString(row)));
      indexes.add(idx.computeHex(value.toLowerCase(java.util.Locale.ROOT)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 25;
        Callable<List<String>> work =
            () -> {
              start.await();
              List<String> mine = new ArrayList<>();
              for (int i = 0; i < ROWS; i++) {
                int row = (i + offset) % ROWS;
                String rowId = Integer.toString(row);
                assertThat(enc.decryptString(ciphertexts.get(row), "id_number", rowId))
                    .isEqualTo(values.get(row));
                assertThat(idx.computeHex(values.get(row))).isEqualTo(indexes.get(row));
                mine.add(enc.encryptString(values.get(row), "id_number", rowId));
              }
              return mine;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<String> mine = results.get(t).get();
        int offset = t * 25;
        for (int i = 0; i < ROWS; i++) {
          int row = (i + offset) % ROWS;
          assertThat(enc.decryptString(mine.get(i), "id_number", Integer.toString(row)))
              .isEqualTo(values.get(row));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
