package io.anke.cli;

import static io.anke.cli.CommandGroup.text;
import static io.anke.cli.KeysetCommand.loadKek;
import static io.anke.cli.KeysetCommand.writeKeyset;

import io.anke.cli.KeysetCommand.PrefixConverter;
import io.anke.cli.KeysetCommand.TypeConverter;
import io.anke.crypto.Aead;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke keyset create --keyset FILE --kek FILE [--type T] [--output-prefix P] [--force]}: a
 * new keyset with one primary key, written encrypted under the KEK.
 */
@Command(
    name = "create",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--keyset",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "create.keyset")
  Path keysetFile;

  @Mixin KeysetCommand.KekOption kekFile;

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
    Aead kek = loadKek(spec, kekFile.path);
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
