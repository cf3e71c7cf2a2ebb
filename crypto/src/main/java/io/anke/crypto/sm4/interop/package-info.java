/**
 * SM4 in the shapes other systems dictate: a caller-chosen GCM or CCM nonce, CBC with PKCS#7
 * padding, CTR. They match {@code openssl enc -sm4-cbc|-sm4-ctr -K … -iv …} and the usual Java and
 * JavaScript libraries byte for byte.
 *
 * <p>Use them only to talk to such a system. They make the caller responsible for what {@link
 * io.anke.crypto.sm4.Sm4Gcm} does itself: never reusing a nonce or IV under one key, and (for CBC
 * and CTR, which do not authenticate) protecting integrity by other means, such as HMAC-SM3 over
 * the ciphertext. ECB lives one step further away, in {@code interop.legacy}.
 */
package io.anke.crypto.sm4.interop;
