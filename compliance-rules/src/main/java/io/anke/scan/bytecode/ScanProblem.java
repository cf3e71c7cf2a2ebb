package io.anke.scan.bytecode;

import io.anke.core.rule.Text;
import java.util.Objects;

/**
 * A part of the scanned code that could not be analysed (an unreadable class file, a method too
 * large for the analysis). The scan goes on; reports show these so that a gap is never silent.
 *
 * @param path display path of the class entry
 * @param message what went wrong, in Chinese and English
 */
public record ScanProblem(String path, Text message) {
  /** Validates. */
  public ScanProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message.en();
  }
}
