package io.anke.cli;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anke sm2 keygen --out KEY.pem [--pubout PUB.pem]}. */
@Command(
    name = "keygen",
    resourceBundle = "io.anke.cli.Sm2Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm2KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "KEY.pem", descriptionKey = "keygen.out")
  Path out;

  @Option(names = "--pubout", paramLabel = "PUB.pem", descriptionKey = "keygen.pubout")
  Path pubout;

  @Override
  public Integer call() {
    if (pubout != null
        && !CliIo.isStdio(out)
        && !CliIo.isStdio(pubout)
        && out.toAbsolutePath().normalize().equals(pubout.toAbsolutePath().normalize())) {
      throw new UsageException(Sm2Command.text(spec, "error.sameOutput"));
    }
    Sm2KeyPair pair = Sm2KeyPair.generate();
    CliIo.write(
        spec,
        out,
        pair.privateKey()
            .exportPkcs8Pem(InsecureSecretAccess.get())
            .getBytes(StandardCharsets.US_ASCII));
    if (pubout != null) {
      CliIo.write(spec, pubout, pair.publicKey().toSpkiPem().getBytes(StandardCharsets.US_ASCII));
      readableByAll(pubout);
    }
    return 0;
  }

  // The temporary file behind CliIo.write is owner-only; a public key is meant to be shared.
  private void readableByAll(Path path) {
    if (CliIo.isStdio(path)
        || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (IOException e) {
      throw CliIo.unwritable(spec, path, e);
    }
  }
}
