/**
 * SM4 (GB/T 32907-2016) the safe way: authenticated encryption with nonces managed inside.
 *
 * <p>Start with {@link io.anke.crypto.sm4.Sm4Gcm} (or {@link io.anke.crypto.sm4.Sm4Ccm} where CCM
 * is required) and an {@link io.anke.crypto.sm4.Sm4Key}. Shapes that other systems dictate (a
 * caller-chosen nonce, CBC, CTR) are in {@code io.anke.crypto.sm4.interop}; ECB is fenced off in
 * {@code io.anke.crypto.sm4.interop.legacy}.
 */
package io.anke.crypto.sm4;
