/**
 * Legacy SM4 shapes kept only to read or write data of systems that already use them. Nothing here
 * is safe for new designs.
 */
package io.anke.crypto.sm4.interop.legacy;
