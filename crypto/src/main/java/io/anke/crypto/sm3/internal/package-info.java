/** Anke's own SM3 engine, shared by the SM3, HMAC-SM3, KDF and SM2 code of this module; not API. */
package io.anke.crypto.sm3.internal;
