/**
 * Keysets with rotation (the Google Tink model for SM keys): {@link
 * io.anke.crypto.keyset.KeysetHandle} holds keys with IDs, statuses and one primary; its {@code
 * aead()} (SM4-GCM), {@code signer()} and {@code verifier()} (SM2) and {@code mac()} (HMAC-SM3)
 * prefix output with the key ID so that data survives rotation. Keysets are stored only encrypted
 * under a key-encryption key; cleartext export goes through {@link
 * io.anke.crypto.keyset.CleartextKeysetHandle} and {@link
 * io.anke.crypto.keyset.InsecureSecretAccess}.
 */
package io.anke.crypto.keyset;
