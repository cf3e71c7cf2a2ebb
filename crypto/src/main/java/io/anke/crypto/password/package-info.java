/**
 * Password hashing with PBKDF2-HMAC-SM3 and a self-describing encoded string ({@code
 * $pbkdf2-sm3$i=N$SALT$HASH}); see {@link io.anke.crypto.password.PasswordHasher}.
 */
package io.anke.crypto.password;
