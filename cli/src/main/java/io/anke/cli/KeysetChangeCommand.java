package io.anke.cli;

import io.anke.cli.KeysetCommand.IdConverter;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyStatus;
import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A keyset subcommand that changes one key ({@code --id KEY-ID [--out FILE]}): promote, enable,
 * disable, destroy and delete differ only in the change.
 */
abstract class KeysetChangeCommand extends KeysetFileCommand {
  @Option(
      names = "--id",
      required = true,
      paramLabel = "KEY-ID",
      descriptionKey = "id",
      converter = IdConverter.class)
  int id;

  @Mixin KeysetCommand.ChangedKeysetOption outFile;

  /** The change itself, for example {@code KeysetHandle::promote}. */
  interface Op {
    KeysetHandle apply(KeysetHandle handle, int id);
  }

  private final Op op;

  KeysetChangeCommand(Op op) {
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
    save(changed, outFile.orElse(keysetFile));
    out().println(t(spec.name() + ".done", KeyInfo.formatId(id)));
    out().flush();
    return 0;
  }

  /**
   * Why the keyset refused the change, in the user's language, from what the keyset says about the
   * key; the library's (English) words when none of the usual reasons fits.
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
