package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
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
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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

  @Option(names = "--aad", paramLabel = "HEX", descriptionKey = "aad")
  String aadHex;

  @Option(
      names = "--padding",
      paramLabel = "pkcs7|none",
      descriptionKey = "padding",
      converter = PaddingConverter.class)
  Padding padding;

  @Option(names = "--in", paramLabel = "FILE", descriptionKey = "in")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
  Path out;

  @Override
  public Integer call() throws IOException {
    checkCombination();
    Sm4Key key = key();
    byte[] iv = ivHex == null ? null : hex("--iv", ivHex);
    byte[] aad = aadHex == null ? null : hex("--aad", aadHex);
    try {
      switch (mode) {
        case GCM -> gcm(key, iv, aad);
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
          text("error.invalidInput", CliIo.describe(in), e.getMessage()), e);
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
    if (mode != Mode.GCM && aadHex != null) {
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
    try {
      return Hex.decode(value);
    } catch (CryptoFormatException e) {
      throw new InvalidInputException(text("error.badHex", option, e.getMessage()));
    }
  }

  private void gcm(Sm4Key key, byte[] nonce, byte[] aad) throws DecryptionFailedException {
    if (nonce != null
        && (nonce.length < Sm4GcmWithNonce.NONCE_LENGTH
            || nonce.length > Sm4GcmWithNonce.MAX_NONCE_LENGTH)) {
      throw new InvalidInputException(text("error.nonceLength", String.valueOf(nonce.length)));
    }
    byte[] input = CliIo.readAll(in);
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
    CliIo.write(out, result);
  }

  /** A streaming cipher run from one stream to another. */
  @FunctionalInterface
  private interface StreamJob {
    void run(InputStream src, OutputStream dst) throws IOException, DecryptionFailedException;
  }

  /**
   * Streams the input through {@code job}. A file is written under a temporary name beside it and
   * moved into place only on success, so that a failed decryption leaves nothing behind; standard
   * output cannot be taken back, so a CBC/ECB padding failure there comes after the data.
   */
  private void stream(StreamJob job) throws IOException, DecryptionFailedException {
    try (InputStream src = new BufferedInputStream(CliIo.open(in))) {
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
        try (OutputStream dst = new BufferedOutputStream(stdout)) {
          job.run(src, dst);
        }
        return;
      }
      Path tmp;
      try {
        tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".anke-", ".tmp");
      } catch (IOException e) {
        throw new InvalidInputException(text("error.cannotWrite", out, reason(e)), e);
      }
      try {
        try (OutputStream dst = new BufferedOutputStream(Files.newOutputStream(tmp))) {
          job.run(src, dst);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return text("error.noSuchDirectory");
    }
    if (e instanceof AccessDeniedException) {
      return text("error.permissionDenied");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private String text(String key, Object... args) {
    return MessageFormat.format(spec.resourceBundle().getString(key), args);
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
      StringBuilder names = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
      }
      throw new TypeConversionException("expected one of " + names + ", got '" + value + "'");
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
