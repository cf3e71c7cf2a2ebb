/**
 * The power-on self-test: known-answer tests of SM2, SM3, HMAC-SM3, SM4-GCM and SM4-CBC, run once
 * per JVM, after whose failure the primitive factories refuse to work ({@link
 * io.anke.crypto.SelfTestFailedException}).
 */
package io.anke.crypto.selftest;
