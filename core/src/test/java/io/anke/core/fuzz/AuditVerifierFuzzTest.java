package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.audit.internal.LogFiles;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The audit-log verifier on hostile files. A small closed trail (MACs, two signed checkpoints and
 * the closing one) is written once with fixed keys and a fixed clock; the fuzzer's bytes choose
 * edits to it (bytes spliced in or out, bits flipped, lines swapped, repeated or dropped). Whatever
 * the edits, the verifier returns a result instead of throwing, and a changed trail is never
 * accepted: with the keys and {@code requireClosed}, any change is a problem above a notice. Any
 * bytes at all as a log file give a result too, never an exception, and no record in them verifies.
 */
class AuditVerifierFuzzTest {
  // A fixed checkpoint key: the same trail shape on every run (the MAC keyset has no fixed form).
  private static final Sm2PrivateKey SIGNER =
      Sm2PrivateKey.fromHex("3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8");
  private static final KeysetHandle MAC = KeysetHandle.generateNew(KeyType.HMAC_SM3);
  private static final AuditVerifier VERIFIER =
      AuditVerifier.builder()
          .macKeys(MAC)
          .checkpointKeys(List.of(SIGNER.publicKey()))
          .requireClosed(true)
          .build();
  private static final Path DIR;
  private static final byte[] TRAIL;

  static {
    try {
      DIR = Files.createTempDirectory("anke-audit-fuzz");
      DIR.toFile().deleteOnExit();
      TRAIL = writeTrail(DIR.resolve("log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] writeTrail(Path logDir) throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);
    try (AuditLog log =
        AuditLog.builder(logDir)
            .macKeys(MAC)
            .checkpointKey(Sm2KeyHandle.of(SIGNER))
            .checkpointEvery(3)
            .clock(clock)
            .open()) {
      for (int i = 0; i < 7; i++) {
        log.append(
            AuditEvent.builder(AuditEvent.DATA_ACCESS)
                .user("u-" + i)
                .department("civil-affairs")
                .action("read")
                .resource("resident")
                .decision(i % 3 == 0 ? "deny" : "allow")
                .reason("agreement \"GA-MZ-2026-017\" covers it; 山东 ✓")
                .attribute("n", Integer.toString(i))
                .build());
      }
    }
    List<LogFiles.LogFile> files = LogFiles.list(logDir);
    assertThat(files).hasSize(1);
    return Files.readAllBytes(files.get(0).path());
  }

  @FuzzTest
  void changedTrailIsNeverAccepted(FuzzedDataProvider data) throws IOException {
    byte[] changed = TRAIL;
    int edits = data.consumeInt(1, 4);
    for (int i = 0; i < edits; i++) {
      changed = edit(changed, data);
    }
    AuditVerification v = verify(changed);
    if (Arrays.equals(changed, TRAIL)) {
      assertThat(v.problems()).isEmpty();
    } else {
      assertThat(v.intact()).as("%s", v.problems()).isFalse();
    }
  }

  @FuzzTest
  void anyBytesGiveAResult(byte[] data) throws IOException {
    AuditVerification v = verify(data);
    assertThat(v.macsChecked() && v.signaturesChecked()).isTrue();
    assertThat(v.problems()).allMatch(p -> p.line() >= 0 && p.sequence() >= 0);
    if (v.intact() && !Arrays.equals(data, TRAIL)) {
      // Without the keys nobody writes a record that verifies.
      assertThat(v.records()).as("%s", v.problems()).isZero();
    }
  }

  private static AuditVerification verify(byte[] log) throws IOException {
    Path copy = DIR.resolve("copy.jsonl");
    Files.write(copy, log);
    try {
      return VERIFIER.verify(List.of(copy));
    } finally {
      Files.delete(copy);
    }
  }

  /** One edit chosen by the fuzzer. */
  private static byte[] edit(byte[] in, FuzzedDataProvider data) {
    int at = data.consumeInt(0, in.length);
    switch (data.consumeInt(0, 4)) {
      case 0 -> {
        int remove = Math.min(data.consumeInt(0, 64), in.length - at);
        byte[] insert = data.consumeBytes(64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.write(insert, 0, insert.length);
        out.write(in, at + remove, in.length - at - remove);
        return out.toByteArray();
      }
      case 1 -> {
        byte[] out = in.clone();
        if (at < out.length) {
          out[at] ^= (byte) (1 << data.consumeInt(0, 7));
        }
        return out;
      }
      default -> {
        List<byte[]> lines = lines(in);
        if (lines.isEmpty()) {
          return in;
        }
        int a = data.consumeInt(0, lines.size() - 1);
        int b = data.consumeInt(0, lines.size() - 1);
        switch (data.consumeInt(0, 2)) {
          case 0 -> {
            byte[] t = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, t);
          }
          case 1 -> lines.add(b, lines.get(a));
          default -> lines.remove(a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(l -> out.write(l, 0, l.length));
        return out.toByteArray();
      }
    }
  }

  /** The lines of {@code in}, each with its line feed (the last one may have none). */
  private static List<byte[]> lines(byte[] in) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        out.add(Arrays.copyOfRange(in, start, i + 1));
        start = i + 1;
      }
    }
    if (start < in.length) {
      out.add(Arrays.copyOfRange(in, start, in.length));
    }
    return out;
  }
}
