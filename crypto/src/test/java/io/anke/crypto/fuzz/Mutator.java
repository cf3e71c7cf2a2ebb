package io.anke.crypto.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.anke.crypto.Mutations;
import java.util.Arrays;

/**
 * Turns the fuzzer's bytes into edits of a valid input: bit flips, overwritten, inserted and
 * deleted bytes, truncation and appended bytes, one to four of them. The targets that check that a
 * verifier or decrypter refuses every change build the valid input themselves and let the fuzzer
 * choose only the change, which reaches the checks behind the parsers far more often than random
 * bytes would.
 */
final class Mutator {
  private static final int MAX_RUN = 32;

  private Mutator() {}

  /**
   * {@code valid} with the edits {@code data} describes; may equal it (setting a byte to itself).
   */
  static byte[] mutate(byte[] valid, FuzzedDataProvider data) {
    byte[] b = valid.clone();
    int edits = data.consumeInt(1, 4);
    for (int i = 0; i < edits; i++) {
      b = edit(b, data);
    }
    return b;
  }

  private static byte[] edit(byte[] b, FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 6);
    if (b.length == 0) {
      return data.consumeBytes(MAX_RUN);
    }
    int at = data.consumeInt(0, b.length - 1);
    switch (kind) {
      case 0 -> b[at] ^= (byte) (1 << data.consumeInt(0, 7));
      case 1 -> b[at] = data.consumeByte();
      case 2 -> {
        byte[] insert = data.consumeBytes(data.consumeInt(1, MAX_RUN));
        return Mutations.splice(b, data.consumeBoolean() ? at : b.length, 0, insert);
      }
      case 3 -> {
        return Mutations.splice(
            b, at, data.consumeInt(1, Math.min(MAX_RUN, b.length - at)), new byte[0]);
      }
      case 4 -> {
        return Arrays.copyOf(b, at);
      }
      case 5 -> {
        byte[] mask = data.consumeBytes(Math.min(MAX_RUN, b.length - at));
        for (int i = 0; i < mask.length; i++) {
          b[at + i] ^= mask[i];
        }
      }
      default -> {
        // The byte a DER length or a text field most often turns on: one more or one less.
        b[at] += data.consumeBoolean() ? 1 : -1;
      }
    }
    return b;
  }
}
