package io.anke.crypto.sm4.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stream methods lend their chunk buffers to the caller's streams (the source reads plaintext
 * into one, the sink is handed plaintext from the other): when the call returns, neither buffer may
 * still hold plaintext for whoever kept a reference.
 */
class StreamBuffersAreWipedTest {
  private static final byte[] IV = new byte[16];

  /** A source that remembers every buffer it was asked to fill. */
  static final class LendingSource extends FilterInputStream {
    final List<byte[]> buffers = new ArrayList<>();

    LendingSource(byte[] data) {
      super(new ByteArrayInputStream(data));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      buffers.add(b);
      return super.read(b, off, len);
    }
  }

  /** A sink that keeps what it was given and remembers every buffer it was handed. */
  static final class LendingSink extends ByteArrayOutputStream {
    final List<byte[]> buffers = new ArrayList<>();

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      buffers.add(b);
      super.write(b, off, len);
    }
  }

  private static void assertAllZero(List<byte[]> buffers) {
    assertThat(buffers).isNotEmpty();
    for (byte[] b : buffers) {
      assertThat(b).containsOnly(0);
    }
  }

  private static void assertBuffersWiped(
      Sm4InteropPropertiesTest.IoFunction encrypt, Sm4InteropPropertiesTest.IoFunction decrypt)
      throws Exception {
    byte[] p = new byte[1000];
    Arrays.fill(p, (byte) 0x5a);
    LendingSource source = new LendingSource(p);
    LendingSink ciphertext = new LendingSink();
    encrypt.apply(source, ciphertext);
    assertAllZero(source.buffers); // held plaintext as it was read

    LendingSink sink = new LendingSink();
    assertThat(decrypt.apply(new ByteArrayInputStream(ciphertext.toByteArray()), sink))
        .isEqualTo(p.length);
    assertThat(sink.toByteArray()).isEqualTo(p);
    assertAllZero(sink.buffers); // held plaintext as it was written
  }

  @Test
  void blockModeBuffersHoldNoPlaintextAfterwards() throws Exception {
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.generate());
    assertBuffersWiped(
        (in, out) -> cbc.encrypt(IV, in, out), (in, out) -> cbc.decrypt(IV, in, out));
  }

  @Test
  void counterModeBuffersHoldNoPlaintextAfterwards() throws Exception {
    Sm4Ctr ctr = Sm4Ctr.withKey(Sm4Key.generate());
    assertBuffersWiped(
        (in, out) -> ctr.encrypt(IV, in, out), (in, out) -> ctr.decrypt(IV, in, out));
  }
}
