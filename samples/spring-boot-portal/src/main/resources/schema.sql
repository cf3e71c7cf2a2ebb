-- The public-security department's residents. The identity number and the mobile number are
-- stored only as SM4-GCM ciphertext (Base64, bound to their column and row); the identity number
-- is found through its HMAC-SM3 blind index (hex), never by its value.
CREATE TABLE IF NOT EXISTS resident (
  row_id          BIGINT PRIMARY KEY,
  id_number       VARCHAR(100) NOT NULL,
  id_number_index CHAR(32)     NOT NULL,
  name            VARCHAR(100),
  mobile          VARCHAR(100),
  division_code   CHAR(6),
  address         VARCHAR(200)
);
CREATE INDEX IF NOT EXISTS resident_by_id_number_index ON resident (id_number_index);
