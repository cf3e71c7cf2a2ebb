package io.anke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of the {@code anke} command. */
@Command(
    name = "anke",
    resourceBundle = "io.anke.cli.Messages",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {
      Sm3Command.class,
      Sm4Command.class,
      Sm2Command.class,
      RulesCommand.class,
      ProfilesCommand.class,
      HostCommand.class,
      KeysetCommand.class,
      CertCommand.class,
      PasswordCommand.class,
      ScanCommand.class,
      SignCommand.class,
      AuditCommand.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  /** Runs the command and exits the JVM with the contract's exit code. */
  public static void main(String[] args) {
    // UTF-8 always: reports and messages contain Chinese, and a POSIX locale would turn it into
    // '?'.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the command with the given streams and returns the exit code instead of exiting, so that
   * tests and embedding tools can call it in-process.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine();
    cmd.setOut(out);
    cmd.setErr(err);
    return cmd.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setExitCodeExceptionMapper(Errors::exitCodeOf);
    cmd.setExecutionExceptionHandler(Errors::handle);
    cmd.setParameterExceptionHandler(Errors::handleUsage);
    return cmd;
  }

  @Override
  public void run() {
    // "anke" alone is a usage error: show the short usage so that the user sees the commands.
    throw new CommandLine.ParameterException(
        spec.commandLine(), spec.resourceBundle().getString("error.noCommand"));
  }

  /** Reads the version that Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "anke " + p.getProperty("version", "unknown"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
