package io.anke.crypto.envelope.internal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;

/** Relabelling between PKCS#7 and GM/T 0010 content-type identifiers. */
public final class Gmt0010 {
  private Gmt0010() {}

  /** The GM/T 0010 label of a PKCS#7 content type, or the type itself if it has none. */
  public static ASN1ObjectIdentifier toGm(ASN1ObjectIdentifier type) {
    if (CMSObjectIdentifiers.data.equals(type)) {
      return GMObjectIdentifiers.sm2_pkcs7_data;
    }
    if (CMSObjectIdentifiers.signedData.equals(type)) {
      return GMObjectIdentifiers.sm2_pkcs7_signedData;
    }
    if (CMSObjectIdentifiers.envelopedData.equals(type)) {
      return GMObjectIdentifiers.sm2_pkcs7_envelopedData;
    }
    return type;
  }

  /** The PKCS#7 label of a GM/T 0010 content type, or the type itself. */
  public static ASN1ObjectIdentifier toPkcs7(ASN1ObjectIdentifier type) {
    if (GMObjectIdentifiers.sm2_pkcs7_data.equals(type)) {
      return CMSObjectIdentifiers.data;
    }
    if (GMObjectIdentifiers.sm2_pkcs7_signedData.equals(type)) {
      return CMSObjectIdentifiers.signedData;
    }
    if (GMObjectIdentifiers.sm2_pkcs7_envelopedData.equals(type)) {
      return CMSObjectIdentifiers.envelopedData;
    }
    return type;
  }

  /** Relabels an EnvelopedData ContentInfo (outer and inner content types). */
  public static ContentInfo relabelEnveloped(ContentInfo info, boolean toGm) {
    EnvelopedData env = EnvelopedData.getInstance(info.getContent());
    EncryptedContentInfo eci = env.getEncryptedContentInfo();
    ASN1ObjectIdentifier inner = toGm ? toGm(eci.getContentType()) : toPkcs7(eci.getContentType());
    EnvelopedData relabelled =
        new EnvelopedData(
            env.getOriginatorInfo(),
            env.getRecipientInfos(),
            new EncryptedContentInfo(
                inner, eci.getContentEncryptionAlgorithm(), eci.getEncryptedContent()),
            env.getUnprotectedAttrs());
    ASN1ObjectIdentifier outer =
        toGm ? toGm(info.getContentType()) : toPkcs7(info.getContentType());
    return new ContentInfo(outer, relabelled);
  }
}
