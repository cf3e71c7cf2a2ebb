package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One signer, verifier, encrypter and decrypter shared by several threads. */
class Sm2ConcurrencyTest {
  @Test
  void sharedInstancesGiveCorrectResultsFromManyThreads() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2Signer signer = new Sm2Signer(pair.privateKey()).withId("shared");
    Sm2Verifier verifier = new Sm2Verifier(pair.publicKey()).withId("shared");
    Sm2Encrypter encrypter = new Sm2Encrypter(pair.publicKey(), Sm2CiphertextFormat.ASN1);
    Sm2Decrypter decrypter = new Sm2Decrypter(pair.privateKey(), Sm2CiphertextFormat.ASN1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        Callable<Integer> task =
            () -> {
              int ok = 0;
              for (int i = 0; i < 40; i++) {
                byte[] m = ("t" + thread + "/" + i).getBytes(StandardCharsets.US_ASCII);
                if (verifier.verify(m, signer.sign(m))
                    && java.util.Arrays.equals(m, decrypter.decrypt(encrypter.encrypt(m)))) {
                  ok++;
                }
              }
              return ok;
            };
        results.add(pool.submit(task));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(40);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
