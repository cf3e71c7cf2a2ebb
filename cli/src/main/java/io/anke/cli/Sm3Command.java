package io.anke.cli;

import io.anke.crypto.Hex;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code anke sm3 [--hmac-key HEX] [FILE|-]}: SM3 digest or HMAC-SM3 tag as lowercase hex. */
@Command(
    name = "sm3",
    resourceBundle = "io.anke.cli.Sm3Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm3Command implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--hmac-key", paramLabel = "HEX", descriptionKey = "hmac-key")
  String hmacKeyHex;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", descriptionKey = "file")
  Path file;

  @Override
  public Integer call() {
    // Check the key before touching the input, so that a typo costs nothing.
    HmacSm3 hmac = hmacKeyHex == null ? null : HmacSm3.withInteropKey(key());
    byte[] result;
    try (InputStream in = CliIo.open(spec, file)) {
      result = hmac == null ? Sm3.digest(in) : hmac.mac(in);
    } catch (IOException e) {
      throw CliIo.unreadable(spec, file, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    // "\n" rather than println: the output is the same bytes on every platform.
    out.print(Hex.encode(result) + "\n");
    out.flush();
    return 0;
  }

  private String text(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }

  private byte[] key() {
    byte[] key = CommandGroup.hex(spec, "--hmac-key", hmacKeyHex);
    if (key.length == 0) {
      throw new InvalidInputException(text("error.emptyKey"));
    }
    return key;
  }
}
