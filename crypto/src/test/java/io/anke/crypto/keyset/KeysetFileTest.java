package io.anke.crypto.keyset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KeysetFileTest {
  static final Aead KEK = Sm4Gcm.withKey(Sm4Key.generate());
  static final KeysetHandle KEYSET = KeysetHandle.generateNew(KeyType.SM4_GCM).rotate().rotate();
  static final String LABEL = "ANKE ENCRYPTED KEYSET";

  static byte[] written() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KEYSET.write(out, KEK);
    return out.toByteArray();
  }

  static byte[] body(byte[] file) {
    String s = new String(file, StandardCharsets.US_ASCII);
    return Base64.getMimeDecoder().decode(s.substring(s.indexOf("\n") + 1, s.indexOf("-----END")));
  }

  static byte[] armor(byte[] body) {
    return ("-----BEGIN "
            + LABEL
            + "-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(body)
            + "\n-----END "
            + LABEL
            + "-----\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static KeysetHandle read(byte[] file) throws Exception {
    return KeysetHandle.read(new ByteArrayInputStream(file), KEK);
  }

  @Test
  void fileIsArmouredTextThatReadsBack() throws Exception {
    byte[] file = written();
    String text = new String(file, StandardCharsets.US_ASCII);
    assertThat(text)
        .startsWith("-----BEGIN ANKE ENCRYPTED KEYSET-----\n")
        .endsWith("-----END ANKE ENCRYPTED KEYSET-----\n");
    assertThat(body(file)).startsWith("ANKS".getBytes(StandardCharsets.US_ASCII));
    KeysetHandle back = read(file);
    assertThat(back.keys()).isEqualTo(KEYSET.keys());
    assertThat(back.primaryKeyId()).isEqualTo(KEYSET.primaryKeyId());
    byte[] ct = KEYSET.aead().encrypt(new byte[] {1, 2, 3}, null);
    assertThat(back.aead().decrypt(ct, null)).containsExactly(1, 2, 3);
  }

  @Property(tries = 300)
  void anyModifiedByteIsRejectedAndNothingIsLoaded(
      @ForAll @IntRange(min = 0, max = 100_000) int pos,
      @ForAll @IntRange(min = 0, max = 7) int bit)
      throws Exception {
    byte[] body = body(written());
    int at = pos % body.length;
    body[at] ^= (byte) (1 << bit);
    assertThatThrownBy(() -> read(armor(body)))
        .isInstanceOfAny(DecryptionFailedException.class, CryptoFormatException.class)
        .hasMessageContaining("encrypted keyset");
    if (at >= 9) {
      // Past magic, version and metadata length, everything is authenticated by the KEK.
      assertThatThrownBy(() -> read(armor(body))).isInstanceOf(DecryptionFailedException.class);
    }
  }

  @Test
  void aChangedByteInTheArmourIsRefusedToo() throws Exception {
    // The MIME decoder used to skip characters outside the Base64 alphabet and ignore line
    // structure, so these edits of the file loaded the keyset unchanged.
    String file = new String(written(), StandardCharsets.US_ASCII);
    int body = file.indexOf('\n') + 1;
    String[] edited = {
      file.substring(0, body + 10) + "*" + file.substring(body + 10),
      file.substring(0, body + 10) + " " + file.substring(body + 10),
      file.substring(0, body + 64) + "\r" + file.substring(body + 64),
      file.substring(0, body + 64) + file.substring(body + 65), // one line joined to the next
      file.replaceFirst("\n", "\r\n"), // mixed line ends: not what any tool writes
      file.replace("\n", "\r\n").replaceFirst("\r\n", "\n"),
      "comment\n" + file,
      file + "trailer\n",
    };
    for (String e : edited) {
      assertThatThrownBy(() -> read(e.getBytes(StandardCharsets.ISO_8859_1)))
          .as(e)
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageContaining("encrypted keyset");
    }
  }

  @Test
  void theLaxPemLayoutsOfKeysAndCertificatesAreNotAcceptedForKeysets() throws Exception {
    // Keys and certificates are read in every layout OpenSSL reads (docs/crypto.md, "Keys"); a
    // keyset file is this library's own format and stays exactly as written.
    String file = new String(written(), StandardCharsets.US_ASCII);
    String singleLine =
        "-----BEGIN "
            + LABEL
            + "-----\n"
            + Base64.getEncoder().encodeToString(body(written()))
            + "\n-----END "
            + LABEL
            + "-----\n";
    String[] lax = {
      "\uFEFF" + file, file.replace("\n", " \n"), file.replaceFirst("\n", "\n\t"), singleLine,
    };
    for (String e : lax) {
      assertThatThrownBy(() -> read(e.getBytes(StandardCharsets.UTF_8)))
          .as(e)
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageContaining("encrypted keyset: the file is not exactly as written");
    }
  }

  @Test
  void aFileCheckedOutWithWindowsLineEndsStillLoads() throws Exception {
    // Git for Windows checks text files out with CRLF (core.autocrlf=true is its installer's
    // default), and keyset files are text; before issue 11 such a checkout loaded. The CRLF form of
    // exactly what write() produced carries the same bytes and is accepted; everything else stays
    // refused (above).
    String file = new String(written(), StandardCharsets.US_ASCII);
    KeysetHandle back = read(file.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
    assertThat(back.keys()).isEqualTo(KEYSET.keys());
    byte[] ct = KEYSET.aead().encrypt(new byte[] {4, 5, 6}, null);
    assertThat(back.aead().decrypt(ct, null)).containsExactly(4, 5, 6);

    ByteArrayOutputStream pub = new ByteArrayOutputStream();
    KeysetHandle signing = KeysetHandle.generateNew(KeyType.SM2);
    signing.publicKeysetHandle().writePublic(pub);
    String pubFile = pub.toString(StandardCharsets.US_ASCII);
    assertThat(
            KeysetHandle.readPublic(
                    new ByteArrayInputStream(
                        pubFile.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)))
                .keys())
        .isEqualTo(signing.publicKeysetHandle().keys());
  }

  @Property(tries = 100)
  void anyTruncationIsRejected(@ForAll @IntRange(min = 0, max = 100_000) int cut) throws Exception {
    byte[] body = body(written());
    byte[] shorter = java.util.Arrays.copyOf(body, cut % body.length);
    assertThatThrownBy(() -> read(armor(shorter)))
        .isInstanceOfAny(DecryptionFailedException.class, CryptoFormatException.class);
  }

  @Test
  void wrongKekIsRejectedWithAClearMessage() throws Exception {
    byte[] file = written();
    assertThatThrownBy(
            () ->
                KeysetHandle.read(
                    new ByteArrayInputStream(file), Sm4Gcm.withKey(Sm4Key.generate())))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessage(
            "decryption failed: encrypted keyset: wrong key-encryption key or associated data, or the file was modified");
    assertThatThrownBy(
            () ->
                KeysetHandle.read(
                    new ByteArrayInputStream(file), KEK, "other".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void otherFilesAreNamedForWhatTheyAre() throws Exception {
    assertThatThrownBy(
            () ->
                read(
                    "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                        .getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(
            "encrypted keyset: found a 'CERTIFICATE' block, expected 'ANKE ENCRYPTED KEYSET'");
    assertThatThrownBy(() -> read("hello".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("no '-----BEGIN ANKE ENCRYPTED KEYSET-----' line");
    byte[] file = written();
    assertThatThrownBy(() -> read(java.util.Arrays.copyOf(file, file.length - 30)))
        .hasMessageContaining("truncated file?");
    ByteArrayOutputStream clear = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(KEYSET, clear, InsecureSecretAccess.get());
    assertThatThrownBy(() -> read(clear.toByteArray()))
        .hasMessageContaining("found a 'ANKE CLEARTEXT KEYSET' block");
    assertThatThrownBy(() -> read(new byte[(1 << 20) + 1]))
        .hasMessageContaining("larger than 1 MiB");
  }

  @Test
  void cleartextExportNeedsTheTokenAndRoundTrips() throws Exception {
    ByteArrayOutputStream clear = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(KEYSET, clear, InsecureSecretAccess.get());
    assertThat(clear.toString(StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN ANKE CLEARTEXT KEYSET-----");
    KeysetHandle back =
        CleartextKeysetHandle.read(
            new ByteArrayInputStream(clear.toByteArray()), InsecureSecretAccess.get());
    assertThat(back.keys()).isEqualTo(KEYSET.keys());
    assertThatThrownBy(() -> CleartextKeysetHandle.write(KEYSET, new ByteArrayOutputStream(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void structurallyInvalidKeysetsAreRejected() throws Exception {
    // A cleartext keyset is not authenticated, so its structure checks are what protects it.
    ByteArrayOutputStream clear = new ByteArrayOutputStream();
    CleartextKeysetHandle.write(
        KeysetHandle.generateNew(KeyType.SM2), clear, InsecureSecretAccess.get());
    String s = clear.toString(StandardCharsets.US_ASCII);
    byte[] body =
        Base64.getMimeDecoder().decode(s.substring(s.indexOf('\n') + 1, s.indexOf("-----END")));
    body[1] ^= 1; // primary ID no longer matches a key
    assertThatThrownBy(() -> readClear(body)).hasMessageContaining("is not in the keyset");
    body[1] ^= 1;
    byte[] badD = body.clone();
    java.util.Arrays.fill(badD, badD.length - 32, badD.length, (byte) 0xff); // d >= n
    assertThatThrownBy(() -> readClear(badD))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("cleartext keyset: key 0x");
    byte[] extra = java.util.Arrays.copyOf(body, body.length + 1);
    assertThatThrownBy(() -> readClear(extra)).hasMessageContaining("1 bytes after the last key");
    byte[] version = body.clone();
    version[0] = 9;
    assertThatThrownBy(() -> readClear(version)).hasMessageContaining("unknown keyset version 9");
  }

  static KeysetHandle readClear(byte[] body) throws Exception {
    String text =
        "-----BEGIN ANKE CLEARTEXT KEYSET-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(body)
            + "\n-----END ANKE CLEARTEXT KEYSET-----\n";
    return CleartextKeysetHandle.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
        InsecureSecretAccess.get());
  }
}
