package io.anke.cli;

import static io.anke.cli.KeysetCommand.requireSecretKeys;
import static io.anke.cli.KeysetCommand.requireType;

import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code anke keyset sign [--in FILE] [--out FILE]}: signs with the primary key of an sm2 keyset.
 */
@Command(
    name = "sign",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetSignCommand extends KeysetFileCommand {
  @Mixin Options.Input in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "sign.out")
  Path out;

  @Override
  public Integer call() {
    KeysetHandle h = open();
    requireType(spec, h, KeyType.SM2);
    requireSecretKeys(spec, h);
    CliIo.write(spec, out, h.signer().sign(CliIo.readAll(spec, in.path)));
    return 0;
  }
}
