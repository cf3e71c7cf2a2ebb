package io.anke.cli;

import io.anke.core.FailOn;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code anke profiles}: the bundled profiles with what they extend, their gate and rule count. */
@Command(
    name = "profiles",
    resourceBundle = "io.anke.cli.RulesMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class ProfilesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = Lang.of(spec);
    ProfileRegistry profiles = ProfileRegistry.bundled();
    RuleRegistry rules = RuleRegistry.discover();
    List<Profile> all = profiles.all();
    int width = "ID".length();
    int extendsWidth = label("profiles.col.extends").length();
    for (Profile p : all) {
      width = Math.max(width, p.id().length() + 1);
      extendsWidth = Math.max(extendsWidth, parents(p).length());
    }
    StringBuilder s = new StringBuilder();
    s.append(pad(label("profiles.col.id"), width))
        .append("  ")
        .append(pad(label("profiles.col.extends"), extendsWidth))
        .append("  ")
        .append(pad(label("profiles.col.failOn"), 8))
        .append("  ")
        .append(pad(label("profiles.col.rules"), 5))
        .append("  ")
        .append(label("profiles.col.title"))
        .append('\n');
    for (Profile p : all) {
      String id = p.id() + (p.id().equals(ProfileRegistry.DEFAULT_ID) ? "*" : "");
      s.append(pad(id, width))
          .append("  ")
          .append(pad(parents(p), extendsWidth))
          .append("  ")
          .append(pad(p.failOn().orElse(FailOn.DEFAULT).id(), 8))
          .append("  ")
          .append(pad(String.valueOf(p.select(rules.rules()).size()), 5))
          .append("  ")
          .append(p.title().in(locale))
          .append('\n');
    }
    s.append(label("profiles.default", ProfileRegistry.DEFAULT_ID)).append('\n');
    PrintWriter out = spec.commandLine().getOut();
    out.print(s);
    out.flush();
    return 0;
  }

  private static String parents(Profile p) {
    return p.parents().isEmpty()
        ? "-"
        : String.join(", ", p.parents().stream().map(Profile::id).toList());
  }

  private String label(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
