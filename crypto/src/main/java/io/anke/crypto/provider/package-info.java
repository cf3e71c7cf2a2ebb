/**
 * Where keys come from: a small {@link io.anke.crypto.provider.KeyProvider} interface with
 * implementations for PEM/DER files, PKCS#12 keystores, memory, PKCS#11 tokens (SunPKCS11) and GM/T
 * 0018 SDF devices. Providers hand out operations ({@link
 * io.anke.crypto.provider.Sm2SigningKeyHandle}, {@link
 * io.anke.crypto.provider.Sm2DecryptingKeyHandle}, {@link io.anke.crypto.Aead}), not key bytes.
 */
package io.anke.crypto.provider;
