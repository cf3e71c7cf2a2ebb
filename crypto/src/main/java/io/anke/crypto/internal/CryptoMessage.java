package io.anke.crypto.internal;

import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * The one owner of the crypto module's messages: one constant per message, its name the stable id
 * and the key in {@code io/anke/crypto/internal/ErrorMessages.properties} (English) and {@code
 * ErrorMessages_zh_CN.properties} (Chinese). Arguments are numbered as in {@link
 * java.text.MessageFormat} ({@code {0}}, {@code {1}}, …). {@code ErrorMessagesTest} holds that
 * every constant has both languages with the same arguments, every bundle key is a constant, every
 * constant is used, and no throw site of the module writes its message as a literal.
 */
public enum CryptoMessage {
  // exceptions
  DECRYPTION_FAILED,
  DECRYPTION_FAILED_CONTEXT,
  KEY_DESTROYED,
  SELF_TEST_FAILED,
  NONCE_REUSED,
  KEYSET_KEY_DESTROYED,
  KEYSET_KEY_DISABLED,
  SDF_FUNCTION_FAILED,
  // sm2/internal/KeyEncoding
  KEY_ENCODE_FAILED,
  KEY_MALFORMED_DER,
  PRIVATE_KEY_IS_ENCRYPTED,
  PRIVATE_KEY_IS_PUBLIC_KEY,
  PRIVATE_KEY_IS_CERTIFICATE,
  PRIVATE_KEY_UNKNOWN_STRUCTURE,
  KEY_NOT_PRIVATE_KEY_INFO,
  KEY_UNSUPPORTED_VERSION,
  KEY_INNER_NOT_EC_PRIVATE_KEY,
  KEY_EMBEDDED_PUBLIC_KEYS_DIFFER,
  KEY_EC_VERSION_NOT_1,
  KEY_NOT_EC_PRIVATE_KEY,
  KEY_SCALAR_LENGTH,
  KEY_BIT_STRING_UNUSED_BITS,
  CERT_NOT_X509_STRUCTURE,
  PUBLIC_KEY_IS_PRIVATE_KEY,
  PUBLIC_KEY_UNKNOWN_STRUCTURE,
  KEY_NOT_SPKI,
  KEY_NO_CURVE_PARAMETERS,
  KEY_UNEXPECTED_SM2_PARAMETERS,
  KEY_ALGORITHM_NOT_SM2,
  KEY_CURVE_NOT_SM2,
  KEY_MALFORMED_EXPLICIT_CURVE,
  KEY_EXPLICIT_CURVE_NOT_SM2,
  KEY_IMPLICIT_CURVE,
  KEY_NOT_VALID_DER,
  KEY_DER_NOT_SEQUENCE,
  KEY_NOT_REENCODABLE,
  KEY_NOT_CANONICAL_DER,
  // keyset/KeysetCodec
  KEYSET_MISFIT_NONE,
  KEYSET_MISFIT_SM4,
  KEYSET_MISFIT_SM2_PRIVATE,
  KEYSET_MISFIT_SM2_PUBLIC,
  KEYSET_MISFIT_HMAC_SM3,
  KEYSET_NO_MAGIC,
  KEYSET_UNKNOWN_FILE_VERSION,
  KEYSET_METADATA_TOO_LONG,
  KEYSET_UNWRAP_FAILED,
  KEYSET_METADATA_MISMATCH,
  KEYSET_HOLDS_SECRET_KEYS,
  KEYSET_TOO_LARGE,
  KEYSET_UNKNOWN_VERSION,
  KEYSET_KEY_COUNT,
  KEYSET_UNKNOWN_CODE,
  KEYSET_KEY_ID_NOT_UNIQUE,
  KEYSET_DESTROYED_WITH_MATERIAL,
  KEYSET_NO_MATERIAL,
  KEYSET_TRAILING_BYTES,
  KEYSET_TRUNCATED,
  WHERE_DETAIL,
  KEYSET_EMPTY,
  KEYSET_MIXED_TYPES,
  KEYSET_MIXED_PUBLIC_PRIVATE,
  KEYSET_PRIMARY_MISSING,
  KEYSET_PRIMARY_NOT_ENABLED,
  KEYSET_NO_BEGIN_LINE,
  KEYSET_NO_END_LINE,
  KEYSET_WRONG_BLOCK,
  KEYSET_EDITED,
  // names of things, used as arguments
  WHAT_KEYSET,
  // envelope/CmsSignature
  CMS_SIGNER_CERT_REQUIRED,
  CMS_FIRST_CERT_NOT_SIGNERS,
  CMS_ENCODING_FAILED,
  CMS_NO_TRUSTED_KEY,
  CMS_NOT_SIGNED_DATA,
  CMS_MALFORMED_BECAUSE,
  CMS_MALFORMED,
  CMS_DETACHED_NO_CONTENT,
  CMS_NO_SIGNER,
  CMS_SIGNER_NAMED,
  CMS_SIGNER_BY_KEY_ID,
  CMS_SIGNER_KEY_NOT_TRUSTED,
  CMS_SIGNER_CERT_MISSING,
  CMS_SIGNER_CERT_AND_KEY_ID_MISSING,
  CMS_SIGNER_NOT_TRUSTED,
  CMS_SIGNER_FAILED,
  CMS_SIGNATURE_INVALID,
  CMS_MALFORMED_CERT,
  CMS_TOO_LARGE,
  CMS_PEM_BLOCK_COUNT,
  CMS_NOT_ONE_DER,
  CMS_NOT_CONTENT_INFO,
  // pkix/CertificateChainVerifier
  CHAIN_NO_ANCHOR,
  CHAIN_EMPTY,
  CHAIN_LEAF,
  CHAIN_CERT_AT,
  CHAIN_ISSUER_MISMATCH,
  CHAIN_NO_TRUST_ANCHOR,
  UNREACHABLE,
  CHAIN_NOT_SM3_WITH_SM2,
  CHAIN_EXPIRED,
  CHAIN_NOT_YET_VALID,
  CHAIN_UNKNOWN_CRITICAL_EXTENSION,
  CHAIN_BAD_SIGNATURE,
  CHAIN_ISSUER_NOT_CA,
  CHAIN_ISSUER_NO_KEY_CERT_SIGN,
  CHAIN_PATH_TOO_LONG,
  // provider/Pkcs11KeyProvider
  PKCS11_NO_LIBRARY,
  PKCS11_BAD_SLOT_INDEX,
  PKCS11_NO_SUNPKCS11,
  PKCS11_CANNOT_INIT,
  PKCS11_WRONG_PIN,
  PKCS11_CANNOT_LOG_IN,
  PKCS11_CANNOT_OPEN,
  PKCS11_ALIAS_EXISTS,
  PKCS11_CANNOT_CREATE,
  PKCS11_CANNOT_LIST,
  PKCS11_NO_SM2,
  PKCS11_NOT_AES,
  PKCS11_NO_SUCH_KEY,
  PKCS11_CANNOT_READ,
  // provider/Pkcs12KeyProvider
  PKCS12_WRONG_PASSWORD,
  PKCS12_UNREADABLE,
  PKCS12_MALFORMED,
  PKCS12_SECRET_KEY,
  PKCS12_NOT_SM2,
  PKCS12_CANNOT_DECRYPT,
  PKCS12_CHAIN_REQUIRED,
  PKCS12_ALIAS,
  PKCS12_DUPLICATE_ALIAS,
  PKCS12_NO_KEYS,
  PKCS12_ENCODING_FAILED;

  /** This message with {@code args}, in either language. */
  public Bilingual text(Object... args) {
    return new Message(this, args);
  }

  /**
   * This message with {@code args} in English, for JDK exceptions that report a programming error.
   */
  public String english(Object... args) {
    return text(args).messageIn(Locale.ENGLISH);
  }

  /**
   * A cause's message as an argument: the cause itself when it is {@link Bilingual} (so it is
   * rendered in the same language), else its {@link Throwable#getMessage()}.
   */
  public static Object causeText(Throwable cause) {
    return cause instanceof Bilingual ? cause : cause.getMessage();
  }
}
