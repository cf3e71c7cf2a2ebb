package io.anke.samples.access;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The public-security department's table of residents: the identity number is stored encrypted with
 * SM4-GCM (bound to its column and row) and found through an HMAC-SM3 blind index; the rest is
 * stored as it is.
 */
public final class ResidentStore {
  private final Connection db;
  private final FieldEncryptor encryptor;
  private final BlindIndex idIndex;

  /** A store over {@code db}, creating its table when missing. */
  public ResidentStore(Connection db, FieldEncryptor encryptor, BlindIndex idIndex)
      throws SQLException {
    this.db = db;
    this.encryptor = encryptor;
    this.idIndex = idIndex;
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS resident (row_id BIGINT PRIMARY KEY, id_number VARCHAR(200),"
              + " id_number_index VARCHAR(64), name VARCHAR(100), mobile VARCHAR(20),"
              + " division_code CHAR(6), address VARCHAR(200))");
    }
  }

  /** Stores a resident under {@code rowId}. */
  public void insert(long rowId, Resident r) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("INSERT INTO resident VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, rowId);
      s.setString(2, encryptor.encryptString(r.idNumber(), "id_number", Long.toString(rowId)));
      s.setString(3, idIndex.computeHex(r.idNumber()));
      s.setString(4, r.name());
      s.setString(5, r.mobile());
      s.setString(6, r.divisionCode());
      s.setString(7, r.address());
      s.executeUpdate();
    }
  }

  /**
   * The resident with this identity number, found by its blind index and decrypted.
   *
   * @throws DecryptionFailedException when a stored ciphertext was altered or moved
   */
  public Optional<Resident> findByIdNumber(String idNumber)
      throws SQLException, DecryptionFailedException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT * FROM resident WHERE id_number_index = ?")) {
      s.setString(1, idIndex.computeHex(idNumber));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String rowId = Long.toString(rs.getLong("row_id"));
          String id = encryptor.decryptString(rs.getString("id_number"), "id_number", rowId);
          // a truncated index can collide: compare the decrypted value before returning it
          if (idIndex.computeHex(id).equals(idIndex.computeHex(idNumber))) {
            return Optional.of(
                new Resident(
                    id,
                    rs.getString("name"),
                    rs.getString("mobile"),
                    rs.getString("division_code"),
                    rs.getString("address")));
          }
        }
      }
    }
    return Optional.empty();
  }
}
