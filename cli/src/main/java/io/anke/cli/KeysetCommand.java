package io.anke.cli;

import io.anke.core.report.DisplayWidth;
import io.anke.crypto.Aead;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.keyset.KeyEncryptionKeys;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyStatus;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.provider.FileKeyProvider;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code anke keyset create|list|rotate|promote|enable|disable|destroy|delete|encrypt|decrypt|
 * sign|verify|public}: a key's whole life on the command line. Keyset files are always encrypted
 * under a key-encryption key given with {@code --kek FILE}: an SM4 key (32 hex digits or 16 raw
 * bytes) or an SM2 private key PEM (the keyset is then sealed in an SM2 envelope). Keysets of every
 * type are created, listed and rotated here; hmac-sm3 keysets are used by programs ({@code
 * KeysetHandle.mac()}), so the data commands refuse them like any keyset of the wrong type.
 */
@Command(
    name = "keyset",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    subcommands = {
      KeysetCreateCommand.class,
      KeysetListCommand.class,
      KeysetRotateCommand.class,
      KeysetPromoteCommand.class,
      KeysetEnableCommand.class,
      KeysetDisableCommand.class,
      KeysetDestroyCommand.class,
      KeysetDeleteCommand.class,
      KeysetEncryptCommand.class,
      KeysetDecryptCommand.class,
      KeysetSignCommand.class,
      KeysetVerifyCommand.class,
      KeysetPublicCommand.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetCommand extends CommandGroup {

  // ---- shared helpers ----

  /**
   * True when {@code signature} has the shape of a keyset signature: a DER SM2 signature after the
   * 5-byte prefix of a key-id key (01 and the key ID), or a DER signature alone (a raw key).
   */
  static boolean isKeysetSignature(byte[] signature) {
    if (Sm2Command.isSignature(signature, Sm2SignatureEncoding.DER)) {
      return true;
    }
    return signature.length > KEY_ID_PREFIX
        && signature[0] == 1
        && Sm2Command.isSignature(
            Arrays.copyOfRange(signature, KEY_ID_PREFIX, signature.length),
            Sm2SignatureEncoding.DER);
  }

  /** The output prefix of a key-id key: 01 and the 4-byte key ID (docs/crypto.md). */
  private static final int KEY_ID_PREFIX = 5;

  /** Columns padded by display width (CJK characters take two cells), for the list table. */
  static String row(String... cells) {
    int[] widths = {12, 11, 9, 8, 0};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append(i < cells.length - 1 ? DisplayWidth.pad(cells[i], widths[i], 1) : cells[i]);
    }
    return sb.toString();
  }

  /**
   * Refuses a keyset whose keys are not of the type the command works with, in the user's language
   * (exit 2): the keyset is fine, the command is the wrong one for it.
   */
  static void requireType(CommandSpec spec, KeysetHandle h, KeyType wanted) {
    if (h.type() != wanted) {
      throw new UsageException(
          text(spec, "error.wrongType", h.type().cliName(), spec.name(), wanted.cliName()));
    }
  }

  /**
   * Refuses a keyset that holds SM2 public keys only (written under a KEK from a public keyset) for
   * a command that needs private keys (exit 2).
   */
  static void requireSecretKeys(CommandSpec spec, KeysetHandle h) {
    if (!h.hasSecretKeys()) {
      throw new UsageException(text(spec, "error.publicOnly", spec.name()));
    }
  }

  /** The bilingual form of "data made with key X, which is disabled/destroyed" (exit 3). */
  static InvalidInputException unavailable(CommandSpec spec, KeyUnavailableException e) {
    String key = e.status() == KeyStatus.DESTROYED ? "error.keyDestroyed" : "error.keyDisabled";
    return new InvalidInputException(text(spec, key, KeyInfo.formatId(e.keyId())), e);
  }

  /**
   * The KEK from a file: an SM2 private key PEM/DER (the keyset is sealed in an SM2 envelope) or an
   * SM4 key (32 hex digits or 16 raw bytes).
   */
  static Aead loadKek(CommandSpec spec, Path file) {
    if (CliIo.isStdio(file)) {
      throw new UsageException(text(spec, KeysetCommand.class, "error.kekStdin"));
    }
    byte[] data = CliIo.readNonEmpty(spec, file);
    String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
    boolean sm2 = head.contains("-----BEGIN") || (data.length > 40 && data[0] == 0x30);
    try {
      FileKeyProvider.Builder b = FileKeyProvider.builder();
      FileKeyProvider p = (sm2 ? b.sm2("kek", file, null) : b.sm4("kek", file)).build();
      return KeyEncryptionKeys.fromProvider(p, "kek");
    } catch (KeyProviderException e) {
      throw new InvalidInputException(
          text(spec, KeysetCommand.class, "error.badKek", e.getMessage()));
    }
  }

  static KeysetHandle readKeyset(CommandSpec spec, Path file, Aead kek) {
    byte[] data = CliIo.readNonEmpty(spec, file);
    try {
      return KeysetHandle.read(new ByteArrayInputStream(data), kek);
    } catch (DecryptionFailedException e) {
      throw new InvalidInputException(
          text(spec, KeysetCommand.class, "error.kekMismatch", CliIo.describe(spec, file)));
    } catch (CryptoFormatException e) {
      throw new InvalidInputException(
          text(
              spec,
              KeysetCommand.class,
              "error.badKeyset",
              CliIo.describe(spec, file),
              e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeKeyset(CommandSpec spec, KeysetHandle handle, Path file, Aead kek) {
    if (CliIo.isStdio(file)) {
      throw new UsageException(text(spec, "error.keysetStdout"));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      handle.write(bytes, kek);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CliIo.write(spec, file, bytes.toByteArray());
  }

  static final class TypeConverter implements ITypeConverter<KeyType> {
    @Override
    public KeyType convert(String value) {
      try {
        return KeyType.parse(value.trim());
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (KeyType t : KeyType.values()) {
          names.add(t.cliName());
        }
        throw Lang.BadValue.oneOf(names);
      }
    }
  }

  static final class PrefixConverter implements ITypeConverter<OutputPrefix> {
    @Override
    public OutputPrefix convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "key-id":
          return OutputPrefix.KEY_ID;
        case "raw":
          return OutputPrefix.RAW;
        default:
          throw Lang.BadValue.oneOf(List.of("key-id", "raw"));
      }
    }
  }

  static final class IdConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return KeyInfo.parseId(value);
      } catch (IllegalArgumentException e) {
        throw new Lang.BadValue("expected.keyId");
      }
    }
  }

  /** {@code --kek FILE}: the key-encryption key the keyset file is encrypted under. */
  static final class KekOption {
    @Option(names = "--kek", required = true, paramLabel = "FILE", descriptionKey = "kek")
    Path path;
  }

  /** {@code --out FILE}: where a changed keyset goes instead of replacing the input file. */
  static final class ChangedKeysetOption {
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path path;

    /** The file to write: the option's, else {@code keyset} itself. */
    Path orElse(Path keyset) {
      return path != null ? path : keyset;
    }
  }
}
