package io.anke.samples.portal;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.field.BlindIndex;
import io.anke.crypto.field.FieldEncryptor;
import io.anke.crypto.field.IndexNormalizer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code resident} (see {@code schema.sql}). The fields that {@link Resident} declares
 * encrypted are encrypted here, before they reach the database, each bound to its column and row: a
 * ciphertext copied to another row or column does not decrypt. The identity number is found by its
 * blind index.
 */
@Repository
public class ResidentRepository {
  private final JdbcTemplate jdbc;
  private final FieldEncryptor fields;
  private final BlindIndex idNumberIndex;

  /** The repository over the application's database, with the portal's column keys. */
  public ResidentRepository(JdbcTemplate jdbc, PortalKeys keys) {
    this.jdbc = jdbc;
    // built once, shared by every request thread
    this.fields = FieldEncryptor.create(keys.residentFieldKeys(), "resident");
    this.idNumberIndex =
        BlindIndex.forColumn(
            keys.residentIndexKey(), "resident.id_number", IndexNormalizer.IDENTIFIER);
  }

  /**
   * Stores a resident under {@code rowId}, a key that never changes (the values are bound to it).
   */
  public void insert(long rowId, Resident r) {
    String row = Long.toString(rowId);
    jdbc.update(
        "INSERT INTO resident (row_id, id_number, id_number_index, name, mobile, division_code,"
            + " address) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rowId,
        fields.encryptString(r.idNumber(), "id_number", row),
        idNumberIndex.computeHex(r.idNumber()),
        r.name(),
        fields.encryptString(r.mobile(), "mobile", row),
        r.divisionCode(),
        r.address());
  }

  /** How many residents are stored. */
  public long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM resident", Long.class);
    return n == null ? 0 : n;
  }

  /**
   * The resident with this identity number (any spelling the index normalises alike: {@code x} or
   * {@code X}, spaces), decrypted.
   *
   * @throws DecryptionFailedException when a stored ciphertext was changed, moved or is under a key
   *     the keyset no longer has: the record is not returned, never half-decrypted
   */
  public Optional<Resident> findByIdNumber(String idNumber) throws DecryptionFailedException {
    List<StoredRow> candidates =
        jdbc.query(
            "SELECT row_id, id_number, name, mobile, division_code, address FROM resident"
                + " WHERE id_number_index = ?",
            ResidentRepository::stored,
            idNumberIndex.computeHex(idNumber));
    String wanted = IndexNormalizer.IDENTIFIER.normalize(idNumber);
    for (StoredRow s : candidates) {
      String row = Long.toString(s.rowId());
      String id = fields.decryptString(s.idNumber(), "id_number", row);
      // a truncated index can match another value: compare the decrypted one
      if (IndexNormalizer.IDENTIFIER.normalize(id).equals(wanted)) {
        return Optional.of(
            new Resident(
                id,
                s.name(),
                fields.decryptString(s.mobile(), "mobile", row),
                s.divisionCode(),
                s.address()));
      }
    }
    return Optional.empty();
  }

  /** A row as stored: ciphertext where the record is encrypted. */
  private record StoredRow(
      long rowId,
      String idNumber,
      String name,
      String mobile,
      String divisionCode,
      String address) {}

  private static StoredRow stored(ResultSet rs, int rowNum) throws SQLException {
    return new StoredRow(
        rs.getLong("row_id"),
        rs.getString("id_number"),
        rs.getString("name"),
        rs.getString("mobile"),
        rs.getString("division_code"),
        rs.getString("address"));
  }
}
