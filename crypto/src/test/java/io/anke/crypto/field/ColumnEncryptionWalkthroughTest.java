package io.anke.crypto.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The developer walkthrough of field encryption, as one scenario: keys, an encrypted column with
 * its blind index, a search, and a key rotation. The table is a list here; in an application it is
 * a database table with the columns of {@link Employee}.
 */
class ColumnEncryptionWalkthroughTest {

  /** A row of hr.employee as stored: the identity number only as ciphertext and blind index. */
  static final class Employee {
    final long id;
    String idNumber; // VARCHAR(72): Base64 of the SM4-GCM ciphertext
    String idNumberIndex; // CHAR(32): hex of the 16-byte blind index

    Employee(long id) {
      this.id = id;
    }
  }

  static final class EmployeeRepository {
    final List<Employee> table = new ArrayList<>();
    final FieldEncryptor fields;
    final BlindIndex idNumberIndex;

    EmployeeRepository(KeysetHandle keyset, byte[] indexKey) {
      // Built once and shared by every thread.
      fields = FieldEncryptor.create(keyset, "hr.employee");
      idNumberIndex =
          BlindIndex.forColumn(indexKey, "hr.employee.id_number", IndexNormalizer.IDENTIFIER);
    }

    void insert(long id, String idNumber) {
      Employee e = new Employee(id);
      String rowId = Long.toString(id);
      e.idNumber = fields.encryptString(idNumber, "id_number", rowId);
      e.idNumberIndex = idNumberIndex.computeHex(idNumber);
      table.add(e); // INSERT INTO hr.employee (id, id_number, id_number_idx) VALUES (?, ?, ?)
    }

    String idNumberOf(Employee e) throws DecryptionFailedException {
      return fields.decryptString(e.idNumber, "id_number", Long.toString(e.id));
    }

    List<Employee> findByIdNumber(String searched) throws DecryptionFailedException {
      String index = idNumberIndex.computeHex(searched);
      String wanted = IndexNormalizer.IDENTIFIER.normalize(searched);
      List<Employee> found = new ArrayList<>();
      for (Employee e : table) { // SELECT … FROM hr.employee WHERE id_number_idx = ?
        // A truncated index may match other values too: compare the decrypted value.
        if (e.idNumberIndex.equals(index)
            && IndexNormalizer.IDENTIFIER.normalize(idNumberOf(e)).equals(wanted)) {
          found.add(e);
        }
      }
      return found;
    }
  }

  @Test
  void encryptAColumnSearchItAndRotateItsKey() throws Exception {
    // 1. Keys. The key-encryption key comes from a KMS, a PKCS#12 file or a device in production.
    Aead kek = Sm4Gcm.withKey(Sm4Key.generate());
    byte[] purpose = "hr.employee fields".getBytes(StandardCharsets.UTF_8);
    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM4_GCM);
    ByteArrayOutputStream keysetFile = new ByteArrayOutputStream();
    keyset.write(keysetFile, kek, purpose); // stored only encrypted
    byte[] indexKey = new byte[32]; // a separate key for the blind indexes
    new SecureRandom().nextBytes(indexKey);
    byte[] indexKeyPurpose = "hr.employee blind index".getBytes(StandardCharsets.UTF_8);
    byte[] storedIndexKey = kek.encrypt(indexKey, indexKeyPurpose); // stored only encrypted too

    // 2. Encrypt the column, bound to the row id, with its blind index beside it.
    KeysetHandle loaded =
        KeysetHandle.read(new ByteArrayInputStream(keysetFile.toByteArray()), kek, purpose);
    EmployeeRepository repo =
        new EmployeeRepository(loaded, kek.decrypt(storedIndexKey, indexKeyPurpose));
    repo.insert(1, "11010519491231002X");
    repo.insert(2, "440524188001010014");
    repo.insert(3, "110101199003071233");
    assertThat(repo.table.get(0).idNumber).hasSize(72).doesNotContain("1101");
    assertThat(repo.table.get(0).idNumberIndex).hasSize(32);

    // 3. Search by equality: a lower-case x and spaces still find the row.
    List<Employee> found = repo.findByIdNumber("110105 19491231 002x");
    assertThat(found).extracting(e -> e.id).containsExactly(1L);
    assertThat(repo.idNumberOf(found.get(0))).isEqualTo("11010519491231002X");

    // A value copied into another row does not decrypt there.
    repo.table.get(1).idNumber = repo.table.get(0).idNumber;
    Employee second = repo.table.get(1);
    assertThatThrownBy(() -> repo.idNumberOf(second)).isInstanceOf(DecryptionFailedException.class);
    repo.table.get(1).idNumber = repo.fields.encryptString("440524188001010014", "id_number", "2");

    // 4. Rotate: a new primary key; old rows stay readable, then a job re-encrypts them.
    KeysetHandle rotated = loaded.rotate(); // then write it back under the KEK, as in step 1
    EmployeeRepository after = new EmployeeRepository(rotated, indexKey);
    after.table.addAll(repo.table);
    after.insert(4, "310104198511224568"); // under the new key
    int reencrypted = 0;
    for (Employee e : after.table) { // in batches, in a transaction each
      if (after.fields.needsReencryption(e.idNumber)) {
        e.idNumber = after.fields.reencryptString(e.idNumber, "id_number", Long.toString(e.id));
        reencrypted++; // UPDATE hr.employee SET id_number = ? WHERE id = ?
      }
    }
    assertThat(reencrypted).isEqualTo(3);
    // Nothing needs the old key any more: disable it, later destroy it.
    KeysetHandle retired = rotated.disable(loaded.primaryKeyId());
    EmployeeRepository last = new EmployeeRepository(retired, indexKey);
    last.table.addAll(after.table);
    assertThat(last.findByIdNumber("11010519491231002X")).extracting(e -> e.id).containsExactly(1L);
    assertThat(last.idNumberOf(last.table.get(3))).isEqualTo("310104198511224568");
  }
}
