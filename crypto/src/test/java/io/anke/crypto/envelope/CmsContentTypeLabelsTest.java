package io.anke.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.envelope.internal.Gmt0010;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * The content types inside a CMS message, not only on its outside: PKCS#7 labels by default, the
 * GM/T 0010 ones (1.2.156.10197.6.1.4.2.*) throughout when asked for, in SignedData's encapsulated
 * content and EnvelopedData's encrypted content alike.
 */
class CmsContentTypeLabelsTest {
  private static final byte[] CONTENT = {1, 2, 3};

  @Test
  void signedDataLabelsItsEncapsulatedContentLikeItsOutside() throws Exception {
    Sm2KeyHandle key = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    X509Certificate cert = CertificateBuilder.selfSigned("CN=signer", key).build();
    byte[] pkcs7 =
        CmsSignature.sign(
            CONTENT, key, List.of(cert), false, Sm2.defaultId(), CmsContentTypes.PKCS7);
    assertThat(encapsulatedType(pkcs7)).isEqualTo(CMSObjectIdentifiers.data);
    byte[] gm =
        CmsSignature.sign(
            CONTENT, key, List.of(cert), false, Sm2.defaultId(), CmsContentTypes.GMT_0010);
    assertThat(encapsulatedType(gm)).isEqualTo(GMObjectIdentifiers.sm2_pkcs7_data);
    assertThat(CmsSignature.verify(gm, null).content()).isEqualTo(CONTENT);
  }

  @Test
  void envelopedDataLabelsItsEncryptedContentLikeItsOutside() throws Exception {
    Sm2KeyHandle key = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    X509Certificate cert = CertificateBuilder.selfSigned("CN=recipient", key).build();
    byte[] pkcs7 = CmsEnvelope.encrypt(CONTENT, List.of(cert), CmsContentTypes.PKCS7);
    assertThat(encryptedType(pkcs7)).isEqualTo(CMSObjectIdentifiers.data);
    byte[] gm = CmsEnvelope.encrypt(CONTENT, List.of(cert), CmsContentTypes.GMT_0010);
    assertThat(encryptedType(gm)).isEqualTo(GMObjectIdentifiers.sm2_pkcs7_data);
    assertThat(CmsEnvelope.decrypt(gm, cert, key)).isEqualTo(CONTENT);
  }

  @Test
  void typesWithoutAGmLabelKeepTheirOwn() {
    ASN1ObjectIdentifier digested = CMSObjectIdentifiers.digestedData;
    assertThat(Gmt0010.toGm(digested)).isEqualTo(digested);
    assertThat(Gmt0010.toPkcs7(digested)).isEqualTo(digested);
  }

  private static ASN1ObjectIdentifier encapsulatedType(byte[] cms) {
    return SignedData.getInstance(ContentInfo.getInstance(cms).getContent())
        .getEncapContentInfo()
        .getContentType();
  }

  private static ASN1ObjectIdentifier encryptedType(byte[] cms) {
    return EnvelopedData.getInstance(ContentInfo.getInstance(cms).getContent())
        .getEncryptedContentInfo()
        .getContentType();
  }
}
