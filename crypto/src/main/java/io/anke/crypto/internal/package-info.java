/**
 * Implementation details shared by several packages of this module: the one strict PEM codec, the
 * holder of secret key bytes behind every destroyable key, and the one owner each of canonical
 * Base64, strict UTF-8 and HKDF-SM3. Not API; other modules must not use it.
 */
package io.anke.crypto.internal;
