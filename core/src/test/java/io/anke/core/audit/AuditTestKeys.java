package io.anke.core.audit;

import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.nio.file.Path;
import java.util.List;

/** One MAC keyset and one checkpoint key pair for the audit tests. */
final class AuditTestKeys {
  static final KeysetHandle MAC = KeysetHandle.generateNew(KeyType.HMAC_SM3);
  static final Sm2KeyPair SIGNER = Sm2KeyPair.generate();

  private AuditTestKeys() {}

  static AuditLog.Builder log(Path dir) {
    return AuditLog.builder(dir).macKeys(MAC).checkpointKey(Sm2KeyHandle.of(SIGNER.privateKey()));
  }

  static AuditVerifier verifier() {
    return AuditVerifier.builder().macKeys(MAC).checkpointKeys(List.of(SIGNER.publicKey())).build();
  }
}
