package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyStatus;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.sm4.Sm4Key;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key rotation under field encryption: old values stay readable and are moved by reencrypt. */
class FieldRotationTest {
  static final String[] IDS = {
    "11010519491231002X", "440524188001010014", "110101199003071233", "310104198511224568"
  };

  /** The key ID a field ciphertext names (after the version byte and the 0x01 marker). */
  static int keyIdOf(String ciphertext) {
    byte[] b = Base64.getDecoder().decode(ciphertext);
    assertThat(b[1]).as("key-ID prefix").isEqualTo((byte) 1);
    return ByteBuffer.wrap(b, 2, 4).getInt();
  }

  @Test
  void oldValuesStayReadableAfterRotationAndReencryptMovesThemToTheNewKey() throws Exception {
    KeysetHandle gen1 = KeysetHandle.generateNew(KeyType.SM4_GCM);
    int key1 = gen1.primaryKeyId();
    FieldEncryptor before = FieldEncryptor.create(gen1, "hr.employee");
    List<String> column = new ArrayList<>();
    for (int row = 0; row < IDS.length; row++) {
      column.add(before.encryptString(IDS[row], "id_number", Integer.toString(row)));
    }
    String columnOnly = before.encryptString(IDS[0], "id_number");

    // Rotate: key 2 becomes primary, key 1 stays enabled.
    KeysetHandle gen2 = gen1.rotate();
    int key2 = gen2.primaryKeyId();
    assertThat(key2).isNotEqualTo(key1);
    FieldEncryptor after = FieldEncryptor.create(gen2, "hr.employee");
    String fresh = after.encryptString("810000199408230021", "id_number", "4");
    assertThat(keyIdOf(fresh)).isEqualTo(key2);
    for (int row = 0; row < IDS.length; row++) {
      assertThat(keyIdOf(column.get(row))).isEqualTo(key1);
      assertThat(after.decryptString(column.get(row), "id_number", Integer.toString(row)))
          .isEqualTo(IDS[row]);
    }
    // A service still on the old keyset cannot read values under the key it has never seen.
    assertThatThrownBy(() -> before.decryptString(fresh, "id_number", "4"))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("no key " + KeyInfo.formatId(key2));

    // The rotation job: re-encrypt what is not under the primary key yet; run twice, the second
    // run finds nothing to do.
    int moved = 0;
    for (int run = 0; run < 2; run++) {
      for (int row = 0; row < IDS.length; row++) {
        String stored = column.get(row);
        if (after.needsReencryption(stored)) {
          column.set(row, after.reencryptString(stored, "id_number", Integer.toString(row)));
          moved++;
        }
      }
    }
    assertThat(moved).isEqualTo(IDS.length);
    assertThat(after.needsReencryption(fresh)).isFalse();
    String movedColumnOnly = after.reencryptString(columnOnly, "id_number");
    assertThat(keyIdOf(movedColumnOnly)).isEqualTo(key2);
    assertThat(after.decryptString(movedColumnOnly, "id_number")).isEqualTo(IDS[0]);
    // Re-encryption keeps the binding: the moved value is still tied to its row.
    assertThatThrownBy(() -> after.decryptString(column.get(0), "id_number", "1"))
        .isInstanceOf(DecryptionFailedException.class);

    // Retire key 1: disable it (reversible) and check that everything still decrypts.
    FieldEncryptor retired = FieldEncryptor.create(gen2.disable(key1), "hr.employee");
    for (int row = 0; row < IDS.length; row++) {
      assertThat(keyIdOf(column.get(row))).isEqualTo(key2);
      assertThat(retired.decryptString(column.get(row), "id_number", Integer.toString(row)))
          .isEqualTo(IDS[row]);
    }
    // A value the job missed names the disabled key.
    assertThatThrownBy(() -> retired.decryptString(columnOnly, "id_number"))
        .isInstanceOfSatisfying(
            KeyUnavailableException.class,
            e -> {
              assertThat(e.keyId()).isEqualTo(key1);
              assertThat(e.status()).isEqualTo(KeyStatus.DISABLED);
            });
  }

  @Test
  void bytesRotateTheSameWay() throws Exception {
    KeysetHandle gen1 = KeysetHandle.generateNew(KeyType.SM4_GCM);
    byte[] row = {0, 0, 0, 7};
    byte[] old = FieldEncryptor.create(gen1).encrypt(new byte[] {1, 2, 3}, "photo", row);
    KeysetHandle gen2 = gen1.rotate();
    FieldEncryptor enc = FieldEncryptor.create(gen2);
    assertThat(enc.needsReencryption(old)).isTrue();
    byte[] moved = enc.reencrypt(old, "photo", row);
    assertThat(enc.needsReencryption(moved)).isFalse();
    assertThat(ByteBuffer.wrap(moved, 2, 4).getInt()).isEqualTo(gen2.primaryKeyId());
    assertThat(enc.decrypt(moved, "photo", row)).containsExactly(1, 2, 3);
    byte[] columnOnly = FieldEncryptor.create(gen1).encrypt(new byte[] {4}, "photo");
    assertThat(enc.decrypt(enc.reencrypt(columnOnly, "photo"), "photo")).containsExactly(4);
  }

  @Test
  void whatANeedsReencryptionCheckCannotTellItSaysTrueFor() {
    FieldEncryptor enc = FieldEncryptor.create(KeysetHandle.generateNew(KeyType.SM4_GCM));
    // Not field ciphertexts: true, so that a job hands them to reencrypt, which reports them.
    assertThat(enc.needsReencryption(new byte[0])).isTrue();
    assertThat(enc.needsReencryption(new byte[] {2, 1, 0, 0, 0, 0})).isTrue();
    assertThat(enc.needsReencryption("not Base64!")).isTrue();
    assertThatThrownBy(() -> enc.reencryptString("not Base64!", "f", "1"))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("not Base64");
    // A RAW primary writes no key ID: every value needs re-encryption as far as anyone can tell.
    FieldEncryptor raw =
        FieldEncryptor.create(KeysetHandle.importKey(Sm4Key.generate(), OutputPrefix.RAW));
    String v = raw.encryptString("x", "f", "1");
    assertThat(raw.needsReencryption(v)).isTrue();
    assertThat(Base64.getDecoder().decode(v)).hasSize(1 + 12 + 1 + 16);
  }

  @Test
  void destroyingTheKeysetHandleEndsTheEncryptor() throws Exception {
    KeysetHandle handle = KeysetHandle.generateNew(KeyType.SM4_GCM);
    FieldEncryptor enc = FieldEncryptor.create(handle, "t");
    String ct = enc.encryptString("v", "f", "1");
    handle.destroy();
    assertThatThrownBy(() -> enc.encryptString("v", "f", "1"))
        .isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> enc.decryptString(ct, "f", "1"))
        .isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> enc.needsReencryption(ct)).isInstanceOf(KeyDestroyedException.class);
    assertThatThrownBy(() -> FieldEncryptor.create(handle))
        .isInstanceOf(KeyDestroyedException.class);
    assertThat(enc.toString()).isEqualTo("FieldEncryptor[SM4-GCM keyset, context 't']");
  }
}
