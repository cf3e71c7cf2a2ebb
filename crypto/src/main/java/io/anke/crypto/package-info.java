/**
 * National cryptography (SM2, SM3, SM4) on Bouncy Castle's lightweight API.
 *
 * <p>Each algorithm lives in its own package ({@code sm2}, {@code sm3}, {@code sm4}); shared
 * helpers that are API live here, implementation details in {@code ...internal} packages. Nothing
 * in this module registers a global JCA provider. {@code selftest} holds the power-on self-test;
 * once it has failed, the primitive factories throw {@link io.anke.crypto.SelfTestFailedException}.
 */
package io.anke.crypto;
