package io.anke.cli;

import static io.anke.cli.CommandGroup.text;
import static io.anke.cli.KeysetCommand.loadKek;
import static io.anke.cli.KeysetCommand.readKeyset;
import static io.anke.cli.KeysetCommand.writeKeyset;

import io.anke.crypto.Aead;
import io.anke.crypto.keyset.KeysetHandle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A keyset subcommand that opens an existing keyset ({@code --keyset FILE --kek FILE}) and may save
 * it again under the same KEK.
 */
abstract class KeysetFileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--keyset", required = true, paramLabel = "FILE", descriptionKey = "keyset")
  Path keysetFile;

  @Mixin KeysetCommand.KekOption kekFile;

  Aead kek() {
    return loadKek(spec, kekFile.path);
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
