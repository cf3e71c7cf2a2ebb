package io.anke.samples.guard;

import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditLog;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.CleartextKeysetHandle;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One instance of a service in a fleet: writes {@code count} audit records to its own directory
 * and, through SLF4J, to the platform's log (standard error here).
 *
 * <p>Arguments: audit directory, cleartext keyset file, SM2 key PEM, record count, instance name.
 */
public final class AuditedInstance {
  private AuditedInstance() {}

  public static void main(String[] args) throws Exception {
    KeysetHandle keys;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      keys = CleartextKeysetHandle.read(in, InsecureSecretAccess.get());
    }
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(Files.readString(Path.of(args[2])));
    int count = Integer.parseInt(args[3]);
    try (AuditLog log =
        AuditLog.builder(Path.of(args[0]))
            .macKeys(keys)
            .checkpointKey(Sm2KeyHandle.of(key))
            .checkpointEvery(10)
            .slf4j(true)
            .open()) {
      for (int i = 0; i < count; i++) {
        log.append(
            AuditEvent.builder(AuditEvent.DATA_ACCESS)
                .user(args[4] + "-user-" + i)
                .department("public-security")
                .action("read")
                .resource("resident")
                .decision("allow")
                .build());
      }
    }
  }
}
