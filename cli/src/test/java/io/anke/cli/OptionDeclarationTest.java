package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Every option is declared once: when two commands take the same option (same names, label,
 * required-ness and help text key of the same bundle), it is one field of a picocli mixin or of a
 * shared superclass, never a copy in each command; {@code --in} and {@code --aad}, taken by
 * commands of several groups, come from {@link Options}.
 */
class OptionDeclarationTest {

  @Test
  void noOptionIsDeclaredTwice() {
    Map<String, Set<String>> declaredIn = new LinkedHashMap<>();
    Set<Class<?>> seen = new HashSet<>();
    collect(Main.commandLine(Locale.ENGLISH), seen, declaredIn);
    assertThat(seen).hasSizeGreaterThan(30);

    List<String> copies = new ArrayList<>();
    declaredIn.forEach(
        (option, classes) -> {
          if (classes.size() > 1) {
            copies.add(option + " in " + classes);
          }
        });
    assertThat(copies).isEmpty();
  }

  @Test
  void optionsOfSeveralGroupsAreTheSharedMixins() {
    // Groups keep their own bundles, so only a shared declaration keeps these alike everywhere.
    Map<String, Set<String>> declaredIn = new LinkedHashMap<>();
    collect(Main.commandLine(Locale.ENGLISH), new HashSet<>(), declaredIn);
    Map<String, String> shared = Map.of("[--in]", "Options$Input", "[--aad]", "Options$Aad");
    shared.forEach(
        (names, mixin) -> {
          List<String> users =
              declaredIn.keySet().stream().filter(k -> k.startsWith(names + " ")).toList();
          assertThat(users).as(names).hasSizeGreaterThan(1);
          for (String k : users) {
            assertThat(declaredIn.get(k)).as(k).containsExactly(mixin);
          }
        });
  }

  private static void collect(
      CommandLine cmd, Set<Class<?>> seen, Map<String, Set<String>> declaredIn) {
    Object user = cmd.getCommandSpec().userObject();
    String bundle = cmd.getCommandSpec().resourceBundleBaseName();
    if (seen.add(user.getClass())) {
      List<Class<?>> holders = new ArrayList<>();
      for (Class<?> c = user.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        holders.add(c);
        for (Field f : c.getDeclaredFields()) {
          if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
            holders.add(f.getType());
          }
        }
      }
      for (Class<?> holder : holders) {
        for (Field f : holder.getDeclaredFields()) {
          Option o = f.getAnnotation(Option.class);
          if (o == null || o.usageHelp() || o.versionHelp()) {
            continue;
          }
          String signature =
              Arrays.toString(o.names())
                  + " "
                  + o.paramLabel()
                  + (o.required() ? " required" : "")
                  + " "
                  + bundle
                  + "#"
                  + o.descriptionKey();
          declaredIn.computeIfAbsent(signature, k -> new TreeSet<>()).add(name(holder));
        }
      }
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      collect(sub, seen, declaredIn);
    }
  }

  private static String name(Class<?> c) {
    return c.getName().substring(c.getPackageName().length() + 1);
  }
}
