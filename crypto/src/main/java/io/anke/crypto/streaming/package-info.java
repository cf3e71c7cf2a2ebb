/**
 * Streaming authenticated encryption: segmented SM4-GCM over {@link java.io.InputStream} and {@link
 * java.io.OutputStream} for data of any size in constant memory; see {@link
 * io.anke.crypto.streaming.Sm4GcmStreamingAead}.
 */
package io.anke.crypto.streaming;
