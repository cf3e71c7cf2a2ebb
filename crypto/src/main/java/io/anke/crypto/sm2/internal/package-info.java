/**
 * Implementation of {@code io.anke.crypto.sm2}: the curve arithmetic steps of GB/T 32918 on Bouncy
 * Castle's lightweight API, strict DER and PEM codecs, and key encodings. Not API; the engines take
 * explicit domain parameters and nonce sources so that the standard's test-curve examples can be
 * checked.
 */
package io.anke.crypto.sm2.internal;
