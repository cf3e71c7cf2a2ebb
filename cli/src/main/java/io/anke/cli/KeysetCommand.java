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
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      KeysetCommand.Create.class,
      KeysetCommand.ListKeys.class,
      KeysetCommand.Rotate.class,
      KeysetCommand.Promote.class,
      KeysetCommand.Enable.class,
      KeysetCommand.Disable.class,
      KeysetCommand.Destroy.class,
      KeysetCommand.Delete.class,
      KeysetCommand.Encrypt.class,
      KeysetCommand.Decrypt.class,
      KeysetCommand.Sign.class,
      KeysetCommand.Verify.class,
      KeysetCommand.Public.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetCommand extends CommandGroup {

  /** Options shared by every subcommand that opens an existing keyset. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--keyset", required = true, paramLabel = "FILE", descriptionKey = "keyset")
    Path keysetFile;

    @Option(names = "--kek", required = true, paramLabel = "FILE", descriptionKey = "kek")
    Path kekFile;

    Aead kek() {
      return loadKek(spec, kekFile);
    }

    KeysetHandle open() {
      return readKeyset(spec, keysetFile, kek());
    }

    void save(KeysetHandle handle, Path target) {
      writeKeyset(spec, handle, target, kek());
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    String t(String key, Object... args) {
      return text(spec, key, args);
    }
  }

  /** Options of the subcommands that change one key. */
  abstract static class Change extends Base {
    @Option(
        names = "--id",
        required = true,
        paramLabel = "KEY-ID",
        descriptionKey = "id",
        converter = IdConverter.class)
    int id;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path outFile;

    /** The change itself, for example {@code KeysetHandle::promote}. */
    interface Op {
      KeysetHandle apply(KeysetHandle handle, int id);
    }

    private final Op op;

    Change(Op op) {
      this.op = op;
    }

    @Override
    public Integer call() {
      KeysetHandle handle = open();
      KeysetHandle changed;
      try {
        changed = op.apply(handle, id);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new UsageException(refusal(handle, e));
      }
      save(changed, outFile != null ? outFile : keysetFile);
      out().println(t(spec.name() + ".done", KeyInfo.formatId(id)));
      out().flush();
      return 0;
    }

    /**
     * Why the keyset refused the change, in the user's language, from what the keyset says about
     * the key; the library's (English) words when none of the usual reasons fits.
     */
    private String refusal(KeysetHandle handle, RuntimeException e) {
      String keyId = KeyInfo.formatId(id);
      KeyInfo key = null;
      for (KeyInfo k : handle.keys()) {
        if (k.id() == id) {
          key = k;
        }
      }
      String command = spec.name();
      if (key == null) {
        return t("error.noKey", keyId);
      }
      if (key.primary() && !command.equals("promote") && !command.equals("enable")) {
        return t("error.primary", command, keyId);
      }
      if (key.status() == KeyStatus.DESTROYED) {
        return t("error.destroyed", command, keyId);
      }
      if (command.equals("promote") && key.status() != KeyStatus.ENABLED) {
        return t("error.promoteDisabled", keyId);
      }
      return e.getMessage();
    }
  }

  @Command(
      name = "create",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--keyset",
        required = true,
        paramLabel = "FILE",
        descriptionKey = "create.keyset")
    Path keysetFile;

    @Option(names = "--kek", required = true, paramLabel = "FILE", descriptionKey = "kek")
    Path kekFile;

    @Option(
        names = "--type",
        paramLabel = "sm4-gcm|sm2|hmac-sm3",
        descriptionKey = "create.type",
        converter = TypeConverter.class)
    KeyType type = KeyType.SM4_GCM;

    @Option(
        names = "--output-prefix",
        paramLabel = "key-id|raw",
        descriptionKey = "create.prefix",
        converter = PrefixConverter.class)
    OutputPrefix prefix = OutputPrefix.KEY_ID;

    @Option(names = "--force", descriptionKey = "create.force")
    boolean force;

    @Override
    public Integer call() {
      if (!force && Files.exists(keysetFile)) {
        throw new UsageException(text(spec, "error.exists", keysetFile));
      }
      Aead kek = loadKek(spec, kekFile);
      KeysetHandle handle = KeysetHandle.generateNew(type, prefix);
      writeKeyset(spec, handle, keysetFile, kek);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          text(
              spec,
              "create.done",
              type.cliName(),
              KeyInfo.formatId(handle.primaryKeyId()),
              keysetFile));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "list",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class ListKeys extends Base {
    @Override
    public Integer call() {
      KeysetHandle h = open();
      PrintWriter out = out();
      out.println(
          t(
              "list.summary",
              h.type().cliName(),
              h.keys().size(),
              KeyInfo.formatId(h.primaryKeyId())));
      out.println(
          row(
              t("list.col.id"),
              t("list.col.status"),
              t("list.col.primary"),
              t("list.col.output"),
              t("list.col.created")));
      DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);
      for (KeyInfo k : h.keys()) {
        out.println(
            row(
                k.idHex(),
                t("status." + k.status().name().toLowerCase(Locale.ROOT)),
                k.primary() ? "*" : "",
                k.outputPrefix() == OutputPrefix.KEY_ID ? "key-id" : "raw",
                iso.format(k.created())));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "rotate",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Rotate extends Base {
    @Option(names = "--add-only", descriptionKey = "rotate.addOnly")
    boolean addOnly;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path outFile;

    @Override
    public Integer call() {
      KeysetHandle h = open();
      requireSecretKeys(spec, h);
      KeysetHandle added = h.addKey();
      int newId = added.newestKeyId();
      KeysetHandle result = addOnly ? added : added.promote(newId);
      save(result, outFile != null ? outFile : keysetFile);
      out()
          .println(
              t(
                  addOnly ? "rotate.added" : "rotate.done",
                  KeyInfo.formatId(newId),
                  KeyInfo.formatId(h.primaryKeyId())));
      out().flush();
      return 0;
    }
  }

  @Command(
      name = "promote",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Promote extends Change {
    Promote() {
      super(KeysetHandle::promote);
    }
  }

  @Command(
      name = "enable",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Enable extends Change {
    Enable() {
      super(KeysetHandle::enable);
    }
  }

  @Command(
      name = "disable",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Disable extends Change {
    Disable() {
      super(KeysetHandle::disable);
    }
  }

  @Command(
      name = "destroy",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Destroy extends Change {
    Destroy() {
      super(KeysetHandle::destroy);
    }
  }

  @Command(
      name = "delete",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Delete extends Change {
    Delete() {
      super(KeysetHandle::delete);
    }
  }

  /** Options of the data commands. */
  abstract static class Data extends Base {
    @Option(names = "--in", paramLabel = "FILE", descriptionKey = "in")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "data.out")
    Path out;

    @Option(names = "--aad", paramLabel = "HEX", descriptionKey = "aad")
    String aadHex;

    byte[] aad() {
      if (aadHex == null) {
        return null;
      }
      return CommandGroup.hex(spec, "--aad", aadHex);
    }

    Aead aead(KeysetHandle h) {
      requireType(spec, h, KeyType.SM4_GCM);
      return h.aead();
    }
  }

  @Command(
      name = "encrypt",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Encrypt extends Data {
    @Override
    public Integer call() {
      Aead aead = aead(open());
      byte[] aad = aad();
      CliIo.write(spec, out, aead.encrypt(CliIo.readAll(spec, in), aad));
      return 0;
    }
  }

  @Command(
      name = "decrypt",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Decrypt extends Data {
    @Override
    public Integer call() throws DecryptionFailedException {
      Aead aead = aead(open());
      byte[] aad = aad();
      byte[] plaintext;
      try {
        plaintext = aead.decrypt(CliIo.readAll(spec, in), aad);
      } catch (KeyUnavailableException e) {
        throw unavailable(spec, e);
      }
      CliIo.write(spec, out, plaintext);
      return 0;
    }
  }

  @Command(
      name = "sign",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Sign extends Base {
    @Option(names = "--in", paramLabel = "FILE", descriptionKey = "in")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "sign.out")
    Path out;

    @Override
    public Integer call() {
      KeysetHandle h = open();
      requireType(spec, h, KeyType.SM2);
      requireSecretKeys(spec, h);
      CliIo.write(spec, out, h.signer().sign(CliIo.readAll(spec, in)));
      return 0;
    }
  }

  @Command(
      name = "verify",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--keyset",
        required = true,
        paramLabel = "FILE",
        descriptionKey = "verify.keyset")
    Path keysetFile;

    @Option(names = "--kek", paramLabel = "FILE", descriptionKey = "verify.kek")
    Path kekFile;

    @Option(names = "--sig", required = true, paramLabel = "FILE", descriptionKey = "verify.sig")
    Path sig;

    @Option(names = "--in", paramLabel = "FILE", descriptionKey = "in")
    Path in;

    @Override
    public Integer call() {
      KeysetHandle h;
      if (kekFile != null) {
        h = readKeyset(spec, keysetFile, loadKek(spec, kekFile));
      } else {
        byte[] data = CliIo.readNonEmpty(spec, keysetFile);
        try {
          h = KeysetHandle.readPublic(new ByteArrayInputStream(data));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (CryptoFormatException e) {
          throw new InvalidInputException(
              text(spec, "error.badKeyset", CliIo.describe(spec, keysetFile), e.getMessage()));
        }
      }
      requireType(spec, h, KeyType.SM2);
      if (CliIo.isStdio(sig) && CliIo.isStdio(in)) {
        throw new UsageException(text(spec, "error.bothStdin"));
      }
      byte[] signature = CliIo.readNonEmpty(spec, sig);
      if (!isKeysetSignature(signature)) {
        throw new InvalidInputException(
            text(spec, "error.notSignature", CliIo.describe(spec, sig), signature.length));
      }
      boolean valid;
      try {
        valid = h.verifier().verify(CliIo.readAll(spec, in), signature);
      } catch (KeyUnavailableException e) {
        throw unavailable(spec, e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(text(spec, valid ? "verify.ok" : "verify.invalid"));
      out.flush();
      return valid ? 0 : 1;
    }
  }

  @Command(
      name = "public",
      resourceBundle = "io.anke.cli.KeysetMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Public extends Base {
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "public.out")
    Path out;

    @Override
    public Integer call() {
      KeysetHandle h = open();
      requireType(spec, h, KeyType.SM2);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        h.publicKeysetHandle().writePublic(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CliIo.write(spec, out, bytes.toByteArray());
      return 0;
    }
  }

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
}
