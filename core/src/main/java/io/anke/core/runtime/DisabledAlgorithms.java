package io.anke.core.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disabled-algorithms security property ({@code jdk.tls.disabledAlgorithms}, {@code
 * jdk.certpath.disabledAlgorithms}) read with the grammar the JDK documents in {@code
 * java.security}: a comma-separated list of {@code AlgorithmName [Constraint] {& Constraint}} or
 * {@code include <property>}, where a constraint is {@code keySize <op> <bits>}, {@code jdkCA},
 * {@code denyAfter YYYY-MM-DD} or {@code usage TLSServer|TLSClient|SignedJAR ...}. This is the one
 * reader of that grammar: the probe uses it to find the included properties, the rules to judge.
 *
 * @param entries every entry in order, those of included properties in place of their {@code
 *     include}
 * @param unresolved the included properties that are not set (or that include themselves)
 */
public record DisabledAlgorithms(List<Entry> entries, List<String> unresolved) {
  private static final Pattern KEY_SIZE = Pattern.compile("keySize\\s*(<=|<|==|!=|>=|>)\\s*(\\d+)");

  public DisabledAlgorithms {
    entries = List.copyOf(entries);
    unresolved = List.copyOf(unresolved);
  }

  /**
   * One disabled algorithm.
   *
   * @param algorithm the name as written ({@code SHA1}, {@code TLSv1.1}, {@code 3DES_EDE_CBC})
   * @param constraints its constraints as written, whitespace collapsed ({@code keySize < 1024},
   *     {@code jdkCA}, {@code usage TLSServer}); empty when the algorithm is disabled outright
   * @param includedFrom the property it was included from, or null when written directly
   */
  public record Entry(String algorithm, List<String> constraints, String includedFrom) {
    public Entry {
      Objects.requireNonNull(algorithm, "algorithm");
      constraints = List.copyOf(constraints);
    }

    /** True when the algorithm is disabled in every use, at every key size. */
    public boolean unconstrained() {
      return constraints.isEmpty();
    }

    /**
     * The smallest key size still allowed when the entry's only constraint is {@code keySize < N}
     * (N) or {@code keySize <= N} (N + 1); 0 for any other entry.
     */
    public int keySizeFloor() {
      if (constraints.size() != 1) {
        return 0;
      }
      Matcher m = KEY_SIZE.matcher(constraints.get(0));
      if (!m.matches()) {
        return 0;
      }
      // a bound beyond any key size (the value is read from configuration) disables every key
      long n = m.group(2).length() > 10 ? Integer.MAX_VALUE : Long.parseLong(m.group(2));
      return switch (m.group(1)) {
        case "<" -> (int) Math.min(n, Integer.MAX_VALUE);
        case "<=" -> (int) Math.min(n + 1, Integer.MAX_VALUE);
        default -> 0;
      };
    }

    /** The first word of each constraint ({@code keySize}, {@code jdkCA}, {@code usage}, …). */
    public List<String> constraintKinds() {
      return constraints.stream().map(c -> c.split(" ", 2)[0]).toList();
    }

    /** The usages the {@code usage} constraints name ({@code TLSServer}, …); empty when none. */
    public Set<String> usages() {
      Set<String> out = new HashSet<>();
      for (String c : constraints) {
        String[] words = c.split(" ");
        if (words[0].equals("usage")) {
          out.addAll(List.of(words).subList(1, words.length));
        }
      }
      return out;
    }
  }

  /**
   * Reads {@code value} (null reads as an empty list), resolving {@code include <name>} through
   * {@code properties} (normally {@link java.security.Security#getProperty}), recursively.
   */
  public static DisabledAlgorithms parse(String value, Function<String, String> properties) {
    List<Entry> entries = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    read(value, null, properties, new HashSet<>(), entries, unresolved);
    return new DisabledAlgorithms(entries, unresolved);
  }

  private static void read(
      String value,
      String from,
      Function<String, String> properties,
      Set<String> open,
      List<Entry> entries,
      List<String> unresolved) {
    if (value == null) {
      return;
    }
    for (String raw : value.split(",")) {
      String item = raw.strip().replaceAll("\\s+", " ");
      if (item.isEmpty()) {
        continue;
      }
      if (item.startsWith("include ")) {
        String name = item.substring("include ".length()).strip();
        String included = open.contains(name) ? null : properties.apply(name);
        if (included == null) {
          unresolved.add(name);
          continue;
        }
        open.add(name);
        read(included, name, properties, open, entries, unresolved);
        open.remove(name);
        continue;
      }
      String[] parts = item.split("&");
      String first = parts[0].strip();
      int space = first.indexOf(' ');
      String algorithm = space < 0 ? first : first.substring(0, space);
      List<String> constraints = new ArrayList<>();
      if (space >= 0) {
        constraints.add(first.substring(space + 1).strip());
      }
      for (int i = 1; i < parts.length; i++) {
        String c = parts[i].strip();
        if (!c.isEmpty()) {
          constraints.add(c);
        }
      }
      entries.add(new Entry(algorithm, constraints, from));
    }
  }
}
