package io.anke.core.audit;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The child process of {@link AuditCrashTest}: appends records from several threads until it is
 * killed, and prints {@code ACK <seq> <user>} for each record only once the log has acknowledged
 * it. The keys live in files so that every run, in a fresh JVM, continues the same chain.
 *
 * <p>Arguments: {@code <log dir> <keys dir> <sync|group> <run number> <rotate at bytes>}.
 */
public final class CrashWriter {
  static final int THREADS = 4;

  private static final String KEK = "kek.bin";
  private static final String MAC_KEYSET = "mac.keyset";
  private static final String CHECKPOINT_KEY = "checkpoint.pem";

  private final PrintStream out =
      new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

  private CrashWriter() {}

  /** The keys of one crash test, as the parent writes them and every child reads them. */
  record Keys(KeysetHandle mac, Sm2PrivateKey checkpoint) {
    AuditLog.Builder log(Path dir) {
      return AuditLog.builder(dir).macKeys(mac).checkpointKey(Sm2KeyHandle.of(checkpoint));
    }

    AuditVerifier verifier() {
      return AuditVerifier.builder()
          .macKeys(mac)
          .checkpointKeys(List.of(checkpoint.publicKey()))
          .build();
    }
  }

  /** New keys, written to {@code dir}: the MAC keyset encrypted under an SM4 key kept beside it. */
  static Keys writeNewKeys(Path dir) throws IOException {
    Sm4Key kek = Sm4Key.generate();
    KeysetHandle mac = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    Sm2PrivateKey checkpoint = Sm2KeyPair.generate().privateKey();
    Files.createDirectories(dir);
    Files.write(dir.resolve(KEK), kek.toBytes(InsecureSecretAccess.get()));
    try (OutputStream o = Files.newOutputStream(dir.resolve(MAC_KEYSET))) {
      mac.write(o, Sm4Gcm.withKey(kek));
    }
    Files.writeString(
        dir.resolve(CHECKPOINT_KEY),
        checkpoint.exportPkcs8Pem(InsecureSecretAccess.get()),
        StandardCharsets.US_ASCII);
    return new Keys(mac, checkpoint);
  }

  static Keys readKeys(Path dir) throws IOException, DecryptionFailedException {
    Sm4Key kek = Sm4Key.fromBytes(Files.readAllBytes(dir.resolve(KEK)));
    KeysetHandle mac;
    try (InputStream in = Files.newInputStream(dir.resolve(MAC_KEYSET))) {
      mac = KeysetHandle.read(in, Sm4Gcm.withKey(kek));
    }
    Sm2PrivateKey checkpoint =
        Sm2PrivateKey.fromPem(
            Files.readString(dir.resolve(CHECKPOINT_KEY), StandardCharsets.US_ASCII));
    return new Keys(mac, checkpoint);
  }

  /** A typical data-access record of about 400 bytes, for {@code user}. */
  static AuditEvent event(String user, long n) {
    return AuditEvent.builder(AuditEvent.DATA_ACCESS)
        .user(user)
        .department("civil-affairs")
        .action("read")
        .resource("resident")
        .decision(n % 5 == 0 ? "deny" : "allow")
        .reason("agreement SA-7 covers resident for service 社保核验")
        .attribute("purpose", "social-security-check")
        .attribute("authentication", "password+sms")
        .attribute("records", Long.toString(n % 20 + 1))
        .attribute("clear", "divisionCode,name")
        .attribute("masked", "idNumber,mobile")
        .build();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: CrashWriter <log dir> <keys dir> <sync|group> <run number> <rotate at bytes>");
      System.exit(2);
    }
    // A test JVM that dies without killing us (a timeout, a mutation-testing worker stopped) must
    // not leave a writer appending for ever: go when the parent goes.
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
    Path logDir = Path.of(args[0]);
    Keys keys = readKeys(Path.of(args[1]));
    boolean group = args[2].equals("group");
    String run = args[3];
    long rotateAtBytes = Long.parseLong(args[4]);
    new CrashWriter().run(logDir, keys, group, run, rotateAtBytes);
  }

  private void run(Path logDir, Keys keys, boolean group, String run, long rotateAtBytes)
      throws InterruptedException {
    AuditLog log =
        keys.log(logDir)
            .durability(group ? Durability.GROUP_COMMIT : Durability.SYNC)
            .groupCommitInterval(Duration.ofMillis(10))
            .checkpointEvery(100)
            .rotateAtBytes(rotateAtBytes)
            .open();
    BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(10_000);
    if (group) {
      // One thread waits for the acknowledgements, so that writers keep records in flight.
      Thread acker = new Thread(() -> acknowledge(pending), "acker");
      acker.setDaemon(true);
      acker.start();
    }
    Thread[] writers = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      String prefix = "r" + run + "-t" + t + "-";
      writers[t] =
          new Thread(
              () -> {
                for (long i = 0; ; i++) {
                  String user = prefix + i;
                  AuditReceipt r = append(log, user, i);
                  if (group) {
                    put(pending, new Pending(r, user));
                  } else {
                    ack(r, user);
                  }
                }
              },
              "writer-" + t);
      writers[t].start();
    }
    for (Thread w : writers) {
      w.join();
    }
  }

  private record Pending(AuditReceipt receipt, String user) {}

  private static AuditReceipt append(AuditLog log, String user, long i) {
    try {
      return log.append(event(user, i));
    } catch (AuditException e) {
      e.printStackTrace();
      System.exit(3);
      throw e;
    }
  }

  private static void put(BlockingQueue<Pending> pending, Pending p) {
    try {
      pending.put(p);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(3);
    }
  }

  private void acknowledge(BlockingQueue<Pending> pending) {
    try {
      while (true) {
        Pending p = pending.take();
        p.receipt().awaitAcknowledged();
        ack(p.receipt(), p.user());
      }
    } catch (InterruptedException | AuditException e) {
      e.printStackTrace();
      System.exit(3);
    }
  }

  /** Says a record is acknowledged; checked first, so a wrong receipt cannot pass unnoticed. */
  private void ack(AuditReceipt r, String user) {
    if (!r.acknowledged()) {
      System.err.println("receipt not acknowledged: " + r);
      System.exit(4);
    }
    synchronized (out) {
      out.print("ACK " + r.sequence() + " " + user + "\n");
      out.flush();
    }
  }
}
