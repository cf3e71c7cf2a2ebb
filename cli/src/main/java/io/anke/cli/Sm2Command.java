package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code anke sm2 keygen|sign|verify|encrypt|decrypt}: SM2 on PEM keys exactly as OpenSSL 3 writes
 * them. Holds the helpers the subcommands share: key loading with one-line errors, the user ID
 * options, private-key output with mode 600 and the option converters.
 */
@Command(
    name = "sm2",
    resourceBundle = "io.anke.cli.Sm2Messages",
    mixinStandardHelpOptions = true,
    subcommands = {
      Sm2KeygenCommand.class,
      Sm2SignCommand.class,
      Sm2VerifyCommand.class,
      Sm2EncryptCommand.class,
      Sm2DecryptCommand.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm2Command extends CommandGroup {

  /** Reads a PKCS#8 or SEC1 private key (PEM or DER); a bad file is one line and exit 3. */
  static Sm2PrivateKey readPrivateKey(Path path) {
    byte[] data = CliIo.readAll(path);
    try {
      return Sm2PrivateKey.fromPemOrDer(data);
    } catch (CryptoFormatException e) {
      throw new InvalidInputException(
          text(Sm2Command.class, "error.badPrivateKey", CliIo.describe(path), e.getMessage()));
    }
  }

  /**
   * Reads a public key (SubjectPublicKeyInfo PEM/DER or a certificate); a private key file is
   * accepted too and gives its public key, as {@code openssl pkeyutl -inkey} does.
   */
  static Sm2PublicKey readPublicKey(Path path) {
    byte[] data = CliIo.readAll(path);
    try {
      return Sm2PublicKey.fromPemOrDer(data);
    } catch (CryptoFormatException asPublic) {
      try {
        return Sm2PrivateKey.fromPemOrDer(data).publicKey();
      } catch (CryptoFormatException asPrivate) {
        throw new InvalidInputException(
            text(
                Sm2Command.class,
                "error.badPublicKey",
                CliIo.describe(path),
                asPublic.getMessage()));
      }
    }
  }

  /** The user ID from {@code --id TEXT} (UTF-8) or {@code --id-hex HEX}; the default otherwise. */
  static byte[] userId(CommandSpec spec, String text, String hex) {
    if (text != null && hex != null) {
      throw new UsageException(text(spec, "error.idTwice"));
    }
    if (hex != null) {
      try {
        return Hex.decode(hex);
      } catch (CryptoFormatException e) {
        throw new InvalidInputException(text(spec, "error.badHex", "--id-hex", e.getMessage()));
      }
    }
    return text != null ? text.getBytes(StandardCharsets.UTF_8) : Sm2.defaultId();
  }

  /**
   * Writes a private key: under a temporary name created with mode 600 (owner only), then moved
   * into place, so that the key is never readable by others, not even for a moment.
   */
  static void writePrivate(CommandSpec spec, Path path, byte[] data) {
    if (CliIo.isStdio(path)) {
      CliIo.write(path, data);
      return;
    }
    try {
      CliIo.replace(path, data);
    } catch (IOException e) {
      throw new InvalidInputException(text(spec, "error.cannotWrite", path, reason(spec, e)), e);
    }
  }

  private static String reason(CommandSpec spec, IOException e) {
    if (e instanceof NoSuchFileException) {
      return text(spec, "error.noSuchDirectory");
    }
    if (e instanceof AccessDeniedException) {
      return text(spec, "error.permissionDenied");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@code der|raw}, case-insensitive. */
  static final class EncodingConverter implements ITypeConverter<Sm2SignatureEncoding> {
    @Override
    public Sm2SignatureEncoding convert(String value) {
      for (Sm2SignatureEncoding e : Sm2SignatureEncoding.values()) {
        if (e.name().equalsIgnoreCase(value.trim())) {
          return e;
        }
      }
      throw new TypeConversionException("expected der or raw, got '" + value + "'");
    }
  }

  /** {@code c1c3c2|c1c2c3|asn1} and the raw layouts without the 04 prefix. */
  static final class FormatConverter implements ITypeConverter<Sm2CiphertextFormat> {
    @Override
    public Sm2CiphertextFormat convert(String value) {
      try {
        return Sm2CiphertextFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "expected c1c3c2, c1c2c3, asn1, c1c3c2-no-prefix or c1c2c3-no-prefix, got '"
                + value.toLowerCase(Locale.ROOT)
                + "'");
      }
    }
  }
}
