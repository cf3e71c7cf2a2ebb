package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.latin1;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.util.Arrays;

/**
 * SM2 keys in every encoding ({@code Sm2PrivateKey}/{@code Sm2PublicKey} {@code fromDer}, {@code
 * fromPem}, {@code fromPemOrDer}, {@code fromRaw}, {@code fromHex}) and {@code Hex.decode}: only
 * {@link CryptoFormatException} escapes, and a key that is read is written in every encoding the
 * class offers and read back as the same key.
 */
class Sm2KeyFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final InsecureSecretAccess ACCESS = InsecureSecretAccess.get();

  /** The bytes as DER, as PEM text, as raw d and as hex, and {@code Hex.decode}. */
  @FuzzTest
  @DictionaryEntries({
    "-----BEGIN ",
    "-----END ",
    "PRIVATE KEY-----",
    "EC PRIVATE KEY-----",
    "SM2 PRIVATE KEY-----",
    "EC PARAMETERS-----"
  })
  void privateKeys(byte[] input) {
    Sm2PrivateKey der =
        acceptedOrRefused("Sm2PrivateKey.fromDer", () -> Sm2PrivateKey.fromDer(input), CFE);
    Sm2PrivateKey either =
        acceptedOrRefused(
            "Sm2PrivateKey.fromPemOrDer", () -> Sm2PrivateKey.fromPemOrDer(input), CFE);
    if (der != null) {
      check(der.equals(either), "fromPemOrDer reads DER as fromDer does");
    }
    Sm2PrivateKey pem =
        acceptedOrRefused("Sm2PrivateKey.fromPem", () -> Sm2PrivateKey.fromPem(latin1(input)), CFE);
    Sm2PrivateKey raw =
        acceptedOrRefused("Sm2PrivateKey.fromRaw", () -> Sm2PrivateKey.fromRaw(input), CFE);
    if (raw != null) {
      check(Arrays.equals(raw.exportRaw(ACCESS), input), "raw d is written back unchanged");
    }
    Sm2PrivateKey hex =
        acceptedOrRefused("Sm2PrivateKey.fromHex", () -> Sm2PrivateKey.fromHex(latin1(input)), CFE);
    for (Sm2PrivateKey key : Arrays.asList(der, either, pem, raw, hex)) {
      if (key != null) {
        roundTrips(key);
      }
    }
    byte[] bytes = acceptedOrRefused("Hex.decode", () -> Hex.decode(latin1(input)), CFE);
    if (bytes != null) {
      check(Arrays.equals(Hex.decode(Hex.encode(bytes)), bytes), "Hex encode/decode round trip");
    }
  }

  /** The bytes as DER (SPKI or certificate), as PEM text, as a raw point and as hex. */
  @FuzzTest
  @DictionaryEntries({"-----BEGIN ", "-----END ", "PUBLIC KEY-----", "CERTIFICATE-----"})
  void publicKeys(byte[] input) {
    Sm2PublicKey der =
        acceptedOrRefused("Sm2PublicKey.fromDer", () -> Sm2PublicKey.fromDer(input), CFE);
    Sm2PublicKey either =
        acceptedOrRefused("Sm2PublicKey.fromPemOrDer", () -> Sm2PublicKey.fromPemOrDer(input), CFE);
    if (der != null) {
      check(der.equals(either), "fromPemOrDer reads DER as fromDer does");
    }
    Sm2PublicKey pem =
        acceptedOrRefused("Sm2PublicKey.fromPem", () -> Sm2PublicKey.fromPem(latin1(input)), CFE);
    Sm2PublicKey raw =
        acceptedOrRefused("Sm2PublicKey.fromRaw", () -> Sm2PublicKey.fromRaw(input), CFE);
    Sm2PublicKey hex =
        acceptedOrRefused("Sm2PublicKey.fromHex", () -> Sm2PublicKey.fromHex(latin1(input)), CFE);
    for (Sm2PublicKey key : Arrays.asList(der, either, pem, raw, hex)) {
      if (key != null) {
        roundTrips(key);
      }
    }
  }

  /** Every encoding of {@code key} reads back as {@code key}, with the same public key. */
  private static void roundTrips(Sm2PrivateKey key) {
    Sm2PrivateKey[] copies = {
      Sm2PrivateKey.fromDer(key.exportPkcs8Der(ACCESS)),
      Sm2PrivateKey.fromDer(key.exportSec1Der(ACCESS)),
      Sm2PrivateKey.fromPem(key.exportPkcs8Pem(ACCESS)),
      Sm2PrivateKey.fromPem(key.exportSec1Pem(ACCESS)),
      Sm2PrivateKey.fromRaw(key.exportRaw(ACCESS)),
      Sm2PrivateKey.fromHex(key.exportHex(ACCESS))
    };
    for (Sm2PrivateKey copy : copies) {
      check(copy.equals(key), "a written private key reads back as the same key");
      check(copy.publicKey().equals(key.publicKey()), "and has the same public key");
    }
    roundTrips(key.publicKey());
  }

  /** Every encoding of {@code key} reads back as {@code key}, and DER is written canonically. */
  private static void roundTrips(Sm2PublicKey key) {
    byte[] spki = key.toSpkiDer();
    Sm2PublicKey[] copies = {
      Sm2PublicKey.fromDer(spki),
      Sm2PublicKey.fromPem(key.toSpkiPem()),
      Sm2PublicKey.fromRaw(key.toUncompressed()),
      Sm2PublicKey.fromRaw(key.toCompressed()),
      Sm2PublicKey.fromHex(key.toHex())
    };
    for (Sm2PublicKey copy : copies) {
      check(copy.equals(key), "a written public key reads back as the same key");
      check(Arrays.equals(copy.toSpkiDer(), spki), "and is written to the same DER");
    }
  }
}
