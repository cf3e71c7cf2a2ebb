/**
 * Keysets with rotation (the Google Tink model for SM keys): {@link
 * io.anke.crypto.keyset.KeysetHandle} holds keys with IDs, statuses and one primary; its {@code
 * aead()} (SM4-GCM), {@code signer()} and {@code verifier()} (SM2) and {@code mac()} (HMAC-SM3)
 * prefix output with the key ID so that data survives rotation. Keysets are stored only encrypted
 * under a key-encryption key; cleartext export goes through {@link
 * io.anke.crypto.keyset.CleartextKeysetHandle} and {@link io.anke.crypto.InsecureSecretAccess}.
 *
 * <p>Inside the package, each key's material is typed (the sealed {@code KeysetKey}, one record per
 * kind of material, each knowing its {@link io.anke.crypto.keyset.KeyType}), and the file format,
 * header, body and armour, is written and read in one class, {@code KeysetCodec}.
 */
package io.anke.crypto.keyset;
