package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

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
  static Sm2PrivateKey readPrivateKey(CommandSpec spec, Path path) {
    byte[] data = CliIo.readNonEmpty(spec, path);
    try {
      return Sm2PrivateKey.fromPemOrDer(data);
    } catch (CryptoFormatException e) {
      throw new InvalidInputException(
          text(
              spec,
              Sm2Command.class,
              "error.badPrivateKey",
              CliIo.describe(spec, path),
              e.getMessage()));
    }
  }

  /**
   * Reads a public key (SubjectPublicKeyInfo PEM/DER or a certificate); a private key file is
   * accepted too and gives its public key, as {@code openssl pkeyutl -inkey} does.
   */
  static Sm2PublicKey readPublicKey(CommandSpec spec, Path path) {
    byte[] data = CliIo.readNonEmpty(spec, path);
    try {
      return Sm2PublicKey.fromPemOrDer(data);
    } catch (CryptoFormatException asPublic) {
      try {
        return Sm2PrivateKey.fromPemOrDer(data).publicKey();
      } catch (CryptoFormatException asPrivate) {
        throw new InvalidInputException(
            text(
                spec,
                Sm2Command.class,
                "error.badPublicKey",
                CliIo.describe(spec, path),
                asPublic.getMessage()));
      }
    }
  }

  /** True when {@code signature} is a well-formed SM2 signature in {@code encoding}. */
  static boolean isSignature(byte[] signature, Sm2SignatureEncoding encoding) {
    try {
      Sm2Signatures.convert(signature, encoding, encoding);
      return true;
    } catch (CryptoFormatException e) {
      return false;
    }
  }

  /** The user ID from {@code --id TEXT} (UTF-8) or {@code --id-hex HEX}; the default otherwise. */
  static byte[] userId(CommandSpec spec, String text, String hex) {
    if (text != null && hex != null) {
      throw new UsageException(text(spec, "error.idTwice"));
    }
    if (hex != null) {
      return CommandGroup.hex(spec, "--id-hex", hex);
    }
    return text != null ? text.getBytes(StandardCharsets.UTF_8) : Sm2.defaultId();
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
      throw Lang.BadValue.oneOf(List.of("der", "raw"));
    }
  }

  /** {@code c1c3c2|c1c2c3|asn1} and the raw layouts without the 04 prefix. */
  static final class FormatConverter implements ITypeConverter<Sm2CiphertextFormat> {
    @Override
    public Sm2CiphertextFormat convert(String value) {
      try {
        return Sm2CiphertextFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw Lang.BadValue.oneOf(
            List.of("c1c3c2", "c1c2c3", "asn1", "c1c3c2-no-prefix", "c1c2c3-no-prefix"));
      }
    }
  }

  /** {@code --id TEXT | --id-hex HEX}: the user ID of {@code sign} and {@code verify}. */
  static final class UserIdOptions {
    @Option(names = "--id", paramLabel = "TEXT", descriptionKey = "id")
    String text;

    @Option(names = "--id-hex", paramLabel = "HEX", descriptionKey = "id-hex")
    String hex;

    /** The ID's bytes, the default ID without either option (see {@link #userId}). */
    byte[] bytes(CommandSpec spec) {
      return userId(spec, text, hex);
    }
  }

  /** {@code --encoding der|raw}: the signature encoding of {@code sign} and {@code verify}. */
  static final class EncodingOption {
    @Option(
        names = "--encoding",
        paramLabel = "der|raw",
        descriptionKey = "encoding",
        converter = EncodingConverter.class)
    Sm2SignatureEncoding value = Sm2SignatureEncoding.DER;
  }

  /** {@code --format LAYOUT}: the ciphertext layout of {@code encrypt} and {@code decrypt}. */
  static final class FormatOption {
    @Option(
        names = "--format",
        paramLabel = "c1c3c2|c1c2c3|asn1",
        descriptionKey = "format",
        converter = FormatConverter.class)
    Sm2CiphertextFormat value = Sm2CiphertextFormat.C1C3C2;
  }
}
