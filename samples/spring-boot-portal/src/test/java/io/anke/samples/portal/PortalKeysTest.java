package io.anke.samples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.field.FieldEncryptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's keys are made once and then only read: a restart gets the same keys (the audit trail
 * and the stored values need them), and a key file that is missing, changed or of the wrong kind
 * stops the start with a message naming it, never a fresh key that would orphan the data.
 */
class PortalKeysTest {
  @TempDir Path dir;

  static final byte[] DATA = "record".getBytes(StandardCharsets.UTF_8);

  @Test
  void theFirstStartMakesTheKeysAndLaterStartsReadTheSameOnes() throws Exception {
    PortalKeys first = PortalKeys.openOrCreate(dir);

    assertThat(dir.resolve(PortalKeys.KEK)).exists();
    for (String secret :
        List.of(
            PortalKeys.KEK,
            PortalKeys.AUDIT_MAC,
            PortalKeys.AUDIT_CHECKPOINT,
            PortalKeys.RESIDENT_FIELDS,
            PortalKeys.RESIDENT_INDEX)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(secret))))
          .as(secret)
          .isEqualTo("rw-------");
    }
    assertThat(Files.readString(dir.resolve(PortalKeys.AUDIT_CHECKPOINT_PUBLIC)))
        .startsWith("-----BEGIN PUBLIC KEY-----");
    // the keysets are stored only encrypted
    assertThat(Files.readString(dir.resolve(PortalKeys.AUDIT_MAC)))
        .startsWith("-----BEGIN ANKE ENCRYPTED KEYSET-----");

    String stored =
        FieldEncryptor.create(first.residentFieldKeys(), "resident")
            .encryptString("13800138000", "mobile", "1");
    PortalKeys again = PortalKeys.openOrCreate(dir);

    assertThat(again.auditMacKeys().mac().computeMac(DATA))
        .isEqualTo(first.auditMacKeys().mac().computeMac(DATA));
    assertThat(again.checkpointPublicKey()).isEqualTo(first.checkpointPublicKey());
    assertThat(again.residentIndexKey()).isEqualTo(first.residentIndexKey());
    assertThat(
            FieldEncryptor.create(again.residentFieldKeys(), "resident")
                .decryptString(stored, "mobile", "1"))
        .isEqualTo("13800138000");
  }

  @Test
  void keysetsWithoutTheirKeyEncryptionKeyStopTheStartInsteadOfBeingReplaced() throws Exception {
    PortalKeys.openOrCreate(dir);
    byte[] keyset = Files.readAllBytes(dir.resolve(PortalKeys.AUDIT_MAC));
    Files.delete(dir.resolve(PortalKeys.KEK));

    assertThatThrownBy(() -> PortalKeys.openOrCreate(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(dir.resolve(PortalKeys.KEK).toString())
        .hasMessageContaining("is missing but")
        .hasMessageContaining("密钥加密密钥");
    assertThat(dir.resolve(PortalKeys.KEK)).doesNotExist();
    assertThat(Files.readAllBytes(dir.resolve(PortalKeys.AUDIT_MAC))).isEqualTo(keyset);
  }

  @Test
  void aChangedKeyFileIsNamed() throws Exception {
    PortalKeys.openOrCreate(dir);
    Path index = dir.resolve(PortalKeys.RESIDENT_INDEX);
    byte[] bytes = Files.readAllBytes(index);
    bytes[bytes.length - 1] ^= 1;
    Files.write(index, bytes);

    assertThatThrownBy(() -> PortalKeys.openOrCreate(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(index.toString())
        .hasMessageContaining("does not open with the key-encryption key");
  }

  @Test
  void aKeysetOfAnotherKindIsRefused() throws Exception {
    PortalKeys.openOrCreate(dir);
    Files.copy(
        dir.resolve(PortalKeys.RESIDENT_FIELDS),
        dir.resolve(PortalKeys.AUDIT_MAC),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(() -> PortalKeys.openOrCreate(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(dir.resolve(PortalKeys.AUDIT_MAC).toString())
        .hasMessageContaining("holds a keyset of type sm4-gcm, expected hmac-sm3");
  }
}
