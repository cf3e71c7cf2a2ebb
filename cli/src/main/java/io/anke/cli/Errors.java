package io.anke.cli;

import io.anke.core.ConfigurationException;
import io.anke.core.ExitCode;
import io.anke.core.InputException;
import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Maps failures to the exit-code contract and prints them as one line, never as a stack trace, in
 * the chosen language: picocli's own parse errors are English, so the common ones are put into
 * words here from the exception's facts (which option, which value).
 */
final class Errors {
  private Errors() {}

  /** Failures of the input rather than of Anke: malformed keys, tampered ciphertexts, I/O. */
  static boolean isInvalidInput(Throwable t) {
    return t instanceof InvalidInputException
        || t instanceof InputException
        || t instanceof CryptoFormatException
        || t instanceof DecryptionFailedException
        || t instanceof java.io.IOException
        || t instanceof java.io.UncheckedIOException;
  }

  static int exitCodeOf(Throwable t) {
    if (isInvalidInput(t)) {
      return ExitCode.INVALID_INPUT.code();
    }
    if (t instanceof ParameterException
        || t instanceof UsageException
        || t instanceof ConfigurationException) {
      return ExitCode.USAGE.code();
    }
    return ExitCode.INTERNAL_ERROR.code();
  }

  static int handle(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    CommandSpec spec = cmd.getCommandSpec();
    if (isInvalidInput(ex)
        || ex instanceof UsageException
        || ex instanceof ConfigurationException) {
      err.println("anke: " + message(ex, spec));
    } else {
      // A bug: say so plainly; the type helps a bug report, the stack trace would only scare.
      err.println(
          "anke: "
              + Lang.root(spec, "error.internal")
              + " ("
              + ex.getClass().getName()
              + (ex.getMessage() == null ? "" : ": " + message(ex, spec))
              + ")");
    }
    err.flush();
    return exitCodeOf(ex);
  }

  /**
   * The failure's message in the chosen language when it has both ({@link Bilingual}, as Anke's own
   * exceptions do), else its message as it is.
   */
  static String message(Throwable ex, CommandSpec spec) {
    return ex instanceof Bilingual b ? b.messageIn(Lang.of(spec)) : ex.getMessage();
  }

  static int handleUsage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    CommandSpec spec = cmd.getCommandSpec();
    PrintWriter err = cmd.getErr();
    err.println("anke: " + describe(ex, spec));
    String suggestions = suggestions(ex, spec);
    if (suggestions != null) {
      err.println(suggestions);
    } else {
      err.println(cmd.getHelp().synopsis(0).stripTrailing());
    }
    err.println(Lang.root(spec, "error.seeHelp", spec.qualifiedName()));
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** A bad {@code ANKE_LANG}: a usage error before anything runs. */
  static int badVariable(CommandLine cmd, String value) {
    CommandSpec spec = cmd.getCommandSpec();
    PrintWriter err = cmd.getErr();
    err.println(
        "anke: "
            + Lang.root(
                spec,
                "error.badValue",
                Lang.VARIABLE,
                value,
                Lang.root(spec, "expected.oneOf", Lang.ACCEPTED)));
    err.println(Lang.root(spec, "error.seeHelp", spec.qualifiedName()));
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static final Pattern UNKNOWN_BEFORE_VALUE = Pattern.compile("^Unknown option: '([^']*)'");

  /** The parse error in the chosen language; picocli's words where no case below fits. */
  static String describe(ParameterException ex, CommandSpec spec) {
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec first = m.getMissing().get(0);
      // "Missing required parameter for option '--out' (FILE)" or "Expected parameter for option
      // '--out' but found '--in'": the option is there, its value is not.
      if (first.isOption() && ex.getMessage().contains("for option '")) {
        return Lang.root(spec, "error.needsValue", name(first), first.paramLabel());
      }
      List<String> missing = new ArrayList<>();
      boolean options = true;
      for (ArgSpec a : m.getMissing()) {
        missing.add(a.isOption() ? name(a) + "=" + a.paramLabel() : a.paramLabel());
        options &= a.isOption();
      }
      return Lang.root(
          spec,
          options ? "error.missingOption" : "error.missingParameter",
          String.join(", ", missing));
    }
    if (ex instanceof UnmatchedArgumentException u) {
      Matcher before = UNKNOWN_BEFORE_VALUE.matcher(ex.getMessage());
      if (u.getUnmatched().isEmpty() && before.find()) {
        return Lang.root(spec, "error.unknownOption", before.group(1));
      }
      if (!u.getUnmatched().isEmpty()) {
        if (u.isUnknownOption()) {
          return Lang.root(spec, "error.unknownOption", u.getUnmatched().get(0));
        }
        // A word where a command group expects its command: a mistyped command name.
        if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
          return Lang.root(spec, "error.unknownCommand", u.getUnmatched().get(0));
        }
        return Lang.root(spec, "error.unexpected", quoted(u.getUnmatched()));
      }
    }
    if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return Lang.root(spec, "error.givenTwice", name(o.getOverwritten()));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null && ex.getCause() != null) {
      return Lang.root(spec, "error.badValue", name(arg), ex.getValue(), expected(ex, arg, spec));
    }
    return ex.getMessage();
  }

  /** What the option takes, from the converter's {@link Lang.BadValue} or from its type. */
  private static String expected(ParameterException ex, ArgSpec arg, CommandSpec spec) {
    if (ex.getCause() instanceof Lang.BadValue bad) {
      return bad.expected(spec);
    }
    Class<?> type = arg.type();
    if (type.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        values.add(c.toString());
      }
      return Lang.root(spec, "expected.oneOf", String.join(", ", values));
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return Lang.root(spec, "expected.integer");
    }
    if (ex.getCause() instanceof TypeConversionException t && t.getMessage() != null) {
      return t.getMessage();
    }
    return Lang.root(spec, "expected.other", arg.paramLabel());
  }

  /** picocli's "did you mean" line in the chosen language, or null when it has nothing to offer. */
  private static String suggestions(ParameterException ex, CommandSpec spec) {
    if (!(ex instanceof UnmatchedArgumentException u)) {
      return null;
    }
    List<String> suggestions = u.getSuggestions();
    if (suggestions.isEmpty()) {
      return null;
    }
    if (u.isUnknownOption()) {
      return Lang.root(spec, "error.suggestOptions", String.join(", ", suggestions));
    }
    List<String> commands = new ArrayList<>();
    for (String s : suggestions) {
      commands.add(spec.qualifiedName() + " " + s);
    }
    return Lang.root(spec, "error.suggestCommands", String.join(", ", commands));
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  private static String quoted(List<String> values) {
    List<String> q = new ArrayList<>();
    for (String v : values) {
      q.add("'" + v + "'");
    }
    return String.join(" ", q);
  }
}
