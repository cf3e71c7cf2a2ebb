package io.anke.samples.gate.permits;

/**
 * A permit as the archive keeps it: the SM3 fingerprint that the public registry publishes, and
 * the document sealed with SM4-GCM under the permit number.
 */
public record ArchivedPermit(String permitNumber, String sm3Fingerprint, byte[] sealedDocument) {}
