package io.anke.samples.govdata;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.keyset.KeysetHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The population table of the public-security department: the identity number (the field its
 * classification marks encrypted) is stored only as SM4-GCM ciphertext bound to its column and row,
 * with an HMAC-SM3 blind index beside it for lookups; the other fields are stored as they are. The
 * encryption keyset can change while the table is in use: each keyset handed to {@link #useKeys} is
 * kept, so that the table can say which of them wrote a stored value.
 */
final class ResidentTable {
  /** The encryption context: the table's name, so a value copied into another table fails. */
  static final String TABLE = "population.resident";

  private static final String ID_NUMBER = "id_number";

  private final Connection db;
  private final BlindIndex idIndex;
  private final List<KeysetHandle> keysets = new ArrayList<>();
  private FieldEncryptor encryptor;

  /** A stored row: its primary key and the record, decrypted. */
  record Row(long rowId, Resident resident) {}

  ResidentTable(Connection db, KeysetHandle keys, BlindIndex idIndex) throws SQLException {
    this.db = db;
    this.idIndex = idIndex;
    useKeys(keys);
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE TABLE resident (row_id BIGINT PRIMARY KEY, id_number VARCHAR(80) NOT NULL,"
              + " id_number_index CHAR(32) NOT NULL, name VARCHAR(50), mobile VARCHAR(20),"
              + " division_code CHAR(6), address VARCHAR(200))");
      s.execute("CREATE INDEX resident_id_number_index ON resident (id_number_index)");
    }
  }

  /** Encrypts from now on under the primary key of {@code keys}; earlier keys still decrypt. */
  void useKeys(KeysetHandle keys) {
    keysets.add(keys);
    encryptor = FieldEncryptor.create(keys, TABLE);
  }

  void insert(long rowId, Resident r) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("INSERT INTO resident VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, rowId);
      s.setString(2, encryptor.encryptString(r.idNumber(), ID_NUMBER, Long.toString(rowId)));
      s.setString(3, idIndex.computeHex(r.idNumber()));
      s.setString(4, r.name());
      s.setString(5, r.mobile());
      s.setString(6, r.divisionCode());
      s.setString(7, r.address());
      s.executeUpdate();
    }
  }

  /** What the database holds in the identity-number column of a row: the ciphertext. */
  String storedIdNumber(long rowId) throws SQLException {
    return column(rowId, "id_number");
  }

  /** What the database holds in the blind-index column of a row. */
  String storedIndex(long rowId) throws SQLException {
    return column(rowId, "id_number_index");
  }

  /**
   * The id of the key that encrypted a row's identity number: the primary key of the keyset that
   * was in use when it was written, told by {@link FieldEncryptor#needsReencryption}, which reads
   * the key id of the ciphertext and decrypts nothing.
   */
  OptionalInt keyIdOf(long rowId) throws SQLException {
    String stored = storedIdNumber(rowId);
    for (KeysetHandle k : keysets) {
      if (!FieldEncryptor.create(k, TABLE).needsReencryption(stored)) {
        return OptionalInt.of(k.primaryKeyId());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A row, decrypted.
   *
   * @throws DecryptionFailedException when the stored value was altered, moved or its key is gone
   */
  Resident read(long rowId) throws SQLException, DecryptionFailedException {
    try (PreparedStatement s = db.prepareStatement("SELECT * FROM resident WHERE row_id = ?")) {
      s.setLong(1, rowId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no row " + rowId);
        }
        return resident(rs);
      }
    }
  }

  /**
   * The row of the resident with this identity number, in any spelling the index normaliser accepts
   * (spaces, lower-case x): found by its blind index, then compared decrypted, because a truncated
   * index may be shared by another number.
   */
  Optional<Row> findByIdNumber(String idNumber) throws SQLException, DecryptionFailedException {
    String index = idIndex.computeHex(idNumber);
    try (PreparedStatement s =
        db.prepareStatement("SELECT * FROM resident WHERE id_number_index = ?")) {
      s.setString(1, index);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Resident r = resident(rs);
          if (idIndex.computeHex(r.idNumber()).equals(index)) {
            return Optional.of(new Row(rs.getLong("row_id"), r));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The rotation job: every identity number not under the current primary key is decrypted and
   * encrypted again under it, in place.
   *
   * @return how many rows were re-encrypted
   */
  int reencryptUnderPrimary() throws SQLException, DecryptionFailedException {
    List<Long> rows = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT row_id, id_number FROM resident ORDER BY row_id")) {
      while (rs.next()) {
        if (encryptor.needsReencryption(rs.getString(2))) {
          rows.add(rs.getLong(1));
          values.add(rs.getString(2));
        }
      }
    }
    try (PreparedStatement u =
        db.prepareStatement("UPDATE resident SET id_number = ? WHERE row_id = ?")) {
      for (int i = 0; i < rows.size(); i++) {
        String rowId = Long.toString(rows.get(i));
        u.setString(1, encryptor.reencryptString(values.get(i), ID_NUMBER, rowId));
        u.setLong(2, rows.get(i));
        u.executeUpdate();
      }
    }
    return rows.size();
  }

  private Resident resident(ResultSet rs) throws SQLException, DecryptionFailedException {
    String rowId = Long.toString(rs.getLong("row_id"));
    return new Resident(
        encryptor.decryptString(rs.getString("id_number"), ID_NUMBER, rowId),
        rs.getString("name"),
        rs.getString("mobile"),
        rs.getString("division_code"),
        rs.getString("address"));
  }

  private String column(long rowId, String column) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + column + " FROM resident WHERE row_id = ?")) {
      s.setLong(1, rowId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no row " + rowId);
        }
        return rs.getString(1);
      }
    }
  }
}
