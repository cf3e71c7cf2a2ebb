package io.anke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Entry point of the {@code anke} command. The language of everything it prints and writes is
 * chosen before the command tree is built (see {@link Lang}): {@code --lang zh|en}, placed before
 * or after the subcommand, then {@code ANKE_LANG}, then the JVM's locale.
 */
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

  // Read before parsing (Lang.choose); declared so that every command accepts and documents it.
  @Option(
      names = Lang.OPTION,
      paramLabel = "zh|en",
      descriptionKey = "lang",
      scope = ScopeType.INHERIT,
      converter = Lang.Converter.class)
  String lang;

  private final Locale locale;

  /** The command in the JVM's language (Chinese for any {@code zh} locale, else English). */
  public Main() {
    this(Lang.of(Locale.getDefault()));
  }

  private Main(Locale locale) {
    this.locale = locale;
  }

  /** The language everything of this run is in: Chinese or English. */
  Locale locale() {
    return locale;
  }

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
    return execute(out, err, System.getenv(), args);
  }

  /** {@link #execute(PrintWriter, PrintWriter, String...)} with the given environment. */
  static int execute(
      PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
    Lang.Choice choice = Lang.choose(args, environment, Locale.getDefault());
    CommandLine cmd = commandLine(choice.locale());
    cmd.setOut(out);
    cmd.setErr(err);
    if (choice.badVariable() != null) {
      return Errors.badVariable(cmd, choice.badVariable());
    }
    return cmd.execute(args);
  }

  /** The command tree in the JVM's language. */
  static CommandLine commandLine() {
    return commandLine(Lang.of(Locale.getDefault()));
  }

  /** The command tree with every bundle in {@code locale}. */
  static CommandLine commandLine(Locale locale) {
    CommandLine cmd = new CommandLine(new Main(locale));
    Lang.apply(cmd, locale);
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
