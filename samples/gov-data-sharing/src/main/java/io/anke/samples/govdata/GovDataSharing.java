package io.anke.samples.govdata;

import io.anke.core.ConfigurationException;
import io.anke.core.ExitCode;
import io.anke.core.policy.AccessPolicy;
import io.anke.core.rule.Text;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The gov-data-sharing sample: a provincial e-government cloud where the public-security,
 * civil-affairs, human-resources and market-regulation departments share population and
 * legal-entity records. Run it with {@code samples/gov-data-sharing/run} from the repository.
 *
 * <pre>
 * run [--out DIR] [--policy FILE]
 *   --out DIR       DIR receives the audit log, the guard's report and the published dataset
 *                   (default: a new temporary directory)
 *   --policy FILE   sharing agreements of your own instead of the story's: the story then names
 *                   each read whose outcome differs from its design
 * </pre>
 *
 * <p>Exit code 0 when every step came out as designed; 4 when one did not (each is named), or the
 * run failed; 2 for a wrong argument or sharing agreements that cannot be read (named by file and
 * line).
 */
public final class GovDataSharing {
  private GovDataSharing() {}

  /** Runs the story on the console and exits with its code. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform encoding, as the anke command writes.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Hibernate Validator logs its version through JBoss Logging; send that to SLF4J (silent here)
    // rather than to java.util.logging on the console, unless the caller chose otherwise.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    System.exit(run(args, out, err));
  }

  /**
   * Runs the story.
   *
   * @return the exit code: 0 as designed, 2 for a wrong argument or unreadable agreements, 4 when a
   *     step deviated or failed
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path workDir = null;
    Path policyFile = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        print(out, Narrator.text("usage"));
        return ExitCode.OK.code();
      } else if (a.equals("--out") && i + 1 < args.length) {
        workDir = Path.of(args[++i]);
      } else if (a.equals("--policy") && i + 1 < args.length) {
        policyFile = Path.of(args[++i]);
      } else {
        print(err, Narrator.text("usage.wrong", a));
        print(err, Narrator.text("usage"));
        return ExitCode.USAGE.code();
      }
    }
    if (workDir != null && Files.exists(workDir) && !Files.isDirectory(workDir)) {
      print(err, Narrator.text("usage.notDirectory", workDir));
      return ExitCode.USAGE.code();
    }
    AccessPolicy policy;
    try {
      policy = Story.loadPolicy(policyFile);
    } catch (ConfigurationException | IOException e) {
      print(err, Narrator.text("usage.policy", e.getMessage()));
      return ExitCode.USAGE.code();
    }
    Narrator narrator = new Narrator(out);
    try {
      workDir =
          workDir == null
              ? Files.createTempDirectory("anke-gov-data-sharing-")
              : Files.createDirectories(workDir);
      if (!isEmpty(workDir)) {
        print(err, Narrator.text("usage.notEmpty", workDir));
        return ExitCode.USAGE.code();
      }
      String source = policyFile == null ? Story.POLICY : policyFile.toString();
      new Story(workDir.toAbsolutePath(), policy, source, narrator).tell();
    } catch (Exception | LinkageError e) {
      print(
          err,
          Narrator.text(
              "failed.exception", e.getClass().getName(), String.valueOf(e.getMessage())));
      return ExitCode.INTERNAL_ERROR.code();
    }
    List<Text> deviations = narrator.deviations();
    if (!deviations.isEmpty()) {
      narrator.step("failed", deviations.size(), ExitCode.INTERNAL_ERROR.code());
      for (Text d : deviations) {
        narrator.say("failed.item", d);
      }
      return ExitCode.INTERNAL_ERROR.code();
    }
    narrator.step("done", workDir.toAbsolutePath());
    return ExitCode.OK.code();
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void print(PrintStream stream, Text t) {
    stream.println(t.zh());
    stream.println(t.en());
  }
}
