package io.anke.cli;

import static io.anke.cli.KeysetCommand.requireSecretKeys;
import static io.anke.cli.KeysetCommand.requireType;

import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sign",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetSignCommand extends KeysetFileCommand {
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
