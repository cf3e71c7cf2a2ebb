package io.anke.core.profile;

import io.anke.core.ConfigurationException;
import io.anke.core.internal.ConfigFiles;
import io.anke.core.internal.CoreMessage;
import io.anke.core.profile.internal.RuleSelector.IdRef;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The known profiles: the bundled ones (from {@link ProfileSource}s) plus users' profile files,
 * which may extend them. Immutable; {@code with…} methods return a new registry. Files may be added
 * in any order; profiles are resolved (parents linked, cycles and unknown ids rejected, each error
 * with its file and line) on the first {@link #get}, {@link #resolve} or {@link #all}.
 */
public final class ProfileRegistry {
  /** The default profile, {@code gov-cloud-baseline}. */
  public static final String DEFAULT_ID = "gov-cloud-baseline";

  private final Map<String, ProfileDefinition> definitions;
  // Resolved on first use, so that files may be added in any order (a parent after its child).
  private volatile Map<String, Profile> resolved;

  private ProfileRegistry(Map<String, ProfileDefinition> definitions) {
    this.definitions = definitions;
  }

  private Map<String, Profile> profiles() {
    Map<String, Profile> r = resolved;
    if (r == null) {
      r = resolveAll(definitions);
      resolved = r;
    }
    return r;
  }

  /** A registry without profiles. */
  public static ProfileRegistry empty() {
    return new ProfileRegistry(new TreeMap<>());
  }

  /** The bundled profiles visible to this class's class loader. */
  public static ProfileRegistry bundled() {
    return bundled(ProfileRegistry.class.getClassLoader());
  }

  /**
   * The bundled profiles of every {@link ProfileSource} that {@code loader} can see.
   *
   * @throws ConfigurationException when a bundled profile is broken (a packaging bug)
   */
  public static ProfileRegistry bundled(ClassLoader loader) {
    List<URL> urls = new ArrayList<>();
    try {
      for (ProfileSource s : ServiceLoader.load(ProfileSource.class, loader)) {
        urls.addAll(s.profiles());
      }
    } catch (ServiceConfigurationError e) {
      throw new ConfigurationException(
          null, 0, CoreMessage.PROFILE_SOURCE_FAILED.text(e.getMessage()), e);
    }
    Map<String, ProfileDefinition> defs = new TreeMap<>();
    for (URL url : urls) {
      add(
          defs,
          ProfileDefinition.parse(displayName(url), ConfigFiles.read(url, displayName(url)), true));
    }
    return new ProfileRegistry(defs);
  }

  /** This registry plus the profile in {@code yaml}, read as if from the file {@code source}. */
  public ProfileRegistry withDocument(String source, String yaml) {
    return with(source, yaml, false);
  }

  /**
   * This registry plus the profile in a user's file.
   *
   * @throws ConfigurationException when the file is missing, unreadable or invalid
   */
  public ProfileRegistry withFile(Path file) {
    return with(file.toString(), ConfigFiles.read(file), false);
  }

  private ProfileRegistry with(String source, String yaml, boolean bundled) {
    Map<String, ProfileDefinition> next = new TreeMap<>(definitions);
    add(next, ProfileDefinition.parse(source, yaml, bundled));
    return new ProfileRegistry(next);
  }

  private static void add(Map<String, ProfileDefinition> definitions, ProfileDefinition def) {
    ProfileDefinition existing = definitions.get(def.id());
    if (existing != null) {
      throw new ConfigurationException(
          def.source(),
          def.line(),
          CoreMessage.PROFILE_DEFINED_TWICE.text(def.id(), existing.source()));
    }
    definitions.put(def.id(), def);
  }

  /**
   * The profile {@code id}.
   *
   * @throws ConfigurationException listing the known ids when there is none
   */
  public Profile get(String id) {
    Map<String, Profile> profiles = profiles();
    Profile p = profiles.get(id);
    if (p == null) {
      throw new ConfigurationException(
          null,
          0,
          profiles.isEmpty()
              ? CoreMessage.PROFILE_UNKNOWN_NONE_KNOWN.text(id)
              : CoreMessage.PROFILE_UNKNOWN.text(id, String.join(", ", profiles.keySet())));
    }
    return p;
  }

  /**
   * Resolves the value of a {@code --profile} option: a profile id, or the path of a user's profile
   * file (a value ending in {@code .yaml} / {@code .yml}), which is added to this registry first.
   */
  public Profile resolve(String idOrFile) {
    String v = idOrFile.strip();
    if (v.endsWith(".yaml") || v.endsWith(".yml")) {
      Path file = Path.of(v);
      String yaml = ConfigFiles.read(file);
      ProfileRegistry extended = with(file.toString(), yaml, false);
      return extended.get(ProfileDefinition.parse(file.toString(), yaml, false).id());
    }
    return get(v);
  }

  /** The default profile ({@value #DEFAULT_ID}). */
  public Profile defaultProfile() {
    return get(DEFAULT_ID);
  }

  /** All profiles, sorted by id. */
  public List<Profile> all() {
    return List.copyOf(profiles().values());
  }

  private static Map<String, Profile> resolveAll(Map<String, ProfileDefinition> defs) {
    Map<String, Profile> done = new TreeMap<>();
    for (String id : defs.keySet()) {
      resolve(id, defs, done, new ArrayDeque<>(), null);
    }
    return done;
  }

  private static Profile resolve(
      String id,
      Map<String, ProfileDefinition> defs,
      Map<String, Profile> done,
      Deque<String> stack,
      IdRef via) {
    Profile p = done.get(id);
    if (p != null) {
      return p;
    }
    ProfileDefinition def = defs.get(id);
    if (def == null) {
      throw new ConfigurationException(
          via.source(),
          via.line(),
          CoreMessage.PROFILE_EXTENDS_UNKNOWN.text(
              id, String.join(", ", new TreeSet<>(defs.keySet()))));
    }
    if (stack.contains(id)) {
      List<String> cycle = new ArrayList<>();
      boolean in = false;
      for (Iterator<String> it = stack.descendingIterator(); it.hasNext(); ) {
        String s = it.next();
        in |= s.equals(id);
        if (in) {
          cycle.add(s);
        }
      }
      cycle.add(id);
      throw new ConfigurationException(
          via.source(), via.line(), CoreMessage.PROFILE_CYCLE.text(String.join(" -> ", cycle)));
    }
    stack.push(id);
    Map<String, Profile> parents = new LinkedHashMap<>();
    for (IdRef ref : def.parents()) {
      if (ref.text().equals(id)) {
        throw new ConfigurationException(
            ref.source(), ref.line(), CoreMessage.PROFILE_EXTENDS_ITSELF.text(id));
      }
      parents.put(ref.text(), resolve(ref.text(), defs, done, stack, ref));
    }
    stack.pop();
    p = new Profile(def, new ArrayList<>(parents.values()));
    done.put(id, p);
    return p;
  }

  private static String displayName(URL url) {
    String path = url.getPath();
    int bang = path.lastIndexOf("!/");
    return bang >= 0 ? path.substring(bang + 2) : path.substring(path.lastIndexOf('/') + 1);
  }
}
