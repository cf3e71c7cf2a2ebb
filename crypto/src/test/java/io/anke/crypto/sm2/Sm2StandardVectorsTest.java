package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The sm2p256v1 examples of GM/T 0003.5 / GB/T 32918.5 (crypto-anchors §5.5) through the public
 * API, with the standard's fixed k supplied as the random source.
 */
class Sm2StandardVectorsTest {
  static final String D = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
  static final String PX = "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020";
  static final String PY = "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
  static final String K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";

  static final String C1X = "04EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73";
  static final String C1Y = "E858F9D81E5430A57B36DAAB8F950A3C64E6EE6A63094D99283AFF767E124DF0";
  static final String C3 = "59983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD8766";
  static final String C2 = "21886CA989CA9C7D58087307CA93092D651EFA";

  static final Sm2PrivateKey KEY = Sm2PrivateKey.fromHex(D);

  @Test
  void publicKeyOfTheExampleKey() {
    assertThat(KEY.publicKey().toHex()).isEqualToIgnoringCase("04" + PX + PY);
  }

  @Test
  void signatureExample() throws Exception {
    byte[] z = Sm2.computeZ(KEY.publicKey(), Sm2.DEFAULT_ID);
    assertThat(Hex.encode(z))
        .isEqualToIgnoringCase("B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3");
    byte[] m = "message digest".getBytes(StandardCharsets.US_ASCII);
    byte[] e = Sm2.computeE(z, m);
    assertThat(Hex.encode(e))
        .isEqualToIgnoringCase("F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640");

    String r = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3";
    String s = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";
    Sm2Signer signer =
        new Sm2Signer(KEY)
            .withEncoding(Sm2SignatureEncoding.RAW)
            .withNonceGenerator(TestRandoms.fixedK(K));
    assertThat(signer.z()).isEqualTo(z);
    assertThat(Hex.encode(signer.sign(m))).isEqualToIgnoringCase(r + s);
    // The same through split signing: e computed outside, only e handed to the signer.
    byte[] viaDigest =
        new Sm2Signer(KEY)
            .withEncoding(Sm2SignatureEncoding.RAW)
            .withNonceGenerator(TestRandoms.fixedK(K))
            .signDigest(e);
    assertThat(Hex.encode(viaDigest)).isEqualToIgnoringCase(r + s);

    byte[] der = Hex.decode("3046022100" + r + "022100" + s);
    assertThat(new Sm2Signer(KEY).withNonceGenerator(TestRandoms.fixedK(K)).sign(m)).isEqualTo(der);
    assertThat(Sm2Signatures.rawToDer(Hex.decode(r + s))).isEqualTo(der);
    assertThat(new Sm2Verifier(KEY.publicKey()).verify(m, der)).isTrue();
    assertThat(new Sm2Verifier(KEY.publicKey()).verifyDigest(e, der)).isTrue();
    assertThat(new Sm2Verifier(KEY.publicKey()).withId("1234567812345679").verify(m, der))
        .isFalse();
  }

  @Test
  void encryptionExampleRawAndGmt0009Der() throws Exception {
    byte[] m = "encryption standard".getBytes(StandardCharsets.US_ASCII);
    byte[] c1c3c2 =
        new Sm2Encrypter(KEY.publicKey(), Sm2CiphertextFormat.C1C3C2)
            .withNonceGenerator(TestRandoms.fixedK(K))
            .encrypt(m);
    assertThat(Hex.encode(c1c3c2)).isEqualToIgnoringCase("04" + C1X + C1Y + C3 + C2);

    byte[] c1c2c3 =
        new Sm2Encrypter(KEY.publicKey(), Sm2CiphertextFormat.C1C2C3)
            .withNonceGenerator(TestRandoms.fixedK(K))
            .encrypt(m);
    assertThat(Hex.encode(c1c2c3)).isEqualToIgnoringCase("04" + C1X + C1Y + C2 + C3);

    // OpenSSL's test/sm2_internal_test.c: y has its top bit set, so its INTEGER gets a 00 byte.
    String der = "307C0220" + C1X + "022100" + C1Y + "0420" + C3 + "0413" + C2;
    byte[] asn1 =
        new Sm2Encrypter(KEY.publicKey(), Sm2CiphertextFormat.ASN1)
            .withNonceGenerator(TestRandoms.fixedK(K))
            .encrypt(m);
    assertThat(Hex.encode(asn1)).isEqualToIgnoringCase(der);

    byte[] noPrefix =
        new Sm2Encrypter(KEY.publicKey(), Sm2CiphertextFormat.C1C3C2_NO_PREFIX)
            .withNonceGenerator(TestRandoms.fixedK(K))
            .encrypt(m);
    assertThat(Hex.encode(noPrefix)).isEqualToIgnoringCase(C1X + C1Y + C3 + C2);

    for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
      byte[] c = Sm2Ciphertexts.convert(c1c3c2, Sm2CiphertextFormat.C1C3C2, f);
      assertThat(new Sm2Decrypter(KEY, f).decrypt(c)).isEqualTo(m);
    }
    assertThat(Sm2Ciphertexts.convert(asn1, Sm2CiphertextFormat.ASN1, Sm2CiphertextFormat.C1C3C2))
        .isEqualTo(c1c3c2);
  }
}
