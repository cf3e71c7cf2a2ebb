/**
 * SM2 (GB/T 32918, GM/T 0003/0009): keys, signatures, public-key encryption and key exchange on the
 * recommended curve sm2p256v1, through Bouncy Castle's optimised curve.
 *
 * <p>Every class is immutable and safe to share between threads; build a {@link
 * io.anke.crypto.sm2.Sm2Signer}, {@link io.anke.crypto.sm2.Sm2Verifier}, {@link
 * io.anke.crypto.sm2.Sm2Encrypter} or {@link io.anke.crypto.sm2.Sm2Decrypter} once per key and
 * reuse it. Interoperability choices are explicit and named: signature encodings {@link
 * io.anke.crypto.sm2.Sm2SignatureEncoding} (DER by default), ciphertext layouts {@link
 * io.anke.crypto.sm2.Sm2CiphertextFormat} (C1C3C2 by default), the user ID ({@link
 * io.anke.crypto.sm2.Sm2#DEFAULT_ID} by default). All encodings use fixed-width 32-byte coordinates
 * and scalars.
 */
package io.anke.crypto.sm2;
