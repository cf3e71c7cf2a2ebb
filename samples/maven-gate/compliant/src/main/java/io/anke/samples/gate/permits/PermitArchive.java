package io.anke.samples.gate.permits;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.nio.charset.StandardCharsets;

/** Archives issued permits with national algorithms only (SM3, SM4). */
public final class PermitArchive {
  private final Aead sealer;

  /** The key comes from the key management service; the archive never generates its own. */
  public PermitArchive(Sm4Key archiveKey) {
    this.sealer = Sm4Gcm.withKey(archiveKey);
  }

  public ArchivedPermit archive(String permitNumber, byte[] document) {
    String fingerprint = Hex.encode(Sm3.digest(document));
    // The permit number is the associated data: a sealed document moved to another permit fails.
    return new ArchivedPermit(
        permitNumber, fingerprint, sealer.encrypt(document, associatedData(permitNumber)));
  }

  public byte[] open(ArchivedPermit permit) throws DecryptionFailedException {
    return sealer.decrypt(permit.sealedDocument(), associatedData(permit.permitNumber()));
  }

  private static byte[] associatedData(String permitNumber) {
    return permitNumber.getBytes(StandardCharsets.UTF_8);
  }
}
