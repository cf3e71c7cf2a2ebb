/**
 * Implementation details shared by several packages of this module: the one strict PEM codec and
 * the holder of secret key bytes behind every destroyable key. Not API; other modules must not use
 * it.
 */
package io.anke.crypto.internal;
