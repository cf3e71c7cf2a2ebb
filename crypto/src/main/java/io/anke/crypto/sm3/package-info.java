/**
 * SM3 (GB/T 32905-2016): hashing, HMAC-SM3 and the SM3 key-derivation function of GB/T 32918.4.
 *
 * <p>{@link io.anke.crypto.sm3.Sm3} hashes, {@link io.anke.crypto.sm3.HmacSm3} authenticates with a
 * secret key and verifies tags in constant time, {@link io.anke.crypto.sm3.Sm3Kdf} stretches a
 * shared secret into key material. The one-shot methods and the {@code HmacSm3} objects are
 * thread-safe; the streaming objects they hand out belong to one caller at a time.
 */
package io.anke.crypto.sm3;
