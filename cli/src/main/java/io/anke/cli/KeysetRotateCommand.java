package io.anke.cli;

import static io.anke.cli.KeysetCommand.requireSecretKeys;

import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code anke keyset rotate --keyset FILE --kek FILE [--add-only] [--out FILE]}: adds a key and,
 * unless {@code --add-only}, makes it the primary.
 */
@Command(
    name = "rotate",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetRotateCommand extends KeysetFileCommand {
  @Option(names = "--add-only", descriptionKey = "rotate.addOnly")
  boolean addOnly;

  @Mixin KeysetCommand.ChangedKeysetOption outFile;

  @Override
  public Integer call() {
    KeysetHandle h = open();
    requireSecretKeys(spec, h);
    KeysetHandle added = h.addKey();
    int newId = added.newestKeyId();
    KeysetHandle result = addOnly ? added : added.promote(newId);
    save(result, outFile.orElse(keysetFile));
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
