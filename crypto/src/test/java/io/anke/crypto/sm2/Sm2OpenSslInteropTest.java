package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.InsecureSecretAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with the OpenSSL 3 command line, in both directions: keys, signatures with the
 * GM/T 0009 default ID, and GM/T 0009 ASN.1 ciphertexts, including leading-zero cases. Skipped
 * (reported as skipped, not passed) only when no OpenSSL 3 is on the PATH.
 */
class Sm2OpenSslInteropTest {
  static final int[] SIZES = {0, 1, 31, 32, 33, 55, 56, 63, 64, 65, 1000, 70_000};
  static final String DISTID = "distid:" + Sm2.DEFAULT_ID;

  @TempDir Path dir;

  @BeforeAll
  static void needsOpenSsl() {
    // OpenSSL 3 is on every build machine; without it this interop check must fail, not skip.
    assertThat(OpenSsl.available()).as("OpenSSL 3 command line on PATH").isTrue();
  }

  @Test
  void openSslKeysAreReadAndWrittenBackByteForByte() throws IOException {
    for (int i = 0; i < 4; i++) {
      OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "k.pem");
      OpenSsl.ok(dir, "pkey", "-in", "k.pem", "-pubout", "-out", "p.pem");
      OpenSsl.ok(dir, "ec", "-in", "k.pem", "-outform", "DER", "-out", "sec1.der");
      OpenSsl.ok(dir, "ec", "-in", "k.pem", "-out", "sec1.pem");
      OpenSsl.ok(dir, "pkey", "-in", "k.pem", "-pubout", "-outform", "DER", "-out", "p.der");
      String pem = read("k.pem");
      Sm2PrivateKey key = Sm2PrivateKey.fromPem(pem);
      assertThat(key.exportPkcs8Pem(InsecureSecretAccess.get())).isEqualTo(pem);
      assertThat(key.publicKey().toSpkiPem()).isEqualTo(read("p.pem"));
      assertThat(key.publicKey().toSpkiDer()).isEqualTo(bytes("p.der"));
      assertThat(key.exportSec1Der(InsecureSecretAccess.get())).isEqualTo(bytes("sec1.der"));
      assertThat(Sm2PrivateKey.fromPem(read("sec1.pem"))).isEqualTo(key);
      assertThat(Sm2PrivateKey.fromDer(bytes("sec1.der"))).isEqualTo(key);
      assertThat(Sm2PublicKey.fromPem(read("p.pem"))).isEqualTo(key.publicKey());
    }
  }

  @Test
  void keyFilesInEveryLayoutOpenSslReadsAreReadHereToo() throws IOException {
    // The layouts that refusing would be an interop defect: OpenSSL reads each to the same DER.
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "k.pem");
    OpenSsl.ok(dir, "pkey", "-in", "k.pem", "-outform", "DER", "-out", "k.der");
    OpenSsl.ok(dir, "pkey", "-in", "k.pem", "-pubout", "-outform", "DER", "-out", "p.der");
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(read("k.pem"));
    // (OpenSSL 3.0 writes SEC1 with pkey -outform DER, so the PKCS#8 DER comes from the PEM.)
    String javaKey = javaWritten("PRIVATE KEY", key.exportPkcs8Der(InsecureSecretAccess.get()));
    String javaPub = javaWritten("PUBLIC KEY", bytes("p.der"));
    String[][] layouts = {
      {"Java single line", javaKey, javaPub},
      {"UTF-8 byte-order mark", "\uFEFF" + read("k.pem"), "\uFEFF" + javaPub},
      {"spaces and tabs at line ends", edges(read("k.pem")), edges(javaPub)},
    };
    for (String[] l : layouts) {
      write("v.pem", l[1]);
      OpenSsl.ok(dir, "pkey", "-in", "v.pem", "-outform", "DER", "-out", "v.der");
      assertThat(bytes("v.der")).as("OpenSSL, " + l[0]).isEqualTo(bytes("k.der"));
      assertThat(Sm2PrivateKey.fromPem(l[1])).as(l[0]).isEqualTo(key);
      assertThat(Sm2PrivateKey.fromPemOrDer(bytes("v.pem"))).as(l[0]).isEqualTo(key);
      write("v.pem", l[2]);
      OpenSsl.ok(dir, "pkey", "-pubin", "-in", "v.pem", "-outform", "DER", "-out", "v.der");
      assertThat(bytes("v.der")).as("OpenSSL, " + l[0]).isEqualTo(bytes("p.der"));
      assertThat(Sm2PublicKey.fromPem(l[2])).as(l[0]).isEqualTo(key.publicKey());
      assertThat(Sm2PublicKey.fromPemOrDer(bytes("v.pem"))).as(l[0]).isEqualTo(key.publicKey());
    }
  }

  /** PEM as Java code often writes it: the basic encoder's output on one line. */
  static String javaWritten(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + java.util.Base64.getEncoder().encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  /** A tab before each body line and a space after every line (BEGIN and END lines included). */
  static String edges(String pem) {
    return pem.replace("\n", " \n\t").replace("\t-----END", "-----END").stripTrailing() + "\n";
  }

  @Test
  void ourKeysAreReadByOpenSsl() throws IOException {
    for (Sm2KeyPair pair : new Sm2KeyPair[] {Sm2KeyPair.generate(), leadingZeroKey()}) {
      write("ours.pem", pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
      write("ours-sec1.pem", pair.privateKey().exportSec1Pem(InsecureSecretAccess.get()));
      assertThat(OpenSsl.ok(dir, "pkey", "-in", "ours.pem")).isEqualTo(read("ours.pem"));
      assertThat(OpenSsl.ok(dir, "pkey", "-in", "ours-sec1.pem")).isEqualTo(read("ours.pem"));
      assertThat(OpenSsl.ok(dir, "pkey", "-in", "ours.pem", "-pubout"))
          .isEqualTo(pair.publicKey().toSpkiPem());
      assertThat(OpenSsl.ok(dir, "pkey", "-in", "ours.pem", "-check", "-noout")).contains("valid");
    }
  }

  @Test
  void signHereVerifyThereAndBack() throws IOException {
    for (Sm2KeyPair pair : new Sm2KeyPair[] {Sm2KeyPair.generate(), leadingZeroKey()}) {
      write("k.pem", pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
      write("p.pem", pair.publicKey().toSpkiPem());
      Sm2Signer signer = new Sm2Signer(pair.privateKey());
      Sm2Verifier verifier = new Sm2Verifier(pair.publicKey());
      SplittableRandom random = new SplittableRandom(42);
      for (int size : SIZES) {
        byte[] m = new byte[size];
        random.nextBytes(m);
        Files.write(dir.resolve("m.bin"), m);
        Files.write(dir.resolve("ours.sig"), signer.sign(m));
        assertThat(
                OpenSsl.ok(
                    dir,
                    "pkeyutl",
                    "-verify",
                    "-pubin",
                    "-inkey",
                    "p.pem",
                    "-rawin",
                    "-digest",
                    "sm3",
                    "-pkeyopt",
                    DISTID,
                    "-in",
                    "m.bin",
                    "-sigfile",
                    "ours.sig"))
            .contains("Signature Verified Successfully");
        assertThat(
                OpenSsl.ok(
                    dir,
                    "dgst",
                    "-sm3",
                    "-verify",
                    "p.pem",
                    "-sigopt",
                    DISTID,
                    "-signature",
                    "ours.sig",
                    "m.bin"))
            .contains("Verified OK");

        OpenSsl.ok(
            dir,
            "pkeyutl",
            "-sign",
            "-inkey",
            "k.pem",
            "-rawin",
            "-digest",
            "sm3",
            "-pkeyopt",
            DISTID,
            "-in",
            "m.bin",
            "-out",
            "theirs.sig");
        assertThat(verifier.verify(m, bytes("theirs.sig"))).isTrue();
        OpenSsl.ok(
            dir,
            "dgst",
            "-sm3",
            "-sign",
            "k.pem",
            "-sigopt",
            DISTID,
            "-out",
            "theirs2.sig",
            "m.bin");
        assertThat(verifier.verify(m, bytes("theirs2.sig"))).isTrue();
      }
    }
  }

  @Test
  void openSslCommandLineDefaultIdIsEmpty() throws IOException {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write("p.pem", pair.publicKey().toSpkiPem());
    byte[] m = "hello".getBytes(StandardCharsets.US_ASCII);
    Files.write(dir.resolve("m.bin"), m);
    Files.write(dir.resolve("empty-id.sig"), new Sm2Signer(pair.privateKey()).withId("").sign(m));
    Files.write(dir.resolve("default-id.sig"), new Sm2Signer(pair.privateKey()).sign(m));
    assertThat(
            OpenSsl.ok(
                dir, "dgst", "-sm3", "-verify", "p.pem", "-signature", "empty-id.sig", "m.bin"))
        .contains("Verified OK");
    OpenSsl.Result r =
        OpenSsl.run(
            dir, "dgst", "-sm3", "-verify", "p.pem", "-signature", "default-id.sig", "m.bin");
    assertThat(r.exit()).as("our default ID needs -sigopt distid at OpenSSL").isNotZero();
  }

  @Test
  void leadingZeroRInteroperates() throws IOException {
    Sm2KeyPair pair = Sm2KeyPair.generate(TestRandoms.seeded(5));
    write("p.pem", pair.publicKey().toSpkiPem());
    Sm2Signer raw =
        new Sm2Signer(pair.privateKey())
            .withEncoding(Sm2SignatureEncoding.RAW)
            .withRandom(TestRandoms.seeded(6));
    int found = 0;
    for (int i = 0; i < 5000 && found < 2; i++) {
      byte[] m = ("message " + i).getBytes(StandardCharsets.US_ASCII);
      byte[] sig = raw.sign(m);
      if (sig[0] != 0 && sig[32] != 0) {
        continue;
      }
      found++;
      Files.write(dir.resolve("m.bin"), m);
      Files.write(dir.resolve("s.der"), Sm2Signatures.rawToDer(sig));
      assertThat(
              OpenSsl.ok(
                  dir,
                  "dgst",
                  "-sm3",
                  "-verify",
                  "p.pem",
                  "-sigopt",
                  DISTID,
                  "-signature",
                  "s.der",
                  "m.bin"))
          .contains("Verified OK");
    }
    assertThat(found).isEqualTo(2);
  }

  @Test
  void encryptHereDecryptThereAndBack() throws IOException, Exception {
    for (Sm2KeyPair pair : new Sm2KeyPair[] {Sm2KeyPair.generate(), leadingZeroKey()}) {
      write("k.pem", pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
      write("p.pem", pair.publicKey().toSpkiPem());
      Sm2Encrypter encrypter = new Sm2Encrypter(pair.publicKey(), Sm2CiphertextFormat.ASN1);
      Sm2Decrypter decrypter = new Sm2Decrypter(pair.privateKey(), Sm2CiphertextFormat.ASN1);
      SplittableRandom random = new SplittableRandom(7);
      for (int size : new int[] {1, 2, 16, 31, 32, 33, 100, 255, 256, 1000, 5000}) {
        byte[] m = new byte[size];
        random.nextBytes(m);
        Files.write(dir.resolve("m.bin"), m);
        Files.write(dir.resolve("ours.ct"), encrypter.encrypt(m));
        OpenSsl.ok(dir, "pkeyutl", "-decrypt", "-inkey", "k.pem", "-in", "ours.ct", "-out", "d");
        assertThat(bytes("d")).isEqualTo(m);

        OpenSsl.ok(
            dir,
            "pkeyutl",
            "-encrypt",
            "-pubin",
            "-inkey",
            "p.pem",
            "-in",
            "m.bin",
            "-out",
            "theirs.ct");
        byte[] theirs = bytes("theirs.ct");
        assertThat(decrypter.decrypt(theirs)).isEqualTo(m);
        byte[] raw =
            Sm2Ciphertexts.convert(theirs, Sm2CiphertextFormat.ASN1, Sm2CiphertextFormat.C1C3C2);
        assertThat(new Sm2Decrypter(pair.privateKey()).decrypt(raw)).isEqualTo(m);
      }
    }
  }

  @Test
  void leadingZeroC1InteroperatesInAsn1() throws IOException {
    Sm2KeyPair pair = Sm2EncryptionTest.PAIR;
    write("k.pem", pair.privateKey().exportPkcs8Pem(InsecureSecretAccess.get()));
    for (boolean x : new boolean[] {true, false}) {
      byte[] c = Sm2EncryptionTest.findCiphertextWithLeadingZero(x);
      Files.write(
          dir.resolve("c.der"),
          Sm2Ciphertexts.convert(c, Sm2CiphertextFormat.C1C3C2, Sm2CiphertextFormat.ASN1));
      OpenSsl.ok(dir, "pkeyutl", "-decrypt", "-inkey", "k.pem", "-in", "c.der", "-out", "d");
      assertThat(bytes("d")).isEqualTo(Sm2EncryptionTest.SECRET);
    }
  }

  /** A key whose public x and d both start with a zero byte (deterministic search). */
  static Sm2KeyPair leadingZeroKey() {
    for (long seed = 0; ; seed++) {
      Sm2KeyPair p = Sm2KeyPair.generate(TestRandoms.seeded(seed));
      if (p.publicKey().toUncompressed()[1] == 0) {
        return p;
      }
    }
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
