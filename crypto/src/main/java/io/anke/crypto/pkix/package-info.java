/**
 * X.509 with SM2: self-signed and CA-issued certificates ({@link
 * io.anke.crypto.pkix.CertificateBuilder}), PKCS#10 requests ({@link
 * io.anke.crypto.pkix.CertificateRequest}) and chain validation ({@link
 * io.anke.crypto.pkix.CertificateChainVerifier}), all with SM3withSM2 under an explicit
 * distinguishing ID (default {@code 1234567812345678}). Signing goes through {@link
 * io.anke.crypto.provider.Sm2SigningKeyHandle}, so CA keys can stay in hardware.
 */
package io.anke.crypto.pkix;
