/**
 * Column-level encryption for databases: {@link io.anke.crypto.field.FieldEncryptor} encrypts one
 * column value with SM4-GCM under a keyset, bound to its field, row and table, and re-encrypts it
 * when the key is rotated; {@link io.anke.crypto.field.BlindIndex} computes a keyed HMAC-SM3 index
 * of the normalised value ({@link io.anke.crypto.field.IndexNormalizer}) under a separate key, for
 * equality search on the encrypted column. Needs nothing but this module; no database or
 * persistence API is involved.
 */
package io.anke.crypto.field;
