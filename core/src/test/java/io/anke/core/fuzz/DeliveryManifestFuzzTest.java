package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.InputException;
import io.anke.core.manifest.DeliveryManifest;

/**
 * The delivery manifest that {@code anke sign} writes: any bytes are either a manifest or an {@link
 * InputException} naming the source and line. What {@link DeliveryManifest#toBytes()} writes of an
 * accepted manifest (the text as signed) parses back to the same entries.
 */
class DeliveryManifestFuzzTest {
  private static final String SOURCE = "anke-manifest.txt";

  @FuzzTest
  void manifest(byte[] data) {
    DeliveryManifest manifest;
    try {
      manifest = DeliveryManifest.parse(data, SOURCE);
    } catch (InputException e) {
      LocatedErrors.check(e, SOURCE);
      return;
    }
    DeliveryManifest again = DeliveryManifest.parse(manifest.toBytes(), SOURCE);
    assertThat(again.entries()).isEqualTo(manifest.entries());
    assertThat(again.toBytes()).isEqualTo(manifest.toBytes());
  }
}
