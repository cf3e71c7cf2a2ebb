/**
 * Digital envelopes and signed messages with SM2/SM3/SM4: a compact hybrid format of our own
 * ({@link io.anke.crypto.envelope.EnvelopeEncrypter}, {@link
 * io.anke.crypto.envelope.EnvelopeDecrypter}, {@link io.anke.crypto.envelope.EnvelopeAead}), and
 * CMS / GM/T 0010 EnvelopedData ({@link io.anke.crypto.envelope.CmsEnvelope}) and SignedData
 * ({@link io.anke.crypto.envelope.CmsSignature}) for interchange.
 */
package io.anke.crypto.envelope;
