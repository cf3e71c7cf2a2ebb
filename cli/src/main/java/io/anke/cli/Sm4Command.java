package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Padding;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4Ctr;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import io.anke.crypto.sm4.interop.legacy.Sm4Ecb;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke sm4 encrypt|decrypt --mode gcm|cbc|ctr|ecb --key HEX [--iv HEX] [--aad HEX] [--in
 * FILE] [--out FILE]}. CBC, CTR and ECB stream in constant memory; GCM holds the message in memory
 * (up to {@link CliIo#MAX_IN_MEMORY_INPUT} bytes) because no plaintext may be released before the
 * tag is checked. An output file appears only when the whole operation succeeded.
 */
@Command(
    name = "sm4",
    resourceBundle = "io.anke.cli.Sm4Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm4Command implements Callable<Integer> {

  enum Operation {
    ENCRYPT,
    DECRYPT
  }

  enum Mode {
    GCM,
    CBC,
    CTR,
    ECB
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "encrypt|decrypt",
      descriptionKey = "operation",
      converter = OperationConverter.class)
  Operation operation;

  @Option(
      names = "--mode",
      required = true,
      paramLabel = "gcm|cbc|ctr|ecb",
      descriptionKey = "mode",
      converter = ModeConverter.class)
  Mode mode;

  @Option(names = "--key", required = true, paramLabel = "HEX", descriptionKey = "key")
  String keyHex;

  @Option(names = "--iv", paramLabel = "HEX", descriptionKey = "iv")
  String ivHex;

  @Mixin Options.Aad aad;

  @Option(
      names = "--padding",
      paramLabel = "pkcs7|none",
      descriptionKey = "padding",
      converter = PaddingConverter.class)
  Padding padding;

  @Mixin Options.Input in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
  Path out;

  @Override
  public Integer call() throws IOException {
    checkCombination();
    Sm4Key key = key();
    byte[] iv = ivHex == null ? null : hex("--iv", ivHex);
    byte[] aadBytes = aad.bytes(spec);
    try {
      switch (mode) {
        case GCM -> gcm(key, iv, aadBytes);
        case CBC -> {
          Sm4Cbc cbc = Sm4Cbc.withKey(key, padding());
          byte[] v = iv(iv, Sm4Cbc.IV_LENGTH);
          stream(
              (src, dst) -> {
                if (operation == Operation.ENCRYPT) {
                  cbc.encrypt(v, src, dst);
                } else {
                  cbc.decrypt(v, src, dst);
                }
              });
        }
        case CTR -> {
          Sm4Ctr ctr = Sm4Ctr.withKey(key);
          byte[] v = iv(iv, Sm4Ctr.IV_LENGTH);
          stream(
              (src, dst) -> {
                if (operation == Operation.ENCRYPT) {
                  ctr.encrypt(v, src, dst);
                } else {
                  ctr.decrypt(v, src, dst);
                }
              });
        }
        case ECB -> {
          Sm4Ecb ecb = Sm4Ecb.withKey(key, padding());
          stream(
              (src, dst) -> {
                if (operation == Operation.ENCRYPT) {
                  ecb.encrypt(src, dst);
                } else {
                  ecb.decrypt(src, dst);
                }
              });
        }
      }
    } catch (DecryptionFailedException e) {
      // One message for every failure: the library's is English, this one follows the locale.
      throw new InvalidInputException(text("error.decryptionFailed"), e);
    } catch (CryptoFormatException e) {
      // Reached only for lengths the library checks itself (unpadded input not whole blocks).
      throw new InvalidInputException(
          text("error.invalidInput", CliIo.describe(spec, in.path), e.getMessage()), e);
    }
    return 0;
  }

  /** Options that make no sense together are usage errors (exit 2), found before any I/O. */
  private void checkCombination() {
    String m = mode.name().toLowerCase(Locale.ROOT);
    if ((mode == Mode.CBC || mode == Mode.CTR) && ivHex == null) {
      throw new UsageException(text("error.ivRequired", m));
    }
    if (mode == Mode.ECB && ivHex != null) {
      throw new UsageException(text("error.ivNotAllowed"));
    }
    if (mode != Mode.GCM && aad.hex != null) {
      throw new UsageException(text("error.aadOnlyGcm", m));
    }
    if ((mode == Mode.GCM || mode == Mode.CTR) && padding != null) {
      throw new UsageException(text("error.paddingOnlyBlockModes", m));
    }
  }

  private Sm4Key key() {
    byte[] key = hex("--key", keyHex);
    if (key.length != Sm4Key.LENGTH) {
      throw new InvalidInputException(text("error.keyLength", String.valueOf(key.length)));
    }
    return Sm4Key.fromBytes(key);
  }

  private byte[] iv(byte[] iv, int expected) {
    if (iv.length != expected) {
      throw new InvalidInputException(
          text("error.ivLength", String.valueOf(expected), String.valueOf(iv.length)));
    }
    return iv;
  }

  private Padding padding() {
    return padding == null ? Padding.PKCS7 : padding;
  }

  private byte[] hex(String option, String value) {
    return CommandGroup.hex(spec, option, value);
  }

  private void gcm(Sm4Key key, byte[] nonce, byte[] aad) throws DecryptionFailedException {
    if (nonce != null
        && (nonce.length < Sm4GcmWithNonce.NONCE_LENGTH
            || nonce.length > Sm4GcmWithNonce.MAX_NONCE_LENGTH)) {
      throw new InvalidInputException(text("error.nonceLength", String.valueOf(nonce.length)));
    }
    byte[] input = CliIo.readAll(spec, in.path);
    byte[] result;
    if (nonce == null) {
      Sm4Gcm gcm = Sm4Gcm.withKey(key);
      result = operation == Operation.ENCRYPT ? gcm.encrypt(input, aad) : gcm.decrypt(input, aad);
    } else {
      Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(key);
      result =
          operation == Operation.ENCRYPT
              ? gcm.encrypt(nonce, input, aad)
              : gcm.decrypt(nonce, input, aad);
    }
    CliIo.write(spec, out, result);
  }

  /** A streaming cipher run from one stream to another. */
  @FunctionalInterface
  private interface StreamJob {
    void run(InputStream src, OutputStream dst) throws IOException, DecryptionFailedException;
  }

  /**
   * Streams the input through {@code job}. A file is written under a temporary name beside it and
   * moved into place only on success, so that a failed decryption leaves nothing behind; standard
   * output cannot be taken back, so a CBC/ECB padding failure there comes after the data. A failure
   * to read names the input, a failure to write names the output (never the temporary file).
   */
  private void stream(StreamJob job) throws IOException, DecryptionFailedException {
    try (InputStream src = new BufferedInputStream(CliIo.open(spec, in.path))) {
      if (CliIo.isStdio(out)) {
        OutputStream stdout =
            new OutputStream() {
              @Override
              public void write(int b) {
                System.out.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                System.out.write(b, off, len);
              }

              @Override
              public void close() {
                System.out.flush(); // never close the JVM's standard output
              }
            };
        run(job, src, stdout);
        return;
      }
      boolean device;
      try {
        device = CliIo.isDevice(out);
      } catch (IOException e) {
        throw CliIo.unwritable(spec, out, e);
      }
      if (device) {
        // Nothing to replace, nothing to take back.
        run(job, src, newOutput(out));
        return;
      }
      Path tmp;
      try {
        tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".anke-", ".tmp");
      } catch (IOException e) {
        throw CliIo.unwritable(spec, out, e);
      }
      try {
        run(job, src, newOutput(tmp));
        try {
          Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw CliIo.unwritable(spec, out, e);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private OutputStream newOutput(Path file) {
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw CliIo.unwritable(spec, out, e);
    }
  }

  /** Runs {@code job}, then closes {@code dst}; says which side failed when one does. */
  private void run(StreamJob job, InputStream src, OutputStream dst)
      throws DecryptionFailedException {
    try (OutputStream buffered = new BufferedOutputStream(writing(dst))) {
      job.run(src, buffered);
    } catch (WriteFailure e) {
      throw CliIo.unwritable(spec, out, e.cause);
    } catch (IOException e) {
      throw CliIo.unreadable(spec, in.path, e);
    }
  }

  /** A failure to write the output, told apart from a failure to read the input. */
  private static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    final IOException cause;

    WriteFailure(IOException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /** {@code out}, with each of its failures marked as a {@link WriteFailure}. */
  private static OutputStream writing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw new WriteFailure(e);
        }
      }

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw new WriteFailure(e);
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          out.flush();
        } catch (IOException e) {
          throw new WriteFailure(e);
        }
      }

      @Override
      public void close() throws IOException {
        try {
          out.close();
        } catch (IOException e) {
          throw new WriteFailure(e);
        }
      }
    };
  }

  private String text(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }

  /** Case-insensitive names of an enum, so that the help can show them in lowercase. */
  abstract static class LowercaseEnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    LowercaseEnumConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value)) {
          return e;
        }
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
      throw Lang.BadValue.oneOf(names);
    }
  }

  static final class OperationConverter extends LowercaseEnumConverter<Operation> {
    OperationConverter() {
      super(Operation.class);
    }
  }

  static final class ModeConverter extends LowercaseEnumConverter<Mode> {
    ModeConverter() {
      super(Mode.class);
    }
  }

  static final class PaddingConverter extends LowercaseEnumConverter<Padding> {
    PaddingConverter() {
      super(Padding.class);
    }
  }
}
