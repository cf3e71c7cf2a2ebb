package io.anke.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Options that several command groups declare with one meaning, each declared once here and added
 * to a command with picocli's {@code @Mixin}. The help text is the {@code descriptionKey} of the
 * command's own bundle, so each group keeps its words while the name, label and type stay one.
 */
final class Options {
  private Options() {}

  /** {@code --in FILE}: the input, standard input when missing or {@code -}. */
  static final class Input {
    @Option(names = "--in", paramLabel = "FILE", descriptionKey = "in")
    Path path;
  }

  /** {@code --aad HEX}: associated data, authenticated but not encrypted. */
  static final class Aad {
    @Option(names = "--aad", paramLabel = "HEX", descriptionKey = "aad")
    String hex;

    /** The bytes, or null without the option; bad hex is invalid input (exit 3). */
    byte[] bytes(CommandSpec spec) {
      return hex == null ? null : CommandGroup.hex(spec, "--aad", hex);
    }
  }

  /** {@code --sig FILE}: the signature to check (the command's {@code verify.sig} says which). */
  static final class SignatureFile {
    @Option(names = "--sig", required = true, paramLabel = "FILE", descriptionKey = "verify.sig")
    Path path;
  }
}
