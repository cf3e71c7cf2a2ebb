package io.anke.crypto.envelope;

/**
 * Which object identifiers label CMS content: the PKCS#7 / RFC 5652 ones that OpenSSL, Bouncy
 * Castle and most software expect, or the GM/T 0010-2012 ones (1.2.156.10197.6.1.4.2.x) that some
 * Chinese PKI products require. The structures are the same; only the labels differ. Reading
 * accepts both.
 */
public enum CmsContentTypes {
  /** id-data 1.2.840.113549.1.7.1, id-signedData …7.2, id-envelopedData …7.3 (the default). */
  PKCS7,
  /** GM/T 0010 data 1.2.156.10197.6.1.4.2.1, signedData …2.2, envelopedData …2.3. */
  GMT_0010
}
